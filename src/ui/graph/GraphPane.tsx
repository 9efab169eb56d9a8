import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { ACTOR_TYPES, type GraphDocument } from '../../extract/types.ts';
import { ActorFilterBox } from '../filter/ActorFilterBox.tsx';
import { FilterChips } from '../filter/FilterChips.tsx';
import { FilterControls } from '../filter/FilterControls.tsx';
import { FilterFold } from '../sheet/FilterFold.tsx';
import { ShortcutHelp } from '../keyboard/ShortcutHelp.tsx';
import { useShortcuts } from '../keyboard/useShortcuts.ts';
import { GraphControls, ZOOM_STEP, type ViewControls } from './GraphControls.tsx';
import { GraphView } from './GraphView.tsx';
import { useExploredGraph } from './useExploredGraph.ts';
import { FocusBar } from './FocusBar.tsx';
import { Legend } from './Legend.tsx';
import { MetricControls } from '../metrics/MetricControls.tsx';
import { useMeasuredGraph } from '../metrics/useMeasures.ts';
import { StoryBar } from '../story/StoryBar.tsx';
import { usePathDrawing } from '../path/useShownPath.ts';
import { ViewPanel, ViewTabs, type PaneView } from '../table/ViewTabs.tsx';
import './graph.css';

// The table (and the degree figures it computes with graphology) loads on first use, outside the
// page's initial JavaScript.
const TablePane = lazy(() => import('../table/TablePane.tsx').then((module) => ({ default: module.TablePane })));

/**
 * The centre of the app: the filter, how much of the graph it shows, the graph itself with its view
 * controls, and its legend; the keyboard shortcuts act on what is here.
 */
export function GraphPane({ graph }: { graph: GraphDocument }) {
  const filtered = useExploredGraph(graph);
  const visible = useMemo(() => ({ actors: filtered.actors, relations: filtered.relations }), [filtered]);
  // Sizes and colour groups from the metrics of what is shown, measured again as that changes.
  const measures = useMeasuredGraph(filtered);
  const path = usePathDrawing(graph);
  const drawing = useMemo(() => ({ ...measures.drawing, path }), [measures.drawing, path]);
  // One layout per set of documents: filtering shows a subset where its nodes already were, so the reader
  // keeps their mental map; only another article starts a fresh layout.
  const layoutKey = graph.documents.map((d) => `${d.id}:${d.title}:${d.text.length}`).join('+');
  const actorTypes = useMemo(
    () => ACTOR_TYPES.filter((type) => graph.actors.some((actor) => actor.type === type)),
    [graph],
  );
  const view = useRef<ViewControls>(null);
  const filterInput = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // The graph stays mounted behind the table, so its layout, pins and zoom are as left on coming back.
  const [shownView, setShownView] = useState<PaneView>('graph');
  useShortcuts(
    {
      focusFilter: () => filterInput.current?.focus(),
      zoomIn: () => view.current?.zoomBy(ZOOM_STEP),
      zoomOut: () => view.current?.zoomBy(1 / ZOOM_STEP),
      fitToView: () => view.current?.fitToView(),
      showHelp: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  return (
    <section id="graph" className="pane graph-pane" aria-label="Graph" tabIndex={-1}>
      <div className="graph-toolbar">
        <ViewTabs shown={shownView} onShow={setShownView} />
        <ActorFilterBox actors={graph.actors} inputRef={filterInput} />
        <FilterFold>
          <FilterControls />
        </FilterFold>
        <FilterChips steps={filtered.steps} actors={graph.actors} />
        <p className="filter-count" role="status" aria-live="polite">
          Showing {visible.actors.length} of {graph.actors.length} actors
        </p>
        <FocusBar graph={graph} />
      </div>
      <ViewPanel view="graph" shownView={shownView}>
        <div className="graph-stage">
          <GraphView visible={visible} layoutKey={layoutKey} drawing={drawing} controls={view} />
          <GraphControls view={view} onShowHelp={() => setHelpOpen(true)} />
        </div>
        <MetricControls measured={measures.measured} />
        <Legend actorTypes={actorTypes} />
      </ViewPanel>
      <ViewPanel view="table" shownView={shownView}>
        <Suspense fallback={<p className="empty-note">Loading the table…</p>}>
          <TablePane graph={graph} visible={visible} active={shownView === 'table'} />
        </Suspense>
      </ViewPanel>
      <StoryBar key={layoutKey} graph={graph} />
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
