import { describe, expect, it } from 'vitest';
import { chordKeys, isApplePlatform, SHORTCUT_GROUPS, SHORTCUT_HELP, shortcutFor } from './shortcuts.ts';

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

  it('lists the undo and redo of filters and corrections, and every row under a group the dialog shows', () => {
    expect(SHORTCUT_HELP.filter((row) => row.group === 'Undo').map((row) => row.keys)).toEqual([['Mod+Z'], ['Shift+Mod+Z', 'Mod+Y']]);
    for (const row of SHORTCUT_HELP) expect(SHORTCUT_GROUPS).toContain(row.group);
  });
});

describe('chordKeys', () => {
  it('spells a chord with the keyboard’s own names', () => {
    expect(chordKeys('Shift+Mod+Z', false)).toEqual(['Shift', 'Ctrl', 'Z']);
    expect(chordKeys('Shift+Mod+Z', true)).toEqual(['Shift', '⌘', 'Z']);
    expect(chordKeys('Shift+Double-click', false)).toEqual(['Shift', 'Double-click']);
  });

  it('keeps the zoom keys "+" and "-" whole', () => {
    expect(chordKeys('+', false)).toEqual(['+']);
    expect(chordKeys('-', true)).toEqual(['-']);
  });

  it("names the browser's Back by platform", () => {
    expect(chordKeys('Back', false)).toEqual(['Alt', '←']);
    expect(chordKeys('Back', true)).toEqual(['⌘', '[']);
  });

  it('tells Apple platforms by their navigator platform', () => {
    expect(['MacIntel', 'iPhone', 'macOS'].map(isApplePlatform)).toEqual([true, true, true]);
    expect(['Linux x86_64', 'Win32', 'Windows', ''].map(isApplePlatform)).toEqual([false, false, false, false]);
  });
});
