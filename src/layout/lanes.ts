import type { Party, TimelineEvent } from '../data/model.js';
import type { Counted } from './groups.js';

export type LaneOrder = 'auto' | 'document';

/** Beyond this many active parties the exact search (2^n · n) gives way to a heuristic. */
const EXACT_LIMIT = 8;
/**
 * Cap on group visits during local improvement, so a document with very many
 * parties still lays out quickly; counted, not timed, so the result stays deterministic.
 */
const IMPROVE_BUDGET = 5_000_000;

/** Events that join the same set of lanes cost the same, so they are counted once with a weight. */
interface Group {
  readonly members: readonly number[];
  readonly count: number;
}

/**
 * Orders the lanes top to bottom. `'auto'` keeps connectors short: it minimises
 * the summed vertical reach (in lanes) of all events, breaking ties towards the
 * document order. Parties that take part in no event go last, in document order.
 */
export function orderLanes(parties: readonly Party[], events: readonly Counted[], order: LaneOrder = 'auto'): string[] {
  const ids = uniqueIds(parties);
  if (order === 'document') return ids;

  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const active = new Array<boolean>(ids.length).fill(false);
  for (const event of events) {
    for (const party of event.parties) {
      const i = indexOf.get(party);
      if (i !== undefined) active[i] = true;
    }
  }
  // Work on active parties only, numbered in document order, so "lower index"
  // means "earlier in the document" everywhere below.
  const activeIds = ids.filter((_, i) => active[i]);
  const idle = ids.filter((_, i) => !active[i]);
  const local = new Map<string, number>();
  activeIds.forEach((id, i) => local.set(id, i));

  const groups = groupEvents(events, local);
  const n = activeIds.length;
  const placed = n <= EXACT_LIMIT ? orderExactly(n, groups) : orderHeuristically(n, groups);
  return [...placed.map((i) => activeIds[i]!), ...idle];
}

/**
 * Sum over events of (lowest lane − highest lane) among the event's parties:
 * the total connector length in lanes. Events with a party missing from
 * `order` are not drawn, so they cost nothing.
 */
export function computeLaneCost(order: readonly string[], events: readonly TimelineEvent[]): number {
  const position = new Map<string, number>();
  order.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  let cost = 0;
  outer: for (const event of events) {
    let min = Infinity;
    let max = -Infinity;
    for (const party of event.parties) {
      const p = position.get(party);
      if (p === undefined) continue outer;
      if (p < min) min = p;
      if (p > max) max = p;
    }
    if (max > min) cost += max - min;
  }
  return cost;
}

function uniqueIds(parties: readonly Party[]): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const party of parties) {
    if (seen.has(party.id)) continue;
    seen.add(party.id);
    ids.push(party.id);
  }
  return ids;
}

function groupEvents(events: readonly Counted[], local: ReadonlyMap<string, number>): Group[] {
  const counts = new Map<string, { members: number[]; count: number }>();
  for (const event of events) {
    const members = new Set<number>();
    for (const party of event.parties) {
      const i = local.get(party);
      if (i !== undefined) members.add(i);
    }
    // A single lane has no connector to shorten.
    if (members.size < 2) continue;
    const sorted = [...members].sort((a, b) => a - b);
    const key = sorted.join(',');
    const entry = counts.get(key);
    const count = event.count ?? 1;
    if (entry) entry.count += count;
    else counts.set(key, { members: sorted, count });
  }
  return [...counts.values()];
}

/**
 * A connector's reach equals the number of gaps between neighbouring lanes
 * that it crosses, and a gap is crossed exactly when the lanes above it hold
 * some but not all of the event's parties. So the cost of an order is the sum
 * over its prefixes of a "cut" that depends only on the prefix's set, which
 * makes a DP over subsets exact.
 *
 * The cut of a set s counts the events with parties both in and out of s:
 * all events, less those wholly inside s, less those wholly outside it. The
 * weight of events inside each set is one subset-sum transform (n · 2^n steps)
 * rather than a pass over every party group for every set; this runs on every
 * first render, before the engine has warmed up.
 */
function orderExactly(n: number, groups: readonly Group[]): number[] {
  if (n <= 1) return n === 1 ? [0] : [];
  const full = (1 << n) - 1;
  // inside[s]: the weight of events whose parties all lie in s.
  const inside = new Float64Array(full + 1);
  let total = 0;
  for (const group of groups) {
    let mask = 0;
    for (const member of group.members) mask |= 1 << member;
    inside[mask] += group.count;
    total += group.count;
  }
  for (let bit = 1; bit <= full; bit <<= 1) {
    for (let s = 0; s <= full; s++) if (s & bit) inside[s] += inside[s ^ bit]!;
  }
  const cut = new Float64Array(full + 1);
  for (let s = 1; s < full; s++) cut[s] = total - inside[s]! - inside[full ^ s]!;
  // rest[s]: least cost of placing the parties not in s below the prefix s.
  const rest = new Float64Array(full + 1);
  for (let s = full - 1; s >= 0; s--) {
    let best = Infinity;
    for (let v = 0; v < n; v++) {
      if (s & (1 << v)) continue;
      const next = s | (1 << v);
      const c = cut[next]! + rest[next]!;
      if (c < best) best = c;
    }
    rest[s] = best;
  }
  // Walking forward and taking the lowest document index that stays optimal
  // yields the optimal order that is lexicographically closest to the document.
  const order: number[] = [];
  let s = 0;
  while (s !== full) {
    for (let v = 0; v < n; v++) {
      if (s & (1 << v)) continue;
      const next = s | (1 << v);
      if (cut[next]! + rest[next]! === rest[s]) {
        order.push(v);
        s = next;
        break;
      }
    }
  }
  return order;
}

function orderHeuristically(n: number, groups: readonly Group[]): number[] {
  const documentOrder = Array.from({ length: n }, (_, i) => i);
  const budget = { left: IMPROVE_BUDGET };
  const candidates = [improve(documentOrder, groups, budget), improve(placeGreedily(n, groups), groups, budget)];
  let best = candidates[0]!;
  let bestCost = costOf(best, groups);
  for (const candidate of candidates.slice(1)) {
    const c = costOf(candidate, groups);
    if (c < bestCost || (c === bestCost && compareLexicographically(candidate, best) < 0)) {
      best = candidate;
      bestCost = c;
    }
  }
  return best;
}

/**
 * Seeds with the most connected party, then repeatedly takes the party most
 * tied to those already placed and puts it at whichever end costs less.
 */
function placeGreedily(n: number, groups: readonly Group[]): number[] {
  const weight = Array.from({ length: n }, () => new Float64Array(n));
  const total = new Float64Array(n);
  for (const { members, count } of groups) {
    // Larger groups tie each pair less strongly: they stretch anyway.
    const w = count / (members.length - 1);
    for (const a of members) {
      total[a] += count;
      for (const b of members) if (a !== b) weight[a]![b] += w;
    }
  }
  const placed = new Array<boolean>(n).fill(false);
  const tie = new Float64Array(n);
  let order: number[] = [];
  for (let step = 0; step < n; step++) {
    let pick = -1;
    for (let v = 0; v < n; v++) {
      if (placed[v]) continue;
      if (pick < 0 || tie[v]! > tie[pick]! || (tie[v] === tie[pick] && total[v]! > total[pick]!)) {
        pick = v;
      }
    }
    placed[pick] = true;
    for (let v = 0; v < n; v++) tie[v] += weight[pick]![v]!;
    const below = [...order, pick];
    const above = [pick, ...order];
    order = costOf(above, groups, n) < costOf(below, groups, n) ? above : below;
  }
  return order;
}

/** Adjacent swaps and single-lane moves, accepting strict gains only, until none is left. */
function improve(start: readonly number[], groups: readonly Group[], budget: { left: number }): number[] {
  let order = [...start];
  let cost = costOf(order, groups);
  const n = order.length;
  let improved = true;
  while (improved && budget.left > 0) {
    improved = false;
    for (let i = 0; i + 1 < n && budget.left > 0; i++) {
      const swapped = [...order];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
      const c = spend(swapped, groups, budget);
      if (c < cost) {
        order = swapped;
        cost = c;
        improved = true;
      }
    }
    for (let i = 0; i < n && budget.left > 0; i++) {
      const lane = order[i]!;
      const without = order.filter((_, k) => k !== i);
      for (let j = 0; j <= without.length && budget.left > 0; j++) {
        if (j === i) continue;
        const moved = [...without.slice(0, j), lane, ...without.slice(j)];
        const c = spend(moved, groups, budget);
        if (c < cost) {
          order = moved;
          cost = c;
          improved = true;
          break;
        }
      }
    }
  }
  return order;
}

function spend(order: readonly number[], groups: readonly Group[], budget: { left: number }): number {
  budget.left -= groups.length + order.length;
  return costOf(order, groups);
}

/** Parties not yet in a partial `order` are left out of their groups' reach. */
function costOf(order: readonly number[], groups: readonly Group[], n = order.length): number {
  const position = new Int32Array(n).fill(-1);
  order.forEach((v, i) => (position[v] = i));
  let cost = 0;
  for (const { members, count } of groups) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of members) {
      const p = position[v]!;
      if (p < 0) continue;
      if (p < min) min = p;
      if (p > max) max = p;
    }
    if (max > min) cost += (max - min) * count;
  }
  return cost;
}

function compareLexicographically(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
