import { describe, expect, it } from 'vitest';
import { isArrowKey, neighbourInDirection } from './neighbourInDirection.ts';

// Kerry at the centre of a star, as the seed article draws him: Russia to his right, Assad below,
// ISIS to his left, Putin above and a little right (y grows downwards, as on screen).
const kerry = { id: 'kerry', x: 0, y: 0 };
const star = [
  { id: 'russia', x: 100, y: 10 },
  { id: 'assad', x: -5, y: 80 },
  { id: 'isis', x: -120, y: -20 },
  { id: 'putin', x: 30, y: -90 },
];

describe('neighbourInDirection', () => {
  it('picks the neighbour lying in the direction of each arrow', () => {
    expect(neighbourInDirection(kerry, star, 'ArrowRight')).toBe('russia');
    expect(neighbourInDirection(kerry, star, 'ArrowDown')).toBe('assad');
    expect(neighbourInDirection(kerry, star, 'ArrowLeft')).toBe('isis');
    expect(neighbourInDirection(kerry, star, 'ArrowUp')).toBe('putin');
  });

  it('goes back the way it came: Right then Left returns to the start', () => {
    const russia = star[0]!;
    const next = neighbourInDirection(kerry, star, 'ArrowRight');
    expect(next).toBe('russia');
    expect(neighbourInDirection(russia, [kerry, { id: 'turkey', x: 200, y: 40 }], 'ArrowLeft')).toBe('kerry');
  });

  it('still moves when no neighbour lies on the arrow side: the closest direction wins', () => {
    const onlyRight = [
      { id: 'russia', x: 100, y: 30 },
      { id: 'turkey', x: 100, y: -30 },
    ];
    expect(neighbourInDirection(kerry, onlyRight, 'ArrowLeft')).not.toBeNull();
    expect(neighbourInDirection(kerry, onlyRight, 'ArrowDown')).toBe('russia');
    expect(neighbourInDirection(kerry, onlyRight, 'ArrowUp')).toBe('turkey');
  });

  it('breaks a tie of direction by distance, then by id, whatever the input order', () => {
    const inLine = [
      { id: 'far', x: 200, y: 0 },
      { id: 'near', x: 50, y: 0 },
    ];
    expect(neighbourInDirection(kerry, inLine, 'ArrowRight')).toBe('near');
    expect(neighbourInDirection(kerry, [...inLine].reverse(), 'ArrowRight')).toBe('near');
    const mirrored = [
      { id: 'b', x: 0, y: 50 },
      { id: 'a', x: 0, y: -50 },
    ];
    expect(neighbourInDirection(kerry, mirrored, 'ArrowRight')).toBe('a');
    expect(neighbourInDirection(kerry, [...mirrored].reverse(), 'ArrowRight')).toBe('a');
  });

  it('gives null without neighbours, and never the actor itself or one on the same spot', () => {
    expect(neighbourInDirection(kerry, [], 'ArrowRight')).toBeNull();
    expect(neighbourInDirection(kerry, [kerry, { id: 'twin', x: 0, y: 0 }], 'ArrowRight')).toBeNull();
  });

  it('knows the arrow keys from the others', () => {
    expect(['ArrowRight', 'ArrowUp', 'Enter', 'a'].filter(isArrowKey)).toEqual(['ArrowRight', 'ArrowUp']);
  });
});
