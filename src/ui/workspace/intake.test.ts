import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../extract/document.ts';
import { extractGraph } from '../../extract/index.ts';
import { toJson } from '../../graph/formats/index.ts';
import { intakeOfFiles, intakeOfPastedText } from './intake.ts';

const ENGLISH = 'Russia and Turkey\n\nTurkey accused Russia of bombing rebels near Aleppo, and the United States said it would talk to both.';
const FRENCH =
  'La Russie et la Turquie\n\nLa Turquie a accusé la Russie de bombarder les rebelles près d’Alep, et les États-Unis ont dit ' +
  'qu’ils parleraient avec les deux pays pour que la guerre cesse dans la région.';
const file = (name: string, text: string, type = '') => ({ name, type, bytes: new TextEncoder().encode(text) });

describe('pasted text', () => {
  it('becomes one document titled by its first line', () => {
    const pasted = intakeOfPastedText(ENGLISH);
    expect(pasted.ok && pasted.intake.documents.map((document) => document.title)).toEqual(['Russia and Turkey']);
    expect(pasted.ok && pasted.intake.notes).toEqual([]);
  });

  it('refuses empty and whitespace-only text with a reason', () => {
    expect(intakeOfPastedText('')).toEqual({ ok: false, message: 'There is no text to read: paste an article into the box first.' });
    expect(intakeOfPastedText(' \n\t\n ')).toMatchObject({ ok: false, message: expect.stringMatching(/^The box holds only spaces and line breaks/) });
  });

  it('says nothing of a short English item full of names', () => {
    const pasted = intakeOfPastedText('Erdogan warns Greece\n\nRecep Tayyip Erdogan warned Greece on Friday. NATO urged Turkey and Greece to talk.');
    expect(pasted.ok && pasted.intake.notes).toEqual([]);
  });

  it('reads French but says that English is what it reads', () => {
    const pasted = intakeOfPastedText(FRENCH);
    expect(pasted.ok && pasted.intake.notes).toEqual(['ActorGraph reads English; this text looks like French. Here is what it could find.']);
  });
});

describe('files', () => {
  it('reads text and pages, a page titled by its headline and stripped of scripts', async () => {
    const page = '<html><head><title>Site</title><script>alert(1)</script></head><body><h1>Talks</h1><p>Turkey met Russia.</p><a href="javascript:alert(2)">click</a></body></html>';
    const intake = await intakeOfFiles([file('a.txt', ENGLISH), file('b.html', page)]);
    expect(intake.documents.map((document) => document.title)).toEqual(['Russia and Turkey', 'Talks']);
    expect(intake.documents[1]!.text).not.toMatch(/alert|click/);
    expect(intake.problems).toEqual([]);
  });

  it('refuses binary, unsupported and folder entries one by one, and reads the rest', async () => {
    const binary = { name: 'photo.txt', type: 'text/plain', bytes: new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0]) };
    const intake = await intakeOfFiles([binary, file('deck.pptx', 'x'), { name: 'notes', type: '', bytes: new Uint8Array() }, file('a.txt', ENGLISH)]);
    expect(intake.documents).toHaveLength(1);
    expect(intake.problems).toHaveLength(3);
    expect(intake.problems[0]).toMatch(/^“photo.txt” is not text/);
    expect(intake.problems[1]).toMatch(/^“deck.pptx” is/);
    expect(intake.problems[2]).toMatch(/^“notes” looks like a folder/);
  });

  it('imports an exported graph, and refuses a broken one with its reason', async () => {
    const graph = extractGraph([documentFromText('d1', ENGLISH)]);
    expect((await intakeOfFiles([file('graph.json', toJson(graph))])).graph).toEqual(graph);

    const broken = { ...graph, relations: [{ ...graph.relations[0]!, source: 'nobody' }] };
    const refused = await intakeOfFiles([file('graph.json', JSON.stringify(broken))]);
    expect(refused.graph).toBeNull();
    expect(refused.problems[0]).toMatch(/^“graph.json” could not be imported: .*nobody.* The workspace is unchanged\.$/);
  });

  it('asks for a graph on its own, as it replaces everything', async () => {
    const graph = extractGraph([documentFromText('d1', ENGLISH)]);
    const intake = await intakeOfFiles([file('graph.json', toJson(graph)), file('a.txt', ENGLISH)]);
    expect(intake).toMatchObject({ graph: null, documents: [] });
    expect(intake.problems[0]).toMatch(/open it on its own/);
  });

  it('reads a file of several megabytes a slice at a time, pausing in between, titled by its first line', async () => {
    const long = `${ENGLISH}\n\n${'Erdoğan warned Greece on Friday; NATO urged Turkey and Greece to talk. '.repeat(40_000)}`;
    let pauses = 0;
    const intake = await intakeOfFiles([file('long.txt', long)], async () => void pauses++);
    expect(intake.documents).toEqual([{ id: 'long.txt', title: 'Russia and Turkey', text: long }]);
    expect(pauses).toBeGreaterThanOrEqual(6);
  });
});
