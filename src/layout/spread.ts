/**
 * Spreading marks apart where they share lanes, without moving any far from
 * its date: used by `layoutWindow` for the marks of a frame.
 */

/** What spreading needs of a mark: its date's x, where it is drawn, and whether it is important. */
export interface SpreadMark {
  readonly x: number;
  cx: number;
  readonly importance: number;
}

/** A mark with the lanes it occupies (its highest to its lowest party's: a connector crosses the lanes between). */
export interface Spread {
  readonly mark: SpreadMark;
  readonly lo: number;
  readonly hi: number;
}

/** Rounds of taking crowded marks out before the rest are placed as they come (see `spreadMarks`). */
const SPREAD_ROUNDS = 6;

/**
 * Moves marks (in the order of `x`) that share a lane (a connector occupies
 * every lane it crosses) at least `gap` apart, none further than `maxNudge` from its date, and as
 * close to its date as that allows. Three sweeps over lanes: the leftmost
 * places each mark can take in date order (`low`), the rightmost in reverse
 * order (`high`), then each mark at its date clamped into [low, high] and
 * clear of the marks before it; any mark between its low and high keeps the
 * rest feasible, so that sweep never needs more than `high`.
 *
 * A mark that has no place within `maxNudge` is crowded: it, and the marks
 * that pushed it there (within reach of it), become one cluster, returned as
 * a map from each crowded mark to its group. Important marks are never put in
 * a cluster: the marks that push one out of reach are, and the rest are
 * placed again; only important marks pushed by one another come closer than
 * `gap`.
 */
export function spreadMarks<T extends Spread>(placed: readonly T[], laneCount: number, gap: number, maxNudge: number): Map<T, T[]> {
  const crowded = new Map<T, T[]>();
  const n = placed.length;
  let kept = placed;
  let low = new Float64Array(n);
  let blocker = new Int32Array(n);
  let rejected = sweepLow(kept, laneCount, gap, maxNudge, low, blocker);
  if (rejected.length) {
    // Union-find, over positions in `placed`, of the marks crowded together.
    const parent = new Int32Array(n).map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const linked = new Uint8Array(n);
    const out = new Uint8Array(n);
    const reach = gap + 2 * maxNudge;
    let index = Int32Array.from(placed, (_, i) => i);
    // Each round takes out at least one mark (a crowded one, or the one that pushed an important one);
    // a pathological crowd of important marks could take many, so after a few the rest are forced.
    for (let round = 0; rejected.length; round++) {
      for (const k of rejected) {
        const i = index[k]!;
        const x = placed[i]!.mark.x;
        linked[i] = 1;
        for (let b = blocker[k]!; b >= 0 && x - kept[b]!.mark.x <= reach; b = blocker[b]!) parent[find(index[b]!)] = find(i);
      }
      for (let i = 0; i < n; i++) if (linked[find(i)] && placed[i]!.mark.importance !== 3) out[i] = 1;
      index = index.filter((i) => !out[i]);
      kept = Array.from(index, (i) => placed[i]!);
      low = new Float64Array(kept.length);
      blocker = new Int32Array(kept.length);
      rejected = sweepLow(kept, laneCount, gap, maxNudge, low, blocker, round + 1 >= SPREAD_ROUNDS);
    }
    const groups = new Map<number, T[]>();
    for (let i = 0; i < n; i++) {
      if (!out[i]) continue;
      let group = groups.get(find(i));
      if (!group) groups.set(find(i), (group = []));
      group.push(placed[i]!);
      crowded.set(placed[i]!, group);
    }
  }
  const m = kept.length;
  const high = new Float64Array(m);
  const edge = new Float64Array(laneCount).fill(Infinity);
  for (let i = m - 1; i >= 0; i--) {
    const { mark, lo, hi } = kept[i]!;
    let h = mark.x + maxNudge;
    for (let lane = lo; lane <= hi; lane++) if (edge[lane]! - gap < h) h = edge[lane]! - gap;
    high[i] = Math.max(h, low[i]!);
    for (let lane = lo; lane <= hi; lane++) edge[lane] = high[i]!;
  }
  edge.fill(-Infinity);
  const target = centreSameDateMarks(kept, gap);
  for (let i = 0; i < m; i++) {
    const { mark, lo, hi } = kept[i]!;
    let cx = Math.min(Math.max(target[i]!, low[i]!), high[i]!);
    for (let lane = lo; lane <= hi; lane++) if (edge[lane]! + gap > cx) cx = edge[lane]! + gap;
    mark.cx = Math.min(cx, mark.x + maxNudge);
    for (let lane = lo; lane <= hi; lane++) edge[lane] = mark.cx;
  }
  return crowded;
}

/**
 * Where each mark would best stand: its date, moved left by half the spread
 * of the marks on the same date that share a lane with it, so that a
 * same-date group straddles its date rather than starting at it.
 */
function centreSameDateMarks(placed: readonly Spread[], gap: number): Float64Array {
  const target = new Float64Array(placed.length);
  for (let start = 0; start < placed.length;) {
    const x = placed[start]!.mark.x;
    let stop = start + 1;
    while (stop < placed.length && placed[stop]!.mark.x === x) stop++;
    for (let i = start; i < stop; i++) {
      let sharing = 0;
      if (stop - start > 1) {
        const { lo, hi } = placed[i]!;
        for (let k = start; k < stop; k++) if (placed[k]!.lo <= hi && lo <= placed[k]!.hi) sharing++;
      }
      target[i] = x - (gap * Math.max(0, sharing - 1)) / 2;
    }
    start = stop;
  }
  return target;
}

/**
 * The leftmost place of each mark in date order (into `low`), and which mark
 * pushed it there (into `blocker`, -1 if none). Returns the marks that have
 * no place within `maxNudge`; an important mark pushed only by important
 * ones is put at the limit instead, the one case where marks may crowd (and
 * every mark with `forceAll`, the last resort of `spreadMarks`).
 */
function sweepLow(
  placed: readonly Spread[],
  laneCount: number,
  gap: number,
  maxNudge: number,
  low: Float64Array,
  blocker: Int32Array,
  forceAll = false,
): number[] {
  const edge = new Float64Array(laneCount).fill(-Infinity);
  const owner = new Int32Array(laneCount).fill(-1);
  const rejected: number[] = [];
  for (let i = 0; i < placed.length; i++) {
    const { mark, lo, hi } = placed[i]!;
    let l = mark.x - maxNudge;
    let by = -1;
    for (let lane = lo; lane <= hi; lane++) {
      if (edge[lane]! + gap > l) {
        l = edge[lane]! + gap;
        by = owner[lane]!;
      }
    }
    blocker[i] = by;
    if (l > mark.x + maxNudge) {
      const forced = forceAll || (mark.importance === 3 && placed[by]!.mark.importance === 3);
      if (!forced) {
        rejected.push(i);
        continue;
      }
      l = mark.x + maxNudge;
    }
    low[i] = l;
    for (let lane = lo; lane <= hi; lane++) {
      edge[lane] = l;
      owner[lane] = i;
    }
  }
  return rejected;
}
