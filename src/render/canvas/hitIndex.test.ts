import { describe, expect, it } from 'vitest';
import { createHitIndex } from './hitIndex.ts';

describe('createHitIndex', () => {
  // A big disc (radius 20) at the origin and a small one (radius 7) at (30, 0): their rims are 3 apart.
  const positions = new Float32Array([0, 0, 30, 0, 200, 200]);
  const radii = [20, 7, 7];

  it('finds the disc under the point, and the small one beside a big one', () => {
    const index = createHitIndex(positions, radii);
    expect(index.nodeAt(5, 5, 0)).toBe(0);
    expect(index.nodeAt(31, 1, 0)).toBe(1);
    expect(index.nodeAt(199, 203, 0)).toBe(2);
  });

  it('counts a point within the slack of a rim, by how far it is from the rim rather than the centre', () => {
    const index = createHitIndex(positions, radii);
    expect(index.nodeAt(0, 24, 0)).toBeNull();
    expect(index.nodeAt(0, 24, 5)).toBe(0);
    // 22 from the big disc's centre (2 past its rim), 8 from the small one's (1 past its rim): the small one.
    expect(index.nodeAt(22, 0, 5)).toBe(1);
    expect(index.nodeAt(38, 0, 5)).toBe(1);
  });

  it('finds nothing on empty ground or in an empty graph', () => {
    expect(createHitIndex(positions, radii).nodeAt(100, 100, 4)).toBeNull();
    expect(createHitIndex(new Float32Array(0), []).nodeAt(0, 0, 4)).toBeNull();
  });
});
