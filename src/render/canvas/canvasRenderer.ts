import { select, type Selection } from 'd3-selection';
import { zoomTransform } from 'd3-zoom';
import type { GraphRenderer, Scene } from '../GraphRenderer.ts';
import { neighbourhoodOf } from '../highlight.ts';
import { placeLabels } from '../labelCulling.ts';
import { estimatedLabelWidth } from '../labelForce.ts';
import { startingPosition, type LayoutNode } from '../layout.ts';
import type { LayoutEngine } from '../layoutEngine.ts';
import { createLabelMeasurer } from '../measureLabel.ts';
import { neighbourInDirection } from '../neighbourInDirection.ts';
import { drawnContentOf, layoutChange } from '../sceneChanges.ts';
import { createRendererEvents } from '../rendererEvents.ts';
import { createZoomView, type ZoomView } from '../zoomView.ts';
import { createActorList, type ActorList } from './actorList.ts';
import { wireCanvasPointer } from './canvasPointer.ts';
import { readCanvasColours } from './canvasTheme.ts';
import { drawnGraphOf, type DrawnGraph } from './drawnGraph.ts';
import { gatedIdle } from './gatedIdle.ts';
import { createHitIndex, type HitIndex } from './hitIndex.ts';
import { LABEL_CANDIDATES, LIVE_LABEL_CANDIDATES, labelCandidates } from './labelChoice.ts';
import { createFramePainter, type FramePainter } from './framePainter.ts';
import { viewBox, type Frame } from './paintGraph.ts';
import { sceneSvg } from './sceneSvg.ts';
import '../svgRenderer.css';
import './canvasRenderer.css';

// The Canvas renderer, for graphs too large for one SVG element per actor and link (GraphView picks it
// by size). One <canvas> draws everything; the layout engine (a worker for large graphs) sends positions;
// a frame is painted only when something changed (framePainter.ts); the zoom and fit are the SVG
// renderer's own (zoomView.ts), driven through d3-zoom on the canvas. Pointer hits go through a quadtree,
// and a hidden list of buttons (actorList.ts) gives the keyboard and screen readers every actor.

/** The simulation's temperature at which d3-force stops (its alphaMin): where the layout is done. */
const RESTING_ALPHA = 0.001;

/**
 * The progress note moves in steps of this many percent: each new figure lays out and repaints the note, ~1.5 ms
 * of the main thread's 11 ms a frame at 2,000 actors, when a figure per percent changed it nearly every frame.
 */
const PROGRESS_STEP = 5;

/** How far the layout is, in percent (steps of 5): alpha cools geometrically, so its logarithm moves evenly per tick. */
export function layoutProgress(alpha: number): number {
  const done = Math.log(Math.max(alpha, RESTING_ALPHA)) / Math.log(RESTING_ALPHA);
  return PROGRESS_STEP * Math.round((100 / PROGRESS_STEP) * Math.min(1, Math.max(0, done)));
}

/** Pointer slack around a disc, in CSS pixels: a small disc zoomed far out stays a target. */
const HIT_SLACK_PX = 8;

export function createCanvasRenderer(createEngine: () => LayoutEngine): GraphRenderer {
  const events = createRendererEvents();

  let scene: Scene | null = null;
  let drawnContent = '';
  let graph: DrawnGraph = drawnGraphOf({ nodes: [], links: [] });
  let positions: Float32Array = new Float32Array(0);
  /** What zoomView fits: the nodes with their positions, updated in place on each tick. */
  let layoutNodes: LayoutNode[] = [];
  /** Every position placed under the current layout key, drawn now or not: a cleared filter puts actors back. */
  let remembered = new Map<string, { x: number; y: number }>();
  let pinned = new Set<number>();
  let hitIndex: HitIndex | null = null;
  let pointedId: string | null = null;
  let keyboardId: string | null = null;
  let settled = true;
  let root: HTMLDivElement | null = null;
  let canvas: Selection<HTMLCanvasElement, unknown, null, undefined> | null = null;
  let view: ZoomView | null = null;
  let engine: LayoutEngine | null = null;
  let list: ActorList | null = null;
  let painter: FramePainter | null = null;
  let progress: HTMLParagraphElement | null = null;
  let teardown: Array<() => void> = [];
  let labelWidth: (label: string) => number = () => 0;

  /** The actor list's later slices wait for the layout to rest: see gatedIdle.ts. */
  const listSlices = gatedIdle(() => settled);

  const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const transform = () => (canvas ? zoomTransform(canvas.node() as HTMLCanvasElement) : { k: 1, x: 0, y: 0 });
  const graphPoint = (screenX: number, screenY: number) => {
    const { k, x, y } = transform();
    return { x: (screenX - x) / k, y: (screenY - y) / k };
  };
  const positionOf = (i: number) => ({ x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });

  function nodeAt(screenX: number, screenY: number): number | null {
    hitIndex ??= createHitIndex(positions, graph.nodes.map((node) => node.radius));
    const point = graphPoint(screenX, screenY);
    return hitIndex.nodeAt(point.x, point.y, HIT_SLACK_PX / transform().k);
  }

  /** The frame with its labels placed: fewer while the layout moves them every frame. */
  function placeFrameLabels(frame: Omit<Frame, 'labels'>): Frame {
    if (!scene) return { ...frame, labels: null };
    const lit = neighbourhoodOf(scene.links, pointedId ?? scene.hoveredId);
    const forced = new Set([pointedId, scene.hoveredId, scene.selectedId, scene.focusId, keyboardId, ...(scene.path?.nodeIds ?? [])].filter((id): id is string => id !== null));
    const limit = settled ? LABEL_CANDIDATES : LIVE_LABEL_CANDIDATES;
    const candidates = labelCandidates(graph, positions, viewBox(frame), forced, labelWidth, limit);
    const placements = placeLabels(candidates, frame.labelScale, { forced, preferred: lit ?? new Set() });
    return { ...frame, labels: { candidates, placements } };
  }

  function emphasis() {
    return {
      lit: scene ? neighbourhoodOf(scene.links, pointedId ?? scene.hoveredId) : null,
      selectedId: scene?.selectedId ?? null,
      focusId: scene?.focusId ?? null,
      keyboardId,
      path: scene?.path ? { nodes: new Set(scene.path.nodeIds), links: new Set(scene.path.linkIds) } : null,
      pinned,
    };
  }

  function onTick(tick: { positions: Float32Array; alpha: number; settled: boolean }) {
    if (tick.positions.length !== graph.nodes.length * 2) return; // from a layout of a graph since replaced
    positions = tick.positions;
    settled = tick.settled;
    // Says on the drawing whether the layout still moves, as the SVG renderer does: the render bench waits on it.
    const layoutState = settled ? 'settled' : 'running';
    if (root && root.dataset.layout !== layoutState) root.dataset.layout = layoutState;
    hitIndex = null;
    layoutNodes.forEach((node, i) => {
      node.x = positions[2 * i];
      node.y = positions[2 * i + 1];
    });
    if (settled) graph.nodes.forEach((node, i) => remembered.set(node.id, positionOf(i)));
    if (progress) {
      progress.hidden = settled;
      // Only when the figure moves: new text lays out and repaints the line.
      const text = `Arranging the actors… ${layoutProgress(tick.alpha)}%`;
      if (progress.textContent !== text) progress.textContent = text;
    }
    if (settled) listSlices.open();
    if (reducedMotion() && !settled) return;
    // While the layout moves, the followed zoom changes in steps (steadyScale.ts): labels are drawn at a new size
    // only now and then, not every frame (a new size costs the text rasteriser its glyph caches: 4 times the
    // time of 40 labels' halos and letters); at rest the view fits exactly.
    view?.followLayout(layoutNodes, !settled);
    painter?.contentChanged(!settled);
  }

  /** Lays the drawn graph out again: kept positions (a filter change) or from scratch (fresh). */
  function startLayout(fresh: boolean) {
    const known = fresh ? new Map<string, { x: number; y: number }>() : remembered;
    // A fresh layout is drawn from the engine's first positions: the spots below scatter linked actors across
    // the view (a tangle of long lines, slow to rasterise), so they are worked out only when they will be drawn.
    const drawnFromEngine = fresh && engine !== null && !reducedMotion();
    positions = new Float32Array(graph.nodes.length * 2);
    if (!drawnFromEngine) graph.nodes.forEach((node, i) => {
      const placed = known.get(node.id) ?? startingPosition(node.id, graph.nodes.length, graph.neighbours[i]!.flatMap((j) => {
        const neighbour = known.get(graph.nodes[j]!.id);
        return neighbour ? [neighbour] : [];
      }));
      positions[2 * i] = placed.x;
      positions[2 * i + 1] = placed.y;
    });
    // The fit makes room for labels by the font-free estimate, as the SVG renderer's does: measuring every
    // label here (10,000 measureText calls) held the page in the task that shows a large graph.
    layoutNodes = graph.nodes.map((node, i) => ({ id: node.id, radius: node.radius, labelWidth: estimatedLabelWidth(node.label), ...positionOf(i) }));
    hitIndex = null;
    pinned = new Set();
    settled = false;
    if (progress) progress.hidden = false;
    // Only the positions kept from before: with none (a fresh layout) the engine starts a large graph from a
    // radial tree of it (forceLayout.ts), whose links are short from the first frame.
    const kept = new Map(graph.nodes.flatMap((node): Array<[string, { x: number; y: number }]> => {
      const at = known.get(node.id);
      return at ? [[node.id, at]] : [];
    }));
    engine?.start(
      graph.nodes.map((node) => ({ id: node.id, radius: node.radius })),
      graph.links.map((link) => ({ source: link.source, target: link.target })),
      kept,
    );
    if (drawnFromEngine) return; // the first tick fits the view and paints
    view?.followLayout(layoutNodes);
    painter?.contentChanged(true);
  }

  function redraw(next: Scene) {
    const fresh = next.layoutKey !== scene?.layoutKey;
    const change = layoutChange(scene, next);
    scene = next;
    graph = drawnGraphOf(next);
    if (fresh) {
      remembered = new Map();
      view?.startFollowing();
    }
    if (pointedId !== null && !graph.indexOf.has(pointedId)) pointedId = null;
    if (keyboardId !== null && !graph.indexOf.has(keyboardId)) keyboardId = null;
    list?.show(graph.byImportance.map((i) => next.nodes[i]!));
    list?.mark(next.selectedId, next.focusId);
    if (fresh || change !== 'none' || positions.length !== graph.nodes.length * 2) startLayout(fresh);
    else painter?.contentChanged(false);
  }

  /** Keyboard focus moves from `actorId` to its linked neighbour lying most in the arrow's direction. */
  function step(actorId: string, arrow: Parameters<typeof neighbourInDirection>[2]) {
    const i = graph.indexOf.get(actorId);
    if (i === undefined) return;
    const neighbours = graph.neighbours[i]!.map((j) => ({ id: graph.nodes[j]!.id, ...positionOf(j) }));
    const next = neighbourInDirection({ id: actorId, ...positionOf(i) }, neighbours, arrow);
    if (next !== null) list?.focus(next);
  }

  function destroy() {
    teardown.forEach((undo) => undo());
    teardown = [];
    view?.destroy();
    engine?.destroy();
    painter?.destroy();
    list?.destroy();
    root?.remove();
    root = canvas = view = engine = list = painter = progress = null;
    graph = drawnGraphOf({ nodes: [], links: [] });
    positions = new Float32Array(0);
    remembered = new Map();
    listSlices.clear();
    drawnContent = '';
    pointedId = keyboardId = null;
  }

  return {
    mount(container) {
      destroy();
      root = document.createElement('div');
      root.className = 'ag-graph ag-canvas-graph';
      root.setAttribute('role', 'group');
      root.setAttribute('aria-label', 'Actor graph');
      container.append(root);
      const element = document.createElement('canvas');
      element.setAttribute('aria-hidden', 'true');
      root.append(element);
      progress = document.createElement('p');
      progress.className = 'ag-layout-progress';
      progress.textContent = 'Arranging the actors…';
      progress.hidden = true;
      root.append(progress);
      canvas = select(element);
      labelWidth = createLabelMeasurer(root);
      engine = createEngine();
      teardown.push(engine.onTick(onTick));
      teardown.push(
        wireCanvasPointer(element, {
          nodeAt,
          idOf: (i) => graph.nodes[i]!.id,
          graphPoint,
          pick: (id) => events.pick(id),
          focus: (id) => events.focus(id),
          unpin(i) {
            pinned.delete(i);
            engine?.pin(i, null);
          },
          hover(id) {
            if (id === pointedId) return;
            pointedId = id;
            events.hover(id);
            painter?.contentChanged(false);
          },
          drag(index, point, first) {
            if (first) view?.stopFollowing();
            pinned.add(index);
            positions[2 * index] = point.x;
            positions[2 * index + 1] = point.y;
            hitIndex = null;
            engine?.pin(index, point);
            painter?.contentChanged(true);
          },
        }),
      );
      // zoomView moves an SVG group; here a detached one, whose transform tells the painter the view moved.
      const viewport = select(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
      const moves = new MutationObserver(() => painter?.viewMoved());
      moves.observe(viewport.node() as SVGGElement, { attributes: true, attributeFilter: ['transform'] });
      teardown.push(() => moves.disconnect());
      view = createZoomView(root, canvas as unknown as Selection<SVGSVGElement, unknown, null, undefined>, viewport, () => {}, reducedMotion, () => {
        painter?.viewSettled();
        events.viewChanged(view?.viewPort() ?? null);
      });
      painter = createFramePainter(root, element, {
        placeLabels: placeFrameLabels,
        graph: () => graph,
        positions: () => positions,
        emphasis,
        transform,
        labelScale: () => view?.labelScale() ?? 1,
        colours: () => readCanvasColours(root!),
        live: () => !settled,
      });
      list = createActorList(root, {
        activate: (id) => (scene?.selectedId === id ? events.focus : events.pick)(id),
        focus: (id) => {
          keyboardId = id;
          const i = id === null ? undefined : graph.indexOf.get(id);
          if (i !== undefined) view?.reveal({ ...positionOf(i), radius: graph.nodes[i]!.radius });
          painter?.contentChanged(false);
        },
        step,
      }, listSlices.schedule);
      const pending = scene;
      scene = null;
      if (pending) {
        drawnContent = drawnContentOf(pending);
        redraw(pending);
      }
    },

    update(next) {
      const content = drawnContentOf(next);
      if (content === drawnContent && scene) {
        scene = next;
        list?.mark(next.selectedId, next.focusId);
        painter?.contentChanged(false);
        return;
      }
      drawnContent = content;
      if (root) redraw(next);
      else scene = next;
    },

    ...events.subscriptions,

    getView: () => view?.viewPort() ?? null,
    setView: (port) => view?.lookAt(port),
    exportSvg() {
      if (!root || !painter || graph.nodes.length === 0) return null;
      const frame = painter.lastFrame();
      const colours = readCanvasColours(root);
      // The halo is the page's background colour in either theme: a dark theme exports dark.
      return frame ? sceneSvg(graph, positions, frame, colours, colours.halo) : null;
    },
    zoomBy: (factor) => view?.zoomBy(factor),
    fitToView: () => view?.fitToView(),
    unpinAll() {
      if (pinned.size === 0) return;
      pinned = new Set();
      engine?.unpinAll();
    },
    relayout() {
      if (!scene) return;
      remembered = new Map();
      view?.startFollowing();
      startLayout(true);
    },
    destroy,
  };
}
