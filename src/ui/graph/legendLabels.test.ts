import { describe, expect, it } from 'vitest';
import { typeToggleLabel } from './legendLabels.ts';

describe('typeToggleLabel', () => {
  it('says whether the type is shown and what pressing does', () => {
    expect(typeToggleLabel('country', true)).toBe('Countries shown, press to hide');
    expect(typeToggleLabel('country', false)).toBe('Countries hidden, press to show');
    expect(typeToggleLabel('armed-group', true)).toBe('Armed groups shown, press to hide');
    expect(typeToggleLabel('person', false)).toBe('People hidden, press to show');
  });
});
