// The plain reference renderer the render bench compares ours with (issue 7): d3-force on the main thread and one
// SVG element per node, link and label, moved by attributes on every tick, d3-zoom for panning and zooming. It is
// what a first d3 force graph looks like, deliberately without our work: no culling, no worker, no Canvas.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import type { ReferenceGraph } from './referenceGraph.ts';

interface DrawnNode extends SimulationNodeDatum {
  id: string;
  label: string;
}

type DrawnLink = SimulationLinkDatum<DrawnNode>;

declare global {
  interface Window {
    /** Draws the graph and starts its layout; the bench calls it once per page. */
    drawReferenceGraph: (graph: ReferenceGraph) => void;
  }
}

window.drawReferenceGraph = (graph) => {
  const svg = select<SVGSVGElement, unknown>('#graph');
  const { width, height } = (svg.node() as SVGSVGElement).getBoundingClientRect();
  svg.attr('viewBox', `${-width / 2} ${-height / 2} ${width} ${height}`);
  const viewport = svg.append('g');
  svg.call(
    zoom<SVGSVGElement, unknown>().on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.attr('transform', event.transform.toString());
    }),
  );
  const nodes: DrawnNode[] = graph.nodes.map((node) => ({ ...node }));
  const links: DrawnLink[] = graph.links.map((link) => ({ ...link }));
  const line = viewport.append('g').selectAll('line').data(links).join('line');
  const node = viewport
    .append('g')
    .selectAll('g')
    .data(nodes)
    .join('g')
    .attr('data-actor-id', (d) => d.id);
  node.append('circle').attr('r', 5);
  node
    .append('text')
    .attr('x', 7)
    .attr('dy', '0.35em')
    .text((d) => d.label);
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<DrawnNode, DrawnLink>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody())
    .force('center', forceCenter())
    .on('tick', () => {
      line
        .attr('x1', (d) => (d.source as DrawnNode).x ?? 0)
        .attr('y1', (d) => (d.source as DrawnNode).y ?? 0)
        .attr('x2', (d) => (d.target as DrawnNode).x ?? 0)
        .attr('y2', (d) => (d.target as DrawnNode).y ?? 0);
      node.attr('transform', (d) => `translate(${d.x ?? 0},${d.y ?? 0})`);
    })
    // The same signal our renderer gives, so the bench waits for rest the same way on both.
    .on('end', () => svg.attr('data-layout', 'settled'));
  svg.attr('data-layout', 'running');
};
