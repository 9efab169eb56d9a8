// Export and import: the actorgraph/1 JSON file (lossless), CSV tables (and their zip), GraphML for graph tools.
export { parseGraphDocument, toJson, type ParsedGraph } from './json.ts';
export { graphDocumentProblem, isGraphDocument } from './validate.ts';
export { toCsv, toCsvZip, type CsvTables } from './csv.ts';
export { toGraphML } from './graphml.ts';
