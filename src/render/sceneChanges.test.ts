import { describe, expect, it } from 'vitest';
import { kerryTalksGraph } from '../graph/fixtures/kerryTalks.ts';
import { visibleGraph } from '../graph/filter.ts';
import { toScene } from './scene.ts';
import { drawnContentOf, layoutChange } from './sceneChanges.ts';

const graph = kerryTalksGraph();
const view = { layoutKey: 'kerry-talks', selectedId: null, hoveredId: null };
const whole = toScene(graph, view);

describe('layoutChange', () => {
  it('moves the layout when actors or pairs come or go (a filter), or when nothing was drawn', () => {
    expect(layoutChange(null, whole)).toBe('structure');
    expect(layoutChange(whole, toScene(visibleGraph(graph, { actorIds: ['kerry'] }), view))).toBe('structure');
  });

  it('nudges it when the same actors are sized by another measure', () => {
    const byDegree = toScene(graph, { ...view, sizes: new Map([['kerry', 1]]) });
    expect(layoutChange(whole, byDegree)).toBe('sizes');
  });

  it('leaves it alone for a selection, a focus or a colour change', () => {
    const selected = toScene(graph, { ...view, selectedId: 'kerry', focusId: 'kerry', groups: new Map([['kerry', 1]]) });
    expect(layoutChange(whole, selected)).toBe('none');
  });
});

describe('drawnContentOf', () => {
  it('is the same for the same drawing whatever is selected or pointed at, and differs when colours change', () => {
    expect(drawnContentOf(toScene(graph, { ...view, selectedId: 'kerry', hoveredId: 'russia' }))).toBe(drawnContentOf(whole));
    expect(drawnContentOf(toScene(graph, { ...view, groups: new Map([['kerry', 1]]) }))).not.toBe(drawnContentOf(whole));
  });

  it('answers a scene sharing the last one’s lists (a new highlight) as that one, and a new layout key apart', () => {
    const highlighted = { ...whole, selectedId: 'kerry' };
    expect(drawnContentOf(highlighted)).toBe(drawnContentOf(whole));
    expect(drawnContentOf({ ...whole, layoutKey: 'another article' })).not.toBe(drawnContentOf(whole));
    expect(drawnContentOf({ ...whole, links: whole.links.slice(1) })).not.toBe(drawnContentOf(whole));
  });
});
