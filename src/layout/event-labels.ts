import type { Importance } from '../data/model.js';
import { fitText, splitGraphemes } from './text.js';
import type { ClusterLayout, MarkLayout } from './timeline.js';

/** A rectangle in the chart's coordinates, x0 ≤ x1 and y0 ≤ y1. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A label placed beside its mark: what `renderEventLabels` draws. */
export interface PlacedLabel {
  readonly eventId: string;
  /** The label, or its start and an ellipsis when the whole did not fit. */
  readonly text: string;
  /** The edge of the text nearest its mark: the left edge for `'start'`, the right edge for `'end'`. */
  readonly x: number;
  /** The text's vertical centre (drawn with `dominant-baseline: central`). */
  readonly y: number;
  /** Which physical edge `x` is, as SVG `text-anchor` in a left-to-right text element: `'start'` is the left edge. */
  readonly anchor: 'start' | 'end';
  /** Measured width of `text`. */
  readonly width: number;
  /** The space the label takes, its padding included; no two labels' boxes meet. */
  readonly box: Box;
  /**
   * A label that had no room beside its mark is put on a free row further up or down, joined to
   * the mark by a vertical leader line at `x`, from `y1` (the mark's edge) to `y2` (the label's far edge).
   */
  readonly leader?: { readonly x: number; readonly y1: number; readonly y2: number };
}

export interface LabelPlacementInput {
  /** The frame's marks (`WindowLayout.marks`): marks outside the plot get no label but still take their place. */
  readonly marks: readonly MarkLayout[];
  /** The frame's clusters: their badges and dots are kept clear. */
  readonly clusters: readonly ClusterLayout[];
  /** A cluster badge's width by its count, as drawn (`Geometry.clusterWidth`). */
  readonly clusterWidth: (count: number) => number;
  /** y of every lane centre, top to bottom. */
  readonly laneYs: readonly number[];
  /** The label for an event: its `label`, else its title; `undefined` or blank for none. */
  readonly textOf: (eventId: string) => string | undefined;
  /** Horizontal extent of the plot; labels stay inside it. */
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Horizontal extent of the lane label column, kept clear (it may reach into the plot's margin). */
  readonly laneLabelColumn: readonly [number, number];
  /** y of the axis line: labels stay above it. */
  readonly axisY: number;
  /** Width of a text in the labels' font, in pixels: the view passes a cached canvas `measureText`. */
  readonly measure: (text: string) => number;
  readonly rtl: boolean;
  /** The selected and the focused event: labelled before the others of their importance. */
  readonly selectedId?: string;
  readonly focusedId?: string;
  /** Font size of the labels, in pixels (default 11): a label's box is this plus 2 high. */
  readonly fontSize?: number;
  /** Fewest graphemes worth showing before an ellipsis (default 6); a label that has no room for them is left out. */
  readonly minGraphemes?: number;
  /** Widest a label may be (default: no limit); a longer one is shortened, as a headline is in a news graphic. */
  readonly maxWidth?: number;
  /** More to keep labels and leaders clear of: the selected event's related arcs (`computeArcBoxes`). */
  readonly obstacles?: readonly Box[];
}

/** Radius of a glyph by importance, as `render/chart.ts` draws it; a diamond reaches 1.35 × r. */
const GLYPH_RADIUS: Record<Importance, number> = { 1: 3.5, 2: 4.5, 3: 6 };
/** Space between a label and anything else, in pixels. */
const PAD = 3;
/** Distance from a lane line to the centre of the label rows above and below it. */
const ROW_OFFSET = 12;
/** How many rows beyond those beside its mark a leader may reach, up or down: about two lanes. */
const LEADER_ROWS = 4;

/**
 * Occupied intervals of one label row, disjoint and sorted: two parallel
 * arrays so that lookups are binary searches.
 */
interface Row {
  /** Vertical centre and band of the row. */
  readonly y: number;
  readonly y0: number;
  readonly y1: number;
  readonly starts: number[];
  readonly ends: number[];
}

/** Index of the first interval whose end is after `x`. */
function firstEndingAfter(row: Row, x: number): number {
  let lo = 0;
  let hi = row.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (row.ends[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks [x0, x1] occupied, merging the intervals it meets. */
function occupy(row: Row, x0: number, x1: number): void {
  const from = firstEndingAfter(row, x0 - 1e-9);
  let to = from;
  let start = x0;
  let end = x1;
  while (to < row.starts.length && row.starts[to]! <= x1) {
    start = Math.min(start, row.starts[to]!);
    end = Math.max(end, row.ends[to]!);
    to++;
  }
  row.starts.splice(from, to - from, start);
  row.ends.splice(from, to - from, end);
}

/**
 * Room for a label from `x` rightwards (`direction` 1) or leftwards (-1), up
 * to the plot's edge at `limit` and `PAD` short of the next obstacle; 0 when
 * an obstacle covers `x`.
 */
function freeRoom(row: Row, x: number, direction: 1 | -1, limit: number): number {
  const i = firstEndingAfter(row, x);
  if (i < row.starts.length && row.starts[i]! < x) return 0;
  if (direction === 1) return Math.max(0, Math.min(limit, i < row.starts.length ? row.starts[i]! - PAD : Infinity) - x);
  return Math.max(0, x - Math.max(limit, i > 0 ? row.ends[i - 1]! + PAD : -Infinity));
}

/** Whether nothing in the row meets [x0, x1]. */
function isFree(row: Row, x0: number, x1: number): boolean {
  const i = firstEndingAfter(row, x0);
  return i === row.starts.length || row.starts[i]! >= x1;
}

/** Puts a box into every row whose band it meets. */
function block(rows: readonly Row[], box: Box): void {
  for (const row of rows) if (box.y0 < row.y1 && row.y0 < box.y1) occupy(row, box.x0, box.x1);
}

/** The box a mark's glyphs and connector take. */
export function computeMarkBox(mark: MarkLayout): Box {
  const reach = GLYPH_RADIUS[mark.importance] * 1.35 + 1;
  return { x0: mark.cx - reach, y0: mark.yMin - reach, x1: mark.cx + reach, y1: mark.yMax + reach };
}

/** The boxes a cluster takes: its badge, and its spine with the dots. */
export function computeClusterBoxes(cluster: ClusterLayout, badgeWidth: number): [Box, Box] {
  const middle = (cluster.yMin + cluster.yMax) / 2;
  return [
    { x0: cluster.cx - badgeWidth / 2, y0: middle - 9, x1: cluster.cx + badgeWidth / 2, y1: middle + 9 },
    { x0: cluster.cx - 4, y0: cluster.yMin - 4, x1: cluster.cx + 4, y1: cluster.yMax + 4 },
  ];
}

interface Candidate {
  readonly mark: MarkLayout;
  readonly text: string;
  readonly rank: number;
}

/** A place to try: a row, the side of the mark or leader the text goes, the text's near edge `x` and the width it has there. */
interface Slot {
  readonly row: Row;
  readonly side: 1 | -1;
  readonly x: number;
  readonly room: number;
}

/**
 * Which events get a label and where, as a news graphic annotates a chart:
 * a short line of small type beside the mark, after it in reading order
 * (before it when that side is taken), on a row just above or below the line
 * of one of its parties' lanes — never on a lane line or a connector.
 *
 * Events are labelled in order of importance (3, 2, 1), then the selected and
 * focused ones, then by distance from the middle of the view, then by date;
 * each takes the first row and side where its whole label fits, else the
 * widest room where at least `minGraphemes` of it fit with an ellipsis. An
 * event of importance 2 or 3 hemmed in by its neighbours then tries the free
 * rows further up and down (nearest first, up to `LEADER_ROWS`), its label
 * beside a leader line from its mark; else it has none. No two labels meet,
 * and none (nor a leader) meets a mark, a cluster, the lane label column, the
 * axis or an obstacle, or leaves the plot: every obstacle is an interval in
 * the rows its box meets, so each try is a binary search and the whole
 * placement O(n log n) in the marks of the frame.
 */
export function placeEventLabels(input: LabelPlacementInput): PlacedLabel[] {
  const { marks, clusters, laneYs, plotLeft, plotRight, measure, rtl } = input;
  const fontSize = input.fontSize ?? 11;
  const minGraphemes = input.minGraphemes ?? 6;
  const maxWidth = input.maxWidth ?? Infinity;
  const half = fontSize / 2 + 1;
  // A row above and one below each lane line; the rows never overlap while lanes are 2 × (ROW_OFFSET + half) apart.
  const rowAt = new Map<number, Row>();
  const rows: Row[] = [];
  for (const y of laneYs) {
    for (const centre of [y - ROW_OFFSET, y + ROW_OFFSET]) {
      if (rowAt.has(centre) || centre + half > input.axisY) continue;
      const row: Row = { y: centre, y0: centre - half, y1: centre + half, starts: [], ends: [] };
      rowAt.set(centre, row);
      rows.push(row);
    }
  }
  rows.sort((a, b) => a.y - b.y);
  for (const mark of marks) block(rows, computeMarkBox(mark));
  for (const cluster of clusters)
    for (const box of computeClusterBoxes(cluster, input.clusterWidth(cluster.eventIds.length))) block(rows, box);
  for (const box of input.obstacles ?? []) block(rows, box);
  const [c0, c1] = input.laneLabelColumn;
  block(rows, { x0: Math.min(c0, c1), y0: -Infinity, x1: Math.max(c0, c1), y1: Infinity });
  block(rows, { x0: -Infinity, y0: input.axisY - 2, x1: Infinity, y1: Infinity });

  const middle = (plotLeft + plotRight) / 2;
  const candidates: Candidate[] = [];
  for (const mark of marks) {
    if (mark.cx < plotLeft || mark.cx > plotRight) continue;
    const text = input.textOf(mark.eventId)?.trim();
    if (!text) continue;
    const looked = mark.eventId === input.selectedId || mark.eventId === input.focusedId;
    // One number orders them: importance, then what the reader looks at, then closeness to the middle.
    const rank = (3 - mark.importance) * 1e7 + (looked ? 0 : 1e6) + Math.min(Math.abs(mark.cx - middle), 999_999);
    candidates.push({ mark, text, rank });
  }
  // Ties by date: marks come in the order of x, which runs against time in right-to-left pages.
  const chronological = (a: Candidate, b: Candidate) => (rtl ? b.mark.x - a.mark.x : a.mark.x - b.mark.x);
  candidates.sort((a, b) => a.rank - b.rank || chronological(a, b));

  // After the mark in reading order first: right of it, or left of it in right-to-left pages.
  const sides: (1 | -1)[] = rtl ? [-1, 1] : [1, -1];
  // The text's near edge is `x`; the room is measured from `back` pixels behind it (a leader's own clearance).
  const slot = (row: Row, side: 1 | -1, x: number, back = 0): Slot => ({
    row,
    side,
    x,
    room: Math.min(freeRoom(row, x - side * back, side, side === 1 ? plotRight : plotLeft) - back, maxWidth),
  });
  const placed: PlacedLabel[] = [];
  for (const { mark, text } of candidates) {
    const own = computeMarkBox(mark);
    const full = measure(text);
    /** The first slot where the whole label fits, else the widest where enough of it fits shortened. */
    const fit = (slots: readonly Slot[]) => {
      let best: Slot | undefined;
      for (const entry of slots) {
        if (entry.room >= full) return { ...entry, text, width: full };
        if (entry.room > 0 && (!best || entry.room > best.room)) best = entry;
      }
      const fitted = best && fitText(text, best.room, measure);
      if (!fitted || splitGraphemes(fitted).length - 1 < Math.min(minGraphemes, splitGraphemes(text).length)) return undefined;
      return { ...best!, text: fitted, width: measure(fitted) };
    };
    const near = preferredRows(mark, rowAt);
    let found = fit(sides.flatMap((side) => near.map((row) => slot(row, side, side === 1 ? own.x1 + PAD : own.x0 - PAD))));
    let leader: PlacedLabel['leader'];
    if (!found && mark.importance > 1) {
      found = fit(
        collectLeaderRows(rows, own, mark.cx).flatMap((row) => sides.map((side) => slot(row, side, mark.cx + side * PAD, 2 * PAD))),
      );
      if (found) {
        const above = found.row.y < mark.yMin;
        leader = { x: mark.cx, y1: above ? own.y0 : own.y1, y2: above ? found.row.y0 : found.row.y1 };
        block(rows, { x0: mark.cx - 1, y0: Math.min(leader.y1, leader.y2), x1: mark.cx + 1, y1: Math.max(leader.y1, leader.y2) });
      }
    }
    if (!found) continue;
    const { row, side, x, width } = found;
    const box: Box = side === 1 ? { x0: x, y0: row.y0, x1: x + width, y1: row.y1 } : { x0: x - width, y0: row.y0, x1: x, y1: row.y1 };
    occupy(row, box.x0, box.x1);
    const label: PlacedLabel = { eventId: mark.eventId, text: found.text, x, y: row.y, anchor: side === 1 ? 'start' : 'end', width, box };
    placed.push(leader ? { ...label, leader } : label);
  }
  return placed;
}

/**
 * Rows a leader from the mark can reach, nearest first, alternately above
 * and below: those clear of the mark's own box, up to the first whose
 * column at `x` is taken (the leader cannot pass it), `LEADER_ROWS` each way.
 * A glyph, connector, cluster or label the leader could cross reaches into a
 * row (glyphs and badges reach past the rows' edges), so the rows stand for
 * the whole column. Rows that meet the mark's own box are not looked at:
 * nothing else can take the column there without meeting the mark.
 */
function collectLeaderRows(rows: readonly Row[], own: Box, x: number): Row[] {
  const up: Row[] = [];
  const down: Row[] = [];
  for (let i = rows.length - 1; i >= 0 && up.length < LEADER_ROWS; i--) {
    if (rows[i]!.y1 > own.y0) continue;
    if (!isFree(rows[i]!, x - 1, x + 1)) break;
    up.push(rows[i]!);
  }
  for (let i = 0; i < rows.length && down.length < LEADER_ROWS; i++) {
    if (rows[i]!.y0 < own.y1) continue;
    if (!isFree(rows[i]!, x - 1, x + 1)) break;
    down.push(rows[i]!);
  }
  const nearest: Row[] = [];
  for (let i = 0; i < LEADER_ROWS; i++) {
    if (up[i]) nearest.push(up[i]!);
    if (down[i]) nearest.push(down[i]!);
  }
  return nearest;
}

/**
 * Rows worth trying for a mark, best first: above its top dot and below its
 * bottom dot (where no connector of its own runs), then beside its other dots.
 */
function preferredRows(mark: MarkLayout, rowAt: ReadonlyMap<number, Row>): Row[] {
  const centres = [mark.yMin - ROW_OFFSET, mark.yMax + ROW_OFFSET];
  for (const y of mark.ys) if (y !== mark.yMin && y !== mark.yMax) centres.push(y - ROW_OFFSET, y + ROW_OFFSET);
  centres.push(mark.yMin + ROW_OFFSET, mark.yMax - ROW_OFFSET);
  const rows: Row[] = [];
  for (const centre of centres) {
    const row = rowAt.get(centre);
    if (row && !rows.includes(row)) rows.push(row);
  }
  return rows;
}
