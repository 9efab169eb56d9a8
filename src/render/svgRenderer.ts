import type { Simulation } from 'd3-force';
import { neighboursOf } from '../graph/relations.ts';
import { select, type Selection } from 'd3-selection';
import { standaloneSvg } from './exportSvg.ts';
import type { GraphRenderer, Scene } from './GraphRenderer.ts';
import { applyHighlight, neighbourhoodOf } from './highlight.ts';
import { placeLabels, shownLabelBoxes } from './labelCulling.ts';
import { createLayoutSimulation, prewarmTicks, settle } from './layout.ts';
import { joinLinkMarks, positionLinkMarks, type LinkMarkSelection } from './linkMarks.ts';
import { appendArrowMarkers, joinLinks, positionLinks, type LinkSelection } from './linksLayer.ts';
import { neighbourInDirection, type ArrowKey } from './neighbourInDirection.ts';
import { createLabelMeasurer } from './measureLabel.ts';
import { createNodeDrag } from './nodeDrag.ts';
import { joinNodes, labelCandidate, positionNodes, showLabelPlacements, type NodeSelection } from './nodesLayer.ts';
import { placeScene, type PlacedLink, type PlacedNode, type Placement } from './placement.ts';
import { drawnContentOf, layoutChange } from './sceneChanges.ts';
import { createRendererEvents } from './rendererEvents.ts';
import { warmUp } from './warmUp.ts';
import { createZoomView, type ZoomView } from './zoomView.ts';
import './svgRenderer.css';

// The d3/SVG renderer. update() does one data join per change of the drawn graph; the simulation
// then moves nodes and links by setting attributes directly on each tick, never through React.
// Hover and selection changes only toggle classes.

/** How hot a re-layout starts: a new graph from scratch, a changed one (filter) gently. */
const FRESH_ALPHA = 1;
const REHEAT_ALPHA = 0.3;
const RESIZE_ALPHA = 0.15;
/** Up to this many actors (an article's graph) the first ticks take a few milliseconds: drawn in the same task. */
const WARM_AT_ONCE_UP_TO = 100;
let rendererCount = 0;

export function createSvgRenderer(): GraphRenderer {
  const idPrefix = `ag${++rendererCount}`;
  const events = createRendererEvents();

  let scene: Scene | null = null;
  let drawnContent = '';
  let svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  let linkLayer: Selection<SVGGElement, unknown, null, undefined> | null = null;
  let nodeLayer: Selection<SVGGElement, unknown, null, undefined> | null = null;
  let markLayer: Selection<SVGGElement, unknown, null, undefined> | null = null;
  let view: ZoomView | null = null;
  let nodes: NodeSelection | null = null;
  let links: LinkSelection | null = null;
  let marks: LinkMarkSelection | null = null;
  let placed = new Map<string, PlacedNode>();
  /** The same nodes in drawing order, for the per-tick work (no new array each frame). */
  let placedNodes: PlacedNode[] = [];
  let layoutState: 'running' | 'settled' = 'settled';
  /** Every node placed under the current layoutKey, drawn now or not: a cleared filter puts them back. */
  let remembered = new Map<string, PlacedNode>();
  let simulation: Simulation<PlacedNode, PlacedLink> | null = null;
  /** Cancels the warm-up of a new graph not drawn yet (warmUp.ts); null when none is under way. */
  let warming: (() => void) | null = null;
  let pointedId: string | null = null;
  /** The actor with keyboard focus (Tab, arrows): its label shows however crowded. */
  let keyboardId: string | null = null;
  let labelWidth: (label: string) => number = () => 0;

  const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  /** Moves everything to the layout's positions; `withLabels` false when the caller places the labels next anyway. */
  function draw(withLabels = true) {
    if (nodes) positionNodes(nodes);
    if (links) positionLinks(links);
    // While the layout moves, the followed zoom changes in steps: a new scale re-lays out every label (steadyScale.ts).
    view?.followLayout(placedNodes, layoutState === 'running');
    if (withLabels) showLabels();
  }

  /** The actors lit up by pointing (here or in the article), or null when none is. */
  function litIds() {
    return scene ? neighbourhoodOf(scene.links, pointedId ?? scene.hoveredId) : null;
  }

  function highlight() {
    if (!scene || !nodes || !links) return;
    applyHighlight(nodes, marks ? [links, marks] : [links], litIds(), scene);
    svg?.classed('ag-path-shown', (scene.path?.nodeIds.length ?? 0) > 0);
    showLabels();
  }

  /**
   * Places each label on a free side of its disc or hides it (labelCulling.ts); the labels of the actor
   * pointed at, selected, focused or with keyboard focus always show, and its lit neighbours' go first.
   */
  function showLabels() {
    if (!nodes || !view) return;
    const forced = [pointedId, scene?.hoveredId, scene?.selectedId, scene?.focusId, keyboardId];
    const candidates = placedNodes.map((node) => labelCandidate(node, node.id === scene?.focusId, labelWidth));
    const labelScale = view.labelScale();
    const placements = placeLabels(candidates, labelScale, {
      forced: new Set(forced.filter((id): id is string => typeof id === 'string')),
      preferred: litIds() ?? new Set(),
    });
    showLabelPlacements(nodes, placements);
    // The links' claim and hedge marks keep clear of the labels as now placed.
    if (marks) positionLinkMarks(marks, shownLabelBoxes(candidates, placements, labelScale), labelScale);
  }

  /**
   * Says on the drawing whether the layout still moves (data-layout="running" or "settled"), so the render
   * bench and tests can wait for rest without a hook into the renderer. Written only when it changes.
   */
  function markLayout(state: 'running' | 'settled') {
    layoutState = state;
    if (svg && svg.attr('data-layout') !== state) svg.attr('data-layout', state);
  }

  /** The layout came to rest by itself: the view, followed in steps while it moved, now fits it exactly. */
  function layoutEnded() {
    markLayout('settled');
    view?.followLayout(placedNodes);
  }

  /** Starts the layout moving from `alpha`, or, with reduced motion, runs it to rest and draws once. */
  function runLayout(alpha: number) {
    if (!simulation || alpha <= 0) {
      markLayout('settled');
      return;
    }
    simulation.alpha(alpha);
    if (reducedMotion()) {
      simulation.stop();
      settle(simulation);
      markLayout('settled');
      draw();
    } else {
      simulation.restart();
      markLayout('running');
    }
  }

  function redraw(next: Scene) {
    if (!linkLayer || !nodeLayer || !markLayer || !view) return;
    // A graph still warming up was never drawn: whatever comes next starts it afresh, so it comes out the same.
    const fresh = cancelWarmUp() || next.layoutKey !== scene?.layoutKey || remembered.size === 0;
    const change = layoutChange(scene, next);
    scene = next;
    simulation?.stop();
    if (fresh) remembered = new Map();
    const placement = placeScene(next, remembered);
    for (const node of placement.nodes) remembered.set(node.id, node);
    const nextSimulation = createLayoutSimulation(placement.nodes, placement.links);
    if (!fresh) {
      // A relabel (same actors and pairs) needs no movement; a filter change gets a gentle nudge, and
      // new sizes (by degree rather than mentions) a gentler one, or grown discs would overlap their neighbours.
      return present(placement, nextSimulation, change === 'structure' ? REHEAT_ALPHA : change === 'sizes' ? RESIZE_ALPHA : 0);
    }
    view.startFollowing();
    // Skip the first, chaotic ticks so the graph appears already taking shape (the same ticks every time, so the
    // layout stays deterministic); a large graph's in slices, the drawing it replaces staying until they are done.
    const ticks = prewarmTicks(placement.nodes.length);
    nextSimulation.alpha(FRESH_ALPHA);
    if (placement.nodes.length <= WARM_AT_ONCE_UP_TO) {
      nextSimulation.tick(ticks);
      return present(placement, nextSimulation, nextSimulation.alpha());
    }
    const cancel = warmUp(nextSimulation, ticks, () => {
      warming = null;
      present(placement, nextSimulation, nextSimulation.alpha());
    });
    // Done at once (a fast machine): present() has run already.
    if (nextSimulation !== simulation) warming = cancel;
  }

  /** Cancels a warm-up in progress; says whether there was one. */
  function cancelWarmUp(): boolean {
    if (!warming) return false;
    warming();
    warming = null;
    return true;
  }

  /** Draws a placed scene and sets its layout moving from `alpha`. */
  function present(placement: Placement, nextSimulation: Simulation<PlacedNode, PlacedLink>, alpha: number) {
    if (!linkLayer || !nodeLayer || !markLayer) return;
    simulation?.stop();
    placed = new Map(placement.nodes.map((node) => [node.id, node]));
    placedNodes = placement.nodes;
    // A node filtered away under the pointer gets no pointerleave: forget it, or all would stay dimmed.
    if (pointedId !== null && !placed.has(pointedId)) pointedId = null;
    if (keyboardId !== null && !placed.has(keyboardId)) keyboardId = null;
    const labelOf = (id: string) => placed.get(id)?.scene.label ?? id;
    links = joinLinks(linkLayer, placement.links, labelOf, idPrefix);
    marks = joinLinkMarks(markLayer, placement.links);
    const pick = (id: string) => events.pick(id);
    const focusView = (id: string) => events.focus(id);
    nodes = joinNodes(nodeLayer, placement.nodes, {
      pick,
      activate: (id) => (scene?.selectedId === id ? focusView(id) : pick(id)),
      focusView,
      hover: (id) => {
        pointedId = id;
        highlight();
        events.hover(id);
      },
      unpin: (node) => {
        node.fx = null;
        node.fy = null;
        runLayout(REHEAT_ALPHA);
        draw();
      },
      // Tab or an arrow may land on an actor zoomed or panned out of sight: bring it into view.
      focus: (node) => {
        keyboardId = node.id;
        showLabels();
        if (node.x !== undefined && node.y !== undefined) view?.reveal({ x: node.x, y: node.y, radius: node.radius });
      },
      blur: (node) => {
        if (keyboardId !== node.id) return;
        keyboardId = null;
        showLabels();
      },
      step: focusNeighbour,
    });
    nodes.call(nodeDrag);
    simulation = nextSimulation.on('tick', draw).on('end', layoutEnded);
    runLayout(alpha);
    draw(false);
    highlight();
  }

  /** Moves keyboard focus from `node` to its linked neighbour lying most in the arrow's direction. */
  function focusNeighbour(node: PlacedNode, arrow: ArrowKey) {
    if (!scene || !nodeLayer || node.x === undefined || node.y === undefined) return;
    const neighbours = [...neighboursOf({ relations: scene.links }, node.id)].flatMap((id) => {
      const neighbour = placed.get(id);
      return neighbour?.x !== undefined && neighbour.y !== undefined ? [{ id, x: neighbour.x, y: neighbour.y }] : [];
    });
    const nextId = neighbourInDirection({ id: node.id, x: node.x, y: node.y }, neighbours, arrow);
    if (nextId === null) return;
    nodeLayer
      .selectAll<SVGGElement, PlacedNode>('g.ag-node')
      .filter((candidate) => candidate.id === nextId)
      .node()
      ?.focus();
  }

  const nodeDrag = createNodeDrag({
    started(firstPointer) {
      view?.stopFollowing();
      if (firstPointer && !reducedMotion()) {
        simulation?.alphaTarget(REHEAT_ALPHA).restart();
        markLayout('running');
      }
    },
    moved(node) {
      if (!reducedMotion()) return;
      node.x = node.fx ?? node.x;
      node.y = node.fy ?? node.y;
      draw();
    },
    ended() {
      simulation?.alphaTarget(0);
    },
  });

  function destroy() {
    cancelWarmUp();
    simulation?.stop();
    simulation = null;
    view?.destroy();
    svg?.remove();
    svg = linkLayer = nodeLayer = markLayer = view = nodes = links = marks = null;
    placed = new Map();
    placedNodes = [];
    remembered = new Map();
    drawnContent = '';
    pointedId = null;
    keyboardId = null;
  }

  return {
    mount(container) {
      destroy();
      svg = select(container)
        .append('svg')
        .attr('class', 'ag-graph')
        .attr('role', 'group')
        .attr('aria-label', 'Actor graph');
      appendArrowMarkers(svg.append('defs'), idPrefix);
      labelWidth = createLabelMeasurer(svg.node() as SVGSVGElement);
      const viewport = svg.append('g').attr('class', 'ag-viewport');
      linkLayer = viewport.append('g').attr('class', 'ag-links');
      nodeLayer = viewport.append('g').attr('class', 'ag-nodes');
      markLayer = viewport.append('g').attr('class', 'ag-link-marks');
      view = createZoomView(container, svg, viewport, showLabels, reducedMotion, () => {
        events.viewChanged(view?.viewPort() ?? null);
      });
      svg.on('click', () => events.pick(null));
      const pending = scene;
      scene = null;
      if (pending) redraw(pending);
    },

    update(next) {
      const content = drawnContentOf(next);
      if (content === drawnContent && scene && nodes) {
        scene = next;
        highlight();
        return;
      }
      drawnContent = content;
      if (svg) redraw(next);
      else scene = next;
    },

    ...events.subscriptions,

    getView: () => view?.viewPort() ?? null,

    setView(port) {
      view?.lookAt(port);
    },

    exportSvg: () => (svg ? standaloneSvg(svg.node() as SVGSVGElement) : null),

    zoomBy(factor) {
      view?.zoomBy(factor);
    },

    fitToView() {
      view?.fitToView();
    },

    unpinAll() {
      const pinned = [...remembered.values()].filter((node) => node.fx != null || node.fy != null);
      // Nothing pinned: a reheat would only jostle a graph at rest.
      if (pinned.length === 0) return;
      for (const node of pinned) {
        node.fx = null;
        node.fy = null;
      }
      runLayout(REHEAT_ALPHA);
      draw();
    },

    relayout() {
      if (!scene) return;
      // With nothing remembered, redraw lays the scene out as a new graph: same seed, same result.
      remembered = new Map();
      redraw(scene);
    },

    // Keeps the last scene and the handlers, so mount() after destroy() (React's strict-mode
    // double effects) draws the same graph again.
    destroy,
  };
}
