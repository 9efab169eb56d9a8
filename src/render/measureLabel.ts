import { estimatedLabelWidth } from './labelForce.ts';

// Label widths as the browser will draw them, for deciding which labels fit (labelCulling.ts). The
// layout keeps using the font-independent estimate, so positions stay the same on every machine; but
// "no two labels overlap" must hold for the real text, and "Abdullah bin Zayed" in a wide system
// font is well over the estimate. A canvas measures text whether or not the label is displayed.

/** The label's halo (stroke 3.5px, half of it outside each end) and a hair of air. */
const HALO_ROOM = 4.5;

/**
 * A function giving a label's width in graph units at label scale 1, drawn in `element`'s font at
 * 12px weight 500 (the labels' style in svgRenderer.css); the estimate where no canvas can measure.
 */
export function createLabelMeasurer(element: Element): (label: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimatedLabelWidth;
  context.font = `500 12px ${getComputedStyle(element).fontFamily}`;
  const widths = new Map<string, number>();
  return (label) => {
    let width = widths.get(label);
    if (width === undefined) {
      width = context.measureText(label).width + HALO_ROOM;
      widths.set(label, width);
    }
    return width;
  };
}
