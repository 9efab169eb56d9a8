import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToArticleText } from './html.ts';

const newsPage = readFileSync(new URL('./testdata/newsPage.html', import.meta.url), 'utf8');

describe('htmlToArticleText', () => {
  const { title, text } = htmlToArticleText(newsPage);

  it("takes the article's own headline as the title, not the <title> with the site's name", () => {
    expect(title).toBe('Russia and Turkey agree on Syria ceasefire');
  });

  it('reads the story as paragraphs, entities decoded, <br> kept as a line break', () => {
    expect(text.split('\n\n')).toEqual([
      'Russia and Turkey agree on Syria ceasefire',
      'By Jane Doe & John Roe',
      'MOSCOW — Russia and Turkey agreed on Thursday to a ceasefire in northern Syria, the Kremlin said. Talks in Moscow lasted six hours.',
      'President Recep Tayyip Erdoğan said Ankara “will not tolerate” attacks by Kurdish forces <YPG>.\nAnalysts were cautious.',
      'The United Nations welcomed the deal, its spokesman said.',
      'Syria’s government was not consulted.',
      'First point',
      'Second point',
    ]);
  });

  it('keeps nothing of scripts, styles, handlers, javascript: links, comments or page furniture', () => {
    for (const gone of [
      'dataLayer', 'injected', 'font-family', 'not text', 'headline":', 'onclick', 'alert', 'share()', 'Tweet this',
      'Click here', 'editor: check', 'enable JavaScript', 'svg text', 'icon', 'template text', 'Advertisement',
      'World', 'Politics', 'Related', 'teaser', 'Great article', 'Privacy', 'cookies', 'REUTERS', 'tracker',
    ]) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('falls back to <main>, then <body>, and to the <title> when the content has no <h1>', () => {
    const page = '<html><head><title>Kerry meets Lavrov</title></head><body><nav>Home</nav>' +
      '<main><p>John Kerry met Sergei Lavrov in Geneva.</p></main><p>Outside main</p></body></html>';
    expect(htmlToArticleText(page)).toEqual({ title: 'Kerry meets Lavrov', text: 'John Kerry met Sergei Lavrov in Geneva.' });
    expect(htmlToArticleText('<body><h1>Iran warns</h1><div>Iran warned Israel.</div></body>')).toEqual({
      title: 'Iran warns',
      text: 'Iran warns\n\nIran warned Israel.',
    });
  });

  it('picks the story among several <article>s as the one with the most text', () => {
    const page = '<article><h2>Teaser</h2><p>Short.</p></article>' +
      '<article><h1>Long story</h1><p>NATO condemned the strike on Tuesday, calling it reckless.</p></article>';
    expect(htmlToArticleText(page)).toEqual({
      title: 'Long story',
      text: 'Long story\n\nNATO condemned the strike on Tuesday, calling it reckless.',
    });
  });

  it('survives malformed markup: unclosed tags, stray end tags, a bare "<", an unclosed script or comment', () => {
    expect(htmlToArticleText('<p>Prices rose 3 < 5 percent</span></div><p>Second <b>bold <i>text</p>').text).toBe(
      'Prices rose 3 < 5 percent\n\nSecond bold text',
    );
    expect(htmlToArticleText('<p>Kept</p><script>var x = "</p>never closed').text).toBe('Kept');
    expect(htmlToArticleText('<p>Kept</p><!-- an unclosed comment <p>hidden</p>').text).toBe('Kept');
    // A tag the text ends inside is dropped, as a browser does.
    expect(htmlToArticleText('<p>Kept</p><div class="x').text).toBe('Kept');
    expect(htmlToArticleText('<p>Kept</p><a href="never closed>Lost</a>').text).toBe('Kept');
    expect(htmlToArticleText('').text).toBe('');
  });

  it('reads pathological markup: attribute soup, deep nesting (a backtracking reader would hang past the test timeout)', () => {
    // Attribute soup like this takes a backtracking regular expression exponential time.
    expect(htmlToArticleText(`<p>Kept</p><a${' x = y / '.repeat(5000)}>soup</a>`).text).toBe('Kept\n\nsoup');
    // Nesting deeper than a call stack: content past depth 512 goes to the element there, as in Chrome.
    expect(htmlToArticleText(`${'<div>'.repeat(50_000)}deep${'</div>'.repeat(50_000)}`).text).toBe('deep');
  });

  it('keeps <pre> line breaks and puts cells of a table row apart', () => {
    expect(htmlToArticleText('<pre>line one\nline two</pre><table><tr><td>Russia</td><td>3</td></tr></table>').text).toBe(
      'line one\nline two\n\nRussia 3',
    );
  });

  it('reads a 5 MB page whole', () => {
    const paragraph = '<p onclick="x()">Russia &amp; Turkey <a href="javascript:x">agreed</a> on a truce.</p><script>a<b</script>\n';
    const page = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const { text } = htmlToArticleText(page);
    expect(text.startsWith('Russia & Turkey on a truce.\n\nRussia')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(Math.ceil(5_000_000 / paragraph.length));
  });
});
