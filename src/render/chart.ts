import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { partyColor } from './party-color.js';
import type { Arity } from '../data/model.js';
import { computeBadgeWidth, type ClusterLayout, type LaneLayout, type MarkLayout } from '../layout/timeline.js';
import type { Tick } from '../layout/labels.js';
import { computeConnector, computeConnectorPath } from '../layout/connectors.js';
import { clusterNavId, eventNavId, type NavId } from '../layout/nav-id.js';
import type { PlacedLabel } from '../layout/event-labels.js';
import { renderEventLabels } from './event-labels.js';

/**
 * How other code finds the chart's nodes, defined next to the markup that
 * makes them: the svg, the focusable items, and the attributes that name
 * their event or cluster.
 */
export const CHART_SVG_SELECTOR = '.chart svg';
export const NAV_ITEM_SELECTOR = '.event, .cluster';
export const EVENT_ID_ATTRIBUTE = 'data-event-id';
export const CLUSTER_KEY_ATTRIBUTE = 'data-cluster-key';

/** The selector of the node drawn for a navigation id. */
export function selectNavItem(nav: NavId): string {
  return nav.kind === 'event'
    ? `.event[${EVENT_ID_ATTRIBUTE}="${CSS.escape(nav.id)}"]`
    : `.cluster[${CLUSTER_KEY_ATTRIBUTE}="${CSS.escape(nav.key)}"]`;
}

/** The navigation id of a chart node (or of the item it is in), if it is one. */
export function readNavId(target: Element): NavId | undefined {
  const item = target.closest?.(NAV_ITEM_SELECTOR);
  if (!item) return undefined;
  const id = item.getAttribute(EVENT_ID_ATTRIBUTE);
  if (id !== null) return eventNavId(id);
  const key = item.getAttribute(CLUSTER_KEY_ATTRIBUTE);
  return key === null ? undefined : clusterNavId(key);
}

/** Everything the chart template needs, already measured and formatted. */
export interface ChartView {
  readonly width: number;
  readonly height: number;
  /** Horizontal extent of the plot area (left < right, whatever the direction of time). */
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Where lane labels are anchored; `text-anchor: start` follows the writing direction. */
  readonly labelX: number;
  readonly rtl: boolean;
  /** y of the axis line under the last lane. */
  readonly axisY: number;
  readonly lanes: readonly LaneLayout[];
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  readonly ticks: readonly (Tick & { readonly x: number })[];
  /** Faint arcs from the selected event to its related events, as SVG path data. */
  readonly arcs: readonly string[];
  /** Lane label text (flag and name or abbreviation). */
  readonly laneLabel: (partyId: string) => string;
  readonly partyColor: (partyId: string) => string;
  /** Party ids of an event, in the order its `ys` are given. */
  readonly eventParties: (eventId: string) => readonly string[];
  /** Accessible name of an event: date, arity, parties and title. */
  readonly eventName: (eventId: string) => string;
  readonly clusterName: (cluster: ClusterLayout) => string;
  readonly clusterCount: (count: number) => string;
  readonly label: string;
  readonly selectedId?: string;
  /** The mark or cluster that is the chart's single tab stop. */
  readonly tabStop?: NavId;
  /** The on-chart event labels (`placeEventLabels`), drawn before the marks so that a focus ring stays on top. */
  readonly labels?: readonly PlacedLabel[];
}

const RADIUS: Record<1 | 2 | 3, number> = { 1: 3.5, 2: 4.5, 3: 6 };

/**
 * A mark for each participant, its shape saying the arity so that the
 * difference never rests on colour alone: circles for bilateral, diamonds for
 * trilateral, squares for multilateral, rings for a party acting alone.
 */
function renderGlyph(arity: Arity, x: number, y: number, r: number, color: string): SVGTemplateResult {
  const style = partyColor(color);
  switch (arity) {
    case 'trilateral': {
      const d = r * 1.35;
      return svg`<path class="glyph" style=${style} d="M${x} ${y - d}L${x + d} ${y}L${x} ${y + d}L${x - d} ${y}Z"></path>`;
    }
    case 'multilateral': {
      const s = r * 1.7;
      return svg`<rect class="glyph" style=${style} x=${x - s / 2} y=${y - s / 2} width=${s} height=${s}></rect>`;
    }
    default:
      return svg`<circle class="glyph" style=${style} cx=${x} cy=${y} r=${r}></circle>`;
  }
}

/** A legend swatch of the glyph for an arity, in the ink colour. */
export function renderArityGlyph(arity: Arity): TemplateResult {
  return html`<svg class=${arity} viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
    ${renderGlyph(arity, 0, 0, 4.5, 'var(--_ink)')}
  </svg>`;
}

/**
 * Marks, clusters and ticks are drawn around x = 0 and moved into place by
 * their group's `transform`: a zoom or pan frame then changes one attribute per
 * mark instead of one per shape.
 */
const translate = (x: number) => `translate(${x} 0)`;

/**
 * The glyphs of the common marks (one party alone, two, three) as one fixed
 * template each: no list of glyph templates, so no marker comments and
 * nested instances for Lit to create when a mark appears and to remove when it
 * goes. Marks are made and dropped by the hundred while zooming.
 */
function renderGlyphs(mark: MarkLayout, r: number, color: (i: number) => string): SVGTemplateResult | SVGTemplateResult[] {
  const [y0, y1, y2] = mark.ys;
  const d = r * 1.35;
  const diamond = (y: number) => `M0 ${y - d}L${d} ${y}L0 ${y + d}L${-d} ${y}Z`;
  if (mark.arity === 'unilateral' && mark.ys.length === 1) {
    return svg`<circle class="glyph" style=${partyColor(color(0))} cy=${y0} r=${r}></circle>`;
  }
  if (mark.arity === 'bilateral' && mark.ys.length === 2) {
    return svg`<circle class="glyph" style=${partyColor(color(0))} cy=${y0} r=${r}></circle><circle class="glyph" style=${partyColor(color(1))} cy=${y1} r=${r}></circle>`;
  }
  if (mark.arity === 'trilateral' && mark.ys.length === 3) {
    return svg`<path class="glyph" style=${partyColor(color(0))} d=${diamond(y0!)}></path><path class="glyph" style=${partyColor(color(1))} d=${diamond(y1!)}></path><path class="glyph" style=${partyColor(color(2))} d=${diamond(y2!)}></path>`;
  }
  return mark.ys.map((y, i) => renderGlyph(mark.arity, 0, y, r, color(i)));
}

/**
 * The connector across the mark's lanes, one path of runs, broken where it
 * crosses the lane of a party that did not take part (see `computeConnector`).
 */
const renderConnector = (mark: MarkLayout, lanes: readonly LaneLayout[]) =>
  svg`<path class="connector" d=${computeConnectorPath(computeConnector(mark.ys, lanes).segments)}></path>`;

function renderMark(view: ChartView, mark: MarkLayout): SVGTemplateResult {
  const parties = view.eventParties(mark.eventId);
  const r = RADIUS[mark.importance];
  const selected = mark.eventId === view.selectedId;
  // The span's end, relative to the mark.
  const end = mark.xEnd === undefined ? undefined : mark.xEnd - mark.cx;
  const x0 = Math.min(0, end ?? 0);
  const x1 = Math.max(0, end ?? 0);
  const pad = r + 5;
  const color = (i: number) => view.partyColor(parties[i] ?? '');
  // Drawn under the glyphs, in this order. Most marks have only a connector: one template, not a list.
  const connector = mark.ys.length > 1 ? renderConnector(mark, view.lanes) : nothing;
  const under =
    mark.band || end !== undefined || selected
      ? [
          mark.band
            ? mark.ys.map(
                (y, i) =>
                  svg`<line class="band" style=${partyColor(color(i))} x1=${mark.band![0] - mark.cx} x2=${mark.band![1] - mark.cx} y1=${y} y2=${y}></line>`,
              )
            : nothing,
          end !== undefined
            ? mark.ys.map((y, i) => svg`<line class="span" style=${partyColor(color(i))} x1="0" x2=${end} y1=${y} y2=${y}></line>`)
            : nothing,
          connector,
          selected ? mark.ys.map((y) => svg`<circle class="halo" cy=${y} r=${r + 4}></circle>`) : nothing,
        ]
      : connector;
  // No whitespace between the tags: it would be a text node per gap, made and removed with every mark.
  return svg`<g transform=${translate(mark.cx)} class="event ${mark.arity}${selected ? ' selected' : ''}" part="event${selected ? ' event-selected' : ''}" data-event-id=${mark.eventId} role="button" tabindex=${view.tabStop?.kind === 'event' && view.tabStop.id === mark.eventId ? 0 : -1} aria-label=${view.eventName(mark.eventId)} aria-pressed=${selected ? 'true' : 'false'}><rect class="hit" x=${x0 - pad} y=${mark.yMin - pad} width=${x1 - x0 + 2 * pad} height=${mark.yMax - mark.yMin + 2 * pad}></rect>${under}${renderGlyphs(mark, r, color)}</g>`;
}

/** A cluster keeps its id list while the zoom level stays, and a list can hold thousands: joined once. */
const joinedIds = new WeakMap<readonly string[], string>();
function joinIds(ids: readonly string[]): string {
  let joined = joinedIds.get(ids);
  if (joined === undefined) joinedIds.set(ids, (joined = ids.join(' ')));
  return joined;
}

/**
 * Events too close to tell apart at this zoom: a spine over the lanes they
 * involve and a badge with their count. Activating it zooms in to them.
 */
function renderCluster(view: ChartView, cluster: ClusterLayout): SVGTemplateResult {
  const count = view.clusterCount(cluster.eventIds.length);
  const badgeWidth = computeBadgeWidth(count.length);
  const middle = (cluster.yMin + cluster.yMax) / 2;
  return svg`<g transform=${translate(cluster.cx)} class="cluster" part="cluster" data-event-ids=${joinIds(cluster.eventIds)} data-cluster-key=${cluster.key} role="button" tabindex=${view.tabStop?.kind === 'cluster' && view.tabStop.key === cluster.key ? 0 : -1} aria-label=${view.clusterName(cluster)}><rect class="hit" x=${-badgeWidth / 2 - 3} y=${cluster.yMin - 12} width=${badgeWidth + 6} height=${cluster.yMax - cluster.yMin + 24}></rect>${cluster.ys.length > 1 ? svg`<line class="spine" y1=${cluster.yMin} y2=${cluster.yMax}></line>` : nothing}<path class="dot" d=${computeDotsPath(cluster.ys, 3)}></path><rect class="badge" x=${-badgeWidth / 2} y=${middle - 9} width=${badgeWidth} height="18" rx="9"></rect><text class="count" y=${middle} text-anchor="middle" dominant-baseline="central">${count}</text></g>`;
}

/** Circles of radius `r` at x = 0 as one path: a cluster's dots share one style, so one node draws them all. */
function computeDotsPath(ys: readonly number[], r: number): string {
  let d = '';
  for (const y of ys) d += `M${-r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  return d;
}

/**
 * The lane chart: lanes with their labels, the time axis and one focusable
 * mark per event or cluster. Lanes and axis are hidden from assistive
 * technology because every mark's accessible name already says its parties
 * and date.
 */
export function renderChart(view: ChartView): SVGTemplateResult {
  const tickLabelY = view.axisY + 18;
  return svg`
    <g class="axis" part="axis" aria-hidden="true">
      ${repeat(
        view.ticks,
        (tick) => tick.value,
        (tick) =>
          svg`<g class="tick${tick.major ? ' major' : ''}" transform=${translate(tick.x)}><line y1="4" y2=${view.axisY}></line>${tick.label ? svg`<text y=${tickLabelY} text-anchor="middle">${tick.label}</text>` : nothing}</g>`,
      )}
    </g>
    <g class="lanes" aria-hidden="true">
      ${repeat(
        view.lanes,
        (lane) => lane.partyId,
        (lane) =>
          svg`<g class="lane" part="lane" data-party-id=${lane.partyId} style=${partyColor(view.partyColor(lane.partyId))}><line x1=${view.plotLeft - (view.rtl ? 0 : 6)} x2=${view.plotRight + (view.rtl ? 6 : 0)} y1=${lane.y} y2=${lane.y}></line><circle class="swatch" cx=${view.rtl ? view.labelX - 4 : view.labelX + 4} cy=${lane.y} r="4"></circle><text x=${view.rtl ? view.labelX - 14 : view.labelX + 14} y=${lane.y} dominant-baseline="central">${view.laneLabel(lane.partyId)}</text></g>`,
      )}
    </g>
    <g class="arcs" aria-hidden="true">
      ${view.arcs.map((d) => svg`<path class="arc" part="related-arc" d=${d}></path>`)}
    </g>
    ${view.labels ? renderEventLabels(view.labels) : nothing}
    <g class="marks">
      ${
        // Clusters are not keyed: each zoom level cuts its bins anew, so few clusters would keep
        // a key from one level to the next, and re-creating them all cost most of a zoom step.
        // Drawn in order, each cluster's nodes take the next cluster's attributes instead.
        view.clusters.map((cluster) => renderCluster(view, cluster))
      }
      ${repeat(
        view.marks,
        (mark) => mark.eventId,
        (mark) => renderMark(view, mark),
      )}
    </g>
  `;
}
