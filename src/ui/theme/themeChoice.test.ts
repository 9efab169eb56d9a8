import { describe, expect, it } from 'vitest';
import { otherTheme, shownTheme, storedTheme, themeToStore } from './themeChoice.ts';

describe('the theme the page shows', () => {
  it('follows the system while the reader has chosen nothing', () => {
    expect(shownTheme(null, true)).toBe('dark');
    expect(shownTheme(null, false)).toBe('light');
  });

  it('keeps the reader’s choice whatever the system says', () => {
    expect(shownTheme('light', true)).toBe('light');
    expect(shownTheme('dark', false)).toBe('dark');
  });

  it('ignores a stored value it does not know, as if nothing were stored', () => {
    expect(storedTheme('dark')).toBe('dark');
    expect(storedTheme('light')).toBe('light');
    expect(storedTheme(null)).toBeNull();
    expect(storedTheme('system')).toBeNull();
    expect(storedTheme('DARK')).toBeNull();
    expect(storedTheme('')).toBeNull();
  });
});

describe('what a choice stores', () => {
  it('stores a theme that overrides the system', () => {
    expect(themeToStore('dark', false)).toBe('dark');
    expect(themeToStore('light', true)).toBe('light');
  });

  it('stores nothing when the choice is the system’s own theme, so the page follows the system again', () => {
    expect(themeToStore('dark', true)).toBeNull();
    expect(themeToStore('light', false)).toBeNull();
  });

  it('toggling twice on a light system goes dark, then back to following the system', () => {
    const first = otherTheme(shownTheme(null, false));
    expect(first).toBe('dark');
    const stored = themeToStore(first, false);
    const second = otherTheme(shownTheme(stored, false));
    expect(themeToStore(second, false)).toBeNull();
  });
});
