// The layout keeps labels apart at zoom 1, but not always: zoomed far out (a few hundred actors
// fitted into a phone) labels are drawn larger, in graph units, than the room kept for them, and a
// hub with a hundred neighbours has no room for all their names. Rather than pile up into an
// unreadable smudge, each label that would overlap one already placed first tries the other side of
// its disc (above rather than below, or the reverse); only when both sides are taken is it hidden,
// the least important actors' first, until the user zooms in or points at it.

/** Height of a label line in graph units at label scale 1 (12px text, ascent to descent). */
const LABEL_LINE_HEIGHT = 15;
/** From a node's rim to its label's near edge, in graph units: the selection ring's room (nodesLayer draws it there). */
export const LABEL_OFFSET = 5.5;

export type LabelPlacement = 'above' | 'below' | 'hidden';

/** What placing a node's label needs to know: where the disc is, how wide its label, how important it is. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** Width of the label in graph units at label scale 1. */
  width: number;
  /** The side the layout chose (clear of the node's own links); tried first. */
  preferAbove: boolean;
  /** The scene's size (0..1) and the mentions: the bigger, the later a label is hidden. */
  size: number;
  mentions: number;
}

export interface LabelPriority {
  /** Always shown, on their preferred side (the actor pointed at, selected or focused). */
  forced: ReadonlySet<string>;
  /** Placed before the others, but still hidden if they would overlap (the neighbours lit by hovering). */
  preferred: ReadonlySet<string>;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box a node's label takes on one side of its disc, at this label scale. */
export function labelBox(node: LabelCandidate, above: boolean, labelScale: number): Box {
  const height = LABEL_LINE_HEIGHT * labelScale;
  const top = above ? node.y - node.radius - LABEL_OFFSET - height : node.y + node.radius + LABEL_OFFSET;
  const halfWidth = (node.width * labelScale) / 2;
  return { left: node.x - halfWidth, right: node.x + halfWidth, top, bottom: top + height };
}

/**
 * Where each node's label goes at this label scale (label size relative to the size the layout
 * made room for): its preferred side, else the other side, else hidden. A label never overlaps
 * another label nor a more important actor's disc; a side clear of every disc wins over one that
 * covers a less important actor's. Labels are placed most
 * important first: forced, then preferred, then by size, mentions and id, so the same drawing
 * always hides the same labels.
 */
export function placeLabels(
  nodes: ReadonlyArray<LabelCandidate>,
  labelScale: number,
  priority: LabelPriority,
): Map<string, LabelPlacement> {
  const rank = (node: LabelCandidate) => (priority.forced.has(node.id) ? 2 : priority.preferred.has(node.id) ? 1 : 0);
  const byImportance = [...nodes].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      b.size - a.size ||
      b.mentions - a.mentions ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: Box[] = [];
  const placements = new Map<string, LabelPlacement>();
  /** The nodes already placed: more important than the one being placed now. */
  const moreImportant: LabelCandidate[] = [];
  const clearOfLabels = (box: Box) => !placed.some((other) => overlaps(box, other));
  const clearOf = (discs: readonly LabelCandidate[], box: Box, owner: LabelCandidate) =>
    !discs.some((other) => other !== owner && discMeetsBox(other, box));
  for (const node of byImportance) {
    const sides = node.preferAbove ? [true, false] : [false, true];
    const boxOn = (above: boolean) => labelBox(node, above, labelScale);
    // A side clear of labels and every disc; else one that covers only less important actors' discs
    // (zoomed far out, names cover discs everywhere, and the big actors' names matter most).
    const side = priority.forced.has(node.id)
      ? sides[0]
      : (sides.find((above) => clearOfLabels(boxOn(above)) && clearOf(nodes, boxOn(above), node)) ??
        sides.find((above) => clearOfLabels(boxOn(above)) && clearOf(moreImportant, boxOn(above), node)));
    moreImportant.push(node);
    if (side === undefined) {
      placements.set(node.id, 'hidden');
      continue;
    }
    placed.push(labelBox(node, side, labelScale));
    placements.set(node.id, side ? 'above' : 'below');
  }
  return placements;
}

function discMeetsBox(disc: LabelCandidate, box: Box): boolean {
  const nearestX = Math.min(box.right, Math.max(box.left, disc.x));
  const nearestY = Math.min(box.bottom, Math.max(box.top, disc.y));
  return Math.hypot(disc.x - nearestX, disc.y - nearestY) < disc.radius;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The boxes of the labels `placements` shows: what else drawn at label size (a link's mark) should keep clear of. */
export function shownLabelBoxes(
  nodes: ReadonlyArray<LabelCandidate>,
  placements: ReadonlyMap<string, LabelPlacement>,
  labelScale: number,
): Box[] {
  return nodes.flatMap((node) => {
    const placement = placements.get(node.id);
    return placement === 'above' || placement === 'below' ? [labelBox(node, placement === 'above', labelScale)] : [];
  });
}
