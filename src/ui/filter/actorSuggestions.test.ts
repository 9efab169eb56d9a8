import { describe, expect, it } from 'vitest';
import type { Actor } from '../../extract/types.ts';
import { suggestActors } from './actorSuggestions.ts';

const mentions = (n: number): Actor['mentions'] =>
  Array.from({ length: n }, (_, i) => ({ doc: 'd1', start: i * 10, end: i * 10 + 5 }));

const ACTORS: Actor[] = [
  { id: 'kerry', label: 'Kerry', type: 'person', aliases: ['John Kerry'], mentions: mentions(2) },
  { id: 'russia', label: 'Russia', type: 'country', aliases: ['Kremlin', 'Moscow', 'Russian Federation'], mentions: mentions(9) },
  { id: 'nusra-front', label: 'Nusra Front', type: 'armed-group', aliases: ['al Qaeda-linked Nusra Front'], mentions: mentions(1) },
  { id: 'al-qaeda', label: 'al-Qaeda', type: 'armed-group', aliases: ['al Qaeda'], mentions: mentions(1) },
  { id: 'abdullah-bin-zayed', label: 'Abdullah bin Zayed', type: 'person', aliases: [], mentions: mentions(1) },
];

const ids = ({ actors }: { actors: Actor[] }) => actors.map((a) => a.id);

describe('suggestActors', () => {
  it('matches the start of a label whatever the case', () => {
    expect(ids(suggestActors(ACTORS, 'Ker', []))).toEqual(['kerry']);
    expect(ids(suggestActors(ACTORS, 'kER', []))).toEqual(['kerry']);
  });

  it('finds an actor by an alias', () => {
    expect(ids(suggestActors(ACTORS, 'kreml', []))).toEqual(['russia']);
  });

  it('puts name starts before word starts before any other match, then the more mentioned', () => {
    // "r": Russia starts with it; Kerry and Nusra Front only contain it (Kerry is mentioned more).
    expect(ids(suggestActors(ACTORS, 'r', []))).toEqual(['russia', 'kerry', 'nusra-front']);
    // "fed" starts a word of the alias "Russian Federation"; "zay" a word of Abdullah bin Zayed.
    expect(ids(suggestActors(ACTORS, 'fed', []))).toEqual(['russia']);
    expect(ids(suggestActors(ACTORS, 'zay', []))).toEqual(['abdullah-bin-zayed']);
  });

  it('leaves out actors already chosen and lists all, most mentioned first, for an empty query', () => {
    expect(ids(suggestActors(ACTORS, '', ['kerry']))).toEqual(['russia', 'nusra-front', 'al-qaeda', 'abdullah-bin-zayed']);
    expect(suggestActors(ACTORS, 'ker', ['kerry'])).toEqual({ actors: [], more: 0 });
  });

  it('finds nothing for a query no name contains', () => {
    expect(suggestActors(ACTORS, 'condor', [])).toEqual({ actors: [], more: 0 });
  });

  it('lists up to the limit and counts the matches it leaves out, so a long list can say to type', () => {
    const many: Actor[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `actor-${i + 1}`,
      label: `Actor ${i + 1}`,
      type: 'person',
      aliases: [],
      mentions: mentions(i === 4321 ? 50 : 1),
    }));
    const everyone = suggestActors(many, '', [], 50);
    expect(everyone.actors).toHaveLength(50);
    expect(everyone.more).toBe(9_950);
    // The most mentioned first, then the graph's order.
    expect(ids(everyone).slice(0, 3)).toEqual(['actor-4322', 'actor-1', 'actor-2']);
    // "Actor 99" starts the labels Actor 99 and Actor 990 to Actor 9999: 111 of them.
    const typed = suggestActors(many, 'actor 99', [], 50);
    expect(typed.actors[0]?.label).toBe('Actor 99');
    expect(typed.more).toBe(111 - 50);
    expect(suggestActors(many, 'actor 1234', [], 50)).toEqual({ actors: [many[1233]], more: 0 });
  });
});
