import { useAppStore } from '../../store/index.ts';

/**
 * In the graph pane when the documents the user hid took every actor with them: says so, rather than that the
 * text names no one, and shows them all again in one step.
 */
export function HiddenDocumentsMessage() {
  const documentCount = useAppStore((s) => s.sources.length);
  const hiddenIds = useAppStore((s) => s.hiddenDocumentIds);
  const setDocumentHidden = useAppStore((s) => s.setDocumentHidden);
  const every = hiddenIds.length >= documentCount;
  const hiddenWords = hiddenIds.length === 1 ? 'the article hidden' : `the ${hiddenIds.length} articles hidden`;
  return (
    <div className="load-message" role="status">
      <p>
        {every
          ? 'Every article in this workspace is hidden from the graph, so there is nothing to draw.'
          : `The articles shown name no one: every actor comes from ${hiddenWords} from the graph.`}
      </p>
      <button type="button" className="button-primary" onClick={() => hiddenIds.forEach((id) => setDocumentHidden(id, false))}>
        Show all articles in the graph
      </button>
    </div>
  );
}
