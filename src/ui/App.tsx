import { useEffect, useMemo } from 'react';
import { appStore, selectGraph, useAppStore } from '../store/index.ts';
import { ArticlePane } from './article/ArticlePane.tsx';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { GraphPane } from './graph/GraphPane.tsx';
import { LoadMessage } from './LoadMessage.tsx';
import { ThemeToggle } from './theme/ThemeToggle.tsx';
import { useUrlState } from './url/useUrlState.ts';
import { useStorySpotlights } from './story/useStorySpotlights.ts';
import { SheetBar } from './sheet/SheetBar.tsx';
import { usePathSpotlights } from './path/useShownPath.ts';
import { DocumentPicker } from './workspace/DocumentPicker.tsx';
import { useShownDocument } from './workspace/useShownDocument.ts';
import { useSentenceSpotlights } from './workspace/useSentenceSpotlights.ts';
import { WorkspaceMenu } from './workspace/WorkspaceMenu.tsx';

// The shell: header, then article (left), graph (centre) and details (right); stacked on a phone.

export function App() {
  const load = useAppStore((s) => s.load);
  const graph = useAppStore(selectGraph);
  const selectActor = useAppStore((s) => s.selectActor);
  const setFocus = useAppStore((s) => s.setFocus);
  useUrlState();
  // While the worker reads, the article is shown as plain text; the graph's copy replaces it when ready.
  const document = useShownDocument(graph);
  const pathSpotlights = usePathSpotlights(graph);
  const storySpotlights = useStorySpotlights(graph);
  const sentenceSpotlights = useSentenceSpotlights();
  // The story's sentence first: it is the one scrolled into view while the story plays. A sentence asked for from
  // the details comes before it, as the latest thing the user pointed at.
  const spotlights = useMemo(
    () => [...sentenceSpotlights, ...storySpotlights, ...pathSpotlights],
    [sentenceSpotlights, storySpotlights, pathSpotlights],
  );

  useEffect(() => {
    const clearOnEscape = (event: KeyboardEvent) => {
      // With nothing selected left to clear, Escape steps out of the focus (the focus bar's "Show everyone").
      if (event.key === 'Escape' && !event.defaultPrevented && appStore.getState().selectedId === null) setFocus(null);
      if (event.key === 'Escape' && !event.defaultPrevented) selectActor(null);
    };
    window.addEventListener('keydown', clearOnEscape);
    return () => window.removeEventListener('keydown', clearOnEscape);
  }, [selectActor, setFocus]);

  return (
    <div className="app">
      <a className="skip-link" href="#graph">
        Skip to the graph
      </a>
      <header className="app-header">
        <h1 className="app-name">ActorGraph</h1>
        {document?.title && <p className="app-document">{document.title}</p>}
        <DocumentPicker graph={graph} />
        <WorkspaceMenu />
        <ThemeToggle />
      </header>
      <main className="app-main">
        <ArticlePane document={document} actors={graph?.actors ?? []} spotlights={spotlights} />
        {graph && graph.actors.length > 0 ? (
          <GraphPane graph={graph} />
        ) : (
          <section id="graph" className="pane graph-pane" aria-label="Graph">
            <LoadMessage load={load} />
          </section>
        )}
        <DetailsPanel graph={graph} />
        <SheetBar />
      </main>
    </div>
  );
}
