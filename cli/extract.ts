// npm run --silent extract -- FILE [FILE…]   ('-' reads standard input)
// Prints one graph document (format actorgraph/1) for all files on standard output, and nothing else.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { documentFromText, extractGraph } from '../src/extract/index.ts';
import type { GraphDocument } from '../src/extract/types.ts';

export type CliResult = { ok: true; graph: GraphDocument } | { ok: false; message: string };

/** Reads the files (or standard input for '-') and extracts their graph; documents are d1, d2… in argument order. */
export function extractFiles(paths: readonly string[], readStdin: () => string = () => readFileSync(0, 'utf8')): CliResult {
  if (paths.length === 0) return { ok: false, message: 'usage: extract FILE [FILE…]   (use - for standard input)' };
  const documents = [];
  for (const [i, path] of paths.entries()) {
    try {
      documents.push(documentFromText(`d${i + 1}`, path === '-' ? readStdin() : readFileSync(path, 'utf8')));
    } catch (error) {
      return { ok: false, message: `extract: cannot read ${path}: ${(error as Error).message}` };
    }
  }
  return { ok: true, graph: extractGraph(documents) };
}

function main(): void {
  const result = extractFiles(process.argv.slice(2));
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${JSON.stringify(result.graph, null, 1)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
