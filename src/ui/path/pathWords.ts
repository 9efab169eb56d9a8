import type { PathHop } from '../../graph/path.ts';
import type { PathView } from './pathView.ts';

// The path panel's sentences: what it found, or plainly why there is nothing to show.

/** The one-line summary of a path view, naming actors by `labelOf`. */
export function pathSummary(view: PathView, labelOf: (actorId: string) => string): string {
  switch (view.status) {
    case 'picking':
      if (view.from !== null) return `Now pick the actor to reach from ${labelOf(view.from)}.`;
      if (view.to !== null) return `Now pick the actor to start from, to reach ${labelOf(view.to)}.`;
      return 'Pick two actors to see the shortest chain of relations between them.';
    case 'same-actor':
      return `${labelOf(view.actorId)} is at both ends. Pick another actor for one of them.`;
    case 'found': {
      const [from, to] = [labelOf(view.from), labelOf(view.to)];
      const steps = view.path.hops.length;
      if (steps === 1) return `${from} and ${to} are directly related.`;
      return `${from} reaches ${to} in ${steps} steps, through ${listInWords(view.path.actorIds.slice(1, -1).map(labelOf))}.`;
    }
    case 'none-shown': {
      const hidden = view.hiddenEnds.map(labelOf);
      const why =
        hidden.length > 0
          ? `${listInWords(hidden)} ${hidden.length === 1 ? 'is' : 'are'} not shown in the current view.`
          : 'The article links them only through actors the current view hides.';
      return `No path between ${labelOf(view.from)} and ${labelOf(view.to)} among the actors shown. ${why}`;
    }
    case 'none':
      return `The article links no chain of relations between ${labelOf(view.from)} and ${labelOf(view.to)}.`;
  }
}

/** One relation of a hop as read along the path: its type and which way it points there. */
export interface HopRelation {
  id: string;
  type: string;
  /** Drawn between the hop's two names: → from the first to the second, ← back, ↔ either way. */
  arrow: '→' | '←' | '↔';
  /** The arrow in words, for screen readers. */
  direction: 'towards' | 'from' | 'with';
}

/** The relations of a hop, each pointed as it reads from the hop's first actor to its second. */
export function hopRelations(hop: PathHop): HopRelation[] {
  return hop.relations.map((relation) => {
    const pointing = !relation.directed
      ? ({ arrow: '↔', direction: 'with' } as const)
      : relation.source === hop.fromId
        ? ({ arrow: '→', direction: 'towards' } as const)
        : ({ arrow: '←', direction: 'from' } as const);
    return { id: relation.id, type: relation.type, ...pointing };
  });
}

/** "Russia", "Russia and Iran", "Russia, Iran and Turkey". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
