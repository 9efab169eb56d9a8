import type { Actor } from '../../extract/types.ts';

// Type-ahead for the actor filter: what the user types is matched against each actor's label and
// aliases, ignoring case, so "ker" finds Kerry and "kreml" finds Russia through its alias "Kremlin".

/** How well a name answers the query: 0 starts with it, 1 has a word starting with it, 2 contains it. */
function matchRank(name: string, query: string): number | null {
  const lower = name.toLocaleLowerCase();
  if (lower.startsWith(query)) return 0;
  const at = lower.indexOf(query);
  if (at === -1) return null;
  return /[\s\-‐'’(]/.test(lower[at - 1] ?? '') ? 1 : 2;
}

/** The actors a list offers, and how many more match than it lists. */
export interface ActorSuggestions {
  actors: Actor[];
  more: number;
}

/**
 * The `limit` actors whose label or an alias best matches `query`, best match first (then the more mentioned),
 * and how many more match; actors already chosen are left out. An empty query matches every actor, most mentioned
 * first. A list of 10,000 actors is no help to anyone (and held the page for seconds): typing narrows it.
 */
export function suggestActors(
  actors: readonly Actor[],
  query: string,
  chosenIds: readonly string[],
  limit = 8,
): ActorSuggestions {
  const needle = query.trim().toLocaleLowerCase();
  const matching = actors
    .filter((actor) => !chosenIds.includes(actor.id))
    .flatMap((actor) => {
      const ranks = [actor.label, ...actor.aliases]
        .map((name) => (needle ? matchRank(name, needle) : 0))
        .filter((rank): rank is number => rank !== null);
      return ranks.length ? [{ actor, rank: Math.min(...ranks) }] : [];
    })
    .sort((a, b) => a.rank - b.rank || b.actor.mentions.length - a.actor.mentions.length);
  return { actors: matching.slice(0, limit).map(({ actor }) => actor), more: Math.max(0, matching.length - limit) };
}
