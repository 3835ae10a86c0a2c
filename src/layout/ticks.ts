/**
 * d3's `utcTicks`, re-implemented because the axis used nothing else of d3's
 * time module, which weighed 1.7 kB gzip in the drop-in file. It must return
 * the very same dates (test/layout/ticks.test.ts compares the two), so every
 * choice below mirrors d3 v7 (its `tickStep` included), quirks and all.
 */

/**
 * d3's tick intervals in milliseconds, in its order: 1, 5, 15, 30
 * seconds and minutes, 1, 3, 6, 12 hours, 1 and 2 days, a week, 1 and 3
 * months counted as 30 days, a year of 365 days. d3 picks among them by these
 * nominal lengths, not by the calendar.
 */
const INTERVALS = [1e3, 5e3, 15e3, 3e4, 6e4, 3e5, 9e5, 18e5, 36e5, 108e5, 216e5, 432e5, 864e5, 1728e5, 6048e5, 2592e6, 7776e6, 31536e6];
const WEEK = 14;
const MONTH = 15;

/**
 * d3's `tickStep` for a positive count: 1, 2 or 5 times a power of ten. The
 * same expressions in the same order, so that floating-point rounding at the
 * thresholds falls the same way. d3 computes steps below 1 differently and
 * retries counts under 2; neither matters here: steps below 1 are raised to
 * one millisecond or never reached for years, and the axis asks for 2 ticks
 * or more. Steps from 1 up are whole numbers, as d3's intervals want them.
 */
function computeTickStep(span: number, count: number): number {
  const step = span / count;
  const power = Math.pow(10, Math.floor(Math.log10(step)));
  const error = step / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}

/**
 * The dates d3's `utcTicks(new Date(start), new Date(stop), count)`
 * returns: about `count` round UTC instants from start to stop inclusive.
 * Every interval is either a fixed number of milliseconds from some origin
 * (seconds to weeks: UTC has no leap seconds or offsets) or a number of
 * calendar months from year 0 (months to millennia), so a tick is the n-th
 * multiple of one of those.
 */
export function computeUtcTicks(start: number, stop: number, count: number): Date[] {
  // d3 is given Dates, which drop the fraction of a millisecond.
  start = +new Date(start);
  stop = +new Date(stop);
  if (stop < start) return computeUtcTicks(stop, start, count).reverse();
  const target = (stop - start) / count;
  const above = INTERVALS.filter((length) => length <= target).length;
  // Between two intervals, the nearer by ratio; ties go to the longer one.
  const index = above && above < 18 && target / INTERVALS[above - 1]! < INTERVALS[above]! / target ? above - 1 : above;
  // Past a year per tick, a round number of years, reckoned in 365-day years.
  const months = above > 17 ? 12 * computeTickStep(stop / 31536e6 - start / 31536e6, count) : ([1, 3, 12][index - MONTH] ?? 0);
  // Below a second, a round number of milliseconds, never less than one.
  const every = above ? INTERVALS[index]! : Math.max(computeTickStep(stop - start, count), 1);
  // d3's weeks start on Sunday; the epoch, 1 January 1970, was a Thursday.
  const origin = index === WEEK ? 3 * 864e5 : 0;
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 and overflows months into years.
  const at = (n: number) => (months ? new Date(0).setUTCFullYear(0, n * months) : n * every + origin);
  // d3 starts from the tick after the one at or before start - 1 ms: start itself if it is one.
  const before = new Date(start - 1);
  const last = months ? (before.getUTCFullYear() * 12 + before.getUTCMonth()) / months : (start - 1 - origin) / every;
  let n = Math.floor(last) + 1;
  const ticks: Date[] = [];
  for (let tick; (tick = at(n++)) <= stop;) ticks.push(new Date(tick));
  return ticks;
}
