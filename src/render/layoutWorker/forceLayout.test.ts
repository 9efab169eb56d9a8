import { describe, expect, it, vi } from 'vitest';
import { createForceLayout, forceSettings } from './forceLayout.ts';
import { engineGraph } from './testGraph.ts';

const { nodes, links } = engineGraph(120);

function settled(layout: ReturnType<typeof createForceLayout>): { positions: Float32Array; ticks: number } {
  let ticks = 0;
  while (!layout.settled()) {
    layout.tick();
    ticks++;
  }
  return { positions: layout.writePositions(new Float32Array(layout.nodeCount * 2)), ticks };
}

describe('createForceLayout', () => {
  it('writes x, y per node in the order given, and comes to rest in the ticks its settings allow', () => {
    const layout = createForceLayout(nodes, links);
    const { positions, ticks } = settled(layout);
    expect(positions).toHaveLength(nodes.length * 2);
    expect(positions.every(Number.isFinite)).toBe(true);
    const { alphaDecay } = forceSettings(nodes.length);
    expect(ticks).toBe(Math.ceil(Math.log(0.001) / Math.log(1 - alphaDecay)));
    // In node order: linked actors lie far closer together than actors taken at random.
    const distance = (a: number, b: number) =>
      Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const linked = median(links.map(({ source, target }) => distance(source, target)));
    const apart = median(nodes.map((_, i) => distance(i, (i * 37 + 11) % nodes.length)));
    expect(linked).toBeLessThan(apart / 2);
  });

  it('gives the same layout every time, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    expect(settled(createForceLayout(nodes, links)).positions).toEqual(settled(createForceLayout(nodes, links)).positions);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('leaves no two discs overlapping at rest', () => {
    const { positions } = settled(createForceLayout(nodes, links));
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const gap = Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
        expect(gap).toBeGreaterThan(nodes[a]!.radius + nodes[b]!.radius);
      }
    }
  });

  it('keeps known positions as the start and places a newcomer beside its placed neighbour', () => {
    const known = new Map(nodes.slice(1).map((node, i) => [node.id, { x: 10 * (i + 1), y: -5 * (i + 1) }]));
    const layout = createForceLayout(nodes, links, known);
    const start = layout.writePositions(new Float32Array(nodes.length * 2));
    expect([start[2], start[3]]).toEqual([10, -5]);
    expect([start[4], start[5]]).toEqual([20, -10]);
    // Node 0 (new) starts 30 units from the mean of the neighbours it is linked to.
    const neighbours = links.flatMap(({ source, target }) => (source === 0 ? [target] : target === 0 ? [source] : []));
    const meanX = neighbours.reduce((sum, i) => sum + start[2 * i]!, 0) / neighbours.length;
    const meanY = neighbours.reduce((sum, i) => sum + start[2 * i + 1]!, 0) / neighbours.length;
    expect(Math.hypot(start[0]! - meanX, start[1]! - meanY)).toBeCloseTo(30, 2);
    // Most of the graph already placed: it starts warm, not hot, so what was there stays recognisable.
    expect(layout.alpha()).toBeCloseTo(0.3);
  });

  it('holds a pinned node where it was put while the rest moves, and lets it go', () => {
    const layout = createForceLayout(nodes, links);
    layout.pin(5, { x: 400, y: -300 }, 0.3);
    const { positions } = settled(layout);
    expect([positions[10], positions[11]]).toEqual([400, -300]);
    layout.pin(5, null, 0.3);
    expect(layout.settled()).toBe(false);
    const after = settled(layout).positions;
    expect([after[10], after[11]]).not.toEqual([400, -300]);
  });

  it('lays a large graph out from a radial tree in 83 ticks, no two discs overlapping at rest', () => {
    const large = engineGraph(700);
    expect(forceSettings(700)).toMatchObject({ prePlace: true, alphaDecay: 0.08 });
    const { positions, ticks } = settled(createForceLayout(large.nodes, large.links));
    expect(ticks).toBe(83);
    for (let a = 0; a < large.nodes.length; a++) {
      for (let b = a + 1; b < large.nodes.length; b++) {
        const gap = Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
        expect(gap).toBeGreaterThan(large.nodes[a]!.radius + large.nodes[b]!.radius);
      }
    }
  });
});
