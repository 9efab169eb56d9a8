import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate, type LabelPriority } from './labelCulling.ts';
import { estimatedLabelWidth } from './labelForce.ts';
import { seededRandom } from './layout.ts';

const node = (id: string, label: string, x: number, y: number, size: number, mentions = 1): LabelCandidate => ({
  id,
  x,
  y,
  radius: 7 + 19 * Math.sqrt(size),
  width: estimatedLabelWidth(label),
  preferAbove: false,
  size,
  mentions,
});
const none: LabelPriority = { forced: new Set(), preferred: new Set() };

// Russia (big) and Putin (small) side by side: their labels just fit at zoom 1.
const russia = node('russia', 'Russia', 0, 0, 1, 16);
const putin = node('vladimir-putin', 'Vladimir Putin', 80, 0, 0.1, 2);
const syria = node('syria', 'Syria', 400, 0, 0.6, 9);

describe('labelBox', () => {
  it('hangs a label under or over its disc, as wide as its text', () => {
    const below = labelBox(russia, false, 1);
    const above = labelBox(russia, true, 1);
    expect(below.top).toBeGreaterThan(russia.radius);
    expect(above.bottom).toBeLessThan(-russia.radius);
    expect(below.right - below.left).toBeCloseTo(estimatedLabelWidth('Russia'));
    expect(labelBox(russia, false, 2).bottom - labelBox(russia, false, 2).top).toBeCloseTo(2 * (below.bottom - below.top));
  });
});

describe('placeLabels', () => {
  it('leaves every label on its preferred side while none overlap', () => {
    expect(placeLabels([russia, putin, syria], 1, none)).toEqual(
      new Map([
        ['russia', 'below'],
        ['syria', 'below'],
        ['vladimir-putin', 'below'],
      ]),
    );
  });

  it('moves a crowded label to the other side of its disc before hiding it', () => {
    // Assad drawn just right of Russia: under his disc his long name would run into Russia's.
    const assad = node('assad', 'Bashar al-Assad', 72, 0, 0.1, 3);
    const placed = placeLabels([russia, assad], 1, none);
    expect(placed.get('russia')).toBe('below');
    expect(placed.get('assad')).toBe('above');
    const kept = labelBox(russia, false, 1);
    const [moved, stayed] = [labelBox(assad, true, 1), labelBox(assad, false, 1)];
    expect(moved.bottom <= kept.top || kept.bottom <= moved.top).toBe(true);
    // Below, it would have overlapped: that is why it moved.
    expect(stayed.top < kept.bottom && kept.top < stayed.bottom && stayed.left < kept.right).toBe(true);
  });

  it('hides a label only when both sides are taken, the least important one first', () => {
    // A column of three: Kerry's name hangs below him, Pentagon's above it (its links leave downwards),
    // and Turkey between them has room on neither side.
    const kerry = node('kerry', 'Kerry', 0, -60, 0.5, 5);
    const turkey = node('turkey', 'Turkey', 0, 0, 0.05, 1);
    const pentagon = { ...node('pentagon', 'Pentagon', 0, 60, 0.5, 4), preferAbove: true };
    const placed = placeLabels([turkey, kerry, pentagon], 1, none);
    expect(placed.get('turkey')).toBe('hidden');
    expect(placed.get('kerry')).toBe('below');
    expect(placed.get('pentagon')).toBe('above');
    // Once Turkey is pointed at, its name shows; still on its side, the other labels keep theirs.
    const pointed = placeLabels([turkey, kerry, pentagon], 1, { forced: new Set(['turkey']), preferred: new Set() });
    expect(pointed.get('turkey')).toBe('below');
  });

  it('between equal sizes, the actor named fewer times gives way', () => {
    const assad = node('assad', 'Assad', 0, 0, 0.05, 6);
    const shoygu = node('shoygu', 'Shoygu', 30, 0, 0.05, 2);
    expect(placeLabels([shoygu, assad], 1, none)).toEqual(
      new Map([
        ['assad', 'below'],
        ['shoygu', 'above'],
      ]),
    );
    const shoyguMore = { ...shoygu, mentions: 9 };
    expect(placeLabels([shoyguMore, assad], 1, none).get('assad')).toBe('above');
  });

  it('zoomed out, labels drawn larger crowd each other where at zoom 1 they fit', () => {
    expect(placeLabels([putin, russia, syria], 1, none).get('vladimir-putin')).toBe('below');
    const zoomedOut = placeLabels([putin, russia, syria], 2.5, none);
    expect(zoomedOut.get('russia')).toBe('below');
    // Below, Putin's name would run into Russia's; above, over Russia's disc: it waits for a closer zoom.
    expect(zoomedOut.get('vladimir-putin')).toBe('hidden');
  });

  it("lets a label cross a less important actor's disc rather than hide it", () => {
    // Crimea and Ukraine, named once each, drawn just under and just over Russia's disc.
    const crimea = node('crimea', 'Crimea', 25, 40, 0, 1);
    const ukraine = node('ukraine', 'Ukraine', 25, -40, 0, 1);
    const placed = placeLabels([russia, crimea, ukraine], 1, none);
    expect(placed.get('russia')).toBe('below');
    const box = labelBox(russia, false, 1);
    expect(box.right).toBeGreaterThan(crimea.x - crimea.radius);
    expect(box.bottom).toBeGreaterThan(crimea.y - crimea.radius);
  });

  it('always shows the label the user points at, and places lit neighbours before the rest', () => {
    const pointed = placeLabels([russia, putin, syria], 2.5, { forced: new Set(['vladimir-putin']), preferred: new Set() });
    expect(pointed.get('vladimir-putin')).toBe('below');
    expect(pointed.get('russia')).toBe('above');
    const lit = placeLabels([russia, putin, syria], 2.5, { forced: new Set(), preferred: new Set(['vladimir-putin']) });
    expect(lit.get('vladimir-putin')).toBe('below');
    expect(lit.get('russia')).toBe('above');
  });

  it('never leaves two shown labels overlapping, however crowded the drawing', () => {
    const random = seededRandom(7);
    const crowd = Array.from({ length: 120 }, (_, i) =>
      node(`actor-${i}`, `Actor number ${i}`, random() * 400, random() * 400, random(), Math.floor(random() * 9)),
    );
    for (const scale of [0.9, 1, 2]) {
      const placed = placeLabels(crowd, scale, none);
      const boxes = crowd.flatMap((candidate) => {
        const side = placed.get(candidate.id);
        return side === 'hidden' || side === undefined ? [] : [labelBox(candidate, side === 'above', scale)];
      });
      expect(boxes.length).toBeGreaterThan(10);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
        }
      }
    }
  });
});
