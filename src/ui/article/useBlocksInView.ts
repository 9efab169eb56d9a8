import { useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react';
import type { TextBlock } from './articleBlocks.ts';

// Which of the article's blocks to render: those within a screen of what is visible of the pane, worked out on
// every scroll (of the pane, or of the page when the pane does not scroll itself) and resize from the blocks'
// heights alone, without reading the page. Blocks not rendered stand in as one spacer per run, of the heights the
// blocks were measured at when last drawn, or an estimate from the height per character measured so far.

/** The blocks rendered, from `first` to `last` inclusive. */
export interface BlockRange {
  first: number;
  last: number;
}

/** What the pane draws, in order: a rendered block, or a spacer standing for a run of blocks. */
export type BlockSlot = { kind: 'block'; index: number } | { kind: 'spacer'; first: number; height: number };

/** How many blocks are rendered before anything is measured: the top of the article, drawn at once. */
const FIRST_RENDER = 3;
/** A height per character before any block is measured: a column of about 60 characters at a line of 26 px. */
const DEFAULT_PX_PER_CHAR = 0.45;

export interface BlocksInView {
  slots: BlockSlot[];
  /** Called with each rendered block's element, so its height can be measured. */
  measure: (index: number) => (element: HTMLElement | null) => void;
}

export function useBlocksInView(
  body: RefObject<HTMLElement | null>,
  container: RefObject<HTMLElement | null>,
  blocks: readonly TextBlock[],
  pinned: number | null,
): BlocksInView {
  const [range, setRange] = useState<BlockRange>(() => firstRange(blocks));
  const [shownBlocks, setShownBlocks] = useState(blocks);
  const [, remeasured] = useReducer((count: number) => count + 1, 0);
  const heights = useRef<Array<number | undefined>>([]);
  const perChar = useRef({ height: 0, chars: 0 });
  // A new text starts again at its top, with nothing measured (the render is redone at once, before painting).
  if (shownBlocks !== blocks) {
    setShownBlocks(blocks);
    setRange(firstRange(blocks));
  }

  const ratio = perChar.current.chars > 0 ? perChar.current.height / perChar.current.chars : DEFAULT_PX_PER_CHAR;
  const heightOf = (index: number) => heights.current[index] ?? (blocks[index]!.end - blocks[index]!.start) * ratio;
  // Where each block starts below the top of the blocks, as drawn in this render: what the range is worked out from.
  const tops = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) tops[i + 1] = tops[i]! + heightOf(i);
  const drawnTops = useRef(tops);
  const recheck = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    drawnTops.current = tops;
    // A new estimate per character moves every block not yet measured: what is in view is worked out again.
    recheck.current();
  });

  // The rendered blocks' heights, as the browser lays them out (observed, never forced by reading them), are what
  // their spacers will keep; a change is drawn again.
  const indexOf = useRef(new WeakMap<Element, number>());
  const blocksRef = useRef(blocks);
  useLayoutEffect(() => {
    blocksRef.current = blocks;
  }, [blocks]);
  const [sizes] = useState(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const index = indexOf.current.get(entry.target);
          const block = index === undefined ? undefined : blocksRef.current[index];
          const height = entry.borderBoxSize[0]?.blockSize;
          if (index === undefined || !block || height === undefined || Math.abs((heights.current[index] ?? -1) - height) < 0.5) continue;
          if (heights.current[index] === undefined) {
            perChar.current.height += height;
            perChar.current.chars += block.end - block.start;
          }
          heights.current[index] = height;
          changed = true;
        }
        if (changed) remeasured();
      }),
  );
  useLayoutEffect(() => () => sizes.disconnect(), [sizes]);

  useLayoutEffect(() => {
    heights.current = [];
    perChar.current = { height: 0, chars: 0 };
    let frame = 0;
    let width = body.current?.clientWidth ?? 0;
    const update = () => {
      frame = 0;
      const next = body.current && container.current ? rangeInView(body.current, container.current, drawnTops.current) : null;
      if (next) setRange((previous) => (previous.first === next.first && previous.last === next.last ? previous : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    recheck.current = schedule;
    // A narrower pane makes every block taller: what was measured no longer holds.
    const resized = new ResizeObserver(() => {
      const now = body.current?.clientWidth ?? 0;
      if (now !== width) {
        width = now;
        heights.current = [];
        perChar.current = { height: 0, chars: 0 };
        remeasured();
      }
      schedule();
    });
    if (body.current) resized.observe(body.current);
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [body, container, blocks]);

  const measure = (index: number) => (element: HTMLElement | null) => {
    if (!element) return;
    indexOf.current.set(element, index);
    sizes.observe(element);
    return () => sizes.unobserve(element);
  };
  const current = shownBlocks === blocks ? range : firstRange(blocks);
  return { slots: slotsOf(blocks.length, current, pinned, tops), measure };
}

function firstRange(blocks: readonly TextBlock[]): BlockRange {
  return { first: 0, last: Math.min(blocks.length, FIRST_RENDER) - 1 };
}

/** The rendered blocks (the range, and the pinned one wherever it is) with a spacer for each run between them. */
export function slotsOf(count: number, range: BlockRange, pinned: number | null, tops: Float64Array): BlockSlot[] {
  const rendered = new Set<number>();
  for (let i = Math.max(0, range.first); i <= Math.min(count - 1, range.last); i++) rendered.add(i);
  if (pinned !== null && pinned >= 0 && pinned < count) rendered.add(pinned);
  const slots: BlockSlot[] = [];
  let next = 0;
  for (const index of [...rendered].sort((a, b) => a - b)) {
    if (index > next) slots.push({ kind: 'spacer', first: next, height: tops[index]! - tops[next]! });
    slots.push({ kind: 'block', index });
    next = index + 1;
  }
  if (next < count) slots.push({ kind: 'spacer', first: next, height: tops[count]! - tops[next]! });
  return slots;
}

/**
 * The blocks within a screen's height of the visible part of the pane (its box, clipped to the window), from
 * where each block starts (`tops`, below the top of `container`); null when none of the pane is on screen.
 */
function rangeInView(body: HTMLElement, container: HTMLElement, tops: Float64Array): BlockRange | null {
  const box = body.getBoundingClientRect();
  const visibleTop = Math.max(box.top, 0);
  const visibleBottom = Math.min(box.bottom, window.innerHeight);
  const count = tops.length - 1;
  if (visibleBottom <= visibleTop || count <= 0) return null;
  const margin = visibleBottom - visibleTop;
  const origin = container.getBoundingClientRect().top;
  return rangeBetween(tops, visibleTop - margin - origin, visibleBottom + margin - origin);
}

/** The blocks overlapping [from, to) (px below the top of the blocks), given where each starts; at least one. */
export function rangeBetween(tops: Float64Array, from: number, to: number): BlockRange {
  const count = tops.length - 1;
  let low = 0;
  let high = count - 1;
  // The first block whose bottom (the next one's top) is below `from`.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tops[middle + 1]! <= from) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last + 1 < count && tops[last + 1]! < to) last++;
  return { first: low, last };
}
