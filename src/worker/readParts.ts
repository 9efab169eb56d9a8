import { extractPart, graphOfParts, partsOf, utf8Length, type PartGraph } from '../extract/index.ts';
import type { GraphDocument, SourceDocument } from '../extract/types.ts';
import { createPartSchedule, wantsSecondReader } from './partSchedule.ts';
import type { SecondReader } from './secondReader.ts';

// The first extraction worker's read of one request: part by part, with a second worker reading some of the parts
// of a long text (partSchedule.ts). After each part it returns to its event loop, where the second worker's
// part graphs, a cancel or a newer request arrive; a request no longer current stops there. The graph is the one
// extractGraph gives: graphOfParts over every part's graph in part order, whoever read it.

export interface PartReading {
  /** The second worker, or null where none can be started. */
  second: SecondReader | null;
  /** Logical cores (navigator.hardwareConcurrency). */
  cores: number | undefined;
  /** Whether this request is still the one to read; checked after each part. */
  isCurrent: () => boolean;
  /** `done` of `total` UTF-8 bytes read: called as parts finish, `done` only growing. */
  onProgress: (done: number, total: number) => void;
  nextTurn: () => Promise<void>;
}

/** The documents' graph, or null when the request stopped being current before it was read. */
export async function readParts(id: number, documents: SourceDocument[], reading: PartReading): Promise<GraphDocument | null> {
  const parts = partsOf(documents);
  const partBytes = parts.map((part) => utf8Length(documents[part.documentIndex]!.text.slice(part.start, part.end)));
  const total = partBytes.reduce((sum, bytes) => sum + bytes, 0);
  const schedule = createPartSchedule<PartGraph>(partBytes);
  const second = wantsSecondReader(parts.length, reading.cores) ? reading.second : null;
  // The second worker's parts arrive between the first's; once the request is over they tell nobody anything.
  const report = () => reading.isCurrent() && reading.onProgress(schedule.bytesDone(), total);
  second?.join(id, documents, parts, schedule, report);
  try {
    for (let index = schedule.nextForFirst(); index !== null; index = schedule.nextForFirst()) {
      if (schedule.done(index, extractPart(documents, parts[index]!))) report();
      await reading.nextTurn();
      if (!reading.isCurrent()) return null;
    }
  } finally {
    second?.stop(id);
  }
  return graphOfParts(documents, schedule.graphs());
}
