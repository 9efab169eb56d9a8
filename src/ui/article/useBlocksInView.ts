import { useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react';
import type { TextBlocks } from './articleBlocks.ts';

// Which of the article's blocks to render: those within a screen of what is visible of the pane, worked out on
// every scroll (of the pane, or of the page when the pane does not scroll itself) and resize from the blocks'
// heights. Blocks not rendered stand in as one spacer per run, of the heights the blocks were measured at when last
// drawn, or an estimate from the height per character of the first blocks measured.
// Nothing here reads the page's layout: where the pane and its blocks are on screen comes from an
// IntersectionObserver and their sizes from ResizeObservers, both told after the browser has laid the page out.
// A read (getBoundingClientRect, clientWidth) right after a big change, such as a new graph drawn, would make the
// browser lay out the whole page then and there, in whatever task asked.

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
  blocks: TextBlocks,
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
  // Where each block starts below the top of the blocks, as drawn in this render: what the range is worked out from.
  const tops = new Float64Array(blocks.count + 1);
  for (let i = 0; i < blocks.count; i++) tops[i + 1] = tops[i]! + (heights.current[i] ?? blocks.roughLength(i) * ratio);
  const drawnTops = useRef(tops);
  const recheck = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    drawnTops.current = tops;
    // A new estimate per character moves every block not yet measured: what is in view is worked out again.
    recheck.current();
  });

  // The rendered blocks' heights, as the browser lays them out, are what their spacers will keep; a change is drawn again.
  const indexOf = useRef(new WeakMap<Element, number>());
  const blocksRef = useRef(blocks);
  useLayoutEffect(() => {
    blocksRef.current = blocks;
  }, [blocks]);
  const [sizes] = useState(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        // The height per character is taken from the first blocks measured, then kept: were it refined with each
        // block drawn, every block not yet drawn would move, and the view, far down a long text, land elsewhere.
        const firstMeasures = perChar.current.chars === 0;
        for (const entry of entries) {
          const index = indexOf.current.get(entry.target);
          const height = entry.borderBoxSize[0]?.blockSize;
          if (index === undefined || index >= blocksRef.current.count || height === undefined) continue;
          if (Math.abs((heights.current[index] ?? -1) - height) < 0.5) continue;
          if (firstMeasures) {
            const block = blocksRef.current.at(index);
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
    const pane = body.current;
    const blocksBox = container.current;
    if (!pane || !blocksBox) return;
    heights.current = [];
    perChar.current = { height: 0, chars: 0 };
    // The latest positions told: the pane's part on screen, and the top of the blocks (px from the window's top).
    let visible: { top: number; bottom: number } | null = null;
    let blocksTop: number | null = null;
    let asked = false;
    const positions = new IntersectionObserver((entries) => {
      asked = false;
      for (const entry of entries) {
        if (entry.target === pane) visible = entry.isIntersecting ? { top: entry.intersectionRect.top, bottom: entry.intersectionRect.bottom } : null;
        else blocksTop = entry.boundingClientRect.top;
      }
      if (!visible || blocksTop === null) return;
      const next = rangeInView(visible.top, visible.bottom, blocksTop, drawnTops.current);
      setRange((previous) => (previous.first === next.first && previous.last === next.last ? previous : next));
    });
    // Observing a target again has the observer tell where it is once the page is next laid out.
    const ask = () => {
      if (asked) return;
      asked = true;
      for (const target of [pane, blocksBox]) {
        positions.unobserve(target);
        positions.observe(target);
      }
    };
    recheck.current = ask;
    // A narrower pane makes every block taller: what was measured no longer holds.
    let width: number | null = null;
    const resized = new ResizeObserver((entries) => {
      const now = entries[entries.length - 1]?.contentRect.width ?? width;
      if (width !== null && now !== width) {
        heights.current = [];
        perChar.current = { height: 0, chars: 0 };
        remeasured();
      }
      width = now;
      ask();
    });
    resized.observe(pane);
    window.addEventListener('scroll', ask, { capture: true, passive: true });
    window.addEventListener('resize', ask);
    return () => {
      positions.disconnect();
      resized.disconnect();
      recheck.current = () => {};
      window.removeEventListener('scroll', ask, { capture: true });
      window.removeEventListener('resize', ask);
    };
  }, [body, container, blocks]);

  const measure = (index: number) => (element: HTMLElement | null) => {
    if (!element) return;
    indexOf.current.set(element, index);
    sizes.observe(element);
    return () => sizes.unobserve(element);
  };
  const current = shownBlocks === blocks ? range : firstRange(blocks);
  return { slots: slotsOf(blocks.count, current, pinned, tops), measure };
}

function firstRange(blocks: TextBlocks): BlockRange {
  return { first: 0, last: Math.min(blocks.count, FIRST_RENDER) - 1 };
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
 * The blocks within a screen's height of the visible part of the pane (`visibleTop` to `visibleBottom`, px from
 * the window's top), the blocks starting at `blocksTop` and each at `tops` below it.
 */
export function rangeInView(visibleTop: number, visibleBottom: number, blocksTop: number, tops: Float64Array): BlockRange {
  const margin = visibleBottom - visibleTop;
  return rangeBetween(tops, visibleTop - margin - blocksTop, visibleBottom + margin - blocksTop);
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
