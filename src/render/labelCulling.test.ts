import { describe, expect, it } from 'vitest';
import { crowdedLabels } from './labelCulling.ts';
import { estimatedLabelWidth } from './labelForce.ts';
import type { LayoutNode } from './layout.ts';

const node = (id: string, x: number, y: number, radius: number, label: string): LayoutNode => ({
  id,
  x,
  y,
  radius,
  labelWidth: estimatedLabelWidth(label),
});

// Russia (big) and Putin (small) side by side: their labels just fit at zoom 1.
const russia = node('russia', 0, 0, 18, 'Russia');
const putin = node('vladimir-putin', 75, 0, 8, 'Vladimir Putin');
const syria = node('syria', 400, 0, 16, 'Syria');

describe('crowdedLabels', () => {
  it("hides a label only where it would overlap a bigger actor's", () => {
    expect(crowdedLabels([russia, putin, syria], 1, new Set())).toEqual(new Set());
    // Assad drawn just below Russia: both labels would hang in the same place.
    const assad = node('assad', 4, 10, 14, 'Assad');
    expect(crowdedLabels([russia, putin, syria, assad], 1, new Set())).toEqual(new Set(['assad']));
  });

  it("zoomed out, hides the smaller actor's label where two would overlap", () => {
    expect(crowdedLabels([putin, russia, syria], 2, new Set())).toEqual(new Set(['vladimir-putin']));
  });

  it('always shows the labels the user points at or selected', () => {
    expect(crowdedLabels([russia, putin, syria], 2, new Set(['vladimir-putin']))).toEqual(new Set(['russia']));
  });
});
