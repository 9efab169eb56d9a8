import { THEME_STORAGE_KEY, shownTheme, storedTheme, themeToStore, type Theme } from './themeChoice.ts';

// The page's side of the theme: the reader's stored choice (localStorage), the system's setting
// (prefers-color-scheme), and `data-theme` on <html>, which the stylesheets key their colours on.

const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();
let stored: Theme | null = readStored();

function systemPrefersDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

// Storage may be missing or refuse (a private window, a sandboxed frame): the choice then lasts the visit.
function readStored(): Theme | null {
  try {
    return storedTheme(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return null;
  }
}

function writeStored(theme: Theme | null): void {
  try {
    if (theme) window.localStorage.setItem(THEME_STORAGE_KEY, theme);
    else window.localStorage.removeItem(THEME_STORAGE_KEY);
  } catch {
    // Kept in memory only, see readStored.
  }
}

export function currentTheme(): Theme {
  return shownTheme(stored, systemPrefersDark());
}

function show(): void {
  document.documentElement.dataset.theme = currentTheme();
  for (const listener of listeners) listener();
}

/**
 * Shows the theme and keeps it in step with the system's setting and with choices made in other tabs.
 * main.tsx calls it before React's first render, so the first frame already has the right colours.
 */
export function startTheming(): void {
  show();
  window.matchMedia(DARK_QUERY).addEventListener('change', show);
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== THEME_STORAGE_KEY) return; // null: the whole storage was cleared
    stored = readStored();
    show();
  });
}

export function chooseTheme(theme: Theme): void {
  stored = themeToStore(theme, systemPrefersDark());
  writeStored(stored);
  show();
}

/** Calls `onChange` whenever the shown theme may have changed; returns the unsubscribe. */
export function subscribeToTheme(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}
