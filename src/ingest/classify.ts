// What a dropped, picked or pasted file is: article text, a web page, a graph exported earlier, or refused.
import { GRAPH_FORMAT } from '../extract/types.ts';
import fileTypes from './data/fileTypes.json';
import { decodeSteps, type TextEncoding } from './decode.ts';
import { runSteps, runStepsPausing } from '../lib/steps.ts';
import { htmlToArticleText } from './html.ts';

/** What the browser tells of a file (File.name, File.type) and its bytes. */
export interface FileInput {
  name: string;
  /** The MIME type the browser guessed, '' when it has none. */
  type: string;
  bytes: Uint8Array;
}

export type RefusalReason = 'unsupported-type' | 'binary' | 'empty' | 'whitespace-only' | 'folder' | 'not-a-graph';

export type ClassifiedFile =
  | { kind: 'text'; name: string; text: string; encoding: TextEncoding }
  /** A web page, already read down to its article (see htmlToArticleText). */
  | { kind: 'html'; name: string; title: string; text: string; encoding: TextEncoding }
  /**
   * JSON that says it is `actorgraph/1`, parsed (once: a 10,000-actor file takes ~20 ms to parse);
   * graphDocumentProblem (src/graph/formats) checks the rest before import.
   */
  | { kind: 'graph-json'; name: string; value: unknown }
  /** `message` is a sentence for the user, naming the file. */
  | { kind: 'refused'; name: string; reason: RefusalReason; message: string };

const TEXT_EXTENSIONS = new Set(fileTypes.text);
const HTML_EXTENSIONS = new Set(fileTypes.html);
const JSON_EXTENSIONS = new Set(fileTypes.graphJson);
const REFUSED_EXTENSIONS: Readonly<Record<string, string>> = fileTypes.refused;
const REFUSED_MIME_PREFIXES = Object.entries(fileTypes.refusedMimePrefixes);

const WHAT_WE_READ = 'ActorGraph reads plain text (.txt, .md), web pages (.html) and graphs it exported (.json)';

// A page, whatever its extension: a doctype or <html>/<head>/<body> tag near the start, comments allowed before.
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * Tells what a file is from its name, MIME type and bytes. A dropped folder: browsers hand it over as a File with
 * no type and no bytes (Chrome, Firefox and Safari alike), so a nameless-type, empty entry without an extension is
 * taken for a folder; an empty file with an extension or a type is just empty. (The UI can be sure with
 * DataTransferItem.webkitGetAsEntry().isDirectory, where it has it, and skip this guess.)
 */
export function classifyFile(file: FileInput): ClassifiedFile {
  return runSteps(classifySteps(file));
}

/** classifyFile with its decoding done a slice at a time, `pause` awaited in between (see decodeTextInSlices). */
export function classifyFileInSlices(file: FileInput, pause: () => Promise<void>): Promise<ClassifiedFile> {
  return runStepsPausing(classifySteps(file), pause);
}

function* classifySteps({ name, type, bytes }: FileInput): Generator<void, ClassifiedFile> {
  const extension = extensionOf(name);
  const mime = type.toLowerCase();
  const refused = (reason: RefusalReason, why: string) => refusal(name, reason, why);

  if (bytes.length === 0 && mime === '' && extension === '') {
    return refused('folder', 'looks like a folder (or an empty file). Drop the files inside it instead.');
  }
  const refusedKind = REFUSED_EXTENSIONS[extension] ?? REFUSED_MIME_PREFIXES.find(([prefix]) => mime.startsWith(prefix))?.[1];
  if (refusedKind !== undefined) {
    return refused('unsupported-type', `is ${refusedKind}, which ActorGraph cannot read. ${WHAT_WE_READ}; copy the article's text and paste it instead.`);
  }
  const known = TEXT_EXTENSIONS.has(extension) || HTML_EXTENSIONS.has(extension) || JSON_EXTENSIONS.has(extension);
  if (!known && extension !== '' && !mime.startsWith('text/')) {
    return refused('unsupported-type', `is a .${extension} file, which ActorGraph cannot read. ${WHAT_WE_READ}.`);
  }
  if (bytes.length === 0) return refused('empty', 'is empty: there is no text to read.');

  const decoded = yield* decodeSteps(bytes);
  if (!decoded.ok) return refused('binary', `is not text (${decoded.reason}). ${WHAT_WE_READ}.`);
  const { text, encoding } = decoded;
  if (text.trim() === '') return refused('whitespace-only', 'holds only spaces and line breaks: there is no text to read.');

  if (JSON_EXTENSIONS.has(extension) || (extension === '' && text.trimStart().startsWith('{'))) {
    const graph = graphJson(name, text);
    if (graph.kind === 'graph-json' || JSON_EXTENSIONS.has(extension)) return graph;
  }
  if (HTML_EXTENSIONS.has(extension) || mime === 'text/html' || (!TEXT_EXTENSIONS.has(extension) && HTML_START.test(text.slice(0, 2048)))) {
    const article = htmlToArticleText(text);
    if (article.text === '') return refused('empty', 'is a web page with no article text in it.');
    return { kind: 'html', name, title: article.title, text: article.text, encoding };
  }
  return { kind: 'text', name, text, encoding };
}

function graphJson(name: string, json: string): ClassifiedFile {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refusal(name, 'not-a-graph', 'is not valid JSON, so not a graph ActorGraph exported.');
  }
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== GRAPH_FORMAT) {
    return refusal(name, 'not-a-graph', `is JSON but not an ActorGraph graph (its "format" is not "${GRAPH_FORMAT}").`);
  }
  return { kind: 'graph-json', name, value };
}

function refusal(name: string, reason: RefusalReason, why: string): ClassifiedFile {
  return { kind: 'refused', name, reason, message: `“${name}” ${why}` };
}

/** The part after the last dot, lower case; '' for "notes", ".bashrc" or "archive.". */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
