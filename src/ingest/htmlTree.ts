// A forgiving, string-level HTML reader: tags → a tree of elements and text, nothing run, nothing fetched.
// DOMParser does not exist in workers, and the article text is all we want, so this reads only what that needs:
// element names, the few attributes that say what an element is (class, id, role, href), and text.
import { decodeEntities } from './entities.ts';

export interface HtmlElement {
  kind: 'element';
  name: string;
  /** Only class, id, role, href and hidden: never an event handler or style. */
  attributes: Readonly<Record<string, string>>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: 'text';
  /** Entities decoded; whitespace as written. */
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const KEPT_ATTRIBUTES = new Set(['class', 'id', 'role', 'href', 'hidden', 'aria-hidden']);

const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is not markup: skipped to their end tag, whatever it holds ("<script>if (a<b)…"). */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Raw-text elements whose content is text to read, not code. */
const READABLE_RAW_TEXT = new Set(['title', 'textarea']);

/** Elements a new block closes when left open, as `<p>one<p>two` or `<li>a<li>b` mean. */
const CLOSED_BY_SIBLING: Readonly<Record<string, readonly string[]>> = {
  p: ['p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'section', 'article', 'figure', 'pre', 'hr'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr'],
  td: ['td', 'th', 'tr'],
  th: ['td', 'th', 'tr'],
  option: ['option'],
};

/**
 * Elements nested deeper than this take their content in the element at this depth, as Chrome's parser does
 * (it stops at 512): that keeps an end tag's search for its element, and every walk of the tree, bounded.
 */
const MAX_DEPTH = 512;

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9:-]*/y;
const END_TAG = /^<\/([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/;

/** Parses HTML into a root element named `#document`; never throws, whatever the markup. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', name: '#document', attributes: {}, children: [] };
  const open: HtmlElement[] = [root];
  const current = () => open[open.length - 1]!;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      appendText(current(), html.slice(at));
      break;
    }
    if (lt > at) appendText(current(), html.slice(at, lt));
    at = lt;
    const rest = html.slice(at, at + 2);
    if (html.startsWith('<!--', at)) {
      at = skipPast(html, at + 4, '-->'); // an unclosed comment hides the rest, as in a browser
    } else if (rest === '<!' || rest === '<?') {
      at = skipPast(html, at + 2, '>'); // doctype, CDATA, processing instruction: nothing to read
    } else if (rest === '</') {
      const end = END_TAG.exec(html.slice(at, at + 256));
      if (end) {
        closeElement(open, end[1]!.toLowerCase());
        at += end[0].length;
      } else {
        at = skipPast(html, at + 2, '>'); // "</ >" and other bogus end tags are dropped like comments
      }
    } else {
      const start = readStartTag(html, at);
      if (start === null) {
        appendText(current(), '<'); // "a < b" in prose
        at += 1;
        continue;
      }
      if (start.unterminated) break; // the text ends inside the tag: a browser drops it, and so do we
      at = start.end;
      const { name } = start;
      const element: HtmlElement = { kind: 'element', name, attributes: start.attributes, children: [] };
      closeOpenSiblings(open, name);
      current().children.push(element);
      if (RAW_TEXT_ELEMENTS.has(name)) {
        const close = new RegExp(`</${name}[\\s/>]`, 'gi');
        close.lastIndex = at;
        const endAt = close.exec(html)?.index ?? -1;
        const contentEnd = endAt === -1 ? html.length : endAt;
        if (READABLE_RAW_TEXT.has(name)) element.children.push({ kind: 'text', text: decodeEntities(html.slice(at, contentEnd)) });
        at = endAt === -1 ? html.length : skipPast(html, contentEnd + 2, '>');
      } else if (!VOID_ELEMENTS.has(name) && !start.selfClosing && open.length < MAX_DEPTH) {
        open.push(element);
      }
    }
  }
  return root;
}

function appendText(parent: HtmlElement, raw: string): void {
  parent.children.push({ kind: 'text', text: decodeEntities(raw) });
}

function skipPast(html: string, from: number, marker: string): number {
  const found = html.indexOf(marker, from);
  return found === -1 ? html.length : found + marker.length;
}

interface StartTag {
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
  /** Just past its ">". */
  end: number;
  /** The text ends before the tag does. */
  unterminated: boolean;
}

/**
 * Reads the start tag at `at` as a browser does, in one pass with no backtracking (a regular expression for
 * attributes can take exponential time on a malformed tag): a name, then attributes, bare, quoted or unquoted,
 * until ">". A quoted value may hold ">". Null when no letter follows "<", as in prose.
 */
function readStartTag(html: string, at: number): StartTag | null {
  TAG_NAME.lastIndex = at + 1;
  const nameMatch = TAG_NAME.exec(html);
  if (nameMatch === null) return null;
  const tag: StartTag = { name: nameMatch[0].toLowerCase(), attributes: {}, selfClosing: false, end: html.length, unterminated: true };
  let i = TAG_NAME.lastIndex;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') return { ...tag, end: i + 1, unterminated: false };
    if (c === '/') tag.selfClosing = html[i + 1] === '>';
    if (c === '/' || isSpace(c)) {
      i++;
      continue;
    }
    const nameStart = i;
    // An attribute name runs to a space, "/", ">" or "=" (an "=" first is part of the name, as HTML has it).
    while (i < html.length && !isSpace(html[i]!) && html[i] !== '>' && html[i] !== '/' && (html[i] !== '=' || i === nameStart)) i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    let j = skipSpaces(html, i);
    let value = '';
    if (html[j] === '=') {
      j = skipSpaces(html, j + 1);
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close === -1) return tag;
        value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        const valueStart = j;
        while (j < html.length && !isSpace(html[j]!) && html[j] !== '>') j++;
        value = html.slice(valueStart, j);
        i = j;
      }
    }
    if (KEPT_ATTRIBUTES.has(attribute) && !(attribute in tag.attributes)) tag.attributes[attribute] = decodeEntities(value);
  }
  return tag;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
}

function skipSpaces(html: string, from: number): number {
  let i = from;
  while (i < html.length && isSpace(html[i]!)) i++;
  return i;
}

/** An end tag closes its element and whatever was left open inside it; one with nothing to close is ignored. */
function closeElement(open: HtmlElement[], name: string): void {
  for (let i = open.length - 1; i > 0; i--) {
    if (open[i]!.name === name) {
      open.length = i;
      return;
    }
  }
}

function closeOpenSiblings(open: HtmlElement[], name: string): void {
  const top = open[open.length - 1]!;
  if (open.length > 1 && CLOSED_BY_SIBLING[top.name]?.includes(name)) open.pop();
}

/** Every element of the tree, depth first in document order, the root included; lazy, so a search can stop early. */
export function* elementsOf(root: HtmlElement): Generator<HtmlElement> {
  const pending: HtmlElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop()!;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element') pending.push(child);
    }
  }
}
