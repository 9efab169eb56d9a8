import { whenIdle, type IdleScheduler } from './actorList.ts';

// An idle scheduler with a gate: tasks run in the page's idle time, but only while the gate is open; a task
// whose idle moment comes while it is shut is parked until `open()`, then waits for idle time again. The
// Canvas renderer shuts it while the layout moves: there is no idle time then, and the idle callback's
// deadline ran the actor list's slices (250 buttons' script, style and layout: 10–25 ms) between frames.

export interface GatedIdle {
  schedule: IdleScheduler;
  /** The gate opened: parked tasks wait for idle time again. */
  open(): void;
  /** Drops every parked task. */
  clear(): void;
}

export function gatedIdle(isOpen: () => boolean, idle: IdleScheduler = whenIdle): GatedIdle {
  const parked = new Set<() => void>();
  return {
    schedule(task) {
      let cancel = () => {};
      const attempt = () => {
        if (isOpen()) return task();
        parked.add(wait);
        cancel = () => parked.delete(wait);
      };
      const wait = () => {
        cancel = idle(attempt);
      };
      wait();
      return () => cancel();
    },
    open() {
      const waiting = [...parked];
      parked.clear();
      waiting.forEach((wait) => wait());
    },
    clear: () => parked.clear(),
  };
}
