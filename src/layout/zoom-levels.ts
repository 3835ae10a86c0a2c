import type { TimeScale } from './scale.js';
import type { BinLevel, ClusterLayout, Entry, LaneLayout, PreparedTimeline, WindowOptions, ZoomLevels } from './timeline-types.js';

/**
 * Clustering at one zoom level: the timeline's entries cut into bins of a
 * width in time, crowded bins merged, and the clusters they make. Levels are
 * kept in the caller's `ZoomLevels` cache, so panning and the next zoom steps
 * reuse them.
 */

/** Important events in one bin that keep marks of their own; a bin with more is clustered whole. */
const IMPORTANT_PER_BIN = 2;

/** Least space between two cluster badges, in pixels. */
const BADGE_GAP = 6;

/** A cluster badge's width for a count label of `length` characters: what the chart draws and the layout keeps apart. */
export function computeBadgeWidth(length: number): number {
  return Math.max(20, length * 7 + 10);
}

/** Levels kept per prepared timeline: a zoom gesture moves through a few; older ones are dropped. */
const LEVELS_KEPT = 4;

/** An empty cache of zoom levels, to live as long as the prepared timeline it is used with. */
export function createZoomLevels(): ZoomLevels {
  return { levels: [] };
}

/** The bins of level `level` (bins 2^(level / 2) ms wide), cut once and kept for the next frames. */
export function binLevel(prepared: PreparedTimeline, level: number, options: WindowOptions): BinLevel {
  const { binWidth, maxPerBin, clusterWidth } = options;
  const cache = options.zoomLevels ?? createZoomLevels();
  if (cache.prepared !== prepared) {
    cache.prepared = prepared;
    cache.levels = [];
  }
  const kept = cache.levels;
  const index = kept.findIndex(
    (entry) => entry.level === level && entry.binWidth === binWidth && entry.maxPerBin === maxPerBin && entry.clusterWidth === clusterWidth,
  );
  if (index >= 0) {
    // Most recently used first, so the level in view is never the one dropped.
    const [found] = kept.splice(index, 1);
    kept.unshift(found!);
    return found!;
  }
  const { entries } = prepared;
  const width = Math.pow(2, level / 2);
  const origin = entries[0]!.t;
  let starts: number[] = [];
  let bins: number[] = [];
  for (let i = 0; i < entries.length;) {
    const bin = Math.floor((entries[i]!.t - origin) / width);
    let end = i;
    let important = 0;
    for (; end < entries.length && Math.floor((entries[end]!.t - origin) / width) === bin; end++)
      if (isImportant(entries[end]!)) important++;
    starts.push(i);
    bins.push(bin);
    // An important event is a run of its own, and the events after it start another: clusters
    // form on either side of it and never swallow it. More of them in one bin could not stand
    // apart anyway (and would keep a timeline where a third of the events are important from
    // clustering at all): such a bin is cut as any other.
    if (important && important <= IMPORTANT_PER_BIN) {
      for (let k = i + 1; k < end; k++) {
        if (isImportant(entries[k]!) || isImportant(entries[k - 1]!)) {
          starts.push(k);
          bins.push(bin);
        }
      }
    }
    i = end;
  }
  if (clusterWidth) [starts, bins] = mergeCrowdedRuns(entries, starts, bins, binWidth / width, maxPerBin, clusterWidth);
  const made: BinLevel = {
    level,
    binWidth,
    maxPerBin,
    clusterWidth,
    runStart: Int32Array.from(starts),
    runBin: Float64Array.from(bins),
    clusters: new Map(),
  };
  kept.unshift(made);
  kept.length = Math.min(kept.length, LEVELS_KEPT);
  return made;
}

/**
 * Merges each run that would be a cluster with the cluster before it when
 * their badges would come closer than `BADGE_GAP` at the level's widest view,
 * where a bin is `binWidth` pixels (`pixelsPerTime` is that view's scale):
 * bins are narrower than a badge with a long count, so two clusters a bin
 * apart, or with a few marks between them, could sit a few pixels apart. The
 * marks between join the merged cluster, which is drawn at the mean time of
 * its events. Decided once per level over the whole timeline, so panning
 * never regroups clusters.
 */
function mergeCrowdedRuns(
  entries: readonly Entry[],
  starts: readonly number[],
  bins: readonly number[],
  pixelsPerTime: number,
  maxPerBin: number,
  clusterWidth: (count: number) => number,
): [number[], number[]] {
  const mergedStarts: number[] = [];
  const mergedBins: number[] = [];
  const origin = entries[0]!.t;
  // The last cluster kept so far: its index in the merged runs, its event count and summed time (from `origin`).
  let last = -1;
  let lastCount = 0;
  let lastSum = 0;
  // Events and summed time of the runs kept after that cluster (marks, none of them a cluster).
  let betweenCount = 0;
  let betweenSum = 0;
  for (let run = 0; run < starts.length; run++) {
    const start = starts[run]!;
    const end = run + 1 < starts.length ? starts[run + 1]! : entries.length;
    let sum = 0;
    for (let i = start; i < end; i++) sum += entries[i]!.t - origin;
    const count = end - start;
    if (count === 1 && isImportant(entries[start]!)) {
      // Nothing merges across an important event: a cluster would swallow it.
      mergedStarts.push(start);
      mergedBins.push(bins[run]!);
      last = -1;
      betweenCount = betweenSum = 0;
      continue;
    }
    if (count <= maxPerBin) {
      mergedStarts.push(start);
      mergedBins.push(bins[run]!);
      betweenCount += count;
      betweenSum += sum;
      continue;
    }
    if (last >= 0) {
      const distance = (sum / count - lastSum / lastCount) * pixelsPerTime;
      if (distance < (clusterWidth(lastCount) + clusterWidth(count)) / 2 + BADGE_GAP) {
        mergedStarts.length = mergedBins.length = last + 1;
        lastCount += betweenCount + count;
        lastSum += betweenSum + sum;
        betweenCount = betweenSum = 0;
        continue;
      }
    }
    last = mergedStarts.length;
    mergedStarts.push(start);
    mergedBins.push(bins[run]!);
    lastCount = count;
    lastSum = sum;
    betweenCount = betweenSum = 0;
  }
  return [mergedStarts, mergedBins];
}

/** Index of the first value greater than `value` in an ascending array. */
export function upperBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Importance 3: the event keeps a mark of its own at every zoom. */
function isImportant(entry: Entry): boolean {
  return entry.event.importance === 3;
}

/**
 * A run's bin number, and after an important event that split its bin, the
 * number of the part: unique within the level and stable while panning.
 */
function clusterKey(level: BinLevel, run: number): string {
  const bin = level.runBin[run]!;
  let part = 0;
  while (run - part > 0 && level.runBin[run - part - 1] === bin) part++;
  return part ? `${level.level}:${bin}.${part}` : `${level.level}:${bin}`;
}

export function clusterOf(prepared: PreparedTimeline, level: BinLevel, run: number, from: number, to: number) {
  let cluster = level.clusters.get(run);
  if (!cluster)
    level.clusters.set(run, (cluster = summariseCluster(prepared.entries.slice(from, to), prepared.lanes, clusterKey(level, run))));
  return cluster;
}

/** A cluster of entries (in time order): its lanes, calendar range and mean time. */
export function summariseCluster(
  entries: readonly Entry[],
  lanes: readonly LaneLayout[],
  key: string,
): Omit<ClusterLayout, 'cx'> & { readonly t: number } {
  const used = new Uint8Array(lanes.length);
  // Summed from the first event's time: sums of epoch milliseconds would lose precision.
  const base = entries[0]!.t;
  let sum = 0;
  let start = Infinity;
  let stop = -Infinity;
  for (const entry of entries) {
    for (const lane of entry.laneIndices) used[lane] = 1;
    sum += entry.t - base;
    const { date, end } = entry.event;
    if (date.start < start) start = date.start;
    const last = end ? end.stop : date.stop;
    if (last > stop) stop = last;
  }
  const ys: number[] = [];
  for (let i = 0; i < lanes.length; i++) if (used[i]) ys.push(lanes[i]!.y);
  return {
    key,
    eventIds: entries.map((entry) => entry.event.id),
    // The mean time: on a linear scale its position is the mean of the events' positions.
    t: base + sum / entries.length,
    ys,
    yMin: ys[0]!,
    yMax: ys[ys.length - 1]!,
    start,
    stop,
  };
}

export function placeCluster({ t, ...cluster }: Omit<ClusterLayout, 'cx'> & { readonly t: number }, scale: TimeScale): ClusterLayout {
  return { ...cluster, cx: scale(t) };
}
