import { expect } from '@open-wc/testing';
import { computeArc, computeArcBoxes, computeArcPath, type Arc } from '../../src/layout/arcs.js';

/** The point of the quadratic curve at t, as SVG draws it. */
function pointAt({ x1, y1, x2, y2, cx, cy }: Arc, t: number): [number, number] {
  const u = 1 - t;
  return [u * u * x1 + 2 * u * t * cx + t * t * x2, u * u * y1 + 2 * u * t * cy + t * t * y2];
}

describe('related-event arcs', () => {
  const cases: [string, Arc, string][] = [
    ['a short arc lifts a third of its width and 12 px', computeArc(100, 50, 130, 50, 2), 'M100 50Q115 28 130 50'],
    ['a long one at most 60 px', computeArc(100, 80, 700, 120, 2), 'M100 80Q400 20 700 120'],
    ['never above the top', computeArc(100, 30, 400, 30, 2), 'M100 30Q250 2 400 30'],
    ['from right to left', computeArc(400, 30, 100, 76, 2), 'M400 30Q250 2 100 76'],
  ];
  for (const [name, arc, path] of cases) {
    it(`${name}: its path, and boxes along it that hold every point of the curve`, () => {
      expect(computeArcPath(arc)).to.equal(path);
      const boxes = computeArcBoxes(arc);
      for (let i = 0; i <= 1000; i++) {
        const [x, y] = pointAt(arc, i / 1000);
        expect(
          boxes.some((box) => box.x0 < x && x < box.x1 && box.y0 < y && y < box.y1),
          `t = ${i / 1000}`,
        ).to.equal(true);
      }
      // Small boxes, so that a label beside the curve but clear of it keeps its place.
      for (const box of boxes) expect(Math.max(box.x1 - box.x0, box.y1 - box.y0)).to.be.below(16);
    });
  }
});
