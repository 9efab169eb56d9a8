import { documentFromText } from '../../extract/document.ts';
import type { GraphDocument, SourceDocument } from '../../extract/types.ts';
import { parseGraphDocument } from '../../graph/formats/index.ts';
import { classifyFile, likelyLanguageName, looksEnglish, type FileInput } from '../../ingest/index.ts';

// What pasted text or a batch of files becomes: documents to read (with notes to show after), a graph to import,
// or sentences saying why not. Pure, so every bad input is tested here; the components only carry it out.

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
  return { ok: true, intake: { documents: [documentFromText('pasted', text)], notes: languageNotes(text), graph: null, problems: [] } };
}

/** Files as documents, an exported graph, or refusals. A graph replaces the whole workspace, so it comes alone. */
export function intakeOfFiles(files: readonly FileInput[]): Intake {
  const intake: Intake = { documents: [], notes: [], graph: null, problems: [] };
  const classified = files.map(classifyFile);
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
      const parsed = parseGraphDocument(file.json);
      if (parsed.ok) intake.graph = parsed.graph;
      else intake.problems.push(`“${file.name}” could not be imported: ${parsed.message} The workspace is unchanged.`);
    } else {
      const document = documentFromText(file.name, file.text);
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
