import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcuts.ts';

// Listens for the app's single-key shortcuts on the window and runs the handler given for each.

/** A field the user types into: there every key is text, never a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // Buttons, checkboxes and sliders take no text; a range slider does use its own keys, but not these.
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(target.type);
}

/**
 * Runs `handlers[action]` for each shortcut pressed while `enabled` (off, say, while a modal dialog is
 * open). A key another element already handled (defaultPrevented) is left alone.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>, enabled = true): void {
  // The latest handlers, without re-adding the listener on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event, isTypingTarget(event.target));
      const handler = action ? latest.current[action] : undefined;
      if (!handler) return;
      event.preventDefault(); // `/` would otherwise be typed into the filter it focuses
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
