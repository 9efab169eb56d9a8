import { describe, expect, it } from 'vitest';
import { classifyFile, type FileInput } from './classify.ts';

const file = (name: string, content: string | Uint8Array, type = ''): FileInput => ({
  name,
  type,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

const ARTICLE = 'Kerry meets Lavrov\n\nUS Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva.';
const GRAPH = JSON.stringify({ format: 'actorgraph/1', documents: [], actors: [], relations: [] });

describe('classifyFile', () => {
  it('reads .txt and .md, and a file with no extension that is text, as text', () => {
    expect(classifyFile(file('kerry.txt', ARTICLE, 'text/plain'))).toEqual({ kind: 'text', name: 'kerry.txt', text: ARTICLE, encoding: 'utf-8' });
    expect(classifyFile(file('notes.md', `# ${ARTICLE}`))).toMatchObject({ kind: 'text', text: `# ${ARTICLE}` });
    expect(classifyFile(file('README', ARTICLE))).toMatchObject({ kind: 'text', text: ARTICLE });
    expect(classifyFile(file('wire.csv', 'id,text\n1,Iran warned Israel', 'text/csv'))).toMatchObject({ kind: 'text' });
  });

  it('reads a web page down to its article, by extension, MIME type or sniffed with no extension', () => {
    const page = '<!doctype html><html><head><title>Talks</title><script>steal()</script></head><body><p>Iran warned Israel.</p></body></html>';
    const read = { kind: 'html', title: 'Talks', text: 'Iran warned Israel.', encoding: 'utf-8' };
    expect(classifyFile(file('story.html', page))).toMatchObject({ ...read, name: 'story.html' });
    expect(classifyFile(file('story.HTM', page))).toMatchObject(read);
    expect(classifyFile(file('download', page, 'text/html'))).toMatchObject(read);
    expect(classifyFile(file('saved-page', `<!-- saved from url -->\n${page}`))).toMatchObject(read);
    // Markdown stays text even when it opens with a tag.
    expect(classifyFile(file('notes.md', '<html> is a tag'))).toMatchObject({ kind: 'text' });
  });

  it('refuses a page with no article text in it', () => {
    expect(classifyFile(file('empty.html', '<html><script>x()</script><nav>Home</nav></html>'))).toMatchObject({
      kind: 'refused',
      reason: 'empty',
      message: '“empty.html” is a web page with no article text in it.',
    });
  });

  it('takes JSON that says actorgraph/1 for a graph, and refuses other JSON saying why', () => {
    expect(classifyFile(file('graph.json', GRAPH, 'application/json'))).toEqual({ kind: 'graph-json', name: 'graph.json', value: JSON.parse(GRAPH) });
    expect(classifyFile(file('graph', GRAPH))).toMatchObject({ kind: 'graph-json' });
    expect(classifyFile(file('package.json', '{"name": "x"}'))).toMatchObject({
      kind: 'refused',
      reason: 'not-a-graph',
      message: '“package.json” is JSON but not an ActorGraph graph (its "format" is not "actorgraph/1").',
    });
    expect(classifyFile(file('broken.json', '{"format": "actorgraph/1",'))).toMatchObject({ reason: 'not-a-graph', message: expect.stringContaining('not valid JSON') });
    // Text with no extension that merely opens with a brace is still text.
    expect(classifyFile(file('note', '{draft} Iran warned Israel.'))).toMatchObject({ kind: 'text' });
  });

  it('refuses PDFs, Word documents and images by name or MIME type, in plain words', () => {
    expect(classifyFile(file('report.pdf', '%PDF-1.7 …', 'application/pdf'))).toEqual({
      kind: 'refused',
      name: 'report.pdf',
      reason: 'unsupported-type',
      message:
        '“report.pdf” is a PDF, which ActorGraph cannot read. ActorGraph reads plain text (.txt, .md), web pages (.html) ' +
        "and graphs it exported (.json); copy the article's text and paste it instead.",
    });
    expect(classifyFile(file('story.docx', 'PK…'))).toMatchObject({ reason: 'unsupported-type', message: expect.stringContaining('is a Word document') });
    expect(classifyFile(file('photo', 'x', 'image/jpeg'))).toMatchObject({ reason: 'unsupported-type', message: expect.stringContaining('is an image') });
    expect(classifyFile(file('data.parquet', 'PAR1'))).toMatchObject({ reason: 'unsupported-type', message: expect.stringContaining('is a .parquet file') });
  });

  it('refuses binary content whatever its name says', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    expect(classifyFile(file('article.txt', bytes, 'text/plain'))).toMatchObject({
      kind: 'refused',
      reason: 'binary',
      message: '“article.txt” is not text (it holds NUL bytes, which text never does). ActorGraph reads plain text (.txt, .md), web pages (.html) and graphs it exported (.json).',
    });
  });

  it('refuses an empty file and one of only whitespace', () => {
    expect(classifyFile(file('empty.txt', '', 'text/plain'))).toMatchObject({ reason: 'empty', message: '“empty.txt” is empty: there is no text to read.' });
    expect(classifyFile(file('blank.txt', ' \n\t\r\n\u00a0 \uFEFF'))).toMatchObject({ reason: 'whitespace-only' });
  });

  it('takes an entry with no bytes, no type and no extension for a dropped folder', () => {
    expect(classifyFile(file('Articles', ''))).toEqual({
      kind: 'refused',
      name: 'Articles',
      reason: 'folder',
      message: '“Articles” looks like a folder (or an empty file). Drop the files inside it instead.',
    });
  });
});
