import { ACTOR_TYPES, POLARITIES, type GraphDocument, type RelationType } from '../extract/types.ts';
import { NEIGHBOURHOOD_DEPTHS, type NeighbourhoodDepth } from '../graph/neighbourhood.ts';
import { storySentences } from '../graph/story.ts';
import type { ViewFilter } from '../graph/viewFilters.ts';
import type { AppState, NodeColouring, NodeSizing, ViewPortState } from './types.ts';

// The view as a URL query, so a view can be shared, bookmarked and walked with Back and Forward:
//   ?focus=bashar-al-assad&sel=kerry&f=type:-country~min:2&path=kerry..islamic-state&z=12.5,-40,1.8&story=4&size=degree
// Keys are short words; a field at its default is left out, so the plain graph is the bare address.
// Decoding trusts nothing: junk, unknown kinds, bad numbers and repeated keys are dropped, never thrown.

/** Everything about a view that a shared link carries. */
export interface UrlView {
  filters: ViewFilter[];
  focusId: string | null;
  selectedId: string | null;
  pathEnds: { from: string | null; to: string | null };
  viewPort: ViewPortState | null;
  storyStep: number | null;
  sizeBy: NodeSizing;
  colourBy: NodeColouring;
}

/** The view of a fresh graph; what a field absent from the URL means. */
export const PLAIN_VIEW: UrlView = {
  filters: [],
  focusId: null,
  selectedId: null,
  pathEnds: { from: null, to: null },
  viewPort: null,
  storyStep: null,
  sizeBy: 'mentions',
  colourBy: 'type',
};

const SIZINGS: readonly NodeSizing[] = ['mentions', 'degree', 'betweenness'];
const COLOURINGS: readonly NodeColouring[] = ['type', 'community'];
// Checked by the compiler against RelationType, so a new relation type cannot be forgotten here.
const RELATION_TYPES = Object.keys({
  meet: true,
  cooperate: true,
  support: true,
  member: true,
  statement: true,
  oppose: true,
  warn: true,
  sever: true,
  attack: true,
} satisfies Record<RelationType, true>) as RelationType[];

/** Separators inside a value: filters, a filter's kind and its parts, list items, the path's two ends. */
const FILTER_SEPARATOR = '~';
const PART_SEPARATOR = ':';
const ITEM_SEPARATOR = ',';
const PATH_SEPARATOR = '..';

/** The view's fields as they stand in the store. */
export function viewOf(state: AppState): UrlView {
  return {
    filters: state.filters,
    focusId: state.focusId,
    selectedId: state.selectedId,
    pathEnds: state.pathEnds,
    viewPort: state.viewPort,
    storyStep: state.storyStep,
    sizeBy: state.sizeBy,
    colourBy: state.colourBy,
  };
}

/** The query string (without `?`) for `view`; empty for the plain view. */
export function encodeView(view: UrlView): string {
  const { from, to } = view.pathEnds;
  const viewPort = view.viewPort && roundedViewPort(view.viewPort);
  const pairs: Array<[string, string | null]> = [
    ['focus', view.focusId === null ? null : atom(view.focusId)],
    ['sel', view.selectedId === null ? null : atom(view.selectedId)],
    ['f', view.filters.length > 0 ? view.filters.map(encodeFilter).join(FILTER_SEPARATOR) : null],
    ['path', from === null && to === null ? null : `${atom(from ?? '')}${PATH_SEPARATOR}${atom(to ?? '')}`],
    ['z', viewPort ? `${viewPort.x},${viewPort.y},${viewPort.k}` : null],
    // Counted from 1, as the story's slider says "sentence 4 of 17".
    ['story', view.storyStep === null ? null : String(view.storyStep + 1)],
    ['size', view.sizeBy === PLAIN_VIEW.sizeBy ? null : view.sizeBy],
    ['colour', view.colourBy === PLAIN_VIEW.colourBy ? null : view.colourBy],
  ];
  return pairs.flatMap(([key, value]) => (value === null ? [] : [`${key}=${value}`])).join('&');
}

/**
 * The fields `query` (with or without `?`) states validly; the rest is left out for the caller to
 * default. The first of a repeated key counts.
 */
export function decodeView(query: string): Partial<UrlView> {
  const values = new Map<string, string>();
  for (const pair of query.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at);
    if (!values.has(key)) values.set(key, pair.slice(at + 1));
  }
  const view: Partial<UrlView> = {};
  const read = <K extends keyof UrlView>(field: K, key: string, decode: (raw: string) => UrlView[K] | undefined) => {
    const raw = values.get(key);
    const value = raw === undefined ? undefined : decode(raw);
    if (value !== undefined) view[field] = value;
  };
  read('focusId', 'focus', actorId);
  read('selectedId', 'sel', actorId);
  read('filters', 'f', decodeFilters);
  read('pathEnds', 'path', decodePath);
  read('viewPort', 'z', decodeViewPort);
  read('storyStep', 'story', (raw) => {
    const sentence = wholeNumber(raw, 1);
    return sentence === undefined ? undefined : sentence - 1;
  });
  read('sizeBy', 'size', (raw) => oneOf(SIZINGS, raw));
  // Either spelling of colour is understood; the British one is written.
  read('colourBy', values.has('colour') ? 'colour' : 'color', (raw) => oneOf(COLOURINGS, raw));
  return view;
}

/**
 * `view` with what the graph lacks left out (a link made on another article, or an edited one): the
 * focus, selection or path end on a missing actor goes, so does an actor filter left with none, and a
 * story step past the article's last sentence.
 */
export function viewWithinGraph(view: Partial<UrlView>, graph: GraphDocument): Partial<UrlView> {
  const known = new Set(graph.actors.map((actor) => actor.id));
  const kept = (id: string | null) => (id !== null && known.has(id) ? id : null);
  const within: Partial<UrlView> = { ...view };
  if (view.focusId !== undefined) within.focusId = kept(view.focusId);
  if (view.selectedId !== undefined) within.selectedId = kept(view.selectedId);
  if (view.pathEnds) within.pathEnds = { from: kept(view.pathEnds.from), to: kept(view.pathEnds.to) };
  if (view.storyStep != null && view.storyStep >= storySentences(graph).length) within.storyStep = null;
  if (view.filters) {
    within.filters = view.filters.flatMap((filter): ViewFilter[] => {
      if (filter.kind !== 'actor') return [filter];
      const actorIds = filter.actorIds.filter((id) => known.has(id));
      return actorIds.length > 0 ? [{ ...filter, actorIds }] : [];
    });
  }
  return within;
}

/**
 * How a change of view enters the browser's history: a new focus is a new entry, so Back returns to
 * the focus before; any other change rewrites the current entry, so Back is not flooded by every
 * filter, click or zoom; no change, nothing to write.
 */
export function historyStep(current: UrlView, next: UrlView): 'push' | 'replace' | 'none' {
  if (next.focusId !== current.focusId) return 'push';
  return encodeView(next) === encodeView(current) ? 'none' : 'replace';
}

/**
 * The store's state showing `view`. A filter list that changes stays undoable ("Undo filter" goes back
 * to the filters shown before the link was opened or Back was pressed).
 */
export function stateShowing(state: Pick<AppState, 'filters' | 'filterPast'>, view: UrlView): Partial<AppState> {
  const filtersChanged = JSON.stringify(view.filters) !== JSON.stringify(state.filters);
  return {
    ...view,
    ...(filtersChanged && { filterPast: [...state.filterPast, state.filters], filterFuture: [], lastFilterEdit: null }),
  };
}

/** Two view ports the URL cannot tell apart (null: fitted). */
export function sameViewPort(a: ViewPortState | null, b: ViewPortState | null): boolean {
  if (a === null || b === null) return a === b;
  const [ra, rb] = [roundedViewPort(a), roundedViewPort(b)];
  return ra.x === rb.x && ra.y === rb.y && ra.k === rb.k;
}

/**
 * A view port as the URL keeps it: the centre to a tenth of a graph unit (under a pixel at any zoom
 * but the closest), the scale to three significant figures.
 */
export function roundedViewPort(port: ViewPortState): ViewPortState {
  const tenth = (n: number) => Math.round(n * 10) / 10 || 0;
  return { x: tenth(port.x), y: tenth(port.y), k: Number(port.k.toPrecision(3)) };
}

function encodeFilter(filter: ViewFilter): string {
  const parts = (kind: string, ...rest: string[]) => [kind, ...rest].join(PART_SEPARATOR);
  const hidden = (items: readonly string[]) => items.map((item) => `-${item}`).join(ITEM_SEPARATOR);
  switch (filter.kind) {
    case 'actor': {
      const ids = filter.actorIds.map(atom).join(ITEM_SEPARATOR);
      return filter.depth === 1 ? parts('actor', ids) : parts('actor', ids, String(filter.depth));
    }
    case 'actor-type':
      return parts('type', hidden(filter.hidden));
    case 'relation-type':
      return parts('rel', hidden(filter.hidden));
    case 'polarity':
      return parts('pol', hidden(filter.hidden));
    case 'min-mentions':
      return parts('min', String(filter.min));
    case 'text':
      return parts('text', atom(filter.query));
  }
}

/** The filters in `raw` that make sense, in order, at most one of each kind (the first). */
function decodeFilters(raw: string): ViewFilter[] {
  const filters: ViewFilter[] = [];
  for (const item of raw.split(FILTER_SEPARATOR)) {
    const filter = decodeFilter(item);
    if (filter && !filters.some((other) => other.kind === filter.kind)) filters.push(filter);
  }
  return filters;
}

function decodeFilter(item: string): ViewFilter | undefined {
  const [kind, first = '', second, ...extra] = item.split(PART_SEPARATOR);
  if (extra.length > 0) return undefined;
  const hiddenOf = <T extends string>(allowed: readonly T[]): T[] | undefined => {
    if (second !== undefined) return undefined;
    const items = first.split(ITEM_SEPARATOR).flatMap((part) => {
      const value = oneOf(allowed, part.replace(/^-/, ''));
      return part.startsWith('-') && value !== undefined ? [value] : [];
    });
    const unique = [...new Set(items)];
    return unique.length > 0 ? unique : undefined;
  };
  switch (kind) {
    case 'actor': {
      const actorIds = [...new Set(first.split(ITEM_SEPARATOR).flatMap((part) => actorId(part) ?? []))];
      const depth = second === undefined ? 1 : wholeNumber(second, 1);
      if (actorIds.length === 0 || !NEIGHBOURHOOD_DEPTHS.includes(depth as NeighbourhoodDepth)) return undefined;
      return { kind: 'actor', actorIds, depth: depth as NeighbourhoodDepth };
    }
    case 'type': {
      const hidden = hiddenOf(ACTOR_TYPES);
      return hidden && { kind: 'actor-type', hidden };
    }
    case 'rel': {
      const hidden = hiddenOf(RELATION_TYPES);
      return hidden && { kind: 'relation-type', hidden };
    }
    case 'pol': {
      const hidden = hiddenOf(POLARITIES);
      return hidden && { kind: 'polarity', hidden };
    }
    case 'min': {
      // A minimum of 1 narrows nothing, so the filter list never holds one (see withMinMentions).
      const min = second === undefined ? wholeNumber(first, 2) : undefined;
      return min === undefined ? undefined : { kind: 'min-mentions', min };
    }
    case 'text': {
      const query = second === undefined ? unescaped(first) : undefined;
      return query && query.trim().length > 0 ? { kind: 'text', query } : undefined;
    }
    default:
      return undefined;
  }
}

function decodePath(raw: string): UrlView['pathEnds'] | undefined {
  const at = raw.indexOf(PATH_SEPARATOR);
  if (at < 0) return undefined;
  const end = (part: string) => (part === '' ? null : (actorId(part) ?? null));
  const pathEnds = { from: end(raw.slice(0, at)), to: end(raw.slice(at + PATH_SEPARATOR.length)) };
  return pathEnds.from === null && pathEnds.to === null ? undefined : pathEnds;
}

function decodeViewPort(raw: string): ViewPortState | undefined {
  const numbers = raw.split(',').map((part) => (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(part) ? Number(part) : NaN));
  const [x, y, k] = numbers;
  if (numbers.length !== 3 || x === undefined || y === undefined || k === undefined) return undefined;
  if (![x, y, k].every(Number.isFinite) || k <= 0) return undefined;
  return { x, y, k };
}

/** An actor id written into a value: percent-escaped, with our separators escaped too. */
function atom(text: string): string {
  return encodeURIComponent(text).replace(/[~.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The text an atom stands for, or undefined when its escapes are broken. A `+` is a space, as forms
 * and some mailers write one (we write `%20`, and `%2B` for a plus).
 */
function unescaped(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function actorId(raw: string): string | undefined {
  const id = unescaped(raw);
  return id && id.trim().length > 0 ? id : undefined;
}

/** A whole number written plainly (digits only) and at least `least`; anything else is undefined. */
function wholeNumber(raw: string, least: number): number | undefined {
  if (!/^\d{1,9}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= least ? value : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], raw: string): T | undefined {
  return allowed.find((value) => value === raw);
}
