import type { Plugin } from 'vite';

// wink's English model carries the state machines of every annotation it can make, and wink builds them all when it
// loads, whatever pipeline it is asked for. The worker runs only the part-of-speech tagger on wink's tokens
// (src/extract/tokens.ts: `winkNLP(model, ['pos'])`): the named-entity and sentiment machines, 650 kB of the
// worker's 4.6 MB script, are parsed and never run. In the built app each is one empty machine: still loaded, never
// asked. Node (the CLI, the benches, the tests) loads the package as it is; the e2e test of a long text checks that
// the app's graph and the command line's are the same.

const UNUSED_MACHINES = /wink-eng-lite-web-model\/dist\/languages\/cur\/models\/eng-(ner|sa)-model\.json$/;

/** A state machine with no states, in the form wink's automaton imports (automaton.js, importJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, {}, {}, {}, {}]);

export function unusedModelsPlugin(): Plugin {
  return {
    name: 'actorgraph:unused-wink-models',
    apply: 'build',
    load: {
      filter: { id: UNUSED_MACHINES },
      handler: () => JSON.stringify([EMPTY_MACHINE]),
    },
  };
}
