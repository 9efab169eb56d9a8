import { useAppStore, type ArticleLoad } from '../store/index.ts';
import { ReadingProgress } from './workspace/ReadingProgress.tsx';
import { HiddenDocumentsMessage } from './workspace/HiddenDocumentsMessage.tsx';

/** What stands in for the graph while there is none to draw: reading, a failure to retry, or no actors. */
export function LoadMessage({ load }: { load: ArticleLoad }) {
  const retryReading = useAppStore((s) => s.retryReading);
  const emptyWorkspace = useAppStore((s) => s.sources.length === 0);
  const reading = useAppStore((s) => s.readProgress !== null);
  const someDocumentHidden = useAppStore((s) => s.hiddenDocumentIds.length > 0);

  if (load.status === 'loading' && reading) {
    return (
      <div className="load-message">
        <ReadingProgress />
      </div>
    );
  }
  // Before the reading starts (the saved workspace still being fetched).
  if (load.status === 'loading') {
    return (
      <div className="load-message" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>Reading the article…</p>
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="load-message" role="alert">
        <p>Could not read this article: {load.message}</p>
        <button type="button" className="button-primary" onClick={() => void retryReading()}>
          Try again
        </button>
      </div>
    );
  }
  if (someDocumentHidden && !emptyWorkspace) return <HiddenDocumentsMessage />;
  if (emptyWorkspace) {
    return (
      <div className="load-message" role="status">
        <p>This workspace is empty. Open, paste or drop an article (Open article, at the top) to draw its actors.</p>
      </div>
    );
  }
  return (
    <div className="load-message" role="status">
      <p>No people, countries or organisations were found in this article, so there is no graph to draw.</p>
    </div>
  );
}
