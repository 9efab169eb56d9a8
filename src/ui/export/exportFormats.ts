import type { GraphDocument } from '../../extract/types.ts';

// What the Export menu offers, and the pure arithmetic and wording behind it: the picture's size at
// print density, the graph as the JSON file the app reads back, the item a typed letter moves to, and a
// failure said in words a user can act on.

export type ExportFormat = 'svg' | 'png' | 'json' | 'csv' | 'graphml';

export interface ExportChoice {
  format: ExportFormat;
  /** The menu item's name. */
  label: string;
  /** A line under it: what the file is good for. */
  detail: string;
  mimeType: string;
  /** The saved file's extension: the tables come as one zip. */
  extension: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: 'svg', label: 'SVG image', detail: 'The view as drawn, sharp at any size', mimeType: 'image/svg+xml', extension: 'svg' },
  { format: 'png', label: 'PNG image', detail: 'The view as a picture, for slides', mimeType: 'image/png', extension: 'png' },
  {
    format: 'json',
    label: 'Graph data (JSON)',
    detail: 'Every actor and relation, actorgraph/1',
    mimeType: 'application/json',
    extension: 'json',
  },
  {
    format: 'csv',
    label: 'Tables (CSV, zip)',
    detail: 'actors.csv and relations.csv, for spreadsheets',
    mimeType: 'application/zip',
    extension: 'zip',
  },
  {
    format: 'graphml',
    label: 'GraphML (Gephi, Cytoscape, yEd)',
    detail: 'Every actor and relation, for network tools',
    mimeType: 'application/graphml+xml',
    extension: 'graphml',
  },
];

/**
 * The item a typed letter moves to: the next one after `current` whose label starts with it, round the end,
 * so that "g" steps between "Graph data (JSON)" and "GraphML"; null when no label starts with it.
 */
export function itemByFirstLetter(labels: readonly string[], current: number, key: string): number | null {
  if (key.length !== 1) return null;
  const letter = key.toLowerCase();
  for (let step = 1; step <= labels.length; step += 1) {
    const index = (current + step + labels.length) % labels.length;
    if (labels[index]?.[0]?.toLowerCase() === letter) return index;
  }
  return null;
}

/** The graph document as the app read it, in the format it imports: `actorgraph/1`, indented for reading. */
export function graphJson(graph: GraphDocument): string {
  return JSON.stringify(graph, null, 2);
}

export interface PixelSize {
  width: number;
  height: number;
}

/** The width and height written on an exported SVG's root element, or null when it has none. */
export function svgSize(svgText: string): PixelSize | null {
  const root = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const number = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? Number.NaN);
  const width = number('width');
  const height = number('height');
  return width > 0 && height > 0 ? { width, height } : null;
}

/** No side of the picture beyond this many pixels: browsers refuse (or crash on) larger canvases. */
export const MAX_RASTER_SIDE = 8192;

/**
 * How many picture pixels per pixel of the view: twice the screen's own density, so the PNG stays sharp
 * on a slide or in print, but no more than keeps both sides within MAX_RASTER_SIDE.
 */
export function rasterScale(view: PixelSize, devicePixelRatio: number): number {
  const wanted = 2 * (devicePixelRatio > 0 ? devicePixelRatio : 1);
  return Math.min(wanted, MAX_RASTER_SIDE / view.width, MAX_RASTER_SIDE / view.height);
}

/** What to tell the user when an export fails, from the error the browser gave. */
export function exportFailure(format: ExportFormat, error: unknown): string {
  const what = EXPORT_CHOICES.find((choice) => choice.format === format)?.label ?? format;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'SecurityError') {
    return `Could not make the ${what}: the browser would not let the app read back the drawing (a tainted canvas). The SVG image still works.`;
  }
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return `Could not make the ${what}: ${message || 'the browser gave no reason'}.`;
}
