import { useAppStore } from '../../store/index.ts';

/** The workspace's articles, each retitled in place (Enter or leaving the field) or removed (with two or more). */
export function DocumentList() {
  const documents = useAppStore((s) => s.sources);
  const renameDocument = useAppStore((s) => s.renameDocument);
  const removeDocument = useAppStore((s) => s.removeDocument);
  if (documents.length === 0) return null;
  return (
    <section className="document-list" aria-label="Articles in this workspace">
      <h2>In this workspace</h2>
      <ol>
        {documents.map((document, index) => (
          <li key={document.id}>
            <input
              // Keyed by title, so a title changed elsewhere (an undo, a reload) refills the field.
              key={document.title}
              defaultValue={document.title}
              aria-label={`Title of article ${index + 1}`}
              onBlur={(event) => renameDocument(document.id, event.target.value)}
              onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
            />
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
        ))}
      </ol>
    </section>
  );
}
