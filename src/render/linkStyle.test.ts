import { describe, expect, it } from 'vitest';
import type { SceneLink } from './GraphRenderer.ts';
import { linkArrows, linkCueMark, linkCues, linkPolarity, linkTitle, nodeAriaLabel } from './linkStyle.ts';

type SceneRelation = SceneLink['relations'][number];
const relation = (source: string, target: string, rest: Partial<SceneRelation>): SceneRelation => ({
  id: `${source}-${target}-${rest.type ?? 'meet'}`,
  source,
  target,
  type: 'meet',
  polarity: 'cooperative',
  directed: false,
  attributedTo: null,
  claimant: null,
  hedged: false,
  ...rest,
});
const link = (...relations: SceneRelation[]) => ({ id: 'kerry|russia', source: 'kerry', target: 'russia', relations });
const LABELS: Record<string, string> = { kerry: 'Kerry', russia: 'Russia' };

describe('linkPolarity', () => {
  it('takes the polarity most relations of the pair have', () => {
    const meet = relation('kerry', 'russia', {});
    const cooperate = relation('kerry', 'russia', { type: 'cooperate' });
    const warn = relation('kerry', 'russia', { type: 'warn', polarity: 'conflictual', directed: true });
    expect(linkPolarity(link(meet))).toBe('cooperative');
    expect(linkPolarity(link(meet, cooperate, warn))).toBe('cooperative');
    expect(linkPolarity(link(meet, warn))).toBe('conflictual');
    expect(linkPolarity(link(relation('kerry', 'russia', { type: 'statement', polarity: 'neutral' })))).toBe('neutral');
  });
});

describe('linkArrows', () => {
  it('puts arrowheads where directed relations point, on both ends when they go both ways', () => {
    const warn = relation('kerry', 'russia', { type: 'warn', polarity: 'conflictual', directed: true });
    const oppose = relation('russia', 'kerry', { type: 'oppose', polarity: 'conflictual', directed: true });
    expect(linkArrows(link(relation('kerry', 'russia', {})))).toEqual({ atSource: false, atTarget: false });
    expect(linkArrows(link(warn))).toEqual({ atSource: false, atTarget: true });
    expect(linkArrows(link(oppose))).toEqual({ atSource: true, atTarget: false });
    expect(linkArrows(link(warn, oppose))).toEqual({ atSource: true, atTarget: true });
  });
});

describe('linkCues', () => {
  // "Turkey supports ISIS, Assad said", "the alleged strike": a claim and a hedge, each on its own link.
  const claimedSupport = relation('kerry', 'russia', { type: 'support', attributedTo: 'assad', claimant: 'Assad' });
  const allegedAttack = relation('kerry', 'russia', { type: 'attack', polarity: 'conflictual', hedged: true });
  const plainMeeting = relation('kerry', 'russia', {});

  it('marks a link claimed or hedged when every relation it stands for is', () => {
    expect(linkCues(link(claimedSupport))).toEqual({ claimed: true, hedged: false });
    expect(linkCues(link(allegedAttack))).toEqual({ claimed: false, hedged: true });
    expect(linkCues(link({ ...claimedSupport, hedged: true }))).toEqual({ claimed: true, hedged: true });
    expect(linkCues(link(plainMeeting))).toEqual({ claimed: false, hedged: false });
  });

  it('draws a mixed link as the firmer statement: one plain sentence makes it plain', () => {
    expect(linkCues(link(claimedSupport, plainMeeting))).toEqual({ claimed: false, hedged: false });
    expect(linkCues(link(allegedAttack, claimedSupport))).toEqual({ claimed: false, hedged: false });
    expect(linkCues(link(allegedAttack, { ...allegedAttack, id: 'second' }))).toEqual({ claimed: false, hedged: true });
  });

  it('draws “ for a claim and ? for a hedge, nothing on a plain link', () => {
    expect(linkCueMark({ claimed: true, hedged: false })).toBe('“');
    expect(linkCueMark({ claimed: false, hedged: true })).toBe('?');
    expect(linkCueMark({ claimed: true, hedged: true })).toBe('“?');
    expect(linkCueMark({ claimed: false, hedged: false })).toBeNull();
  });

  it('says in the title who claims a relation and that it is hedged', () => {
    const labelOf = (id: string) => LABELS[id] ?? id;
    expect(linkTitle(link(claimedSupport), labelOf)).toBe('Kerry – Russia: support (cooperative), claimed by Assad');
    expect(linkTitle(link(allegedAttack), labelOf)).toBe('Kerry – Russia: attack (conflictual), hedged');
    // A claimant the scene could not name is named by the view's own labels.
    expect(linkTitle(link({ ...claimedSupport, claimant: null }), labelOf)).toContain('claimed by assad');
  });
});

describe('linkTitle and nodeAriaLabel', () => {
  it('names every relation of a link with its direction and polarity', () => {
    const warn = relation('kerry', 'russia', { type: 'warn', polarity: 'conflictual', directed: true });
    expect(linkTitle(link(warn), (id) => LABELS[id] ?? id)).toBe('Kerry → Russia: warn (conflictual)');
    expect(linkTitle(link(relation('russia', 'kerry', {}), warn), (id) => LABELS[id] ?? id)).toBe(
      'Russia – Kerry: meet (cooperative); Kerry → Russia: warn (conflictual)',
    );
  });

  it('starts a node label with the actor name and counts mentions in words', () => {
    expect(nodeAriaLabel({ label: 'Assad', type: 'person', mentions: 5 })).toBe('Assad, person, 5 mentions');
    expect(nodeAriaLabel({ label: 'Nusra Front', type: 'armed-group', mentions: 1 })).toBe(
      'Nusra Front, armed group, 1 mention',
    );
  });
});
