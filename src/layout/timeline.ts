import type { TimelineEvent, TimelineModel } from '../data/model.js';
import type { TimeScale } from './scale.js';
import type {
  ClusterLayout,
  Entry,
  LaneLayout,
  LanePlace,
  LayoutOptions,
  MarkLayout,
  Placed,
  PreparedTimeline,
  TimelineLayout,
  WindowLayout,
  WindowOptions,
} from './timeline-types.js';
import { binLevel, clusterOf, computeBadgeWidth, placeCluster, summariseCluster, upperBound } from './zoom-levels.js';
import { spreadMarks } from './spread.js';

export type * from './timeline-types.js';
export { computeBadgeWidth, createZoomLevels } from './zoom-levels.js';

/** How far a mark may stand off its date by default, in pixels. */
const DEFAULT_MAX_NUDGE = 6;

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
    binWidth > 0 && entries.length && pixelsPerTime > 0
      ? binLevel(prepared, Math.ceil(2 * Math.log2(binWidth / pixelsPerTime)), options)
      : undefined;
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
  const blocking = (cx: number) =>
    marks.filter((mark) => Math.abs(mark.cx - cx) < reach && mark.yMin <= cluster.yMax && cluster.yMin <= mark.yMax);
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
