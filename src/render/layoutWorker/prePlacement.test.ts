import { describe, expect, it } from 'vitest';
import { radialTreePositions } from './prePlacement.ts';
import { engineGraph } from './testGraph.ts';

const distance = (p: Float64Array, a: number, b: number) => Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

describe('radialTreePositions', () => {
  it('starts linked actors near each other and the best-connected one at the centre', () => {
    const { nodes, links } = engineGraph(1000);
    const positions = radialTreePositions(nodes.length, links);
    expect(positions.every(Number.isFinite)).toBe(true);
    const degree = new Array<number>(nodes.length).fill(0);
    for (const { source, target } of links) {
      degree[source]!++;
      degree[target]!++;
    }
    const hub = degree.indexOf(Math.max(...degree));
    expect([positions[2 * hub], positions[2 * hub + 1]]).toEqual([0, 0]);
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const linked = median(links.map(({ source, target }) => distance(positions, source, target)));
    const apart = median(nodes.map((_, i) => distance(positions, i, (i * 389 + 7) % nodes.length)));
    expect(linked).toBeLessThan(apart / 3);
    expect(radialTreePositions(nodes.length, links)).toEqual(positions);
  });

  it('lays separate parts and lone actors around the largest part, none on top of another', () => {
    // A triangle (0, 1, 2), a pair (3, 4) and two actors related to no one (5, 6).
    const links = [
      { source: 0, target: 1 },
      { source: 1, target: 2 },
      { source: 2, target: 0 },
      { source: 3, target: 4 },
    ];
    const positions = radialTreePositions(7, links);
    for (let a = 0; a < 7; a++) {
      for (let b = a + 1; b < 7; b++) expect(distance(positions, a, b)).toBeGreaterThan(20);
    }
    const fromCentre = (i: number) => Math.hypot(positions[2 * i]!, positions[2 * i + 1]!);
    expect(Math.max(fromCentre(0), fromCentre(1), fromCentre(2))).toBeLessThan(Math.min(fromCentre(3), fromCentre(5), fromCentre(6)));
    expect(distance(positions, 3, 4)).toBeLessThan(distance(positions, 3, 5));
  });
});
