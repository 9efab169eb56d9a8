import { describe, expect, it } from 'vitest';
import type { Relation, RelationType } from '../../extract/types.ts';
import { relationTypesIn } from './relationTypes.ts';

// Relations of the seed article ("Kerry had previously warned the Kremlin…", "Assad said Turkish support…").
const relation = (id: string, source: string, target: string, type: RelationType): Relation => ({
  id,
  source,
  target,
  type,
  polarity: type === 'warn' || type === 'attack' ? 'conflictual' : type === 'statement' ? 'neutral' : 'cooperative',
  directed: true,
  attributedTo: null,
  evidence: [{ doc: 'd1', start: 0, end: 10 }],
});

describe('relationTypesIn', () => {
  it('lists the types present in vocabulary order with their counts', () => {
    const relations = [
      relation('r1', 'kerry', 'russia', 'warn'),
      relation('r2', 'assad', 'turkey', 'statement'),
      relation('r3', 'turkey', 'isis', 'support'),
      relation('r4', 'pentagon', 'journal', 'statement'),
      relation('r5', 'kerry', 'abdullah-bin-zayed', 'meet'),
    ];
    expect(relationTypesIn(relations)).toEqual([
      { type: 'meet', count: 1 },
      { type: 'support', count: 1 },
      { type: 'statement', count: 2 },
      { type: 'warn', count: 1 },
    ]);
  });

  it('is empty for a graph without relations', () => {
    expect(relationTypesIn([])).toEqual([]);
  });
});
