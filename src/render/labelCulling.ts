import type { LayoutNode } from './layout.ts';

// The layout keeps labels apart at zoom 1, but not always: zoomed far out (a few hundred actors
// fitted into a phone) labels are drawn larger, in graph units, than the room kept for them, and a
// hub with a hundred neighbours has no room for all their names. Rather than pile up into an
// unreadable smudge, the labels of the biggest actors, and of those the user points at, are shown,
// and any label that would overlap one already shown waits until the user zooms in.

/** Height of a label line in graph units at label scale 1 (12px text with its halo). */
const LABEL_LINE_HEIGHT = 15;
/** From a node's rim to its label's near edge, in graph units (the selection ring's room). */
const LABEL_OFFSET = 5.5;

/**
 * Ids of the nodes whose labels would collide with a more important one at this label scale (label
 * size relative to the size the layout made room for).
 */
export function crowdedLabels(
  nodes: ReadonlyArray<LayoutNode>,
  labelScale: number,
  shownFirst: ReadonlySet<string>,
): Set<string> {
  const crowded = new Set<string>();
  const byImportance = [...nodes].sort(
    (a, b) =>
      Number(shownFirst.has(b.id)) - Number(shownFirst.has(a.id)) ||
      b.radius - a.radius ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const shown: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  for (const node of byImportance) {
    const x = node.x ?? 0;
    const y = node.y ?? 0;
    const height = LABEL_LINE_HEIGHT * labelScale;
    const top = node.labelAbove ? y - node.radius - LABEL_OFFSET - height : y + node.radius + LABEL_OFFSET;
    const halfWidth = (node.labelWidth * labelScale) / 2;
    const box = { left: x - halfWidth, right: x + halfWidth, top, bottom: top + height };
    const collides = shown.some(
      (other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom,
    );
    if (collides && !shownFirst.has(node.id)) crowded.add(node.id);
    else shown.push(box);
  }
  return crowded;
}
