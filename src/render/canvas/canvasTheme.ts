import type { CanvasColours } from './paintGraph.ts';

// The Canvas renderer's colours come from the same CSS custom properties as the SVG renderer's
// (svgRenderer.css: light-dark() on .ag-graph), so the themes stay in one place. A canvas cannot use
// var(), so a hidden probe inside the drawing resolves each property to a colour for the current theme.

const PROPERTIES = { ink: '--ag-ink', halo: '--ag-halo', dotRim: '--ag-dot-rim', focus: '--ag-focus' } as const;

export function readCanvasColours(root: HTMLElement): CanvasColours {
  let probe = root.querySelector<HTMLElement>(':scope > .ag-canvas-colour-probe');
  if (!probe) {
    probe = document.createElement('span');
    probe.className = 'ag-canvas-colour-probe';
    probe.setAttribute('aria-hidden', 'true');
    root.append(probe);
  }
  const resolve = (property: string) => {
    probe.style.color = `var(${property})`;
    return getComputedStyle(probe).color;
  };
  return {
    ink: resolve(PROPERTIES.ink),
    halo: resolve(PROPERTIES.halo),
    dotRim: resolve(PROPERTIES.dotRim),
    focus: resolve(PROPERTIES.focus),
    fontFamily: getComputedStyle(root).fontFamily,
  };
}
