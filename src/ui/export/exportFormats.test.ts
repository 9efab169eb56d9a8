import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../extract/types.ts';
import { EXPORT_CHOICES, exportFailure, graphJson, itemByFirstLetter, MAX_RASTER_SIDE, rasterScale, svgSize } from './exportFormats.ts';

const TEXT = 'Kerry had previously warned the Kremlin over its alleged military build-up on behalf of Assad.';
const GRAPH: GraphDocument = {
  format: 'actorgraph/1',
  documents: [{ id: 'd1', title: 'United States and Russian militaries launch talks on Syria', text: TEXT }],
  actors: [
    { id: 'kerry', label: 'Kerry', type: 'person', aliases: [], mentions: [{ doc: 'd1', start: 0, end: 5 }] },
    { id: 'russia', label: 'Russia', type: 'country', aliases: ['Kremlin'], mentions: [{ doc: 'd1', start: 32, end: 39 }] },
  ],
  relations: [
    {
      id: 'r1',
      source: 'kerry',
      target: 'russia',
      type: 'warn',
      polarity: 'conflictual',
      directed: true,
      attributedTo: null,
      hedged: false,
      evidence: [{ doc: 'd1', start: 0, end: TEXT.length }],
    },
  ],
};

describe('graphJson', () => {
  it('writes the graph as read, indented, and it reads back the same', () => {
    const json = graphJson(GRAPH);
    expect(json).toContain('\n  "format": "actorgraph/1",');
    expect(JSON.parse(json)).toEqual(GRAPH);
  });
});

describe('svgSize', () => {
  it("reads the root element's width and height", () => {
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="694" height="531" viewBox="0 0 694 531"><g width="5"/></svg>';
    expect(svgSize(svg)).toEqual({ width: 694, height: 531 });
  });

  it('is null for a drawing without a size (hidden, or not drawn yet)', () => {
    expect(svgSize('<svg width="0" height="531"></svg>')).toBeNull();
    expect(svgSize('<svg></svg>')).toBeNull();
    expect(svgSize('not an svg')).toBeNull();
  });
});

describe('rasterScale', () => {
  it('draws the picture at twice the screen density', () => {
    expect(rasterScale({ width: 694, height: 531 }, 1)).toBe(2);
    expect(rasterScale({ width: 694, height: 531 }, 2)).toBe(4);
    expect(rasterScale({ width: 694, height: 531 }, 0)).toBe(2);
  });

  it('keeps a very large view within what a canvas can hold', () => {
    const scale = rasterScale({ width: 5000, height: 1000 }, 2);
    expect(5000 * scale).toBeLessThanOrEqual(MAX_RASTER_SIDE);
    expect(scale).toBeCloseTo(MAX_RASTER_SIDE / 5000);
  });
});

describe('exportFailure', () => {
  it('explains a tainted canvas and points to the SVG', () => {
    const tainted = new DOMException("Failed to execute 'toBlob' on 'HTMLCanvasElement': Tainted canvases may not be exported.", 'SecurityError');
    expect(exportFailure('png', tainted)).toBe(
      'Could not make the PNG image: the browser would not let the app read back the drawing (a tainted canvas). The SVG image still works.',
    );
  });

  it("passes on any other error's message", () => {
    expect(exportFailure('svg', new Error('the graph is not drawn yet'))).toBe('Could not make the SVG image: the graph is not drawn yet.');
    expect(exportFailure('json', 'disk full')).toBe('Could not make the Graph data (JSON): disk full.');
  });
});

describe('EXPORT_CHOICES', () => {
  it('saves the tables as one zip and the network as .graphml, one extension per item', () => {
    const extensionOf = Object.fromEntries(EXPORT_CHOICES.map((choice) => [choice.format, choice.extension]));
    expect(extensionOf).toEqual({ svg: 'svg', png: 'png', json: 'json', csv: 'zip', graphml: 'graphml' });
  });
});

describe('itemByFirstLetter', () => {
  const labels = EXPORT_CHOICES.map((choice) => choice.label);

  it('steps round the items that share a first letter, in either case', () => {
    expect(labels[itemByFirstLetter(labels, 0, 'g') ?? -1]).toBe('Graph data (JSON)');
    expect(labels[itemByFirstLetter(labels, 2, 'G') ?? -1]).toBe('GraphML (Gephi, Cytoscape, yEd)');
    expect(labels[itemByFirstLetter(labels, 4, 'g') ?? -1]).toBe('Graph data (JSON)');
  });

  it('moves to the one item a letter names, from anywhere, even with nothing focused', () => {
    expect(labels[itemByFirstLetter(labels, 4, 't') ?? -1]).toBe('Tables (CSV, zip)');
    expect(labels[itemByFirstLetter(labels, -1, 'p') ?? -1]).toBe('PNG image');
  });

  it('is null for a letter no item starts with, and for keys that are not one character', () => {
    expect(itemByFirstLetter(labels, 0, 'x')).toBeNull();
    expect(itemByFirstLetter(labels, 0, 'Enter')).toBeNull();
    expect(itemByFirstLetter([], 0, 's')).toBeNull();
  });
});
