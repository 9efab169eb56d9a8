// Export and import: the actorgraph/1 JSON file (lossless), read back and checked on import. CSV tables (and their
// zip, ./csv.ts) and GraphML (./graphml.ts) are not re-exported here: the Export menu imports them dynamically,
// and a static re-export would pull them (and fflate) into the page's first load along with this module.
export { parseGraphDocument, toJson, type ParsedGraph } from './json.ts';
export { graphDocumentProblem, graphDocumentProblemSteps, isGraphDocument } from './validate.ts';
