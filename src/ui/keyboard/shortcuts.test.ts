import { describe, expect, it } from 'vitest';
import { SHORTCUT_HELP, shortcutFor } from './shortcuts.ts';

const press = (key: string, held: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...held,
});

describe('shortcutFor', () => {
  it('maps each shortcut key to its action', () => {
    expect(['/', '+', '=', '-', '0', '?'].map((key) => shortcutFor(press(key), false))).toEqual([
      'focusFilter',
      'zoomIn',
      'zoomIn',
      'zoomOut',
      'fitToView',
      'showHelp',
    ]);
  });

  it('ignores every key while the user types in a field: "-" in "al-Qaeda" is a letter', () => {
    expect(shortcutFor(press('-'), true)).toBeNull();
    expect(shortcutFor(press('/'), true)).toBeNull();
  });

  it("leaves the browser's own chords alone (Ctrl + zooms the page)", () => {
    expect(shortcutFor(press('+', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(press('0', { metaKey: true }), false)).toBeNull();
    expect(shortcutFor(press('-', { altKey: true }), false)).toBeNull();
  });

  it('does nothing for other keys', () => {
    expect(['a', 'Enter', 'Escape', 'ArrowRight', '1'].map((key) => shortcutFor(press(key), false))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('lists in the help every key that has an action', () => {
    const listed = new Set(SHORTCUT_HELP.flatMap((row) => row.keys));
    for (const key of ['/', '+', '=', '-', '0', '?']) expect(listed).toContain(key);
  });
});
