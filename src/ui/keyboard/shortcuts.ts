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

/** The help dialog's sections, in the order a newcomer needs them. */
export const SHORTCUT_GROUPS = ['Move around', 'View', 'Actors', 'Undo', 'Help'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

export interface ShortcutRow {
  group: ShortcutGroup;
  /**
   * Alternatives, each a key or a chord joined by "+" ("Shift+Mod+Z"): "Mod" is Ctrl, or ⌘ on a Mac;
   * "Back" is the browser's Back; "Double-click" is the mouse's.
   */
  keys: readonly string[];
  does: string;
}

/** The help dialog's rows, grouped by SHORTCUT_GROUPS, each group's rows in the order listed here. */
export const SHORTCUT_HELP: readonly ShortcutRow[] = [
  { group: 'Move around', keys: ['/'], does: 'Go to the actor filter' },
  { group: 'Move around', keys: ['Tab'], does: 'Move into the graph, from actor to actor' },
  { group: 'Move around', keys: ['←', '↑', '→', '↓'], does: 'On an actor: go to the linked actor in that direction' },
  { group: 'View', keys: ['+', '='], does: 'Zoom in' },
  { group: 'View', keys: ['-'], does: 'Zoom out' },
  { group: 'View', keys: ['0'], does: 'Fit the graph to the screen' },
  { group: 'Actors', keys: ['Enter'], does: 'Select the actor; again: focus the view on it' },
  { group: 'Actors', keys: ['Double-click'], does: 'Focus the view on the actor' },
  { group: 'Actors', keys: ['Shift+Double-click'], does: 'Unpin an actor you dragged' },
  { group: 'Actors', keys: ['Back'], does: 'Back to the previous focus' },
  { group: 'Actors', keys: ['Esc'], does: 'Clear the selection' },
  { group: 'Undo', keys: ['Mod+Z'], does: 'Undo the last change, a filter or a correction' },
  { group: 'Undo', keys: ['Shift+Mod+Z', 'Mod+Y'], does: 'Redo it' },
  { group: 'Help', keys: ['?'], does: 'Show these shortcuts' },
];

/** Apple keyboards say ⌘ where others say Ctrl, and go Back with ⌘+[ rather than Alt+←. */
export function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** The keys of one alternative as the keyboard labels them: "Shift+Mod+Z" → ["Shift", "Ctrl", "Z"]. */
export function chordKeys(keys: string, apple: boolean): string[] {
  if (keys === 'Back') return apple ? ['⌘', '['] : ['Alt', '←'];
  // "+" alone is the zoom key, not a chord.
  const parts = keys.length > 1 ? keys.split('+') : [keys];
  return parts.map((key) => (key === 'Mod' ? (apple ? '⌘' : 'Ctrl') : key));
}
