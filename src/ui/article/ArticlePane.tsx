import { memo, useEffect, useEffectEvent, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Actor, SourceDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import { textBlocksOf, type TextBlock, type TextBlocks } from './articleBlocks.ts';
import {
  articleParagraphs,
  firstMentionIn,
  markSpansOf,
  paragraphRangesOf,
  type ArticleParagraph,
  type ArticlePiece,
  type MentionIndex,
  type Spotlight,
} from './articlePieces.ts';
import { useBlocksInView } from './useBlocksInView.ts';
import { useMentionIndex } from './useMentionIndex.ts';
import { HiddenDocumentNote, ShownDocumentPosition } from '../workspace/DocumentSource.tsx';
import './article.css';

// The article as written, each mention of an actor a highlight that selects it (click, Enter, Space)
// and lights it up in the graph (hover, focus). Sentences the explorer points at (a path's evidence,
// the story's current sentence) are spotlit. Text goes in as React text nodes, never as HTML.
// A long text is drawn a block of paragraphs at a time, only near the view (useBlocksInView): a 20 MB
// article with its hundreds of thousands of highlights costs what a few screens of it do.

interface Props {
  document: SourceDocument | null;
  actors: readonly Actor[];
  /** Sentences to pick out; the first one is scrolled into view when they change. */
  spotlights?: readonly Spotlight[];
}

/** A block to draw and scroll to (of these blocks, or the title), and what to bring into view inside it once drawn. */
interface ScrollTarget {
  blocks: TextBlocks;
  block: number | 'title';
  selector: string;
}

export function ArticlePane({ document, actors, spotlights = NO_SPOTLIGHTS }: Props) {
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const blocksRef = useRef<HTMLDivElement>(null);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);

  const text = document?.text ?? '';
  const title = document?.title ?? '';
  const docId = document?.id ?? '';
  const labels = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.label])), [actors]);
  const shownSpotlights = useMemo(
    () => spotlights.filter((spotlight) => spotlight.doc === docId),
    [spotlights, docId],
  );
  // An article whose first line is its title shows that line as the heading, highlights and all.
  const headline = useMemo(() => titleParagraphOf(text, title), [text, title]);
  const blocks = useMemo(() => textBlocksOf(text, headline?.end ?? 0), [text, headline]);
  const [target, setTarget] = useState<ScrollTarget | null>(null);
  const pinned = target?.blocks === blocks && target.block !== 'title' ? target.block : null;
  const { slots, measure } = useBlocksInView(bodyRef, blocksRef, blocks, pinned);
  const mentions = useMentionIndex(actors, docId);
  const shared = { text, mentions, spotlights: shownSpotlights, labels, selectedId, hoveredId };

  // Brings the first of the marks matching `selector` (from `offset` in the text) into view, drawing its block first.
  const reveal = (offset: number, selector: string) => {
    const body = bodyRef.current;
    if (!body || anyInView(body, selector)) return;
    setTarget({ blocks, block: headline && offset < headline.end ? 'title' : blocks.indexAt(offset), selector });
  };

  // Only a new selection scrolls: a new graph (an edit) keeps the reader where they are.
  const revealSelected = useEffectEvent(() => {
    const first = selectedId && mentions ? firstMentionIn(mentions, selectedId) : null;
    if (selectedId && first) reveal(first.start, `mark[data-actor-id="${CSS.escape(selectedId)}"]`);
  });
  // A selection made while a long text's mentions are still being indexed is brought into view once they are.
  useEffect(() => revealSelected(), [selectedId, mentions]);

  const revealSpotlights = useEffectEvent(() => {
    const first = shownSpotlights.reduce((earliest, spotlight) => Math.min(earliest, spotlight.start), Infinity);
    if (first !== Infinity) reveal(first, '[data-spotlight]');
  });
  useEffect(() => revealSpotlights(), [shownSpotlights]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body || !target) return;
    const holder = body.querySelector(target.block === 'title' ? '.article-title' : `[data-block="${target.block}"]`);
    const element = holder?.querySelector<HTMLElement>(target.selector);
    if (element) scrollToShow(body, element);
  }, [target]);

  return (
    <section className="pane article-pane" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-title">
        Article
        <ShownDocumentPosition document={document} />
      </h2>
      <HiddenDocumentNote document={document} />
      <div className="article-body" ref={bodyRef}>
        {headline ? (
          <ArticleBlock {...shared} block={headline} as="title" />
        ) : (
          title && <h3 className="article-title">{title}</h3>
        )}
        <div ref={blocksRef}>
          {slots.map((slot) =>
            slot.kind === 'block' ? (
              <div key={blocks.at(slot.index).start} ref={measure(slot.index)} data-block={slot.index}>
                <ArticleBlock {...shared} block={blocks.at(slot.index)} as="paragraphs" />
              </div>
            ) : (
              <div key={`spacer-${slot.first}`} className="article-spacer" style={{ height: slot.height }} />
            ),
          )}
        </div>
      </div>
    </section>
  );
}

interface BlockProps {
  text: string;
  block: TextBlock;
  /** Null while a long text's mentions are being indexed: the text is drawn plain until they are. */
  mentions: MentionIndex | null;
  spotlights: readonly Spotlight[];
  labels: ReadonlyMap<string, string>;
  selectedId: string | null;
  hoveredId: string | null;
  /** The article's title line (one heading), or a block of paragraphs. */
  as: 'title' | 'paragraphs';
}

/** One stretch of the article, its pieces worked out when it is first drawn. */
const ArticleBlock = memo(function ArticleBlock({ text, block, mentions, spotlights, labels, selectedId, hoveredId, as }: BlockProps) {
  const paragraphs = useMemo(() => {
    const { start, end } = block;
    const within = spotlights.filter((spotlight) => spotlight.start < end && spotlight.end > start);
    return articleParagraphs(text, mentions ? markSpansOf(mentions, start, end) : [], within, start, end);
  }, [text, block, mentions, spotlights]);
  const renderPiece = (piece: ArticlePiece) =>
    piece.actorId === null ? (
      piece.text
    ) : (
      <Mention
        key={piece.start}
        actorId={piece.actorId}
        label={labels.get(piece.actorId) ?? ''}
        selected={piece.actorId === selectedId}
        hovered={piece.actorId === hoveredId}
      >
        {piece.text}
      </Mention>
    );
  const renderPieces = (paragraph: ArticleParagraph) =>
    paragraph.pieces.map((piece) =>
      piece.spotlight === null ? (
        renderPiece(piece)
      ) : (
        <span key={piece.start} className={`spotlight spotlight-${piece.spotlight}`} data-spotlight={piece.spotlight}>
          {renderPiece(piece)}
        </span>
      ),
    );
  if (as === 'title') return <h3 className="article-title">{paragraphs[0] && renderPieces(paragraphs[0])}</h3>;
  return paragraphs.map((paragraph) => <p key={paragraph.start}>{renderPieces(paragraph)}</p>);
});

interface MentionProps {
  actorId: string;
  label: string;
  selected: boolean;
  hovered: boolean;
  children: ReactNode;
}

/** One highlighted mention: a focusable mark that selects its actor and points it out in the graph. */
function Mention({ actorId, label, selected, hovered, children }: MentionProps) {
  const selectActor = useAppStore((s) => s.selectActor);
  const hoverActor = useAppStore((s) => s.hoverActor);
  return (
    <mark
      data-actor-id={actorId}
      data-selected={selected ? 'true' : undefined}
      data-hovered={hovered ? 'true' : undefined}
      className="mention"
      role="button"
      tabIndex={0}
      title={label}
      onClick={() => selectActor(actorId)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault(); // Space would scroll the pane
        selectActor(actorId);
      }}
      onMouseEnter={() => hoverActor(actorId)}
      onMouseLeave={() => hoverActor(null)}
      onFocus={() => hoverActor(actorId)}
      onBlur={() => hoverActor(null)}
    >
      {children}
    </mark>
  );
}

const NO_SPOTLIGHTS: readonly Spotlight[] = [];

/** A title is a line, not a page: past this, the first paragraph is not looked at as one. */
const TITLE_SEARCH = 1_000;

/** The text's first paragraph when it is the document's title (the article's headline), else null. */
function titleParagraphOf(text: string, title: string): TextBlock | null {
  if (title === '') return null;
  const first = paragraphRangesOf(text, 0, Math.min(text.length, TITLE_SEARCH))[0];
  return first !== undefined && text.slice(first.start, first.end).trim() === title ? first : null;
}

/** Whether one of the elements matching `selector` is wholly inside the pane's view. */
function anyInView(body: HTMLElement, selector: string): boolean {
  const view = body.getBoundingClientRect();
  return [...body.querySelectorAll<HTMLElement>(selector)].some((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  });
}

/**
 * Scrolls the article's own scroll area so that `element` sits a third of the way down. Only the pane scrolls,
 * never the page: on a phone the article sits below the graph and must not pull it away. A jump of more than a
 * few screens is instant: smooth scrolling over unmeasured blocks would draw and measure each on the way.
 */
function scrollToShow(body: HTMLElement, element: HTMLElement) {
  const view = body.getBoundingClientRect();
  const top = Math.max(0, body.scrollTop + element.getBoundingClientRect().top - view.top - body.clientHeight / 3);
  const far = Math.abs(top - body.scrollTop) > body.clientHeight * 3;
  const smooth = !far && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  body.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
}
