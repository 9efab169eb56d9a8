import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits/index.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { csvField, toCsv, toCsvZip } from './csv.ts';

describe('toCsv', () => {
  const { graph } = applyEdits(kerryTalksGraph(), [
    { kind: 'rename-actor', actorId: 'kerry', label: 'John "JK" Kerry' },
    { kind: 'hide-actor', actorId: 'crimea' },
  ]);
  const { actors, relations } = toCsv(graph);

  it('writes one actor a row, with a header, CRLF line ends and quoted fields', () => {
    const lines = actors.split('\r\n');
    expect(lines[0]).toBe('id,label,type,aliases,mentions,hidden');
    expect(lines[1]).toBe('kerry,"John ""JK"" Kerry",person,Kerry,3,false');
    expect(lines).toContain('crimea,Crimea,location,,1,true');
    expect(lines).toHaveLength(graph.actors.length + 2); // and the final CRLF
    expect(lines.at(-1)).toBe('');
  });

  it('writes one relation a row, with both labels and its evidence sentence', () => {
    const lines = relations.split('\r\n');
    expect(lines[0]).toBe(
      'id,source,source_label,target,target_label,type,polarity,directed,attributed_to,hedged,evidence,evidence_spans',
    );
    expect(lines[4]).toBe(
      'r4,turkey,Turkey,isis,ISIS,support,cooperative,true,assad,false,Assad said Turkey supports ISIS and the al Qaeda-linked Nusra Front.,d1:176-244',
    );
    expect(lines[1]).toBe(
      'r1,kerry,"John ""JK"" Kerry",abdullah-bin-zayed,Abdullah bin Zayed,meet,cooperative,false,,false,' +
        '"At a meeting in London with Foreign Minister Abdullah bin Zayed, Kerry said talks would help.",d1:0-93',
    );
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, and leaves plain text alone', () => {
    expect(csvField('Russia')).toBe('Russia');
    expect(csvField('Kerry, said')).toBe('"Kerry, said"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('')).toBe('');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
  });
});

describe('toCsvZip', () => {
  it('zips both tables, which unzip to the same text', () => {
    const graph = kerryTalksGraph();
    const files = unzipSync(toCsvZip(graph, new Date('2026-11-25T12:00:00Z')));
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'relations.csv']);
    expect(strFromU8(files['actors.csv']!)).toBe(toCsv(graph).actors);
    expect(strFromU8(files['relations.csv']!)).toBe(toCsv(graph).relations);
  });

  it('gives the same bytes for the same graph and date', () => {
    const date = new Date('2026-11-25T12:00:00Z');
    expect(toCsvZip(kerryTalksGraph(), date)).toEqual(toCsvZip(kerryTalksGraph(), date));
  });
});
