import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../graph/filter.ts';
import { kerryTalksGraph } from '../graph/fixtures/kerryTalks.ts';
import { toScene } from './scene.ts';

const view = { layoutKey: 'kerry-talks', selectedId: null, hoveredId: null };

describe('toScene', () => {
  const graph = kerryTalksGraph();

  it('draws one node per actor, sorted by id, sized by its number of mentions', () => {
    const scene = toScene(graph, view);
    expect(scene.nodes.map((node) => node.id)).toEqual([
      'abdullah-bin-zayed',
      'al-qaeda',
      'assad',
      'crimea',
      'isis',
      'kerry',
      'nusra-front',
      'pentagon',
      'peter-cook',
      'russia',
      'turkey',
    ]);
    // "Kerry" is named three times in the fixture's sentences, "Russia" four.
    expect(scene.nodes.find((node) => node.id === 'kerry')).toEqual({
      id: 'kerry',
      label: 'Kerry',
      type: 'person',
      mentions: 3,
      size: 3 / 4,
      group: null,
    });
    expect(scene.nodes.find((node) => node.id === 'russia')).toMatchObject({ mentions: 4, size: 1 });
  });

  it('groups the relations of one pair into a single link, whichever way they point', () => {
    const scene = toScene(graph, view);
    const kerryRussia = scene.links.filter((link) => [link.source, link.target].sort().join() === 'kerry,russia');
    expect(kerryRussia).toHaveLength(1);
    expect(kerryRussia[0]).toMatchObject({ id: 'kerry|russia', source: 'kerry', target: 'russia' });
    expect(kerryRussia[0]?.relations.map((relation) => `${relation.source}-${relation.type}-${relation.target}`)).toEqual([
      'kerry-meet-russia',
      'kerry-warn-russia',
    ]);
    // The pentagon severed talks with Russia: the pair is ordered by id, the relation keeps its direction.
    const pentagonRussia = scene.links.find((link) => link.id === 'pentagon|russia');
    expect(pentagonRussia?.relations[0]).toMatchObject({ source: 'pentagon', target: 'russia', type: 'sever', directed: true });
  });

  it('orders links by pair id and gives the same scene whatever order the graph lists things in', () => {
    const scene = toScene(graph, view);
    const ids = scene.links.map((link) => link.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(8);
    const shuffled = { actors: [...graph.actors].reverse(), relations: graph.relations };
    expect(toScene(shuffled, view)).toEqual(scene);
  });

  it('drops relations whose ends are not both visible, and relations of an actor with itself', () => {
    const visible = visibleGraph(graph, { actorIds: ['kerry'] });
    const withDangling = {
      actors: visible.actors,
      relations: [
        ...visible.relations,
        { ...graph.relations[0]!, id: 'dangling', target: 'assad' },
        { ...graph.relations[0]!, id: 'self', source: 'kerry', target: 'kerry' },
      ],
    };
    const scene = toScene(withDangling, view);
    expect(scene.links.map((link) => link.id)).toEqual(['abdullah-bin-zayed|kerry', 'kerry|russia']);
    expect(scene.links.flatMap((link) => link.relations.map((relation) => relation.id))).not.toContain('dangling');
  });

  it('passes selection and hover through only for visible actors', () => {
    const visible = visibleGraph(graph, { actorIds: ['kerry'] });
    const shown = toScene(visible, { layoutKey: 'k', selectedId: 'russia', hoveredId: 'kerry' });
    expect([shown.layoutKey, shown.selectedId, shown.hoveredId]).toEqual(['k', 'russia', 'kerry']);
    const hidden = toScene(visible, { layoutKey: 'k', selectedId: 'assad', hoveredId: 'turkey' });
    expect([hidden.selectedId, hidden.hoveredId]).toEqual([null, null]);
  });

  it('makes an empty scene of an empty graph', () => {
    expect(toScene({ actors: [], relations: [] }, view)).toEqual({
      ...view,
      nodes: [],
      links: [],
      focusId: null,
      path: null,
    });
  });

  it('takes sizes and colour groups from the view when given, and keeps a focus only on a drawn actor', () => {
    const scene = toScene(graph, {
      ...view,
      sizes: new Map([['kerry', 0.25]]),
      groups: new Map([['kerry', 2]]),
      focusId: 'kerry',
    });
    expect(scene.nodes.find((node) => node.id === 'kerry')).toMatchObject({ size: 0.25, group: 2 });
    expect(scene.focusId).toBe('kerry');
    expect(toScene(graph, { ...view, focusId: 'nobody' }).focusId).toBeNull();
  });

  it('carries who claims a relation and whether it is hedged onto its link', () => {
    const claimed = graph.relations.find((relation) => relation.attributedTo);
    expect(claimed).toBeDefined();
    const scene = toScene(graph, view);
    const drawn = scene.links.flatMap((link) => link.relations).find((relation) => relation.id === claimed?.id);
    expect(drawn?.attributedTo).toBe(claimed?.attributedTo);
    expect(drawn?.claimant).toBe('Assad');
  });

  it('names a claimant the view does not draw by the labels it is given, else leaves it unnamed', () => {
    // Turkey's support for ISIS, as Assad claims it, with Assad filtered out of view.
    const withoutAssad = { actors: graph.actors.filter((actor) => actor.id !== 'assad'), relations: graph.relations };
    const claimantOf = (scene: ReturnType<typeof toScene>) =>
      scene.links.flatMap((link) => link.relations).find((relation) => relation.attributedTo === 'assad')?.claimant;
    expect(claimantOf(toScene(withoutAssad, { ...view, actorLabels: new Map([['assad', 'Assad']]) }))).toBe('Assad');
    expect(claimantOf(toScene(withoutAssad, view))).toBeNull();
  });
});
