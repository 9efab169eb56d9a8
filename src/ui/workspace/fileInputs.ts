import type { FileInput } from '../../ingest/index.ts';

// The browser's side of reading files: their bytes, and which dropped entries are folders.

export async function fileInputsOf(files: readonly File[]): Promise<FileInput[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/**
 * The dropped files, and the names of dropped folders. Where the browser can tell a folder (webkitGetAsEntry),
 * it is set apart here; elsewhere it arrives as an empty, typeless File that classifyFile recognises.
 */
export function droppedEntries(transfer: DataTransfer): { files: File[]; folders: string[] } {
  const files: File[] = [];
  const folders: string[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    const file = item.getAsFile();
    if (entry?.isDirectory) folders.push(entry.name);
    else if (file) files.push(file);
  }
  return { files, folders };
}
