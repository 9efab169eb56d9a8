import { createServer, type Plugin } from 'vite';
import type { GraphDocument, SourceDocument } from '../../src/extract/types.ts';

// The seed article's graph, read at build time by the same extractor the worker runs, so a first visit draws it at
// once rather than after the worker has fetched and built its language model (most of a second on this machine).
// The page still checks that the documents are the seed's before using it (src/store/knownGraph.ts); in the dev
// server the module is null and the worker reads the seed, so a change to the extractor shows on reload.

const SEED_GRAPH_MODULE = 'virtual:seed-graph';
const RESOLVED = `\0${SEED_GRAPH_MODULE}`;

export function seedGraphPlugin(): Plugin {
  let building = false;
  return {
    name: 'actorgraph:seed-graph',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    // Filters keep the bundler from calling these hooks for every other module.
    resolveId: { filter: { id: /^virtual:seed-graph$/ }, handler: () => RESOLVED },
    load: {
      filter: { id: /^\0virtual:seed-graph$/ },
      async handler() {
        if (!building) return 'export default null;';
        const graph = await readSeedAtBuildTime();
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(graph))});`;
      },
    },
  };
}

/** The seed's documents and the extractor loaded through Vite itself, so `?raw` and JSON imports work as in the page. */
async function readSeedAtBuildTime(): Promise<GraphDocument> {
  const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const { seedDocuments } = (await server.ssrLoadModule('/src/seed.ts')) as { seedDocuments: () => SourceDocument[] };
    const { extractGraph } = (await server.ssrLoadModule('/src/extract/index.ts')) as { extractGraph: (documents: SourceDocument[]) => GraphDocument };
    return extractGraph(seedDocuments());
  } finally {
    await server.close();
  }
}
