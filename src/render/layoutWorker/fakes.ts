import type { FrameScheduler } from './frames.ts';

// Hand-stepped stand-ins for animation frames, the clock and task queues, so the engines' timing is
// exercised in node exactly and without waiting.

/** A clock that moves on by `step` ms each time it is read: every tick "costs" a known time. */
export function steppingClock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

export interface ManualQueue {
  /** Runs what is queued now (not what those tasks queue); returns how many ran. */
  runQueued(): number;
  readonly size: number;
}

export function manualFrames(): FrameScheduler & ManualQueue {
  let next = 1;
  const callbacks = new Map<number, () => void>();
  return {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel: (handle) => void callbacks.delete(handle),
    runQueued() {
      const now = [...callbacks.values()];
      callbacks.clear();
      for (const callback of now) callback();
      return now.length;
    },
    get size() {
      return callbacks.size;
    },
  };
}

export function manualTasks(): { schedule(task: () => void): void } & ManualQueue {
  let tasks: Array<() => void> = [];
  return {
    schedule: (task) => void tasks.push(task),
    runQueued() {
      const now = tasks;
      tasks = [];
      for (const task of now) task();
      return now.length;
    },
    get size() {
      return tasks.length;
    },
  };
}
