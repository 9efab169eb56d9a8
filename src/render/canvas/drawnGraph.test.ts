import { describe, expect, it } from 'vitest';
import type { Scene } from '../GraphRenderer.ts';
import { linkEnds } from '../geometry.ts';
import { ACTOR_TYPE_STYLE, groupStyle, markInkOn } from '../palette.ts';
import { drawnGraphOf } from './drawnGraph.ts';

// "Turkey supports ISIS, Assad said. Russia and Turkey met; Russia reportedly warned Turkey."
const scene: Pick<Scene, 'nodes' | 'links'> = {
  nodes: [
    { id: 'assad', label: 'Assad', type: 'person', mentions: 2, size: 0.4, group: null },
    { id: 'isis', label: 'ISIS', type: 'armed-group', mentions: 1, size: 0.2, group: null },
    { id: 'russia', label: 'Russia', type: 'country', mentions: 3, size: 1, group: 2 },
    { id: 'turkey', label: 'Turkey', type: 'country', mentions: 3, size: 1, group: null },
  ],
  links: [
    {
      id: 'isis|turkey',
      source: 'isis',
      target: 'turkey',
      relations: [
        { id: 'r1', source: 'turkey', target: 'isis', type: 'support', polarity: 'cooperative', directed: true, attributedTo: 'assad', claimant: 'Assad', hedged: false },
      ],
    },
    {
      id: 'russia|turkey',
      source: 'russia',
      target: 'turkey',
      relations: [
        { id: 'r2', source: 'russia', target: 'turkey', type: 'meet', polarity: 'cooperative', directed: false, attributedTo: null, claimant: null, hedged: false },
        { id: 'r3', source: 'russia', target: 'turkey', type: 'warn', polarity: 'conflictual', directed: true, attributedTo: null, claimant: null, hedged: true },
      ],
    },
  ],
};

describe('drawnGraphOf', () => {
  const graph = drawnGraphOf(scene);

  it('keeps the scene order, colours by type or by group, and bigger discs for bigger sizes', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual(['assad', 'isis', 'russia', 'turkey']);
    expect(graph.nodes[3]!.fill).toBe(ACTOR_TYPE_STYLE.country.color);
    expect(graph.nodes[2]!.fill).toBe(groupStyle(2).color);
    expect(graph.nodes[3]!.mark).toBe('C');
    expect(graph.nodes[3]!.radius).toBeGreaterThan(graph.nodes[1]!.radius);
  });

  it('links nodes by index with their polarity, arrows, cues and relation count', () => {
    const [claimed, mixed] = graph.links;
    expect(claimed).toMatchObject({ source: 1, target: 3, polarity: 'cooperative', claimed: true, hedged: false, cueMark: '“', relationCount: 1 });
    // Turkey → ISIS: the arrow points at ISIS, the link's source end.
    expect(claimed!.arrows).toEqual({ atSource: true, atTarget: false });
    // A tie between cooperation and conflict is drawn as conflict; one plain relation makes the link plain.
    expect(mixed).toMatchObject({ source: 2, target: 3, polarity: 'conflictual', cueMark: null, relationCount: 2 });
  });

  it('numbers the disc colours once each, with the letter ink for each', () => {
    expect(graph.fills).toEqual([ACTOR_TYPE_STYLE.person.color, ACTOR_TYPE_STYLE['armed-group'].color, groupStyle(2).color, ACTOR_TYPE_STYLE.country.color]);
    expect(graph.nodes.map((node) => graph.fills[node.fillIndex])).toEqual(graph.nodes.map((node) => node.fill));
    expect(graph.nodes.map((node) => node.markInk)).toEqual(graph.nodes.map((node) => markInkOn(node.fill)));
  });

  it('gives each link how far its line stops short of either centre, as linkEnds trims it', () => {
    const [claimed] = graph.links;
    const [isis, turkey] = [graph.nodes[1]!, graph.nodes[3]!];
    const ends = linkEnds({ x: 0, y: 0, radius: isis.radius }, { x: 0, y: 300, radius: turkey.radius }, claimed!.arrows)!;
    expect(claimed!.startTrim).toBeCloseTo(ends.start.y, 6);
    expect(claimed!.endTrim).toBeCloseTo(300 - ends.end.y, 6);
    // The arrowhead at ISIS's end takes its length off that end.
    expect(claimed!.startTrim).toBeGreaterThan(claimed!.endTrim - turkey.radius + isis.radius);
  });

  it('lists neighbours both ways and ranks nodes by size, then mentions, then id', () => {
    expect(graph.neighbours[3]).toEqual([1, 2]);
    expect(graph.neighbours[0]).toEqual([]);
    expect(graph.byImportance.map((i) => graph.nodes[i]!.id)).toEqual(['russia', 'turkey', 'assad', 'isis']);
  });
});
