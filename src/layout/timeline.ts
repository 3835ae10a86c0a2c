import type { Arity, Importance, TimelineEvent, TimelineModel } from '../data/model.js';
import type { TimeScale } from './scale.js';
import { spreadMarks } from './spread.js';

export interface LayoutOptions {
  /** Distance between neighbouring lane centres. */
  laneHeight: number;
  /** y of the first lane centre. */
  top: number;
  /** Least horizontal distance between two marks that share a lane. */
  markGap: number;
}

export interface LaneLayout {
  partyId: string;
  y: number;
  index: number;
}

export interface MarkLayout {
  eventId: string;
  /** x of the event's date on the scale (start of a span, centre of an imprecise period for points). */
  x: number;
  /** x where the mark is drawn after nudging apart same-day marks that share lanes. */
  cx: number;
  /** y of each participating lane, in the event's party order. */
  ys: number[];
  yMin: number;
  yMax: number;
  /** x of the end for spans. */
  xEnd?: number;
  /** [x0, x1] of the stated period when a point's date is imprecise (month/year), for a faint band. */
  band?: [number, number];
  arity: Arity;
  importance: Importance;
}

export interface TimelineLayout {
  lanes: LaneLayout[];
  /** In the order of `x`, then of the model's events. */
  marks: MarkLayout[];
  /** Bottom of the last lane + laneHeight / 2. */
  height: number;
}

interface Placed {
  mark: MarkLayout;
  entry: Entry;
  lo: number;
  hi: number;
}

/** Events too close to tell apart at the current zoom, drawn as one mark with a count. */
export interface ClusterLayout {
  /** Stable while the zoom level stays the same: the bin it fell in. */
  key: string;
  eventIds: string[];
  /** Mean x of its events. */
  cx: number;
  /** y of every lane any of its events takes part in, top to bottom. */
  ys: number[];
  yMin: number;
  yMax: number;
  /** Calendar range its events cover (UTC ms of calendar fields). */
  start: number;
  stop: number;
}

export interface WindowLayout {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  /** Events drawn, alone or in clusters. */
  drawn: number;
}

export interface WindowOptions {
  /** Least horizontal distance between two marks that share a lane. */
  markGap: number;
  /**
   * How far, in pixels, a mark may be moved off its date to keep `markGap`
   * (default 6). Marks that would have to move further become a cluster
   * instead; an important event (importance 3) always keeps its mark.
   */
  maxNudge?: number;
  /** Pixel extent that is visible; events outside it (and a little margin) are not laid out. */
  visible: readonly [number, number];
  /**
   * Width in pixels of the bins that decide clustering; events in one bin
   * beyond `maxPerBin` become a cluster. `0` turns clustering off.
   */
  binWidth: number;
  maxPerBin: number;
  /**
   * Width in pixels of the badge that shows a cluster of `count` events. With
   * it, neighbouring clusters whose badges would touch at some zoom within
   * their level are merged into one; without it, clusters are never merged.
   * Levels are kept by this function: pass the same one while the labels stay.
   */
  clusterWidth?: (count: number) => number;
}

/** Important events in one bin that keep marks of their own; a bin with more is clustered whole. */
const IMPORTANT_PER_BIN = 2;

/** How far a mark may stand off its date by default, in pixels. */
const DEFAULT_MAX_NUDGE = 6;

/** Least space between two cluster badges, in pixels. */
const BADGE_GAP = 6;

/** A cluster badge's width for a count label of `length` characters: what the chart draws and the layout keeps apart. */
export function computeBadgeWidth(length: number): number {
  return Math.max(20, length * 7 + 10);
}

interface LanePlace {
  readonly lo: number;
  readonly hi: number;
  readonly laneIndices: readonly number[];
}

interface Entry {
  readonly event: TimelineEvent;
  /** The time the mark stands at: the start, or the middle of an imprecise period. */
  readonly t: number;
  readonly lo: number;
  readonly hi: number;
  readonly laneIndices: readonly number[];
}

/** Everything about the layout that does not change with zoom, computed once per model, lane order and filter. */
export interface PreparedTimeline {
  readonly lanes: LaneLayout[];
  /** Sorted by `t`. */
  readonly entries: readonly Entry[];
  /** Entries with an end, which can reach into the window from before it. */
  readonly spans: readonly Entry[];
  readonly height: number;
}

function anchorTime(event: TimelineEvent): number {
  const { date, end } = event;
  const imprecise = date.precision === 'month' || date.precision === 'year';
  return end || !imprecise ? date.start : (date.start + date.stop) / 2;
}

/**
 * Assigns lanes and sorts the events once, so that zooming only has to look
 * at the events in view. Events with a party missing from `laneOrder`, or
 * rejected by `include`, are left out.
 */
export function prepareTimeline(
  events: readonly TimelineEvent[],
  laneOrder: readonly string[],
  options: Pick<LayoutOptions, 'laneHeight' | 'top'>,
  include: (event: TimelineEvent, index: number) => boolean = () => true,
  /** Each event's party group (see `groupByParties`): events of one group share their lanes, worked out once. */
  groupOf?: ArrayLike<number>,
): PreparedTimeline {
  const { laneHeight, top } = options;
  const laneIndex = new Map<string, number>();
  const lanes: LaneLayout[] = [];
  for (const partyId of laneOrder) {
    if (laneIndex.has(partyId)) continue;
    const index = lanes.length;
    laneIndex.set(partyId, index);
    lanes.push({ partyId, y: top + index * laneHeight, index });
  }
  const entries: Entry[] = [];
  const placeOf = (parties: readonly string[]): LanePlace | null => {
    const laneIndices: number[] = [];
    let lo = Infinity;
    let hi = -Infinity;
    for (const party of parties) {
      const i = laneIndex.get(party);
      if (i === undefined) return null;
      laneIndices.push(i);
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    return laneIndices.length ? { lo, hi, laneIndices } : null;
  };
  const groupPlaces: (LanePlace | null | undefined)[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    if (!include(event, index)) continue;
    let place: LanePlace | null | undefined;
    if (groupOf) {
      const group = groupOf[index]!;
      place = groupPlaces[group];
      if (place === undefined) place = groupPlaces[group] = placeOf(event.parties);
    } else {
      place = placeOf(event.parties);
    }
    if (place) entries.push({ event, t: anchorTime(event), lo: place.lo, hi: place.hi, laneIndices: place.laneIndices });
  }
  // Stable: equal times keep the model's (date-sorted) order.
  entries.sort((a, b) => a.t - b.t);
  const height = lanes.length ? top + (lanes.length - 1) * laneHeight + laneHeight / 2 : 0;
  return { lanes, entries, spans: entries.filter((entry) => entry.event.end), height };
}

/** The time at a pixel as a number, which, unlike a Date, can be infinite. */
function timeAt(scale: TimeScale, pixel: number): number {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  return +d0 + ((pixel - r0) / (r1 - r0 || 1)) * (+d1 - +d0);
}

/** Index of the first entry whose time is not before `t`. */
function lowerBound(entries: readonly Entry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markOf(entry: Entry, lanes: readonly LaneLayout[], scale: TimeScale): MarkLayout {
  const { event } = entry;
  const x = scale(entry.t);
  const mark: MarkLayout = {
    eventId: event.id,
    x,
    cx: x,
    ys: entry.laneIndices.map((i) => lanes[i]!.y),
    yMin: lanes[entry.lo]!.y,
    yMax: lanes[entry.hi]!.y,
    arity: event.arity,
    importance: event.importance,
  };
  const { date, end } = event;
  if (end) mark.xEnd = scale(end.stop);
  else if (date.precision === 'month' || date.precision === 'year') mark.band = [scale(date.start), scale(date.stop)];
  return mark;
}

/**
 * Lays out the events in view at one zoom level: a binary search finds them,
 * bins of a fixed width in time (anchored at the first event, so panning does
 * not reshuffle them) decide which are too close to tell apart and become
 * clusters, and the rest are nudged apart where they share lanes, by at most
 * `maxNudge`: marks that would have to move further become a cluster too.
 *
 * Bin widths come in steps of √2 in time, so one zoom level's bins are
 * worked out once and reused while the reader pans and for the next zoom
 * steps; on screen a bin is between `binWidth` and √2 × `binWidth` pixels
 * wide. The work per frame is proportional to what is in view, and the marks
 * drawn are bounded by the plot's width.
 */
export function layoutWindow(prepared: PreparedTimeline, scale: TimeScale, options: WindowOptions): WindowLayout {
  const { lanes, entries, spans } = prepared;
  const { markGap, binWidth, maxPerBin } = options;
  const margin = markGap * 2;
  const left = Math.min(options.visible[0], options.visible[1]) - margin;
  const right = Math.max(options.visible[0], options.visible[1]) + margin;
  const t0 = timeAt(scale, left);
  const t1 = timeAt(scale, right);
  const tMin = Math.min(t0, t1);
  const from = lowerBound(entries, tMin);
  const to = lowerBound(entries, Math.max(t0, t1) + 1e-9);

  const singles: Entry[] = [];
  const clusters: ClusterLayout[] = [];
  // Where a cluster holding events from before the window begins: spans in it are drawn by the cluster.
  let clusteredFrom = Infinity;
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const pixelsPerTime = Math.abs((r1 - r0) / (+d1 - +d0 || 1));
  const level =
    binWidth > 0 && entries.length && pixelsPerTime > 0 ? binLevel(prepared, Math.ceil(2 * Math.log2(binWidth / pixelsPerTime)), options) : undefined;
  if (level) {
    const { runStart } = level;
    const runEnd = (run: number) => (run + 1 < runStart.length ? runStart[run + 1]! : entries.length);
    // The run holding `from` (which may begin before the window), to the last run before `to`.
    let run = Math.max(0, upperBound(runStart, from) - 1);
    for (; run < runStart.length && runStart[run]! < to; run++) {
      const start = runStart[run]!;
      const end = runEnd(run);
      if (end - start > maxPerBin) {
        if (start < from) clusteredFrom = entries[start]!.t;
        clusters.push(placeCluster(clusterOf(prepared, level, run, start, end), scale));
      } else {
        for (let i = Math.max(start, from); i < Math.min(end, to); i++) singles.push(entries[i]!);
      }
    }
  } else {
    for (let i = from; i < to; i++) singles.push(entries[i]!);
  }
  // Spans that began before the window but reach into it.
  for (const entry of spans) {
    if (entry.t >= tMin) break;
    if (entry.t >= clusteredFrom) continue;
    const xEnd = scale(entry.event.end!.stop);
    const x = scale(entry.t);
    if (Math.max(x, xEnd) >= left && Math.min(x, xEnd) <= right) singles.push(entry);
  }

  const placed: Placed[] = singles.map((entry) => ({ mark: markOf(entry, lanes, scale), entry, lo: entry.lo, hi: entry.hi }));
  placed.sort((a, b) => a.mark.x - b.mark.x);
  const crowded = spreadMarks(placed, lanes.length, markGap, options.maxNudge ?? DEFAULT_MAX_NUDGE);
  const marks: MarkLayout[] = [];
  for (const p of placed) if (!crowded.has(p)) marks.push(p.mark);
  const badgeWidth = options.clusterWidth ?? ((count: number) => computeBadgeWidth(String(count).length));
  for (const group of new Set(crowded.values())) {
    const cluster = crowdedCluster(group, lanes, scale);
    clusters.push(keepClearOfMarks(cluster, marks, (badgeWidth(cluster.eventIds.length) + markGap) / 2));
  }
  let drawn = marks.length;
  for (const cluster of clusters) drawn += cluster.eventIds.length;
  return { marks, clusters, drawn };
}

/**
 * Works out, ahead of time, the zoom levels one step (√2) in and out of the
 * one `scale` shows, with the clusters over what is in view now: the first
 * step of a zoom gesture then finds its bins cut and its clusters made, work
 * that is proportional to the whole timeline rather than to the view. Meant
 * for idle time; what it makes is kept like the levels a zoom visits. Returns
 * those clusters, whose labels the caller may want to prepare too.
 */
export function prepareZoomNeighbours(prepared: PreparedTimeline, scale: TimeScale, options: WindowOptions): ClusterLayout[] {
  return [Math.SQRT2, Math.SQRT1_2].flatMap((factor) => prepareZoomLevel(prepared, scale, options, factor));
}

/**
 * One of `prepareZoomNeighbours`' levels: the zoom `factor` times that of
 * `scale` (√2 a step in, √½ a step out), so that idle time can prepare one
 * level at a time.
 */
export function prepareZoomLevel(prepared: PreparedTimeline, scale: TimeScale, options: WindowOptions, factor: number): ClusterLayout[] {
  const [r0, r1] = scale.range();
  const [v0, v1] = options.visible;
  // The same dates over a wider (or narrower) range: the neighbouring level's density.
  const neighbour = scale.copy().range([r0 * factor, r1 * factor]);
  // Zooming out brings in time on either side of the view, however far off centre the reader zooms.
  const reach = factor < 1 ? Math.abs(v1 - v0) : 0;
  const visible = [Math.min(v0, v1) * factor - reach, Math.max(v0, v1) * factor + reach] as const;
  return layoutWindow(prepared, neighbour, { ...options, visible }).clusters;
}

/** The entries of one zoom level cut into bins: a bin is a run of consecutive entries, as entries are sorted by time. */
interface BinLevel {
  readonly level: number;
  /** The options the runs were cut for: clustering and merging depend on them. */
  readonly binWidth: number;
  readonly maxPerBin: number;
  readonly clusterWidth: WindowOptions['clusterWidth'];
  /** Index of each run's first entry, ascending. */
  readonly runStart: Int32Array;
  /** Each run's bin number, counted from the first entry's time. */
  readonly runBin: Float64Array;
  /** Clusters already made, by run. */
  readonly clusters: Map<number, Omit<ClusterLayout, 'cx'> & { readonly t: number }>;
}

/** Levels kept per prepared timeline: a zoom gesture moves through a few; older ones are dropped. */
const LEVELS_KEPT = 4;
const binLevels = new WeakMap<PreparedTimeline, BinLevel[]>();

/** The bins of level `level` (bins 2^(level / 2) ms wide), cut once and kept for the next frames. */
function binLevel(prepared: PreparedTimeline, level: number, options: WindowOptions): BinLevel {
  const { binWidth, maxPerBin, clusterWidth } = options;
  let kept = binLevels.get(prepared);
  if (!kept) binLevels.set(prepared, (kept = []));
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
  for (let i = 0; i < entries.length; ) {
    const bin = Math.floor((entries[i]!.t - origin) / width);
    let end = i;
    let important = 0;
    for (; end < entries.length && Math.floor((entries[end]!.t - origin) / width) === bin; end++) if (isImportant(entries[end]!)) important++;
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

/** Index of the first value greater than `value` in an ascending array. */
function upperBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clusterOf(prepared: PreparedTimeline, level: BinLevel, run: number, from: number, to: number) {
  let cluster = level.clusters.get(run);
  if (!cluster) level.clusters.set(run, (cluster = summariseCluster(prepared.entries.slice(from, to), prepared.lanes, clusterKey(level, run))));
  return cluster;
}

/** A cluster of entries (in time order): its lanes, calendar range and mean time. */
function summariseCluster(entries: readonly Entry[], lanes: readonly LaneLayout[], key: string): Omit<ClusterLayout, 'cx'> & { readonly t: number } {
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

function placeCluster({ t, ...cluster }: Omit<ClusterLayout, 'cx'> & { readonly t: number }, scale: TimeScale): ClusterLayout {
  return { ...cluster, cx: scale(t) };
}

/**
 * Places lanes and every event's mark, without clustering: a mark covers
 * every lane from its highest to its lowest party (a connector crosses the
 * lanes between), and marks that would collide on those lanes are pushed
 * apart by `markGap`, each same-date group straddling its date. No mark is
 * put in a cluster, however far it has to move.
 * Events with a party missing from `laneOrder` are left out.
 */
export function layoutTimeline(
  model: TimelineModel,
  laneOrder: readonly string[],
  scale: TimeScale,
  options: LayoutOptions,
): TimelineLayout {
  const prepared = prepareTimeline(model.events, laneOrder, options);
  const { marks } = layoutWindow(prepared, scale, {
    markGap: options.markGap,
    visible: [-Infinity, Infinity],
    binWidth: 0,
    maxPerBin: Infinity,
    maxNudge: Infinity,
  });
  return { lanes: prepared.lanes, marks, height: prepared.height };
}

/**
 * A cluster of crowded marks stands at their mean position, which may be on
 * the mark that crowded them out (an important one, say): it is moved just
 * clear of the marks on its lanes, to the nearer side that is free, or left
 * where it is when neither is. Crowded clusters are few: a scan of the
 * frame's marks each is cheap.
 */
function keepClearOfMarks(cluster: ClusterLayout, marks: readonly MarkLayout[], reach: number): ClusterLayout {
  const blocking = (cx: number) => marks.filter((mark) => Math.abs(mark.cx - cx) < reach && mark.yMin <= cluster.yMax && cluster.yMin <= mark.yMax);
  const near = blocking(cluster.cx);
  if (!near.length) return cluster;
  let right = -Infinity;
  let left = Infinity;
  for (const mark of near) {
    right = Math.max(right, mark.cx + reach);
    left = Math.min(left, mark.cx - reach);
  }
  const sides = right - cluster.cx <= cluster.cx - left ? [right, left] : [left, right];
  for (const cx of sides) if (!blocking(cx).length) return { ...cluster, cx };
  return cluster;
}

/** A cluster of marks too crowded to stand within reach of their dates, named after its first event: stable while panning. */
function crowdedCluster(group: readonly Placed[], lanes: readonly LaneLayout[], scale: TimeScale): ClusterLayout {
  const entries = group.map((placed) => placed.entry).sort((a, b) => a.t - b.t);
  return placeCluster(summariseCluster(entries, lanes, `n:${entries[0]!.event.id}`), scale);
}
