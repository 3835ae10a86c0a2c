import type { Box } from './event-labels.js';

/** A related event's arc: a quadratic curve from (x1, y1) to (x2, y2) through the control point (cx, cy). */
export interface Arc {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly cx: number;
  readonly cy: number;
}

/** An arc from one mark's top to another's, bowing upwards but never above `top`. */
export function computeArc(x1: number, y1: number, x2: number, y2: number, top: number): Arc {
  const lift = Math.min(60, Math.abs(x2 - x1) / 3 + 12);
  return { x1, y1, x2, y2, cx: (x1 + x2) / 2, cy: Math.max(top, Math.min(y1, y2) - lift) };
}

/** The arc as SVG path data. */
export function computeArcPath({ x1, y1, x2, y2, cx, cy }: Arc): string {
  return `M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}`;
}

/**
 * Boxes along the arc, each around a chord a few pixels long and padded for
 * the stroke, that together hold the drawn curve: what on-chart labels keep clear of.
 */
export function computeArcBoxes({ x1, y1, x2, y2, cx, cy }: Arc): Box[] {
  const steps = Math.min(64, Math.ceil(Math.abs(x2 - x1) / 6) + 4);
  const boxes: Box[] = [];
  let x = x1;
  let y = y1;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const nx = u * u * x1 + 2 * u * t * cx + t * t * x2;
    const ny = u * u * y1 + 2 * u * t * cy + t * t * y2;
    boxes.push({ x0: Math.min(x, nx) - 1, y0: Math.min(y, ny) - 1, x1: Math.max(x, nx) + 1, y1: Math.max(y, ny) + 1 });
    x = nx;
    y = ny;
  }
  return boxes;
}
