import { describe, expect, it } from 'vitest';
import { drawnGraphOf } from './drawnGraph.ts';
import { labelCandidates } from './labelChoice.ts';

const node = (id: string, size: number) => ({ id, label: id, type: 'person' as const, mentions: 1, size, group: null });
const graph = drawnGraphOf({ nodes: [node('a', 0.1), node('b', 0.9), node('c', 0.5), node('d', 1)], links: [] });
// a, b, c in the view; d, the biggest, far off to the right.
const positions = new Float32Array([0, 0, 50, 0, 100, 0, 5000, 0]);
const view = { left: -200, top: -200, right: 200, bottom: 200 };
const width = (label: string) => label.length * 7;

describe('labelCandidates', () => {
  it('takes the most important actors in view, up to the limit', () => {
    const ids = labelCandidates(graph, positions, view, new Set(), width, 2).map((candidate) => candidate.id);
    expect(ids).toEqual(['b', 'c']);
  });

  it('always takes the forced actors, in view or not, besides the limit', () => {
    const ids = labelCandidates(graph, positions, view, new Set(['a', 'd']), width, 1).map((candidate) => candidate.id);
    expect(ids).toEqual(['a', 'd', 'b']);
  });

  it('gives each candidate its place, disc and label width', () => {
    const [candidate] = labelCandidates(graph, positions, view, new Set(), width, 1);
    expect(candidate).toMatchObject({ id: 'b', x: 50, y: 0, width: 7, size: 0.9, preferAbove: false });
    expect(candidate!.radius).toBe(graph.nodes[1]!.radius);
  });
});
