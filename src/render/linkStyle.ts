import type { Polarity } from '../extract/types.ts';
import type { SceneLink, SceneNode } from './GraphRenderer.ts';
import { ACTOR_TYPE_STYLE } from './palette.ts';

// How one drawn link sums up the relations it stands for, and the words that name nodes and links
// for assistive technology (aria-label, <title>).

// When a pair's relations split evenly, conflict wins over cooperation over neutral statements:
// a warning between two actors who also met is the news.
const POLARITY_PRECEDENCE: readonly Polarity[] = ['conflictual', 'cooperative', 'neutral'];

/** The polarity most of the link's relations have, ties broken by POLARITY_PRECEDENCE. */
export function linkPolarity(link: Pick<SceneLink, 'relations'>): Polarity {
  const count = (polarity: Polarity) => link.relations.filter((relation) => relation.polarity === polarity).length;
  return POLARITY_PRECEDENCE.reduce((best, polarity) => (count(polarity) > count(best) ? polarity : best));
}

/** Which ends get an arrowhead: the target of any directed relation; both ends when they go both ways. */
export function linkArrows(link: Pick<SceneLink, 'source' | 'target' | 'relations'>): {
  atSource: boolean;
  atTarget: boolean;
} {
  const directed = link.relations.filter((relation) => relation.directed);
  return {
    atSource: directed.some((relation) => relation.target === link.source),
    atTarget: directed.some((relation) => relation.target === link.target),
  };
}

/**
 * How sure the text is of a link, drawn as its cue: `claimed` when every relation it stands for is
 * only someone's claim ("according to Assad"), `hedged` when every one is hedged ("alleged"). A mixed
 * link shows the firmer statement: one plain sentence makes the link a plain fact, and its title
 * still says which of its relations are claimed or hedged.
 */
export function linkCues(link: Pick<SceneLink, 'relations'>): { claimed: boolean; hedged: boolean } {
  const every = (test: (relation: SceneLink['relations'][number]) => boolean) =>
    link.relations.length > 0 && link.relations.every(test);
  return {
    claimed: every((relation) => relation.attributedTo !== null),
    hedged: every((relation) => relation.hedged === true),
  };
}

/** The mark drawn on a link's middle: “ for a claim, ? for a hedge, both for both; null for a plain link. */
export function linkCueMark(cues: { claimed: boolean; hedged: boolean }): string | null {
  const mark = `${cues.claimed ? '“' : ''}${cues.hedged ? '?' : ''}`;
  return mark === '' ? null : mark;
}

/**
 * "Kerry → Russia: warn (conflictual); Turkey → ISIS: support (cooperative), claimed by Assad, hedged".
 * A claimant the view no longer draws is still named, by the label the scene carries.
 */
export function linkTitle(link: Pick<SceneLink, 'relations'>, labelOf: (actorId: string) => string): string {
  return link.relations
    .map((relation) => {
      const arrow = relation.directed ? '→' : '–';
      const claim = relation.attributedTo === null ? '' : `, claimed by ${relation.claimant ?? labelOf(relation.attributedTo)}`;
      const hedge = relation.hedged ? ', hedged' : '';
      return `${labelOf(relation.source)} ${arrow} ${labelOf(relation.target)}: ${relation.type} (${relation.polarity})${claim}${hedge}`;
    })
    .join('; ');
}

/** "Assad, person, 5 mentions": the label first, so a node is found by its name. */
export function nodeAriaLabel(node: Pick<SceneNode, 'label' | 'type' | 'mentions'>): string {
  const type = ACTOR_TYPE_STYLE[node.type].label.toLowerCase();
  return `${node.label}, ${type}, ${node.mentions} ${node.mentions === 1 ? 'mention' : 'mentions'}`;
}
