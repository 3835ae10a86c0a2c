import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../data/model.js';

/** Calendar positions are UTC milliseconds of calendar fields, so the axis is a UTC time scale. */
export type TimeScale = ScaleTime<number, number>;

/** Narrower than this and a lone event sits in an empty, over-zoomed axis. */
const MIN_WIDTH = 28 * 86_400_000;
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

export function createTimeScale(extent: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleUtc<number, number>()
    .domain([new Date(extent[0]), new Date(extent[1])])
    .range([range[0], range[1]]);
}
