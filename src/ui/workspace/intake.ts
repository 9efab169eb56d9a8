import { documentFromText } from '../../extract/document.ts';
import type { GraphDocument, SourceDocument } from '../../extract/types.ts';
import { graphDocumentProblemSteps } from '../../graph/formats/index.ts';
import {
  classifyFileInSlices,
  likelyLanguageName,
  looksEnglish,
  type ClassifiedFile,
  type FileInput,
} from '../../ingest/index.ts';
import { nextTask, runStepsPausing } from '../../lib/steps.ts';

// What pasted text or a batch of files becomes: documents to read (with notes to show after), a graph to import,
// or sentences saying why not. Pure, so every bad input is tested here; the components only carry it out. A file is
// decoded and checked a slice at a time, the page free to paint in between: a 20 MB text never freezes it.

/** What the workspace should do with what the user brought. */
export interface Intake {
  documents: SourceDocument[];
  /** Said after reading: a text that is not English is still read, but the user is warned. */
  notes: string[];
  graph: GraphDocument | null;
  /** Why something was refused, one sentence each; nothing refused touches the workspace. */
  problems: string[];
}

/**
 * Below this the language guess is a coin toss, so nothing is said: a short English news item full of names
 * ("Recep Tayyip Erdogan warned Greece on Friday. NATO urged Turkey and Greece to talk.") scores about 0.3.
 */
const LANGUAGE_CONFIDENCE = 0.5;

export type PastedText = { ok: true; intake: Intake } | { ok: false; message: string };

/** Pasted text as one document, or why there is nothing to read. */
export function intakeOfPastedText(text: string): PastedText {
  if (text === '') return { ok: false, message: 'There is no text to read: paste an article into the box first.' };
  if (text.trim() === '') {
    return { ok: false, message: 'The box holds only spaces and line breaks: there is no text to read. Paste an article first.' };
  }
  return { ok: true, intake: { documents: [documentOf('pasted', text)], notes: languageNotes(text), graph: null, problems: [] } };
}

/**
 * Files as documents, an exported graph, or refusals. A graph replaces the whole workspace, so it comes alone.
 * `pause` is awaited between slices of the work (by default: until the page's waiting tasks have run).
 */
export async function intakeOfFiles(files: readonly FileInput[], pause: () => Promise<void> = nextTask): Promise<Intake> {
  const intake: Intake = { documents: [], notes: [], graph: null, problems: [] };
  const classified: ClassifiedFile[] = [];
  for (const file of files) classified.push(await classifyFileInSlices(file, pause));
  const graphs = classified.filter((file) => file.kind === 'graph-json');
  if (graphs.length > 0 && classified.length > 1) {
    intake.problems.push(
      `${graphs.map((file) => `“${file.name}”`).join(', ')} is an exported graph, which replaces the whole workspace: ` +
        'open it on its own. Nothing was opened.',
    );
    return intake;
  }
  for (const file of classified) {
    if (file.kind === 'refused') intake.problems.push(file.message);
    else if (file.kind === 'graph-json') {
      const problem = await runStepsPausing(graphDocumentProblemSteps(file.value), pause);
      // What the graph's arrival sets off (the store, the panes' first render) starts in a task of its own.
      await pause();
      if (problem === null) intake.graph = file.value as GraphDocument;
      else intake.problems.push(`“${file.name}” could not be imported: ${problem} The workspace is unchanged.`);
    } else {
      const document = documentOf(file.name, file.text);
      const title = file.kind === 'html' && file.title !== '' ? file.title : document.title || file.name;
      intake.documents.push({ ...document, title });
      intake.notes.push(...languageNotes(file.text, file.name));
    }
  }
  return intake;
}

function languageNotes(text: string, fileName?: string): string[] {
  const guess = looksEnglish(text);
  if (guess.english || guess.confidence < LANGUAGE_CONFIDENCE) return [];
  const language = likelyLanguageName(text);
  const which = fileName === undefined ? 'this text' : `“${fileName}”`;
  const looks = language === null ? 'does not look like English' : `looks like ${language}`;
  return [`ActorGraph reads English; ${which} ${looks}. Here is what it could find.`];
}

/** A title is the text's first non-empty line, cut at 200 characters: it is looked for in the text's start only. */
const TITLE_SEARCH = 10_000;

/**
 * The text as a document titled by its first line. documentFromText splits the whole text into lines to find it,
 * a long task of its own on a 20 MB text; its start holds the title just as well.
 */
function documentOf(id: string, text: string): SourceDocument {
  return { ...documentFromText(id, text.slice(0, TITLE_SEARCH)), text };
}
