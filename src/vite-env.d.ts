// The seed article's graph, worked out at build time (cli/build/seedGraphPlugin.ts); null in the dev server.
declare module 'virtual:seed-graph' {
  import type { GraphDocument } from './extract/types.ts';
  const seedGraph: GraphDocument | null;
  export default seedGraph;
}
