import { describe, expect, it } from 'vitest';
import { sheetAfterSelection, sheetAfterToggle } from './sheetChoice.ts';

describe('which bottom sheet a phone shows', () => {
  it('brings the details up when an actor is selected, over the article too', () => {
    expect(sheetAfterSelection(null, 'assad')).toBe('details');
    expect(sheetAfterSelection('article', 'kerry')).toBe('details');
    expect(sheetAfterSelection('details', 'russia')).toBe('details');
  });

  it('puts the details away when the selection clears, but leaves the article open', () => {
    expect(sheetAfterSelection('details', null)).toBeNull();
    expect(sheetAfterSelection('article', null)).toBe('article');
    expect(sheetAfterSelection(null, null)).toBeNull();
  });

  it('opens the pressed sheet in place of the other, and closes it when pressed again', () => {
    expect(sheetAfterToggle(null, 'article')).toBe('article');
    expect(sheetAfterToggle('details', 'article')).toBe('article');
    expect(sheetAfterToggle('article', 'article')).toBeNull();
    expect(sheetAfterToggle('details', 'details')).toBeNull();
  });
});
