import type { DocumentPart, PartGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import type { SecondReaderReply, SecondReaderRequest } from './messages.ts';
import type { PartSchedule } from './partSchedule.ts';

// The first extraction worker's handle on the second (partSchedule.ts): started for the first long text, it is
// handed that read's parts as the schedule says, and its part graphs go into the schedule; they never reach the
// page. It stays up for later long texts (its language model is built once) and is let go after SECOND_READER_IDLE_MS
// without one. A crash is never the reader's problem: the schedule loses the second worker and the first reads
// the parts it held.

/** The part of `Worker` used here, so tests can hand it a fake. */
export interface SecondWorkerLike {
  postMessage(message: SecondReaderRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SecondReaderReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** A minute without a long text: its language model (tens of MB) is let go; the next one builds it again. */
export const SECOND_READER_IDLE_MS = 60_000;

export interface SecondReader {
  /** Reads request `id`'s parts along with the first worker, as `schedule` hands them; `onRead` after each new one. */
  join(id: number, documents: SourceDocument[], parts: readonly DocumentPart[], schedule: PartSchedule<PartGraph>, onRead: () => void): void;
  /** Request `id` is over: the second worker drops its documents and unread parts. */
  stop(id: number): void;
}

interface Joined {
  id: number;
  parts: readonly DocumentPart[];
  schedule: PartSchedule<PartGraph>;
  onRead: () => void;
}

export function createSecondReader(startWorker: () => SecondWorkerLike, idleMs = SECOND_READER_IDLE_MS): SecondReader {
  let worker: SecondWorkerLike | null = null;
  let joined: Joined | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const letGo = () => {
    worker?.terminate();
    worker = null;
    joined?.schedule.loseSecond();
  };
  const send = (message: SecondReaderRequest) => {
    try {
      worker?.postMessage(message);
    } catch {
      letGo();
    }
  };
  const handOut = ({ id, parts, schedule }: Joined) => {
    for (const index of schedule.handOutToSecond()) send({ kind: 'part', id, index, part: parts[index]! });
  };
  const receive = (reply: SecondReaderReply) => {
    // A reply for a request that is over is stale: its part graph is dropped.
    if (!joined || reply?.id !== joined.id) return;
    if (reply.kind === 'part-read' && joined.schedule.done(reply.index, reply.graph)) joined.onRead();
    handOut(joined);
  };
  const connect = (): SecondWorkerLike | null => {
    try {
      const started = startWorker();
      started.addEventListener('message', (event: MessageEvent<SecondReaderReply>) => receive(event.data));
      started.addEventListener('error', (event: Event) => {
        event.preventDefault();
        if (worker === started) letGo();
      });
      started.addEventListener('messageerror', () => worker === started && letGo());
      return started;
    } catch {
      // No nested workers here: the first worker reads alone, as it always did.
      return null;
    }
  };

  return {
    join(id, documents, parts, schedule, onRead) {
      clearTimeout(idleTimer);
      joined = { id, parts, schedule, onRead };
      worker ??= connect();
      if (!worker) return schedule.loseSecond();
      send({ kind: 'documents', id, documents });
    },
    stop(id) {
      if (joined?.id !== id) return;
      send({ kind: 'stop', id });
      joined = null;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(letGo, idleMs);
    },
  };
}
