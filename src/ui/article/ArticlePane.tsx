import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { Actor, SourceDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import {
  articleParagraphs,
  markSpansOf,
  type ArticleParagraph,
  type ArticlePiece,
  type Spotlight,
} from './articlePieces.ts';
import { HiddenDocumentNote, ShownDocumentPosition } from '../workspace/DocumentSource.tsx';
import './article.css';

// The article as written, each mention of an actor a highlight that selects it (click, Enter, Space)
// and lights it up in the graph (hover, focus). Sentences the explorer points at (a path's evidence,
// the story's current sentence) are spotlit. Text goes in as React text nodes, never as HTML.

interface Props {
  document: SourceDocument | null;
  actors: readonly Actor[];
  /** Sentences to pick out; the first one is scrolled into view when they change. */
  spotlights?: readonly Spotlight[];
}

export function ArticlePane({ document, actors, spotlights = NO_SPOTLIGHTS }: Props) {
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);

  const text = document?.text ?? '';
  const labels = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.label])), [actors]);
  const docId = document?.id ?? '';
  const shownSpotlights = useMemo(
    () => spotlights.filter((spotlight) => spotlight.doc === docId),
    [spotlights, docId],
  );
  const { headline, paragraphs } = useMemo(() => {
    const all = articleParagraphs(text, markSpansOf(actors, docId, text.length), shownSpotlights);
    // An article whose first line is its title shows that line as the heading, highlights and all.
    const first = all[0];
    const firstIsTitle = first !== undefined && first.pieces.map((piece) => piece.text).join('').trim() === document?.title;
    return firstIsTitle ? { headline: first, paragraphs: all.slice(1) } : { headline: null, paragraphs: all };
  }, [text, actors, docId, document?.title, shownSpotlights]);
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

  useEffect(() => {
    if (selectedId) scrollToShow(bodyRef.current, `mark[data-actor-id="${CSS.escape(selectedId)}"]`);
  }, [selectedId]);

  useEffect(() => {
    if (shownSpotlights.length > 0) scrollToShow(bodyRef.current, '[data-spotlight]');
  }, [shownSpotlights]);

  return (
    <section className="pane article-pane" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-title">
        Article
        <ShownDocumentPosition document={document} />
      </h2>
      <HiddenDocumentNote document={document} />
      <div className="article-body" ref={bodyRef}>
        {headline ? (
          <h3 className="article-title">{renderPieces(headline)}</h3>
        ) : (
          document?.title && <h3 className="article-title">{document.title}</h3>
        )}
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>{renderPieces(paragraph)}</p>
        ))}
      </div>
    </section>
  );
}

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

/**
 * Brings the first element matching `selector` (an actor's mentions, the spotlit sentences) into the
 * article's own scroll area, unless one of them is already in view (so clicking a highlight never jumps
 * away from it). Only the pane scrolls, never the page: on a phone the article sits below the graph and
 * must not pull it away.
 */
function scrollToShow(body: HTMLElement | null, selector: string) {
  if (!body) return;
  const marks = [...body.querySelectorAll<HTMLElement>(selector)];
  const first = marks[0];
  if (!first) return;
  const view = body.getBoundingClientRect();
  const inView = marks.some((mark) => {
    const box = mark.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  });
  if (inView) return;
  const top = body.scrollTop + first.getBoundingClientRect().top - view.top - body.clientHeight / 3;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  body.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}
