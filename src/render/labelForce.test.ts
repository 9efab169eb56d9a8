import { forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { kerryTalksGraph } from '../graph/fixtures/kerryTalks.ts';
import { estimatedLabelWidth, forceLabelBoxes } from './labelForce.ts';
import type { LayoutNode } from './layout.ts';
import { placeScene, restingPositions } from './placement.ts';
import { toScene } from './scene.ts';

const node = (id: string, x: number, y: number, label: string): LayoutNode => ({
  id,
  x,
  y,
  radius: 8,
  labelWidth: estimatedLabelWidth(label),
});

/** Runs only the label force, as a simulation would, and returns the nodes where they came to rest. */
function settleLabelsOnly(nodes: LayoutNode[], neighbours = new Map<string, LayoutNode[]>(), sweep = false): LayoutNode[] {
  forceSimulation(nodes).stop().force('labels', forceLabelBoxes(neighbours, sweep)).tick(200);
  return nodes;
}

/** Whether the boxes of two nodes at rest (disc and label below) are apart, sideways or vertically. */
function apart(a: LayoutNode, b: LayoutNode): boolean {
  const sideways = Math.abs(a.x! - b.x!) >= (a.labelWidth + b.labelWidth) / 2 - 1;
  const vertically = Math.abs(a.y! - b.y!) >= a.radius + b.radius + 18 - 1;
  return sideways || vertically;
}

describe('forceLabelBoxes', () => {
  it('moves side-by-side labels apart sideways until they no longer overlap', () => {
    // Centres 120 apart, but the two labels need about 135 between centres.
    const [ministry, putin] = settleLabelsOnly([
      node('russian-defense-ministry', 0, 0, 'Russian Defense Ministry'),
      node('vladimir-putin', 120, 0, 'Vladimir Putin'),
    ]);
    const gap = putin!.x! - ministry!.x!;
    expect(gap).toBeGreaterThanOrEqual((ministry!.labelWidth + putin!.labelWidth) / 2);
    expect(putin!.y).toBeCloseTo(ministry!.y!, 6);
  });

  it('moves nodes apart vertically when that is the shorter way out', () => {
    // Even at the same height: two long labels overlap less in height than in width.
    const [ministry, putin] = settleLabelsOnly([
      node('russian-defense-ministry', 0, 0, 'Russian Defense Ministry'),
      node('vladimir-putin', 30, 0, 'Vladimir Putin'),
    ]);
    expect(Math.abs(ministry!.y! - putin!.y!)).toBeGreaterThanOrEqual(8 + 18 + 8);
    expect(putin!.x! - ministry!.x!).toBeCloseTo(30, 6);
    const [upper, lower] = settleLabelsOnly([node('russia', 0, 0, 'Russia'), node('syria', 5, 20, 'Syria')]);
    // The lower node clears the upper one's disc and the label hanging below it.
    expect(lower!.y! - upper!.y!).toBeGreaterThanOrEqual(8 + 18 + 8);
  });

  it('puts a label above its node when its links leave downwards', () => {
    const pentagon = node('pentagon', 0, 0, 'Pentagon');
    const cook = node('peter-cook', 10, 200, 'Peter Cook');
    settleLabelsOnly([pentagon, cook], new Map([['pentagon', [cook]], ['peter-cook', [pentagon]]]));
    expect(pentagon.labelAbove).toBe(true);
    expect(cook.labelAbove).toBe(false);
  });

  it('finds the overlapping pairs by its sweep too (large graphs): a pile of labels spreads as well as comparing every pair', () => {
    const names = ['Russian Defense Ministry', 'Vladimir Putin', 'Syria', 'Abdullah bin Zayed', 'Nusra Front', 'Kerry'];
    const pile = () =>
      Array.from({ length: 60 }, (_, i) => node(`actor-${i}`, (i * 37) % 200, (i * 53) % 120, `${names[i % names.length]} ${i}`));
    const overlapping = (nodes: LayoutNode[]) =>
      nodes.reduce((count, a, i) => count + nodes.slice(i + 1).filter((b) => !apart(a, b)).length, 0);
    const before = overlapping(pile());
    const swept = overlapping(settleLabelsOnly(pile(), new Map(), true));
    const everyPair = overlapping(settleLabelsOnly(pile(), new Map(), false));
    // 600 of the 1,770 pairs overlap at first; 12 and 18 once the force has run its 200 ticks, either way.
    expect(before).toBeGreaterThan(500);
    expect(swept).toBeLessThan(before / 20);
    expect(swept).toBeLessThanOrEqual(everyPair * 1.5);
  });

  it('leaves no two label boxes of the Kerry fixture overlapping once the whole layout rests', () => {
    const scene = toScene(kerryTalksGraph(), { layoutKey: 'k', selectedId: null, hoveredId: null });
    const positions = restingPositions(scene);
    const { nodes } = placeScene(scene, new Map());
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const p = positions.get(a.id)!;
        const q = positions.get(b.id)!;
        const apartSideways = Math.abs(p.x - q.x) >= (a.labelWidth + b.labelWidth) / 2 - 1;
        const apartVertically = Math.abs(p.y - q.y) >= a.radius + b.radius + 18 - 1;
        expect(apartSideways || apartVertically, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });
});
