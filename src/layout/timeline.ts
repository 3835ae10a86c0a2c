import type { Arity, Importance, TimelineModel } from '../data/model.js';
import type { TimeScale } from './scale.js';

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
  lo: number;
  hi: number;
}

/**
 * Places lanes and event marks. A mark covers every lane from its highest to
 * its lowest party (a connector crosses the lanes between), and marks that
 * would collide on those lanes are pushed right by `markGap`, each same-date
 * cluster then re-centred on its date. Events with a party missing from
 * `laneOrder` are left out. Linear in events × lanes.
 */
export function layoutTimeline(
  model: TimelineModel,
  laneOrder: readonly string[],
  scale: TimeScale,
  options: LayoutOptions,
): TimelineLayout {
  const { laneHeight, top, markGap } = options;
  const laneIndex = new Map<string, number>();
  const lanes: LaneLayout[] = [];
  for (const partyId of laneOrder) {
    if (laneIndex.has(partyId)) continue;
    const index = lanes.length;
    laneIndex.set(partyId, index);
    lanes.push({ partyId, y: top + index * laneHeight, index });
  }

  const placed: Placed[] = [];
  outer: for (const event of model.events) {
    const indices: number[] = [];
    for (const party of event.parties) {
      const i = laneIndex.get(party);
      if (i === undefined) continue outer;
      indices.push(i);
    }
    if (indices.length === 0) continue;
    let lo = indices[0]!;
    let hi = lo;
    for (const i of indices) {
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    const { date, end } = event;
    const imprecise = date.precision === 'month' || date.precision === 'year';
    const x = end || !imprecise ? scale(date.start) : scale((date.start + date.stop) / 2);
    const mark: MarkLayout = {
      eventId: event.id,
      x,
      cx: x,
      ys: indices.map((i) => lanes[i]!.y),
      yMin: lanes[lo]!.y,
      yMax: lanes[hi]!.y,
      arity: event.arity,
      importance: event.importance,
    };
    if (end) mark.xEnd = scale(end.stop);
    else if (imprecise) mark.band = [scale(date.start), scale(date.stop)];
    placed.push({ mark, lo, hi });
  }

  // Stable: marks at the same x keep the model's order.
  placed.sort((a, b) => a.mark.x - b.mark.x);
  nudgeMarks(placed, lanes.length, markGap);

  const height = lanes.length ? top + (lanes.length - 1) * laneHeight + laneHeight / 2 : 0;
  return { lanes, marks: placed.map((p) => p.mark), height };
}

/**
 * Greedy left-to-right packing per lane, then each cluster of marks at the
 * same x that pushed one another is shifted back so it straddles its date,
 * as far as the marks placed before it allow.
 */
function nudgeMarks(placed: readonly Placed[], laneCount: number, gap: number): void {
  const n = placed.length;
  /** cx of the last mark on each lane from earlier x values (final positions). */
  const last = new Float64Array(laneCount).fill(-Infinity);
  /** The same within the current same-x cluster, and which mark set it. */
  const groupLast = new Float64Array(laneCount).fill(-Infinity);
  const owner = new Int32Array(laneCount).fill(-1);
  const touched: number[] = [];
  // Scratch space indexed by position in `placed`, allocated once: union-find
  // parents (so marks on unrelated lanes are not moved together), and how far
  // each mark may move left before it crowds a mark from an earlier x.
  const parent = new Int32Array(n);
  const slack = new Float64Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const room = new Float64Array(n);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };

  for (let start = 0; start < n; ) {
    const x = placed[start]!.mark.x;
    let stop = start;
    while (stop < n && placed[stop]!.mark.x === x) stop++;

    for (let k = start; k < stop; k++) {
      parent[k] = k;
      const { mark, lo, hi } = placed[k]!;
      let before = -Infinity;
      let within = -Infinity;
      for (let lane = lo; lane <= hi; lane++) {
        if (last[lane]! > before) before = last[lane]!;
        if (owner[lane]! >= 0) {
          if (groupLast[lane]! > within) within = groupLast[lane]!;
          parent[find(owner[lane]!)] = find(k);
        }
      }
      const cx = Math.max(x, before + gap, within + gap);
      mark.cx = cx;
      slack[k] = cx - (before + gap);
      for (let lane = lo; lane <= hi; lane++) {
        if (owner[lane]! < 0) touched.push(lane);
        owner[lane] = k;
        groupLast[lane] = cx;
      }
    }

    if (stop - start > 1) {
      for (let k = start; k < stop; k++) {
        low[k] = Infinity;
        high[k] = -Infinity;
        room[k] = Infinity;
      }
      for (let k = start; k < stop; k++) {
        const root = find(k);
        const cx = placed[k]!.mark.cx;
        if (cx < low[root]!) low[root] = cx;
        if (cx > high[root]!) high[root] = cx;
        if (slack[k]! < room[root]!) room[root] = slack[k]!;
      }
      for (let k = start; k < stop; k++) {
        const root = find(k);
        const shift = Math.min((low[root]! + high[root]!) / 2 - x, room[root]!);
        if (shift > 0) placed[k]!.mark.cx -= shift;
      }
    }

    for (let k = start; k < stop; k++) {
      const { mark, lo, hi } = placed[k]!;
      for (let lane = lo; lane <= hi; lane++) if (mark.cx > last[lane]!) last[lane] = mark.cx;
    }
    for (const lane of touched) {
      owner[lane] = -1;
      groupLast[lane] = -Infinity;
    }
    touched.length = 0;
    start = stop;
  }
}
