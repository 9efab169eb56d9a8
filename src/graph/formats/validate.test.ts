import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../extract/types.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { graphDocumentProblem, graphDocumentProblemSteps } from './validate.ts';

/** The Kerry fixture with one thing broken, as a plain JSON value. */
const broken = (breakIt: (graph: Record<string, unknown> & GraphDocument) => void): unknown => {
  const graph = structuredClone(kerryTalksGraph()) as Record<string, unknown> & GraphDocument;
  breakIt(graph);
  return graph;
};

describe('graphDocumentProblem', () => {
  it('finds nothing wrong with a well-formed graph', () => {
    expect(graphDocumentProblem(kerryTalksGraph())).toBeNull();
    expect(graphDocumentProblem({ format: 'actorgraph/1', documents: [], actors: [], relations: [] })).toBeNull();
  });

  it('names the wrong format and missing lists', () => {
    expect(graphDocumentProblem('actorgraph/1')).toBe('A graph document is a JSON object, and this is a text.');
    expect(graphDocumentProblem(broken((g) => (g.format = 'actorgraph/2' as 'actorgraph/1')))).toBe(
      'This is not an ActorGraph graph: it has the format "actorgraph/2", where "actorgraph/1" was expected.',
    );
    expect(graphDocumentProblem(broken((g) => delete (g as Partial<GraphDocument>).relations))).toBe('"relations" must be a list, and it is missing.');
  });

  it('names the document, actor or relation at fault, by id once it has one', () => {
    expect(graphDocumentProblem(broken((g) => (g.documents[0]!.text = 42 as unknown as string)))).toBe(
      'Document "d1" has a wrong "text": a text was expected.',
    );
    expect(graphDocumentProblem(broken((g) => (g.actors[2]!.id = '')))).toBe('Actor 3 has a wrong "id": a non-empty text was expected.');
    expect(graphDocumentProblem(broken((g) => (g.actors[2]!.id = 'kerry')))).toBe('Two actors have the id "kerry".');
    expect(graphDocumentProblem(broken((g) => (g.actors[0]!.type = 'alien' as 'person')))).toBe(
      'Actor "kerry" has the type "alien", which ActorGraph does not know (it knows person, country, organization, armed-group, media, location).',
    );
    expect(graphDocumentProblem(broken((g) => delete (g.relations[6] as Partial<GraphDocument['relations'][number]>).directed))).toBe(
      'Relation r7 has no "directed": true or false was expected.',
    );
  });

  it('finds relations pointing at unknown actors', () => {
    expect(graphDocumentProblem(broken((g) => (g.relations[6]!.target = 'x')))).toBe('Relation r7 points at unknown actor "x" (its target).');
    expect(graphDocumentProblem(broken((g) => (g.relations[6]!.attributedTo = 'putin')))).toBe('Relation r7 is attributed to unknown actor "putin".');
    expect(graphDocumentProblem(broken((g) => (g.relations[6]!.type = 'bribe' as 'support')))).toMatch(
      /^Relation r7 has the type "bribe", which ActorGraph does not know \(it knows meet, cooperate, support,/,
    );
    expect(graphDocumentProblem(broken((g) => (g.relations[6]!.evidence = [])))).toBe(
      'Relation r7 has no evidence: every relation needs the sentence that states it.',
    );
  });

  it('finds spans outside their document or in one that is not there', () => {
    const length = kerryTalksGraph().documents[0]!.text.length;
    expect(graphDocumentProblem(broken((g) => (g.relations[6]!.evidence[0]!.end = 9000)))).toBe(
      `Evidence 1 of relation r7 (245–9000) lies outside document d1 (${length} characters).`,
    );
    expect(graphDocumentProblem(broken((g) => (g.actors[1]!.mentions[0]!.doc = 'd9')))).toBe(
      'Mention 1 of actor "abdullah-bin-zayed" is in unknown document "d9".',
    );
    expect(graphDocumentProblem(broken((g) => (g.actors[1]!.mentions[0]!.start = 1.5)))).toBe(
      'Mention 1 of actor "abdullah-bin-zayed" needs whole numbers for "start" and "end".',
    );
  });
});

describe('graphDocumentProblemSteps', () => {
  /** The Kerry fixture's first actor copied `count` times under new ids. */
  const manyActors = (count: number) =>
    broken((g) => {
      const first = g.actors[0]!;
      g.actors = Array.from({ length: count }, (_, i) => ({ ...first, id: `copy-${i}` })).concat(g.actors);
    });
  const run = (value: unknown) => {
    const steps = graphDocumentProblemSteps(value);
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { problem: step.value, pauses };
      pauses += 1;
    }
  };

  it('checks a long list a few thousand items at a time, finding what graphDocumentProblem finds', () => {
    const fine = manyActors(5000);
    expect(run(fine)).toEqual({ problem: null, pauses: 2 });
    const clash = manyActors(5000) as GraphDocument;
    clash.actors[4500]!.id = 'copy-10';
    const { problem, pauses } = run(clash);
    expect(problem).toBe('Two actors have the id "copy-10".');
    expect(problem).toBe(graphDocumentProblem(clash));
    expect(pauses).toBe(2);
  });
});
