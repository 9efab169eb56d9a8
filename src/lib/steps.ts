// Long work done in steps: a generator yields between steps, and is run either to the end at once or with a pause
// between steps, so the page can paint and answer the user while a 20 MB text is decoded or indexed.

/** Runs steps to the end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps to the end, awaiting `pause` between two steps. */
export async function runStepsPausing<T>(steps: Generator<void, T>, pause: () => Promise<void> = nextTask): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Resolves once the tasks already waiting (a frame to paint, a click) have run: a message to itself is one task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
