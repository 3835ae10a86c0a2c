import { isSameNavId, type NavId } from './nav-id.js';

/** Anything the keyboard can land on in the chart: an event's mark or a cluster. */
export interface NavigationItem {
  readonly nav: NavId;
  readonly cx: number;
  readonly yMin: number;
  readonly yMax: number;
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The item the keyboard moves to from `current`: left and right step through
 * time (`items` are in drawing order), up and down go to the nearest item in
 * time whose marks sit above or below, Home and End to the first and last.
 * Returns `undefined` for any other key.
 */
export function findNeighbour(marks: readonly NavigationItem[], current: NavId, key: NavigationKey | string): NavId | undefined {
  const index = marks.findIndex((mark) => isSameNavId(mark.nav, current));
  const order = marks.map((mark) => mark.nav);
  switch (key) {
    case 'ArrowLeft':
      return order[Math.max(0, index - 1)];
    case 'ArrowRight':
      return order[Math.min(order.length - 1, index + 1)];
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    case 'ArrowUp':
    case 'ArrowDown': {
      const from = marks[index];
      if (!from) return undefined;
      const up = key === 'ArrowUp';
      let best: NavigationItem | undefined;
      let bestDistance = Infinity;
      for (const mark of marks) {
        const beyond = up ? mark.yMin < from.yMin : mark.yMax > from.yMax;
        if (!beyond || mark === from) continue;
        // Time distance first; a lane further away costs a little, so the next lane wins ties.
        const distance = Math.abs(mark.cx - from.cx) + Math.abs(up ? mark.yMin - from.yMin : mark.yMax - from.yMax) * 0.5;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = mark;
        }
      }
      return best?.nav ?? current;
    }
    default:
      return undefined;
  }
}

/**
 * The index the keyboard moves to inside a toolbar of `count` items (the WAI-ARIA toolbar
 * pattern): the arrow keys step, wrapping at the ends, Left and Right in reading order (so
 * mirrored when `rtl`), Up and Down as previous and next; Home and End go to the first and
 * last. `undefined` for any other key, or an empty toolbar.
 */
export function findToolbarIndex(current: number, count: number, key: string, rtl: boolean): number | undefined {
  if (count === 0) return undefined;
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 }[key];
  if (step !== undefined) return (((current + step) % count) + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
