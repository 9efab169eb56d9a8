import seedText from '../seeds/000_6481e570e0997220.txt?raw';
import { documentFromText } from './extract/document.ts';
import type { SourceDocument } from './extract/types.ts';

/** The article the app opens on a first visit: the same documents in the page and in the build (cli/build). */
export function seedDocuments(): SourceDocument[] {
  return [documentFromText('seed', seedText)];
}
