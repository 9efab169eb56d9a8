import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { VisibleGraph } from '../../graph/filter.ts';
import type { GraphRenderer } from '../../render/GraphRenderer.ts';
import { toScene, type SceneView } from '../../render/scene.ts';
import { createSvgRenderer } from '../../render/svgRenderer.ts';
import { selectGraph, useAppStore } from '../../store/index.ts';
import { sameViewPort } from '../../store/urlState.ts';
import type { ViewControls } from './GraphControls.tsx';

// The React side of the graph: it owns a renderer for the life of the component, hands it a fresh
// scene whenever the visible graph, selection or hover change, and turns its picks into store actions.

/** How the visible graph is drawn beyond selection, hover and focus: sizes, colour groups, a path. */
export type DrawingOptions = Pick<SceneView, 'sizes' | 'groups' | 'path'>;

/**
 * `layoutKey`: a new key lays the graph out afresh; the same key keeps node positions. `controls`
 * receives the view's zoom and layout commands, for the buttons and shortcuts around it.
 */
export function GraphView({
  visible,
  layoutKey,
  drawing,
  controls,
}: {
  visible: VisibleGraph;
  layoutKey: string;
  drawing?: DrawingOptions;
  controls?: Ref<ViewControls>;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<GraphRenderer | null>(null);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const selectActor = useAppStore((s) => s.selectActor);
  const hoverActor = useAppStore((s) => s.hoverActor);
  const focusId = useAppStore((s) => s.focusId);
  const setFocus = useAppStore((s) => s.setFocus);
  const setViewPort = useAppStore((s) => s.setViewPort);
  const viewPort = useAppStore((s) => s.viewPort);
  // Every actor's label, so a link claimed by someone filtered out of view still names them.
  const graph = useAppStore(selectGraph);
  const actorLabels = useMemo(() => new Map(graph?.actors.map((actor) => [actor.id, actor.label])), [graph]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const created = createSvgRenderer();
    created.mount(host);
    const stopPicks = created.onActorPick(selectActor);
    const stopHovers = created.onActorHover(hoverActor);
    const stopFocus = created.onActorFocus(setFocus);
    const stopViews = created.onViewChange(setViewPort);
    rendererRef.current = created;
    return () => {
      stopPicks();
      stopHovers();
      stopFocus();
      stopViews();
      created.destroy();
      rendererRef.current = null;
    };
  }, [selectActor, hoverActor, setFocus, setViewPort]);

  // Commands go to whichever renderer is mounted at the time they are given.
  useImperativeHandle(
    controls,
    () => ({
      zoomBy: (factor) => rendererRef.current?.zoomBy(factor),
      fitToView: () => rendererRef.current?.fitToView(),
      unpinAll: () => rendererRef.current?.unpinAll(),
      relayout: () => rendererRef.current?.relayout(),
      getView: () => rendererRef.current?.getView() ?? null,
      setView: (port) => rendererRef.current?.setView(port),
      exportSvg: () => rendererRef.current?.exportSvg() ?? null,
    }),
    [],
  );

  const scene = useMemo(
    () => toScene(visible, { layoutKey, selectedId, hoveredId, focusId, actorLabels, ...drawing }),
    [visible, layoutKey, selectedId, hoveredId, focusId, actorLabels, drawing],
  );

  // Declared after the mounting effect, so on the first commit the renderer exists when this runs.
  useEffect(() => {
    rendererRef.current?.update(scene);
  }, [scene]);

  // A view port from elsewhere (a shared link, Back or Forward) moves the view, and a new focus fits it;
  // the user's own zooms and pans are already where the store says.
  useEffect(() => {
    const renderer = rendererRef.current;
    if (renderer && !sameViewPort(renderer.getView(), viewPort)) renderer.setView(viewPort);
  }, [viewPort, focusId]);

  return <div className="graph-host" ref={hostRef} />;
}
