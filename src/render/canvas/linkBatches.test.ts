import { describe, expect, it } from 'vitest';
import type { Scene } from '../GraphRenderer.ts';
import { linkEnds } from '../geometry.ts';
import { drawnGraphOf } from './drawnGraph.ts';
import { batchLinks, createLinkBatches, EMPHASIS_ALPHAS } from './linkBatches.ts';
import { arrowHead } from './paintGraph.ts';

// "Turkey supports ISIS, Assad said. Russia met Turkey. Assad warned Russia, reportedly."
type SceneRelation = Scene['links'][number]['relations'][number];
const relation = (id: string, source: string, target: string, polarity: 'cooperative' | 'conflictual', more: Partial<SceneRelation> = {}): SceneRelation => ({
  id,
  source,
  target,
  type: polarity === 'cooperative' ? 'support' : 'warn',
  polarity,
  directed: true,
  attributedTo: null,
  claimant: null,
  hedged: false,
  ...more,
});
const node = (id: string, label: string, type: 'person' | 'country' | 'armed-group') => ({ id, label, type, mentions: 1, size: 0.5, group: null });
const scene: Pick<Scene, 'nodes' | 'links'> = {
  nodes: [node('assad', 'Assad', 'person'), node('isis', 'ISIS', 'armed-group'), node('russia', 'Russia', 'country'), node('turkey', 'Turkey', 'country')],
  links: [
    { id: 'isis|turkey', source: 'isis', target: 'turkey', relations: [relation('r1', 'turkey', 'isis', 'cooperative', { attributedTo: 'assad', claimant: 'Assad' })] },
    { id: 'russia|turkey', source: 'russia', target: 'turkey', relations: [relation('r2', 'russia', 'turkey', 'cooperative', { directed: false, type: 'meet' })] },
    { id: 'assad|russia', source: 'assad', target: 'russia', relations: [relation('r3', 'assad', 'russia', 'conflictual', { hedged: true })] },
  ],
};
const graph = drawnGraphOf(scene);
// assad (0, 0), isis (200, 0), russia (0, 200), turkey (200, 200)
const positions = new Float32Array([0, 0, 200, 0, 0, 200, 200, 200]);
const everywhere = { left: -1000, top: -1000, right: 1000, bottom: 1000 };
const plain = { lit: null, path: null };

describe('batchLinks', () => {
  it('trims each line as linkEnds does and puts its arrowheads where paintGraph always drew them', () => {
    const batches = batchLinks(createLinkBatches(), graph, positions, everywhere, plain, false);
    const claimed = batches.looks.find((look) => look.lines.size > 0 && look.width === 1.1)!;
    const [x0, y0, x1, y1] = claimed.lines.data.subarray(0, 4);
    const isis = graph.indexOf.get('isis')!;
    const turkey = graph.indexOf.get('turkey')!;
    const ends = linkEnds({ x: 200, y: 0, radius: graph.nodes[isis]!.radius }, { x: 200, y: 200, radius: graph.nodes[turkey]!.radius }, { atSource: true, atTarget: false })!;
    expect([x0, y0, x1, y1].map((value) => value!.toFixed(6))).toEqual([ends.start.x, ends.start.y, ends.end.x, ends.end.y].map((value) => value.toFixed(6)));
    // Turkey → ISIS: one arrowhead, at ISIS's end.
    expect(claimed.arrows.size).toBe(6);
    expect([...claimed.arrows.data.subarray(0, 6)].map((value) => value.toFixed(6))).toEqual(arrowHead(ends.start, ends.end).map((value) => value.toFixed(6)));
  });

  it('sorts links into looks by polarity, cue and emphasis, in the order first met', () => {
    const batches = batchLinks(createLinkBatches(), graph, positions, everywhere, plain, false);
    const looks = batches.order.map((index) => batches.looks[index]!);
    expect(looks.map(({ polarity, alpha, width }) => ({ polarity, alpha, width }))).toEqual([
      { polarity: 'cooperative', alpha: 1, width: 1.1 }, // claimed by Assad: thinner
      { polarity: 'cooperative', alpha: 1, width: 1.8 },
      { polarity: 'conflictual', alpha: 0.5, width: 1.8 }, // hedged: half as opaque
    ]);
    // Pointing at ISIS lights ISIS and Turkey: the other links are dimmed.
    const lit = batchLinks(createLinkBatches(), graph, positions, everywhere, { lit: new Set(['isis', 'turkey']), path: null }, false);
    expect(lit.order.map((index) => lit.looks[index]!.alpha)).toEqual([1, EMPHASIS_ALPHAS[1], EMPHASIS_ALPHAS[1] * 0.5]);
    // On a shown path a link is drawn wide and whole, the rest recede.
    const path = batchLinks(createLinkBatches(), graph, positions, everywhere, { lit: null, path: { links: new Set(['assad|russia']) } }, false);
    expect(path.order.map((index) => [path.looks[index]!.alpha, path.looks[index]!.width])).toEqual([
      [EMPHASIS_ALPHAS[2], 1.1],
      [EMPHASIS_ALPHAS[2], 1.8],
      [1, 4],
    ]);
  });

  it('leaves out links wholly outside the box, and empties the batches it is given again', () => {
    const batches = createLinkBatches();
    batchLinks(batches, graph, positions, everywhere, plain, true);
    // Only the left column (Assad–Russia) reaches into a box left of x = 50.
    batchLinks(batches, graph, positions, { left: -100, top: -100, right: 50, bottom: 150 }, plain, true);
    expect(batches.order).toHaveLength(1);
    expect(batches.looks[batches.order[0]!]!.polarity).toBe('conflictual');
    expect(batches.looks.reduce((lines, look) => lines + look.lines.size, 0)).toBe(4);
    // Its hedge mark is a badge to draw.
    expect(batches.badges.map((badge) => graph.links[badge.link]!.id)).toEqual(['assad|russia']);
  });

  it('draws no line between discs that overlap', () => {
    const touching = new Float32Array([0, 0, 10, 0, 0, 200, 200, 200]);
    const batches = batchLinks(createLinkBatches(), graph, touching, everywhere, plain, false);
    expect(batches.looks.reduce((lines, look) => lines + look.lines.size, 0) / 4).toBe(3);
    const crowded = new Float32Array([0, 0, 200, 0, 0, 5, 200, 200]);
    const fewer = batchLinks(createLinkBatches(), graph, crowded, everywhere, plain, false);
    expect(fewer.looks.reduce((lines, look) => lines + look.lines.size, 0) / 4).toBe(2);
  });
});
