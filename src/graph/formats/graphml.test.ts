import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../extract/types.ts';
import { applyEdits } from '../edits/index.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { toGraphML, xmlEscaped } from './graphml.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** Parses with a real XML parser, which throws on anything that is not well-formed. */
function parsed(xml: string) {
  const document = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(xml, 'text/xml');
  const all = (name: string) => Array.from(document.getElementsByTagNameNS(GRAPHML_NS, name));
  const dataOf = (element: Element) =>
    Object.fromEntries(Array.from(element.getElementsByTagNameNS(GRAPHML_NS, 'data')).map((data) => [data.getAttribute('key'), data.textContent]));
  return { document, all, dataOf };
}

describe('toGraphML', () => {
  const { graph } = applyEdits(kerryTalksGraph(), [{ kind: 'hide-actor', actorId: 'crimea' }]);
  const { document, all, dataOf } = parsed(toGraphML(graph));

  it('declares a key for every attribute, with its type', () => {
    const keys = all('key').map((key) => [key.getAttribute('id'), key.getAttribute('for'), key.getAttribute('attr.type')]);
    expect(keys).toEqual([
      ['label', 'node', 'string'],
      ['type', 'node', 'string'],
      ['aliases', 'node', 'string'],
      ['mentions', 'node', 'int'],
      ['hidden', 'node', 'boolean'],
      ['relation', 'edge', 'string'],
      ['polarity', 'edge', 'string'],
      ['directed', 'edge', 'boolean'],
      ['attributedTo', 'edge', 'string'],
      ['hedged', 'edge', 'boolean'],
      ['evidence', 'edge', 'string'],
    ]);
    expect(document.documentElement?.namespaceURI).toBe(GRAPHML_NS);
  });

  it('has one node per actor with its data', () => {
    const nodes = all('node');
    expect(nodes.map((node) => node.getAttribute('id'))).toEqual(graph.actors.map((actor) => actor.id));
    expect(dataOf(nodes[0]!)).toEqual({ label: 'Kerry', type: 'person', aliases: '', mentions: '3', hidden: 'false' });
    expect(dataOf(nodes.find((node) => node.getAttribute('id') === 'crimea')!).hidden).toBe('true');
  });

  it('has one edge per relation, directed or not, with its type, polarity, claimant and evidence', () => {
    const edges = all('edge');
    expect(edges.map((edge) => [edge.getAttribute('source'), edge.getAttribute('target')])).toEqual(
      graph.relations.map((relation) => [relation.source, relation.target]),
    );
    expect(edges[0]!.getAttribute('directed')).toBe('false');
    expect(dataOf(edges[3]!)).toEqual({
      relation: 'support',
      polarity: 'cooperative',
      directed: 'true',
      attributedTo: 'assad',
      hedged: 'false',
      evidence: 'Assad said Turkey supports ISIS and the al Qaeda-linked Nusra Front.',
    });
  });

  it('escapes markup and drops characters XML cannot hold, so the file always parses', () => {
    const text = 'Iran & Israel <clashed> "again" — it\'s war\u0000\u0007.\uD800';
    const nasty: GraphDocument = {
      format: 'actorgraph/1',
      documents: [{ id: 'd1', title: 'x', text }],
      actors: [
        { id: 'iran', label: 'Iran <&>', type: 'country', aliases: ['"Tehran"'], mentions: [{ doc: 'd1', start: 0, end: 4 }] },
        { id: 'israel', label: 'Israel', type: 'country', aliases: [], mentions: [{ doc: 'd1', start: 7, end: 13 }] },
      ],
      relations: [
        { id: 'r1', source: 'iran', target: 'israel', type: 'attack', polarity: 'conflictual', directed: false, attributedTo: null, evidence: [{ doc: 'd1', start: 0, end: text.length }] },
      ],
    };
    const xml = toGraphML(nasty);
    // xmldom lets a bare "&" pass, so that and the characters XML forbids are checked on the text itself.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    expect(xml).not.toMatch(/[\u0000-\u0008\uD800-\uDFFF]/);
    const { all: allNasty, dataOf: dataOfNasty } = parsed(xml);
    expect(dataOfNasty(allNasty('node')[0]!)).toMatchObject({ label: 'Iran <&>', aliases: '"Tehran"' });
    expect(dataOfNasty(allNasty('edge')[0]!).evidence).toBe('Iran & Israel <clashed> "again" — it\'s war.');
  });
});

describe('xmlEscaped', () => {
  it('escapes the five special characters and keeps everything else, astral characters included', () => {
    expect(xmlEscaped(`<a href="x">Tom & Jerry's</a> 🇺🇦`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt; 🇺🇦');
  });
});
