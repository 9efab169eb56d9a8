// A web page → the article it carries, as plain text the extractor can read.
// Nothing of the page is kept but text: no script, style, event handler or link survives, so nothing can run.
import reading from './data/htmlReading.json';
import { elementsOf, parseHtml, type HtmlElement, type HtmlNode } from './htmlTree.ts';

export interface ArticleText {
  /** The article's first <h1>, else the page's <title>, else the page's first <h1>; '' when it has none. */
  title: string;
  /** Paragraphs separated by a blank line, lines of a paragraph (from <br>) by a line break. */
  text: string;
}

const DROPPED_ELEMENTS = new Set(reading.droppedElements);
const DROPPED_ROLES = new Set(reading.droppedRoles);
const NOISE_WORDS = new Set(reading.noiseWords);
const BLOCK_ELEMENTS = new Set(reading.blockElements);
const CELL_ELEMENTS = new Set(reading.cellElements);

// Where blocks and <br> end text, marked with characters no text node keeps (see plainTextOf), then laid out.
const BLOCK_MARK = '\u0000';
const LINE_MARK = '\u0001';

/**
 * Reads the article out of a page: the largest <article>, else <main>, else <body>, without menus, adverts,
 * share bars, comment threads and captions. Block elements end paragraphs; entities are decoded. The title
 * prefers the article's own headline, as a page's <title> often carries the site's name ("… | The Daily Post").
 */
export function htmlToArticleText(html: string): ArticleText {
  const page = parseHtml(html);
  const readable = readableElements(page);
  const content = articleContent(page, readable);
  const headline = (content === page ? readable : readableElements(content)).find((element) => element.name === 'h1');
  const titleElement = headline ?? firstElement(page, 'title') ?? readable.find((element) => element.name === 'h1');
  return {
    title: titleElement ? collapseSpaces(plainTextOf(titleElement, false)) : '',
    text: layOut(plainTextOf(content, true)),
  };
}

function articleContent(page: HtmlElement, readable: readonly HtmlElement[]): HtmlElement {
  const articles = readable.filter((element) => element.name === 'article');
  if (articles.length > 0) {
    // A page may hold teaser <article>s beside the story: the story is the one with the most text.
    const lengths = articles.map((article) => plainTextOf(article, true).trim().length);
    return articles[lengths.indexOf(Math.max(...lengths))]!;
  }
  return (
    readable.find((element) => element.name === 'main') ??
    readable.find((element) => element.attributes.role === 'main') ??
    readable.find((element) => element.name === 'body') ??
    page
  );
}

/** The first element of that name, read or not (the <title> sits in the dropped <head>); the walk stops there. */
function firstElement(root: HtmlElement, name: string): HtmlElement | undefined {
  for (const element of elementsOf(root)) if (element.name === name) return element;
  return undefined;
}

/** Every element under the root, in document order, except dropped ones and all they hold. */
function readableElements(root: HtmlElement): HtmlElement[] {
  const found: HtmlElement[] = [];
  const pending: HtmlElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop()!;
    found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element' && !isDropped(child)) pending.push(child);
    }
  }
  return found;
}

/** Page furniture and code: never read, wherever it sits. */
function isDropped(element: HtmlElement): boolean {
  const { attributes } = element;
  if (DROPPED_ELEMENTS.has(element.name)) return true;
  if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') return true;
  if (attributes.role !== undefined && DROPPED_ROLES.has(attributes.role.toLowerCase())) return true;
  if (element.name === 'a' && isJavascriptUrl(attributes.href ?? '')) return true;
  const words = `${attributes.class ?? ''} ${attributes.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((word) => NOISE_WORDS.has(word));
}

/**
 * A javascript: link is a control, not prose. Browsers ignore tabs and line breaks anywhere in a URL, and spaces
 * and control characters before it, so "\tjava\nscript:" is one too (entities were decoded with the attribute).
 */
function isJavascriptUrl(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what such a URL hides its scheme behind
  return /^javascript:/i.test(href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));
}

/** The text under an element, with paragraph breaks marked where blocks end when `withBreaks` is set. */
function plainTextOf(root: HtmlElement, withBreaks: boolean): string {
  const parts: string[] = [];
  // A node to read, or a mark to write once the children of the element before it are read.
  const pending: Array<{ node: HtmlNode; inPre: boolean } | string> = [{ node: root, inPre: false }];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    const { node, inPre } = item;
    if (node.kind === 'text') {
      // Control characters mean nothing in HTML text; dropping them keeps the marks unambiguous.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      const text = node.text.replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, '');
      parts.push(inPre && withBreaks ? text.replace(/\n/g, LINE_MARK) : text);
      continue;
    }
    if (node !== root && isDropped(node)) continue;
    if (node.name === 'br') parts.push(withBreaks ? LINE_MARK : ' ');
    if (CELL_ELEMENTS.has(node.name)) parts.push(' ');
    if (withBreaks && BLOCK_ELEMENTS.has(node.name)) {
      parts.push(BLOCK_MARK);
      pending.push(BLOCK_MARK);
    }
    const childrenInPre = inPre || node.name === 'pre';
    for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i]!, inPre: childrenInPre });
  }
  return parts.join('');
}

/** Paragraph marks → one blank line between paragraphs; spaces collapsed; <br> and <pre> lines kept as lines. */
function layOut(marked: string): string {
  return marked
    .split(BLOCK_MARK)
    .map((paragraph) =>
      paragraph
        .split(LINE_MARK)
        .map(collapseSpaces)
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
