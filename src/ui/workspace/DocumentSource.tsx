import type { SourceDocument, Span } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import { documentPositionLabel, mentionsByDocumentText, titleOf } from './documentNames.ts';
import './documentSource.css';

// Where a sentence or a mention comes from, said only once the workspace holds more than one document.

/** Under an evidence sentence: the document it is from, a button that turns the article pane to it there. */
export function EvidenceSource({ sentence }: { sentence: Span }) {
  const documents = useAppStore((s) => s.sources);
  const showSentence = useAppStore((s) => s.showSentence);
  const document = documents.find((candidate) => candidate.id === sentence.doc);
  if (documents.length < 2 || !document) return null;
  const title = titleOf(document);
  return (
    <span className="evidence-source">
      {'in '}
      <button
        type="button"
        className="link-button"
        aria-label={`Show in the article: ${title}`}
        onClick={() => showSentence(sentence)}
      >
        {title}
      </button>
    </span>
  );
}

/** After an actor's mention count: how many in each document. */
export function MentionsByDocument({ mentions }: { mentions: readonly Span[] }) {
  const documents = useAppStore((s) => s.sources);
  const text = mentionsByDocumentText(mentions, documents);
  return text && <span className="mentions-by-document">{text}</span>;
}

/** In the article pane's heading, with two or more documents: “2 of 3: Title”. */
export function ShownDocumentPosition({ document }: { document: SourceDocument | null }) {
  const documents = useAppStore((s) => s.sources);
  const label = document && documentPositionLabel(documents, document.id);
  return label && <span className="shown-document-position"> {label}</span>;
}

/** Above a document hidden from the graph: what that means, and the way back. */
export function HiddenDocumentNote({ document }: { document: SourceDocument | null }) {
  const hidden = useAppStore((s) => document !== null && s.hiddenDocumentIds.includes(document.id));
  const setDocumentHidden = useAppStore((s) => s.setDocumentHidden);
  if (!document || !hidden) return null;
  return (
    <div className="hidden-document-note" role="note">
      <p>
        Hidden from the graph: what only this article says is left out of the graph, the table, the details and
        exports.
      </p>
      <button type="button" className="button-quiet" onClick={() => setDocumentHidden(document.id, false)}>
        Show in graph
      </button>
    </div>
  );
}
