import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { drawnGraphOf } from './drawnGraph.ts';
import { escapeXml, sceneSvg } from './sceneSvg.ts';

const colours = { ink: 'rgb(17, 24, 39)', halo: 'rgb(255, 255, 255)', dotRim: 'rgba(17, 24, 39, 0.55)', focus: 'blue', fontFamily: 'system-ui, "Segoe UI"' };

describe('sceneSvg', () => {
  const graph = drawnGraphOf({
    nodes: [
      { id: 'hamas', label: 'Hamas', type: 'armed-group', mentions: 2, size: 1, group: null },
      { id: 'idf', label: 'Israel Defense Forces & <Co>', type: 'organization', mentions: 1, size: 0.2, group: null },
    ],
    links: [
      {
        id: 'hamas|idf',
        source: 'hamas',
        target: 'idf',
        relations: [{ id: 'r1', source: 'idf', target: 'hamas', type: 'attack', polarity: 'conflictual', directed: true, attributedTo: null, claimant: null, hedged: false }],
      },
    ],
  });
  const positions = new Float32Array([0, 0, 200, 0]);
  const placements = new Map([['idf', 'below' as const]]);
  const candidates = [{ id: 'idf', x: 200, y: 0, radius: graph.nodes[1]!.radius, width: 100, preferAbove: false, size: 0.2, mentions: 1 }];
  const svg = sceneSvg(graph, positions, { width: 800, height: 600, transform: { k: 2, x: 100, y: 300 }, labelScale: 0.5, labels: { candidates, placements } }, colours, colours.halo);
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('is a well-formed SVG of the view, sized as on screen, on the theme background', () => {
    const root = document.documentElement!;
    expect(root.getAttribute('width')).toBe('800');
    expect(root.getAttribute('viewBox')).toBe('0 0 800 600');
    expect(document.getElementsByTagName('rect')[0]!.getAttribute('fill')).toBe('rgb(255, 255, 255)');
    expect(document.getElementsByTagName('g')[0]!.getAttribute('transform')).toBe('translate(100,300) scale(2)');
  });

  it('draws every actor and link in its colours, with the arrowhead of a directed relation', () => {
    expect(document.getElementsByTagName('circle')).toHaveLength(2);
    const line = document.getElementsByTagName('line')[0]!;
    expect(line.getAttribute('stroke')).toBe('#D55E00');
    expect(line.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(document.getElementsByTagName('polygon')).toHaveLength(1);
  });

  it('writes the shown labels as text, escaped, where the screen shows them', () => {
    const labels = [...Array.from(document.getElementsByTagName('text'))].filter((text) => text.getAttribute('dy') === '0.95em');
    expect(labels.map((text) => text.textContent)).toEqual(['Israel Defense Forces & <Co>']);
    expect(labels[0]!.getAttribute('x')).toBe('500');
    expect(escapeXml('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });
});
