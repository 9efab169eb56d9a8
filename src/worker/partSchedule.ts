// Which part of a long text each of two workers reads next. The first worker (the one the page talks to) reads parts
// in its own loop; a second worker, started for long texts, is handed parts one at a time. It is kept one part ahead
// (SECOND_READER_AHEAD) because the first worker hands parts out only between its own parts: without a part in hand,
// the second would idle half a part on average each time. When no part is left to hand out, the first worker reads
// one the second holds but has not reported (the last handed, the likeliest not yet started): it never waits on the
// second, so a slow or crashed second worker costs at most the parts it held. A part read twice counts once; a part's
// graph does not depend on who read it.

/** Parts the second worker holds at most: the one it reads, and the next. */
export const SECOND_READER_AHEAD = 2;

export interface PartSchedule<Graph> {
  /** The first worker's next part: one nobody holds, else one the second holds unread; null when all are read. */
  nextForFirst(): number | null;
  /** Parts to hand the second worker now, so it holds SECOND_READER_AHEAD; none once it is lost. */
  handOutToSecond(): number[];
  /** A part's graph, from either worker. True when it is new (its bytes count toward progress); false for a repeat. */
  done(index: number, graph: Graph): boolean;
  /** The second worker is gone (crashed, or not started): the parts it held are the first's to read. */
  loseSecond(): void;
  /** UTF-8 bytes of the parts read so far: only grows. */
  bytesDone(): number;
  /** The parts' graphs in part order, once complete. */
  graphs(): Graph[];
}

/** A schedule over parts of the given sizes (UTF-8 bytes), in reading order. */
export function createPartSchedule<Graph>(partBytes: readonly number[]): PartSchedule<Graph> {
  const graphs = new Array<Graph | undefined>(partBytes.length);
  let readCount = 0;
  let bytes = 0;
  /** The next part nobody has been given. */
  let unhanded = 0;
  /** Parts handed to the second worker, in the order handed, not yet read by anyone. */
  let withSecond: number[] = [];
  /** Parts the first worker took from the second's hand: not taken twice. */
  const takenBack = new Set<number>();
  let secondLost = false;

  const isRead = (index: number) => graphs[index] !== undefined;
  const pruneSecond = () => {
    withSecond = withSecond.filter((index) => !isRead(index));
  };

  return {
    nextForFirst() {
      if (unhanded < partBytes.length) return unhanded++;
      pruneSecond();
      const back = withSecond.filter((index) => !takenBack.has(index)).pop();
      if (back === undefined) return null;
      takenBack.add(back);
      return back;
    },
    handOutToSecond() {
      if (secondLost) return [];
      pruneSecond();
      const handed: number[] = [];
      while (withSecond.length < SECOND_READER_AHEAD && unhanded < partBytes.length) {
        withSecond.push(unhanded);
        handed.push(unhanded++);
      }
      return handed;
    },
    done(index, graph) {
      if (isRead(index) || index < 0 || index >= partBytes.length) return false;
      graphs[index] = graph;
      readCount += 1;
      bytes += partBytes[index]!;
      return true;
    },
    loseSecond() {
      secondLost = true;
    },
    bytesDone: () => bytes,
    graphs() {
      if (readCount !== partBytes.length) throw new Error(`${partBytes.length - readCount} parts are not read yet`);
      return graphs as Graph[];
    },
  };
}

/**
 * Parts from which a second worker is worth starting: about 2 MB. It joins only once its script and language model
 * are in and its first parts have warmed its JIT (its first parts, like the first worker's, take 3–10× as long as
 * later ones); at 1 MB (16 parts, ~0.7 s alone) it would save a tenth of a second at best, and it cost 0.7–1.8 s at
 * load 10.
 */
export const MIN_PARTS_FOR_A_SECOND_READER = 32;

/**
 * Cores from which a second worker is worth starting: two readers, and one core left for the page and the browser.
 * On 2 cores the pair read 10 MB in 4.9 s against one worker's 5.3 s on an idle machine, and lost on a busy one (8.7 →
 * 11.5 s at load 5), the page's thread then waiting for a core (BENCHMARKS.md, "Two workers for long texts").
 */
export const MIN_CORES_FOR_A_SECOND_READER = 4;

/** Whether a read of `partCount` parts starts a second worker, on a machine with `cores` logical cores. */
export function wantsSecondReader(partCount: number, cores: number | undefined): boolean {
  return partCount >= MIN_PARTS_FOR_A_SECOND_READER && (cores ?? 1) >= MIN_CORES_FOR_A_SECOND_READER;
}
