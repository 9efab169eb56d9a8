import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/index.ts';
import { SHEETS, sheetAfterSelection, sheetAfterToggle, type Sheet } from './sheetChoice.ts';
import './sheet.css';

/**
 * The bar along a phone's bottom edge (600px and narrower; hidden wider, where the panes stand beside
 * the graph): "Article" and "Details" raise that pane as a sheet over the lower part of the graph, and
 * "Close" (or Escape) lowers it. Selecting an actor raises the details by itself; closing the details
 * clears the selection, as Escape does, so the graph and the sheet never disagree. The sheets are the
 * app's own panes, placed by sheet.css from this bar's data-sheet.
 */
export function SheetBar() {
  const selectedId = useAppStore((s) => s.selectedId);
  const selectActor = useAppStore((s) => s.selectActor);
  const [shown, setShown] = useState<Sheet | null>(() => sheetAfterSelection(null, selectedId));
  // Follow the selection during render (React's "adjusting state when a prop changes"), not in an effect:
  // the sheet comes up in the same frame as the node's selection ring.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (selectedId !== seenSelection) {
    setSeenSelection(selectedId);
    setShown(sheetAfterSelection(shown, selectedId));
  }
  // A sentence asked for from the details (its document's name under it) raises the article, where it is shown.
  const shownSentence = useAppStore((s) => s.shownSentence);
  const [seenSentence, setSeenSentence] = useState(shownSentence);
  if (shownSentence !== seenSentence) {
    setSeenSentence(shownSentence);
    if (shownSentence !== null) setShown('article');
  }
  const toggles = useRef(new Map<Sheet, HTMLButtonElement>());

  const show = (next: Sheet | null) => {
    if (shown === 'details' && next === null) selectActor(null);
    setShown(next);
  };

  // Escape lowers the sheet; the selection is the app's own Escape to clear (App.tsx), which decides
  // from it whether to step out of a focus too, so this leaves the store alone.
  useEffect(() => {
    if (shown === null) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) setShown(null);
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [shown]);

  const shownLabel = SHEETS.find(({ sheet }) => sheet === shown)?.label;
  return (
    <div className="sheet-bar" role="group" aria-label="Panels" data-sheet={shown ?? undefined}>
      {SHEETS.map(({ sheet, label }) => (
        <button
          key={sheet}
          type="button"
          className="sheet-toggle"
          aria-expanded={shown === sheet}
          ref={(button) => {
            if (button) toggles.current.set(sheet, button);
            else toggles.current.delete(sheet);
          }}
          onClick={() => show(sheetAfterToggle(shown, sheet))}
        >
          {label}
        </button>
      ))}
      <button
        type="button"
        className="sheet-close"
        hidden={shown === null}
        onClick={() => {
          // The button goes with the sheet: focus lands on the sheet's own toggle, not on the page.
          if (shown) toggles.current.get(shown)?.focus();
          show(null);
        }}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M3 5l4 4 4-4" />
        </svg>
        {shownLabel ? `Close ${shownLabel.toLowerCase()}` : 'Close'}
      </button>
    </div>
  );
}
