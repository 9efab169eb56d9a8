// On a phone the article and the details are bottom sheets over the graph, one at a time. Selecting an
// actor (a tap on a node, a mention, a relation's other actor) brings its details up; clearing the
// selection (Escape, Close, a tap on the background) puts them away, and takes no other sheet with it.

export type Sheet = 'article' | 'details';

export const SHEETS: readonly { sheet: Sheet; label: string }[] = [
  { sheet: 'article', label: 'Article' },
  { sheet: 'details', label: 'Details' },
];

/** The sheet to show once the selection has become `selectedId`, given the one shown before. */
export function sheetAfterSelection(shown: Sheet | null, selectedId: string | null): Sheet | null {
  if (selectedId !== null) return 'details';
  return shown === 'details' ? null : shown;
}

/**
 * The sheet to show after its button is pressed: the other sheet, or none when it was the one shown.
 * Putting the details away clears the selection (the caller's part), as Escape does.
 */
export function sheetAfterToggle(shown: Sheet | null, pressed: Sheet): Sheet | null {
  return shown === pressed ? null : pressed;
}
