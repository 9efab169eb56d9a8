import { useEffect } from 'react';
import { appStore } from '../../store/index.ts';

/** A field where Ctrl/⌘+Z undoes typing, which the browser must keep. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && ['text', 'search', 'number', 'email', 'url'].includes(target.type);
}

/**
 * Ctrl/⌘+Z undoes the most recent change, a filter's or a correction's, and Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes the
 * last one undone (the store keeps their order: undoOrder.ts), unless the focus is in a text field.
 */
export function useUndoShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      const action = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : null;
      if (!action) return;
      event.preventDefault();
      const state = appStore.getState();
      if (action === 'undo') state.undoLatest();
      else state.redoLatest();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
