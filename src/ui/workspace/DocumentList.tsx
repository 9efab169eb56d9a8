import { useAppStore } from '../../store/index.ts';
import './documentList.css';

/**
 * The workspace's articles, each retitled in place (Enter or leaving the field), hidden from the graph or shown
 * in it again, or removed (with two or more). A hidden article's row says so, dimmed, beside its toggle.
 */
export function DocumentList() {
  const documents = useAppStore((s) => s.sources);
  const hiddenIds = useAppStore((s) => s.hiddenDocumentIds);
  const renameDocument = useAppStore((s) => s.renameDocument);
  const removeDocument = useAppStore((s) => s.removeDocument);
  const setDocumentHidden = useAppStore((s) => s.setDocumentHidden);
  if (documents.length === 0) return null;
  return (
    <section className="document-list" aria-label="Articles in this workspace">
      <h2>In this workspace</h2>
      <ol>
        {documents.map((document, index) => {
          const hidden = hiddenIds.includes(document.id);
          return (
            <li key={document.id} data-hidden={hidden ? 'true' : undefined}>
              <input
                // Keyed by title, so a title changed elsewhere (an undo, a reload) refills the field.
                key={document.title}
                defaultValue={document.title}
                aria-label={`Title of article ${index + 1}`}
                onBlur={(event) => renameDocument(document.id, event.target.value)}
                onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
              />
              {hidden && <span className="document-hidden-mark">Hidden</span>}
              {/* Hiding the only article would only empty the graph; a hidden one left alone can still come back. */}
              {(documents.length > 1 || hidden) && (
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`${hidden ? 'Show in graph' : 'Hide from graph'}: ${document.title || 'Untitled'}`}
                  onClick={() => setDocumentHidden(document.id, !hidden)}
                >
                  {hidden ? 'Show in graph' : 'Hide from graph'}
                </button>
              )}
              {documents.length > 1 && (
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Remove “${document.title}”`}
                  onClick={() => void removeDocument(document.id)}
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
