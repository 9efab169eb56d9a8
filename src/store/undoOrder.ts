// One undo history over two kinds of change. Filters and corrections keep their own stacks (each with its own
// Undo button); this list only remembers which kind each step was, most recent last, so Ctrl/⌘+Z can take back
// the most recent change whichever kind it was. It follows the stacks' sizes rather than the actions, so no
// slice has to report to it, and a stack reset (a new workspace, a restored one) cannot leave it out of step.

export type UndoKind = 'filter' | 'edit';

export interface UndoOrder {
  /** The kind of each step that can be undone, most recent last. */
  past: readonly UndoKind[];
  /** The kind of each undone step, the next to redo first. */
  future: readonly UndoKind[];
}

/** How many steps one kind's stack holds to undo and to redo. */
export interface StackSizes {
  past: number;
  future: number;
}

export const NO_STEPS: UndoOrder = { past: [], future: [] };

/**
 * The order after one kind's stack went from `before` to `after`: a new step (its own redo list cleared), an undo,
 * a redo, or, for anything else (a reset, a restore), that kind's steps rebuilt oldest-first around the other's.
 * A redo of the last undone step and a new step after one undo leave the same order, so they need not be told apart.
 */
export function followStack(order: UndoOrder, kind: UndoKind, before: StackSizes, after: StackSizes): UndoOrder {
  if (before.past === after.past && before.future === after.future) return order;
  const others = (kinds: readonly UndoKind[]) => kinds.filter((k) => k !== kind);
  if (after.past === before.past + 1 && after.future === 0) return { past: [...order.past, kind], future: others(order.future) };
  if (after.past === before.past + 1 && after.future === before.future - 1) {
    return { past: [...order.past, kind], future: withoutFirst(order.future, kind) };
  }
  if (after.past === before.past - 1 && after.future === before.future + 1) {
    return { past: withoutLast(order.past, kind), future: [kind, ...order.future] };
  }
  return {
    past: [...repeat(kind, after.past), ...others(order.past)],
    future: [...others(order.future), ...repeat(kind, after.future)],
  };
}

/** The kind whose step Undo (`'past'`) or Redo (`'future'`) takes next, skipping a kind with nothing left; null: none. */
export function nextStep(order: UndoOrder, side: keyof StackSizes, sizes: Readonly<Record<UndoKind, StackSizes>>): UndoKind | null {
  const kinds = side === 'past' ? [...order.past].reverse() : order.future;
  return kinds.find((kind) => sizes[kind][side] > 0) ?? null;
}

function withoutLast(kinds: readonly UndoKind[], kind: UndoKind): UndoKind[] {
  const at = kinds.lastIndexOf(kind);
  return at === -1 ? [...kinds] : [...kinds.slice(0, at), ...kinds.slice(at + 1)];
}

function withoutFirst(kinds: readonly UndoKind[], kind: UndoKind): UndoKind[] {
  const at = kinds.indexOf(kind);
  return at === -1 ? [...kinds] : [...kinds.slice(0, at), ...kinds.slice(at + 1)];
}

function repeat(kind: UndoKind, count: number): UndoKind[] {
  return Array.from({ length: count }, () => kind);
}
