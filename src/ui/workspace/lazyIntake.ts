import type { FileInput } from '../../ingest/index.ts';
import type { Intake, PastedText } from './intake.ts';

// The intake (decoding, web pages read down to their article, the language guess and their tables) is needed only
// once the user brings something, so it loads then, off the first screen's script (issue 7's initial budget). The
// "Open article" menu asks for it as it opens, so it is there by the time a file is chosen. A load that fails
// (the connection dropped since the page opened) is said like any other problem, and the next try loads again.

const intake = () => import('./intake.ts');

const notLoaded = (error: unknown) =>
  `The file reader could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the connection and try again.`;

/** Loads the intake ahead of use; a failure is left to the call that needs it. */
export function prepareIntake(): void {
  intake().catch(() => {});
}

export async function intakeOfFiles(files: readonly FileInput[]): Promise<Intake> {
  try {
    return (await intake()).intakeOfFiles(files);
  } catch (error) {
    return { documents: [], notes: [], graph: null, problems: [notLoaded(error)] };
  }
}

export async function intakeOfPastedText(text: string): Promise<PastedText> {
  try {
    return (await intake()).intakeOfPastedText(text);
  } catch (error) {
    return { ok: false, message: notLoaded(error) };
  }
}
