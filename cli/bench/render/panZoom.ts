import type { Page } from '@playwright/test';

// Pans and zooms a drawn graph the way a person does, by the mouse: drags on empty background (a drag that
// starts on an actor would move the actor and wake the layout) in small circles, and wheel notches in and out,
// for a fixed time. Each input waits for the page to take it, so a busy page gets fewer of them, as a person's
// hand would.

/**
 * A point on the drawing's empty background: the first of a few spots near its corners and edges, then of a grid
 * over it, where the topmost element is the drawing itself (the element with data-layout, or inside it but not an
 * actor). With `anyPoint` (a drawing whose actors cannot be dragged) the first spot, whatever is under it.
 */
async function backgroundPoint(page: Page, anyPoint: boolean): Promise<{ x: number; y: number } | null> {
  return (await page.evaluate(`(() => {
    const anyPoint = ${anyPoint};
    const drawing = document.querySelector('[data-layout]');
    if (!drawing) return null;
    const box = drawing.getBoundingClientRect();
    const spots = [[0.06, 0.1], [0.94, 0.1], [0.06, 0.9], [0.94, 0.9], [0.5, 0.1], [0.5, 0.9], [0.06, 0.5], [0.94, 0.5]];
    if (anyPoint) return { x: box.left + spots[0][0] * box.width, y: box.top + spots[0][1] * box.height };
    for (let i = 1; i < 16; i++) for (let j = 1; j < 10; j++) spots.push([i / 16, j / 10]);
    for (const [fx, fy] of spots) {
      const x = box.left + fx * box.width;
      const y = box.top + fy * box.height;
      const top = document.elementFromPoint(x, y);
      if (top && (top === drawing || drawing.contains(top) || top.contains(drawing)) && !top.closest('[data-actor-id]')) return { x, y };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
}

/**
 * Drags in 80 px circles and turns the wheel one notch in and out, over and over, for `durationMs`. `draggableActors`:
 * whether a drag that starts on an actor moves it (the app) rather than the view (the reference).
 */
export async function panAndZoom(page: Page, durationMs: number, draggableActors: boolean): Promise<void> {
  const start = await backgroundPoint(page, !draggableActors);
  if (!start) throw new Error('render bench: no empty background to drag on');
  const radius = 40;
  const steps = 16;
  const until = Date.now() + durationMs;
  while (Date.now() < until) {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= steps; step++) {
      const angle = (2 * Math.PI * step) / steps;
      await page.mouse.move(start.x + radius * Math.sin(angle), start.y + radius * (1 - Math.cos(angle)));
    }
    await page.mouse.up();
    await page.mouse.wheel(0, -100);
    await page.mouse.wheel(0, 100);
  }
}
