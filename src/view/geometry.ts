import type { ZoomTransform } from 'd3-zoom';
import type { TimelineModel } from '../data/model.js';
import { AXIS_GAP, computeChartHeight, computeLaneHeight, computeLanesTop } from '../layout/chart-height.js';
import { orderLanes } from '../layout/lanes.js';
import { computeTimeExtent, createTimeScale, DAY, type TimeScale } from '../layout/scale.js';
import { computeTicks, type LocaleDates, type Tick } from '../layout/labels.js';
import {
  computeBadgeWidth,
  createZoomLevels,
  layoutWindow,
  prepareTimeline,
  type ClusterLayout,
  type PreparedTimeline,
  type WindowLayout,
  type WindowOptions,
  type ZoomLevels,
} from '../layout/timeline.js';
import { clusterNavId, eventNavId } from '../layout/nav-id.js';
import type { NavigationItem } from '../layout/navigation.js';
import { assignPartyColors } from '../layout/colors.js';
import { estimateTextWidth } from '../layout/text.js';
import type { PartyGroups } from '../layout/groups.js';
import { formatNumber, getLocaleDates } from './format.js';

/** Below this width the lanes use parties' short names and tighter spacing. */
export const NARROW_WIDTH = 560;
/** Below this width `layout="auto"` shows the list: lanes need room to be read. */
export const LIST_WIDTH = 480;

/** What `layout` shows: the list in print and below `LIST_WIDTH` when `auto`, else what was asked. */
export function chooseLayout(requested: 'auto' | 'lanes' | 'list', printing: boolean, width: number): 'lanes' | 'list' {
  if (printing) return 'list';
  if (requested === 'lanes' || requested === 'list') return requested;
  return width > 0 && width < LIST_WIDTH ? 'list' : 'lanes';
}
/** The narrowest window zooming can reach. */
export const MIN_WINDOW = 3 * DAY;
/** Pixel bins for clustering, and how many events a bin may hold before they merge. */
const BIN_WIDTH = 22;
const MAX_PER_BIN = 3;

/** The part of the drawing that only changes with the data, the size or the reader's filters. */
export interface Geometry {
  readonly model: TimelineModel;
  readonly width: number;
  readonly rtl: boolean;
  readonly locale: string;
  /** The axis's date formatters, kept with the geometry: every zoom frame labels its ticks. */
  readonly dates: LocaleDates;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly labelX: number;
  readonly axisY: number;
  readonly height: number;
  /** The unzoomed scale; its range runs right to left in right-to-left pages. */
  readonly scale: TimeScale;
  /** Width of a cluster's badge by its count, in this locale (see `WindowOptions.clusterWidth`). */
  readonly clusterWidth: (count: number) => number;
  readonly prepared: PreparedTimeline;
  /** The zoom levels cut so far for `prepared`: made with this geometry and dropped with it. */
  readonly zoomLevels: ZoomLevels;
  readonly colors: ReadonlyMap<string, string>;
  readonly maxScale: number;
  readonly narrow: boolean;
}

/** The part that changes with every zoom and pan. */
export interface Frame {
  readonly scale: TimeScale;
  readonly window: WindowLayout;
  readonly ticks: readonly (Tick & { readonly x: number })[];
  /** Marks and clusters in drawing order, for the keyboard. */
  readonly items: readonly NavigationItem[];
}

export interface GeometryInput {
  readonly model: TimelineModel;
  readonly width: number;
  readonly locale: string;
  readonly rtl: boolean;
  readonly laneOrder: 'auto' | 'document';
  readonly groups: PartyGroups;
  /** Whether each party group passes the reader's filter. */
  readonly shown: readonly boolean[];
}

/** Lays out lanes, scale and the prepared timeline for one document, width, direction, locale and filter. */
export function computeGeometry({ model, width, locale, rtl, laneOrder, groups: { groups, groupOf }, shown }: GeometryInput): Geometry {
  const narrow = width < NARROW_WIDTH;
  const laneHeight = computeLaneHeight(narrow);
  const labelWidth = narrow ? 58 : Math.min(168, Math.round(width * 0.2));
  const gutter = 14;
  const plotLeft = rtl ? 12 : labelWidth + gutter;
  const plotRight = rtl ? width - labelWidth - gutter : width - 12;
  const lanes = orderLanes(model.parties, groups, laneOrder);
  const extent = computeTimeExtent(model.events);
  const scale = createTimeScale(extent, rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
  const prepared = prepareTimeline(
    model.events,
    lanes,
    { laneHeight, top: computeLanesTop(laneHeight) },
    (_, index) => shown[groupOf[index]!]!,
    groupOf,
  );
  const axisY = prepared.height + AXIS_GAP;
  const badgeWidths = new Map<number, number>();
  return {
    model,
    width,
    rtl,
    locale,
    dates: getLocaleDates(locale),
    narrow,
    plotLeft,
    plotRight,
    labelX: rtl ? width : 0,
    axisY,
    height: computeChartHeight(lanes.length, narrow),
    scale,
    prepared,
    zoomLevels: createZoomLevels(),
    colors: assignPartyColors(model.parties),
    maxScale: (extent[1] - extent[0]) / MIN_WINDOW,
    clusterWidth: (count) => {
      let badge = badgeWidths.get(count);
      if (badge === undefined) badgeWidths.set(count, (badge = computeBadgeWidth(formatNumber(locale, count, true).length)));
      return badge;
    },
  };
}

/** How the geometry's events are windowed and clustered; its zoom levels are kept in the geometry. */
export const windowOptions = (geometry: Geometry): WindowOptions => ({
  markGap: 12,
  visible: [geometry.plotLeft, geometry.plotRight],
  binWidth: BIN_WIDTH,
  maxPerBin: MAX_PER_BIN,
  clusterWidth: geometry.clusterWidth,
  zoomLevels: geometry.zoomLevels,
});

/** The axis labels' type size (`.tick text`: 0.78em of a page's 16–17 px), and the space kept between two. */
const TICK_FONT_SIZE = 13;
const TICK_GAP = 6;

/** The visible ticks of about `count`, placed. */
function placeTicks(geometry: Geometry, scale: TimeScale, count: number): (Tick & { x: number })[] {
  return computeTicks(scale, count, geometry.dates)
    .map((tick) => ({ ...tick, x: scale(tick.value) }))
    .filter((tick) => tick.x >= geometry.plotLeft - 1 && tick.x <= geometry.plotRight + 1);
}

/** Whether no two neighbouring tick labels meet (centred on their ticks, in either direction of time). */
function areLabelsApart(ticks: readonly (Tick & { x: number })[]): boolean {
  const half = (tick: Tick) => estimateTextWidth(tick.label, TICK_FONT_SIZE) / 2;
  return ticks.every((tick, i) => i === 0 || Math.abs(tick.x - ticks[i - 1]!.x) >= half(tick) + half(ticks[i - 1]!) + TICK_GAP);
}

/**
 * The ticks with a label on every `step`th only, counted from the first that starts a year (it names
 * the year), for the smallest step whose labels do not meet. Every tick keeps its line: fewer ticks
 * would not do, as the time intervals jump from three months to a year (a year's axis with one tick).
 */
function thinLabels(ticks: (Tick & { x: number })[]): (Tick & { x: number })[] {
  const first = Math.max(
    0,
    ticks.findIndex((tick) => tick.major),
  );
  let kept = ticks;
  for (let step = 2; step < ticks.length && !areLabelsApart(kept.filter((tick) => tick.label)); step++) {
    kept = ticks.map((tick, i) => ((i - first) % step ? { ...tick, label: '' } : tick));
  }
  return kept;
}

/** Lays out what one zoom transform shows: marks, clusters, ticks and the keyboard's items. */
export function computeFrame(geometry: Geometry, transform: ZoomTransform): Frame {
  const scale = transform.rescaleX(geometry.scale);
  const window = layoutWindow(geometry.prepared, scale, windowOptions(geometry));
  const plotWidth = geometry.plotRight - geometry.plotLeft;
  // Labels that would meet (long month names, "янв. 2021 г.", or BC years) are left off every other tick, or more.
  const ticks = thinLabels(placeTicks(geometry, scale, Math.max(2, Math.floor(plotWidth / (geometry.narrow ? 64 : 80)))));
  const items: NavigationItem[] = [
    ...window.marks.map((mark) => ({ nav: eventNavId(mark.eventId), cx: mark.cx, yMin: mark.yMin, yMax: mark.yMax })),
    ...window.clusters.map((cluster) => ({ nav: clusterNavId(cluster.key), cx: cluster.cx, yMin: cluster.yMin, yMax: cluster.yMax })),
  ].sort((a, b) => a.cx - b.cx);
  return { scale, window, ticks, items };
}

/** The pixel range to zoom to so that a cluster's events separate: its time range, padded. */
export function computeClusterRange(geometry: Geometry, cluster: ClusterLayout): [number, number] {
  const pad = Math.max((cluster.stop - cluster.start) * 0.25, DAY);
  const x0 = geometry.scale(cluster.start - pad);
  const x1 = geometry.scale(cluster.stop + pad);
  return [Math.min(x0, x1), Math.max(x0, x1)];
}

/**
 * The pixel ranges to try, widest first, to give event time `t` a mark of its
 * own: centred on it at the current window's width, then halving down to the
 * narrowest window zooming reaches.
 */
export function* revealRanges(geometry: Geometry, window: readonly [number, number], t: number): Generator<[number, number]> {
  let half = Math.abs(window[1] - window[0]) / 2;
  while (half >= MIN_WINDOW / 2) {
    const x0 = geometry.scale(t - half);
    const x1 = geometry.scale(t + half);
    yield [Math.min(x0, x1), Math.max(x0, x1)];
    half /= 2;
  }
}

/** The frame's cluster that holds an event, if one does. */
export const findClusterOf = (frame: Frame, eventId: string): ClusterLayout | undefined =>
  frame.window.clusters.find((cluster) => cluster.eventIds.includes(eventId));
