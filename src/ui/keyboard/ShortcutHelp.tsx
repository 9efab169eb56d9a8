import { useEffect, useId, useRef } from 'react';
import { chordKeys, isApplePlatform, SHORTCUT_GROUPS, SHORTCUT_HELP } from './shortcuts.ts';
import './keyboard.css';

// "Keyboard shortcuts": a modal <dialog> (the browser keeps focus inside it and makes the rest inert).
// It closes with Escape or its Close button, and focus goes back to wherever it was when it opened.

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | SVGElement | null>(null);
  const titleId = useId();
  const apple = isApplePlatform(navigator.platform);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // An actor in the graph is an SVG element: it gets its focus back too.
      const active = document.activeElement;
      returnFocusTo.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocusTo.current?.focus();
      returnFocusTo.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="shortcut-help"
      aria-labelledby={titleId}
      // Escape is handled here rather than by the dialog's own cancel, so the app-wide Escape (clear
      // the selection) sees it as handled and the selection survives a look at the help.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="shortcut-help-title">
        Keyboard shortcuts
      </h2>
      <table className="shortcut-table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        {SHORTCUT_GROUPS.map((group) => (
          <tbody key={group}>
            <tr>
              <th scope="rowgroup" colSpan={2} className="shortcut-group">
                {group}
              </th>
            </tr>
            {SHORTCUT_HELP.filter((row) => row.group === group).map(({ keys, does }) => (
              <tr key={does}>
                <td className="shortcut-keys">
                  {keys.map((alternative, index) => (
                    <span key={alternative}>
                      {index > 0 && <span className="shortcut-or"> or </span>}
                      <Chord keys={chordKeys(alternative, apple)} />
                    </span>
                  ))}
                </td>
                <td>{does}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className="shortcut-note">Shortcuts wait while you type in a field.</p>
      <button type="button" className="button-primary" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}

/** One way to do it: keys as <kbd>, held together with "+"; a mouse gesture in plain words. */
function Chord({ keys }: { keys: readonly string[] }) {
  return keys.map((key, index) => (
    <span key={key}>
      {index > 0 && <span className="shortcut-plus">+</span>}
      {key === 'Double-click' ? <span className="shortcut-gesture">double-click</span> : <kbd>{key}</kbd>}
    </span>
  ));
}
