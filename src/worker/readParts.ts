import { extractPart, graphOfParts, partsOf, utf8Length, type PartGraph } from '../extract/index.ts';
import type { GraphDocument, SourceDocument } from '../extract/types.ts';
import { createPairJudge, pairPays, PARTS_READ_ALONE, type PairJudge, type Pace } from './pairPace.ts';
import { createPartSchedule, wantsSecondReader } from './partSchedule.ts';
import type { SecondReader } from './secondReader.ts';

// The first extraction worker's read of one request: part by part, with a second worker reading some of the parts
// of a long text (partSchedule.ts) once the first has timed a few parts alone, and for good only if the pair reads
// clearly faster than one (pairPace.ts). After each part it returns to its event loop, where the second worker's
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
  /** Wall time in ms (performance.now). */
  now: () => number;
  /** Whether the pair's pace beats one worker's enough to keep the second (pairPace.ts). */
  pays?: (alone: Pace, together: Pace) => boolean;
}

/** The documents' graph, or null when the request stopped being current before it was read. */
export async function readParts(id: number, documents: SourceDocument[], reading: PartReading): Promise<GraphDocument | null> {
  const parts = partsOf(documents);
  const partBytes = parts.map((part) => utf8Length(documents[part.documentIndex]!.text.slice(part.start, part.end)));
  const total = partBytes.reduce((sum, bytes) => sum + bytes, 0);
  const schedule = createPartSchedule<PartGraph>(partBytes);
  const second = wantsSecondReader(parts.length, reading.cores) ? reading.second : null;
  const startedAt = reading.now();
  let judge: PairJudge | null = null;
  let readAlone = 0;
  // The second worker's parts arrive between the first's; once the request is over they tell nobody anything.
  const afterPart = (bySecond: boolean) => {
    if (!reading.isCurrent()) return;
    reading.onProgress(schedule.bytesDone(), total);
    const verdict = judge?.afterPart(schedule.bytesDone(), reading.now(), bySecond) ?? 'wait';
    if (verdict === 'wait') return;
    judge = null;
    if (verdict === 'let go') {
      schedule.loseSecond();
      second?.stop(id);
    }
  };
  try {
    for (let index = schedule.nextForFirst(); index !== null; index = schedule.nextForFirst()) {
      if (schedule.done(index, extractPart(documents, parts[index]!))) afterPart(false);
      if (second && ++readAlone === PARTS_READ_ALONE) {
        judge = createPairJudge({ bytes: schedule.bytesDone(), ms: reading.now() - startedAt }, reading.pays ?? pairPays);
        second.join(id, documents, parts, schedule, () => afterPart(true));
      }
      await reading.nextTurn();
      if (!reading.isCurrent()) return null;
    }
  } finally {
    second?.stop(id);
  }
  return graphOfParts(documents, schedule.graphs());
}
