/**
 * A connector joins the lanes of an event's parties; on its way it crosses
 * the lanes of parties between them that did not take part. Where it crosses
 * one it stops short of that lane's line, so that the chart never seems to
 * say a party was there: the reader sees a break, and a glyph only on the
 * lanes of the parties that took part.
 */

/** Half the break, in pixels, around the line of a lane the connector crosses without a party there. */
export const CONNECTOR_GAP = 5;

export interface ConnectorShape {
  /** Vertical runs [y0, y1] of the connector, top to bottom, y0 < y1; one run when it crosses no absent lane. */
  readonly segments: readonly (readonly [number, number])[];
  /** y of each glyph: the participating lanes only, in the order given. */
  readonly glyphs: readonly number[];
}

/**
 * The connector of a mark whose parties' lanes are at `ys`, among `lanes`
 * (ascending `y`, as `LaneLayout`s come): runs from the top to the bottom party, broken by
 * `gap` on either side of every lane in between that is not in `ys`. A mark
 * of one party has no run. Proportional to the lanes spanned.
 */
export function computeConnector(ys: readonly number[], lanes: readonly { readonly y: number }[], gap = CONNECTOR_GAP): ConnectorShape {
  if (ys.length < 2) return { segments: [], glyphs: ys };
  let top = Infinity;
  let bottom = -Infinity;
  for (const y of ys) {
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  }
  const segments: [number, number][] = [];
  let from = top;
  for (let i = firstBelow(lanes, top); i < lanes.length && lanes[i]!.y < bottom; i++) {
    const y = lanes[i]!.y;
    if (ys.includes(y)) continue;
    if (y - gap > from) segments.push([from, y - gap]);
    from = y + gap;
  }
  if (bottom > from) segments.push([from, bottom]);
  return { segments, glyphs: ys };
}

/** Index of the first lane below `y` (greater y). */
function firstBelow(lanes: readonly { readonly y: number }[], y: number): number {
  let lo = 0;
  let hi = lanes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lanes[mid]!.y <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The runs as SVG path data along x = 0 (the mark's group carries its x). */
export function computeConnectorPath(segments: ConnectorShape['segments']): string {
  let d = '';
  for (const [y0, y1] of segments) d += `M0 ${y0}V${y1}`;
  return d;
}
