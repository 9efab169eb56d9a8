import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { VisibleGraph } from '../../graph/filter.ts';
import type { GraphRenderer, Scene } from '../../render/GraphRenderer.ts';
import { toScene, type SceneView } from '../../render/scene.ts';
import { createSvgRenderer } from '../../render/svgRenderer.ts';
import { selectGraph, useAppStore } from '../../store/index.ts';
import { sameViewPort } from '../../store/urlState.ts';
import type { ViewControls } from './GraphControls.tsx';

// The React side of the graph: it owns a renderer for the life of the component, hands it a fresh
// scene whenever the visible graph, selection or hover change, and turns its picks into store actions.

/**
 * Above this many drawn actors the graph is painted on one canvas (render/canvas, loaded on first use)
 * instead of one SVG element per actor, link and label. Measured on a 2-core machine without a GPU in
 * headless Chromium: SVG pans at about 30 fps with 400 actors and falls under 20 by 700, where style,
 * layout and paint of the elements, not the simulation, take the frame. Below it the SVG renderer
 * stays: its DOM (one focusable node per actor) is what most users and every older test meet.
 */
export const CANVAS_THRESHOLD = 400;

type RendererKind = 'svg' | 'canvas';

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

  const kind: RendererKind = visible.actors.length > CANVAS_THRESHOLD ? 'canvas' : 'svg';
  // The latest scene and view port, for a renderer that arrives after them (the Canvas one loads lazily).
  const sceneRef = useRef<Scene | null>(null);
  const viewPortRef = useRef(viewPort);
  viewPortRef.current = viewPort;
  /** The kind drawn last: a switch (a filter crossing the threshold) starts the new renderer fitted. */
  const drawnKind = useRef<RendererKind | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let cancelled = false;
    let created: GraphRenderer | null = null;
    const stops: Array<() => void> = [];
    const attach = (renderer: GraphRenderer) => {
      created = renderer;
      renderer.mount(host);
      stops.push(
        renderer.onActorPick(selectActor),
        renderer.onActorHover(hoverActor),
        renderer.onActorFocus(setFocus),
        renderer.onViewChange(setViewPort),
      );
      rendererRef.current = renderer;
      if (sceneRef.current) renderer.update(sceneRef.current);
      // The other renderer's layout put the actors elsewhere: its zoom and pan would show empty ground.
      const switched = drawnKind.current !== null && drawnKind.current !== kind;
      drawnKind.current = kind;
      if (switched) {
        if (viewPortRef.current) setViewPort(null);
      } else if (viewPortRef.current) renderer.setView(viewPortRef.current);
    };
    if (kind === 'svg') attach(createSvgRenderer());
    else
      void import('../../render/canvas/index.ts').then(({ createLargeGraphRenderer }) => {
        if (!cancelled) attach(createLargeGraphRenderer());
      });
    return () => {
      cancelled = true;
      stops.forEach((stop) => stop());
      created?.destroy();
      if (rendererRef.current === created) rendererRef.current = null;
    };
  }, [kind, selectActor, hoverActor, setFocus, setViewPort]);

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
    sceneRef.current = scene;
    rendererRef.current?.update(scene);
  }, [scene]);

  // A view port from elsewhere (a shared link, Back or Forward) moves the view, and a new focus fits it;
  // the user's own zooms and pans are already where the store says.
  useEffect(() => {
    const renderer = rendererRef.current;
    if (renderer && !sameViewPort(renderer.getView(), viewPort)) renderer.setView(viewPort);
  }, [viewPort, focusId]);

  return <div className="graph-host" ref={hostRef} data-renderer={kind} />;
}
