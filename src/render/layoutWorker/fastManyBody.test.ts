import { forceManyBody, type Force } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../layout.ts';
import { forceFastManyBody } from './fastManyBody.ts';

type Body = { index: number; x: number; y: number; vx: number; vy: number };

function scattered(count: number): Body[] {
  const random = seededRandom(3);
  const bodies = Array.from({ length: count }, (_, index) => ({ index, x: 2000 * random(), y: 1500 * random(), vx: 0, vy: 0 }));
  // Two on one spot and a tight cluster: the cases a quadtree has to link or split deep.
  bodies.push({ index: count, x: bodies[0]!.x, y: bodies[0]!.y, vx: 0, vy: 0 });
  for (let k = 1; k <= 5; k++) bodies.push({ index: count + k, x: 700 + k * 1e-7, y: 300, vx: 0, vy: 0 });
  return bodies;
}

/** Velocities after one application of `force` at alpha 0.5 on a copy of `bodies`. */
function pushed(bodies: Body[], force: Force<Body, undefined>): Body[] {
  const copy = bodies.map((body) => ({ ...body }));
  force.initialize?.(copy, seededRandom(9));
  force(0.5);
  return copy;
}

describe('forceFastManyBody', () => {
  it("gives d3's forceManyBody's exact pairwise forces when the approximation is off (theta 0)", () => {
    const bodies = scattered(300);
    const ours = pushed(bodies, forceFastManyBody<Body>(-300, 450, 0));
    const theirs = pushed(bodies, forceManyBody<Body>().strength(-300).distanceMax(450).theta(0));
    ours.forEach((body, i) => {
      expect(body.vx).toBeCloseTo(theirs[i]!.vx, 6);
      expect(body.vy).toBeCloseTo(theirs[i]!.vy, 6);
    });
  });

  it("is as close to the exact forces as d3's Barnes–Hut at the layout's thetas", () => {
    const bodies = scattered(3000);
    for (const theta of [0.9, 1.2, 1.5]) {
      const ours = pushed(bodies, forceFastManyBody<Body>(-300, 450, theta));
      const exact = pushed(bodies, forceManyBody<Body>().strength(-300).distanceMax(450).theta(0));
      const theirs = pushed(bodies, forceManyBody<Body>().strength(-300).distanceMax(450).theta(theta));
      const error = (result: Body[]) =>
        result.reduce((sum, body, i) => sum + Math.hypot(body.vx - exact[i]!.vx, body.vy - exact[i]!.vy), 0) /
        exact.reduce((sum, body) => sum + Math.hypot(body.vx, body.vy), 0);
      expect(error(ours)).toBeLessThan(1.05 * error(theirs));
    }
  });
});
