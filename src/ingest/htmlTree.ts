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

// A start tag: its name, then attributes (quoted values may hold ">"), then an optional "/".
const START_TAG = /^<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|\s*\/(?!>))*)\s*(\/?)>/;
const END_TAG = /^<\/([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

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
      const start = START_TAG.exec(html.slice(at, at + 4096));
      if (!start) {
        appendText(current(), '<'); // "a < b" in prose, or a tag broken beyond reading
        at += 1;
        continue;
      }
      at += start[0].length;
      const name = start[1]!.toLowerCase();
      const element: HtmlElement = { kind: 'element', name, attributes: keptAttributes(start[2] ?? ''), children: [] };
      closeOpenSiblings(open, name);
      current().children.push(element);
      if (RAW_TEXT_ELEMENTS.has(name)) {
        const close = new RegExp(`</${name}[\\s/>]`, 'gi');
        close.lastIndex = at;
        const endAt = close.exec(html)?.index ?? -1;
        const contentEnd = endAt === -1 ? html.length : endAt;
        if (READABLE_RAW_TEXT.has(name)) element.children.push({ kind: 'text', text: decodeEntities(html.slice(at, contentEnd)) });
        at = endAt === -1 ? html.length : skipPast(html, contentEnd + 2, '>');
      } else if (!VOID_ELEMENTS.has(name) && start[3] !== '/') {
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

function keptAttributes(source: string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (KEPT_ATTRIBUTES.has(name)) kept[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return kept;
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

/** Every element of the tree, depth first, the root included. */
export function* elementsOf(node: HtmlElement): Generator<HtmlElement> {
  yield node;
  for (const child of node.children) if (child.kind === 'element') yield* elementsOf(child);
}
