// The actorgraph/1 JSON file: export is the document itself; import parses and checks it before anything uses it.
import type { GraphDocument } from '../../extract/types.ts';
import { graphDocumentProblem } from './validate.ts';

export type ParsedGraph = { ok: true; graph: GraphDocument } | { ok: false; message: string };

/** The document as the file holds it, indented so a person can read it; `parseGraphDocument` reads it back equal. */
export function toJson(graph: GraphDocument): string {
  return JSON.stringify(graph, null, 2);
}

/**
 * Reads a graph document from a file's text, or says exactly what is wrong: where the JSON breaks (line and
 * column), or which field, reference or span does not keep to the format. Fields beyond the format are kept.
 */
export function parseGraphDocument(text: string): ParsedGraph {
  if (text.trim() === '') return { ok: false, message: 'The file is empty: there is no graph in it.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This is not JSON: ${syntaxErrorDescription(text, error)}` };
  }
  const problem = graphDocumentProblem(value);
  return problem === null ? { ok: true, graph: value as GraphDocument } : { ok: false, message: problem };
}

/**
 * The parser's own words with the place as line and column. Engines say where differently: V8 "at position 42"
 * or "(line 2 column 5)", Firefox "at line 2 column 5", all of them "end of … input/data" for a cut-off file.
 */
function syntaxErrorDescription(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const atEnd = /end of (?:JSON )?(?:input|data)/i.test(message);
  const place = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : position
      ? lineAndColumn(text, Number(position[1]))
      : atEnd
        ? lineAndColumn(text, text.length)
        : null;
  const words = message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*(?:in JSON )?at position \d+/, '')
    .replace(/\s*\(?(?:at )?line \d+ column \d+(?: of the JSON data)?\)?/, '')
    .trim();
  return place ? `${words} at line ${place.line}, column ${place.column}.` : `${words}.`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
