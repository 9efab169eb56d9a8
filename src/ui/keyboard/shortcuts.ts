// The app's single-key shortcuts as data: which key does what, and how the help dialog lists them.
// Pure, so which presses count is tested without a browser.

export type ShortcutAction = 'focusFilter' | 'zoomIn' | 'zoomOut' | 'fitToView' | 'showHelp';

/** `+` and `=` share a key on most layouts; `=` zooms in without holding Shift. */
const ACTION_OF_KEY: Readonly<Record<string, ShortcutAction>> = {
  '/': 'focusFilter',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  '0': 'fitToView',
  '?': 'showHelp',
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * What a key press asks for, or null: never while the user types in a field (`typing`), and never
 * with Ctrl, ⌘ or Alt held, which belong to the browser (Ctrl + `+` zooms the page). Shift is allowed:
 * it is how `?` and `+` are typed.
 */
export function shortcutFor(press: KeyPress, typing: boolean): ShortcutAction | null {
  if (typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  return ACTION_OF_KEY[press.key] ?? null;
}

/** The help dialog's rows, in the order a newcomer needs them. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: readonly string[]; does: string }> = [
  { keys: ['/'], does: 'Go to the actor filter' },
  { keys: ['+', '='], does: 'Zoom in' },
  { keys: ['-'], does: 'Zoom out' },
  { keys: ['0'], does: 'Fit the graph to the screen' },
  { keys: ['Tab'], does: 'Move into the graph, from actor to actor' },
  { keys: ['←', '↑', '→', '↓'], does: 'On an actor: go to the linked actor in that direction' },
  { keys: ['Enter'], does: 'On an actor: select it' },
  { keys: ['Esc'], does: 'Clear the selection' },
  { keys: ['?'], does: 'Show these shortcuts' },
];
