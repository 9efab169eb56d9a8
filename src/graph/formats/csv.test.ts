import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits/index.ts';
import { graphFromSentences } from '../fixtures/build.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { csvField, csvFileBytes, toCsv, toCsvZip } from './csv.ts';

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
  it('zips both tables, which unzip to the same text after the byte order mark', () => {
    const graph = kerryTalksGraph();
    const files = unzipSync(toCsvZip(graph, new Date('2026-11-25T12:00:00Z')));
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'relations.csv']);
    expect([...files['actors.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // fflate decodes as TextDecoder does, the mark skipped.
    expect(strFromU8(files['actors.csv']!)).toBe(toCsv(graph).actors);
    expect(strFromU8(files['relations.csv']!)).toBe(toCsv(graph).relations);
  });

  it('gives the same bytes for the same graph and date', () => {
    const date = new Date('2026-11-25T12:00:00Z');
    expect(toCsvZip(kerryTalksGraph(), date)).toEqual(toCsvZip(kerryTalksGraph(), date));
  });
});

describe('CSV files for spreadsheets', () => {
  // Names and quotes beyond ASCII, as Excel would garble them without the byte order mark.
  const graph = graphFromSentences({
    title: 'Erdoğan and Zelenskyy',
    sentences: ['Erdoğan met Zelenskyy in Ankara, “to talk about grain”, he said.', 'Zelenskyy’s office thanked Türkiye.'],
    actors: [
      { id: 'erdogan', label: 'Erdoğan', type: 'person' },
      { id: 'zelenskyy', label: 'Zelenskyy', type: 'person' },
      { id: 'turkey', label: 'Türkiye', type: 'country', aliases: ['Ankara'] },
    ],
    relations: [
      ['erdogan', 'zelenskyy', 'meet', 'cooperative', 0, { directed: false }],
      ['zelenskyy', 'turkey', 'support', 'cooperative', 1],
    ],
  });
  const tables = toCsv(graph);

  it('start with the UTF-8 byte order mark, EF BB BF, then the header', () => {
    const bytes = csvFileBytes(tables.actors);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3, 9))).toBe('id,lab');
  });

  it('read back, the mark stripped as a UTF-8 reader does, to the same rows: names, quotes and commas intact', () => {
    for (const table of [tables.actors, tables.relations]) {
      const read = parseCsv(new TextDecoder('utf-8').decode(csvFileBytes(table)));
      expect(read).toEqual(parseCsv(table));
    }
    const actors = parseCsv(new TextDecoder('utf-8').decode(csvFileBytes(tables.actors)));
    expect(actors.map((row) => row[1])).toEqual(['label', 'Erdoğan', 'Zelenskyy', 'Türkiye']);
    const relations = parseCsv(new TextDecoder('utf-8').decode(csvFileBytes(tables.relations)));
    expect(relations[1]?.[10]).toBe('Erdoğan met Zelenskyy in Ankara, “to talk about grain”, he said.');
    expect(relations[2]?.[10]).toBe('Zelenskyy’s office thanked Türkiye.');
    expect(relations.every((row) => row.length === 12)).toBe(true);
  });
});

/**
 * RFC 4180 as a spreadsheet reads it: fields split at commas, rows at CRLF, a quoted field may hold either and a
 * doubled quote stands for one. Written out here so the test reads the bytes as a reader would, not as we wrote them.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
