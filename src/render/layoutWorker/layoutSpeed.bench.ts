import { bench, describe } from 'vitest';
import { createForceLayout, forceSettings } from './forceLayout.ts';
import { engineGraph } from './testGraph.ts';

// What a tick and a whole layout cost at each size of issue 7's render bench, on the synthetic graph:
// `npx vitest bench --run src/render/layoutWorker/layoutSpeed.bench.ts`. The worker runs the same code,
// so these are its figures too (plus ~1 ms a message). Ticks to rest: 300 up to 500 actors, 83 above.

for (const size of [200, 2000, 10000]) {
  describe(`${size} actors (${Math.ceil(Math.log(0.001) / Math.log(1 - forceSettings(size).alphaDecay))} ticks to rest)`, () => {
    const { nodes, links } = engineGraph(size);
    const running = createForceLayout(nodes, links);
    bench('one tick', () => running.tick(), { iterations: 20, time: 0 });
    bench(
      'from scratch to rest',
      () => {
        const layout = createForceLayout(nodes, links);
        while (!layout.settled()) layout.tick();
      },
      { iterations: size > 5000 ? 2 : 5, time: 0 },
    );
  });
}
