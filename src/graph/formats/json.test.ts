import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from '../../extract/index.ts';
import { applyEdits } from '../edits/index.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { parseGraphDocument, toJson } from './json.ts';

const SEED = readFileSync(new URL('../../../seeds/000_6481e570e0997220.txt', import.meta.url), 'utf8');

describe('toJson and parseGraphDocument', () => {
  it('round-trips an extracted, edited graph: export, parse, and get the same document', () => {
    const extracted = extractGraph([documentFromText('d1', SEED), documentFromText('d2', 'Iran warned Israel on Monday.')]);
    const { graph } = applyEdits(extracted, [
      { kind: 'hide-actor', actorId: 'crimea' },
      { kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry' },
    ]);
    const exported = toJson(graph);
    expect(exported.startsWith('{\n  "format": "actorgraph/1",\n')).toBe(true);
    expect(parseGraphDocument(exported)).toEqual({ ok: true, graph });
    // Extra fields survive: the hidden mark is in the file and back.
    expect(exported).toContain('"hidden": true');
  });

  it('keeps fields beyond the format', () => {
    const graph = { ...kerryTalksGraph(), generator: 'ActorGraph 0.1', view: { layoutKey: 'x' } };
    expect(parseGraphDocument(JSON.stringify(graph))).toEqual({ ok: true, graph });
  });

  it('says where the JSON breaks, by line and column', () => {
    expect(parseGraphDocument('{\n  "format": "actorgraph/1",\n}')).toEqual({
      ok: false,
      message: 'This is not JSON: Expected double-quoted property name at line 3, column 1.',
    });
    expect(parseGraphDocument('{"format": "actorgraph/1", "documents": [')).toEqual({
      ok: false,
      message: 'This is not JSON: Unexpected end of JSON input at line 1, column 42.',
    });
  });

  it('refuses an empty file and JSON that is not a graph document, saying why', () => {
    expect(parseGraphDocument(' \n')).toEqual({ ok: false, message: 'The file is empty: there is no graph in it.' });
    expect(parseGraphDocument('{"name": "actorgraph", "version": "0.1.0"}')).toEqual({
      ok: false,
      message: 'This is not an ActorGraph graph: it has no "format", where "actorgraph/1" was expected.',
    });
  });
});
