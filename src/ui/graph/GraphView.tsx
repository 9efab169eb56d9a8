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
 * instead of one SVG element per actor, link and label. Measured on 2 shared cores without a GPU in
 * headless Chromium (synthetic graphs, 1440×900, a loaded machine): the SVG renderer panned at 17.5 fps
 * with 150 actors and 4 fps with 300 (its labels are placed pairwise, and every element is styled,
 * laid out and painted), while the canvas panned at 59 fps with 2,000 in the same run. Up to here the
 * SVG renderer stays: its DOM (one focusable node per actor, link titles) is what articles meet.
 */
export const CANVAS_THRESHOLD = 300;

type RendererKind = 'svg' | 'canvas';

/** How the visible graph is drawn beyond selection, hover and focus: sizes, colour groups, a path. */
export type DrawingOptions = Pick<SceneView, 'sizes' | 'groups' | 'path'>;

/**
 * `layoutKey`: a new key lays the graph out afresh; the same key keeps node positions. `controls`
 * receives the view's zoom and layout commands, for the buttons and shortcuts around it.
 */
/** Up to this many actors the renderer draws a new scene in the same task as the commit that made it. */
const DRAWN_IN_THE_COMMIT_UP_TO = 100;

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
  // The scene is worked out when first asked for, not in React's render: a large graph's (tens of milliseconds at
  // 10,000 actors) in a task of its own after the commit (below), or by a renderer arriving before that. What is
  // drawn is worked out once per graph shown; a new selection, hover or focus only marks other actors in it (a
  // pointer crossing a 10,000-actor graph while panning changes the hover at every actor it meets).
  const drawnOf = useMemo(
    () =>
      once(() => {
        const scene = toScene(visible, { layoutKey, selectedId: null, hoveredId: null, focusId: null, actorLabels, ...drawing });
        return { scene, ids: new Set(scene.nodes.map((node) => node.id)) };
      }),
    [visible, layoutKey, actorLabels, drawing],
  );
  const sceneOf = useMemo(
    () =>
      once((): Scene => {
        const { scene, ids } = drawnOf();
        const shown = (id: string | null) => (id !== null && ids.has(id) ? id : null);
        return { ...scene, selectedId: shown(selectedId), hoveredId: shown(hoveredId), focusId: shown(focusId) };
      }),
    [drawnOf, selectedId, hoveredId, focusId],
  );

  // The scene and view port of this render, for a renderer created now or arriving later (the Canvas one
  // loads lazily): a renderer created as a filter crosses the threshold must start on the new scene.
  const sceneRef = useRef<() => Scene>(sceneOf);
  sceneRef.current = sceneOf;
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
      renderer.update(sceneRef.current());
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

  // Declared after the mounting effect, so on the first commit the renderer exists when this runs.
  useEffect(() => {
    const renderer = rendererRef.current;
    if (visible.actors.length <= DRAWN_IN_THE_COMMIT_UP_TO) {
      renderer?.update(sceneOf());
      return;
    }
    // A large graph is drawn in a task of its own: its first layout (tens of milliseconds at a few hundred actors)
    // would otherwise lengthen the task that put the new graph's panes on the page past 100 ms. Its scene is worked
    // out in the task before, also its own.
    let timer = setTimeout(() => {
      const scene = sceneOf();
      if (renderer) timer = setTimeout(() => renderer.update(scene), 0);
    }, 0);
    return () => clearTimeout(timer);
    // The scene follows what it is made of (sceneOf); `visible` only says which way it is drawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sceneOf]);

  // A view port from elsewhere (a shared link, Back or Forward) moves the view, and a new focus fits it;
  // the user's own zooms and pans are already where the store says.
  useEffect(() => {
    const renderer = rendererRef.current;
    if (renderer && !sameViewPort(renderer.getView(), viewPort)) renderer.setView(viewPort);
  }, [viewPort, focusId]);

  return <div className="graph-host" ref={hostRef} data-renderer={kind} />;
}

/** `work` done on the first call, its result returned on every later one. */
function once<T>(work: () => T): () => T {
  let done: { value: T } | null = null;
  return () => (done ??= { value: work() }).value;
}
