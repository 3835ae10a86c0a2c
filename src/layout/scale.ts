import type { TimelineEvent } from '../data/model.js';
import { computeUtcTicks } from './ticks.js';

/** A day in calendar milliseconds: dates are UTC milliseconds of calendar fields, so every day has this length. */
export const DAY = 86_400_000;

/**
 * A linear UTC time scale: calendar positions are UTC milliseconds of calendar
 * fields, and ticks fall on UTC years, months and days (d3's choice,
 * see ticks.ts). It has the shape d3-zoom's `transform.rescaleX` expects
 * (`domain`, `range`, `invert`, `copy`), without d3-scale's interpolators and
 * number formats, which would triple the weight of the axis for features the
 * timeline does not use.
 */
export interface TimeScale {
  (value: number | Date): number;
  domain(): [Date, Date];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  invert(pixel: number): Date;
  copy(): TimeScale;
  ticks(count: number): Date[];
}

/** Narrower than this and a lone event sits in an empty, over-zoomed axis. */
const MIN_WIDTH = 28 * DAY;
const MARGIN = 0.04;

/**
 * The calendar span to show: from the earliest start to the latest end, where
 * an imprecise date covers its whole month or year, padded so marks do not sit
 * on the edge. Anything shorter than four weeks (a single day, a single
 * instant, nothing at all) gets a four-week window around its middle.
 */
export function computeTimeExtent(events: readonly TimelineEvent[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const { date, end } of events) {
    const stop = end ? end.stop : date.stop;
    if (date.start < min) min = date.start;
    if (stop > max) max = stop;
  }
  if (!(min <= max)) {
    // No events: an arbitrary but stable window, so the axis still draws.
    min = 0;
    max = 0;
  }
  const pad = (max - min) * MARGIN;
  let lo = min - pad;
  let hi = max + pad;
  if (hi - lo < MIN_WIDTH) {
    const mid = (min + max) / 2;
    lo = mid - MIN_WIDTH / 2;
    hi = mid + MIN_WIDTH / 2;
  }
  return [lo, hi];
}

export function createTimeScale(extent: readonly (number | Date)[], range: readonly number[]): TimeScale {
  let d0 = +extent[0]!;
  let d1 = +extent[1]!;
  let r0 = range[0]!;
  let r1 = range[1]!;
  const scale = (value: number | Date) => r0 + ((+value - d0) / (d1 - d0 || 1)) * (r1 - r0);
  function domain(): [Date, Date];
  function domain(next: readonly (number | Date)[]): TimeScale;
  function domain(next?: readonly (number | Date)[]): [Date, Date] | TimeScale {
    if (!next) return [new Date(d0), new Date(d1)];
    d0 = +next[0]!;
    d1 = +next[1]!;
    return self;
  }
  function rangeOf(): [number, number];
  function rangeOf(next: readonly number[]): TimeScale;
  function rangeOf(next?: readonly number[]): [number, number] | TimeScale {
    if (!next) return [r0, r1];
    r0 = next[0]!;
    r1 = next[1]!;
    return self;
  }
  const self: TimeScale = Object.assign(scale, {
    domain,
    range: rangeOf,
    invert: (pixel: number) => new Date(d0 + ((pixel - r0) / (r1 - r0 || 1)) * (d1 - d0)),
    copy: () => createTimeScale([d0, d1], [r0, r1]),
    ticks: (count: number) => computeUtcTicks(Math.min(d0, d1), Math.max(d0, d1), count),
  });
  return self;
}
