// Which theme the page shows: the reader's own choice if they made one, else what their system asks for.
// Pure, so the rules are tested without a browser; documentTheme.ts reads and writes the real page.

export type Theme = 'light' | 'dark';

/** The localStorage key holding the reader's explicit choice; absent while the page follows the system. */
export const THEME_STORAGE_KEY = 'actorgraph.theme';

/** The stored choice, or null when nothing (or something this version does not know) is stored. */
export function storedTheme(value: string | null): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

export function shownTheme(stored: Theme | null, systemPrefersDark: boolean): Theme {
  return stored ?? systemTheme(systemPrefersDark);
}

export function systemTheme(systemPrefersDark: boolean): Theme {
  return systemPrefersDark ? 'dark' : 'light';
}

export function otherTheme(theme: Theme): Theme {
  return theme === 'dark' ? 'light' : 'dark';
}

/**
 * What to store once the reader picks `chosen`: the choice itself when it overrides the system, or null
 * (store nothing) when it matches, so that picking the system's own theme hands control back to the
 * system and the page follows it again when it changes (at dusk, say).
 */
export function themeToStore(chosen: Theme, systemPrefersDark: boolean): Theme | null {
  return chosen === systemTheme(systemPrefersDark) ? null : chosen;
}
