import { adoptStyles, html, nothing, render, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { timelineStyles } from './styles.js';
import { listStyles } from './render/list-styles.js';
import type { Arity, TimelineEvent, TimelineModel } from './data/model.js';
import { formatFault } from './data/model.js';
import { parseDate } from './data/dates.js';
import { DISPLAY_TEXT_LIMIT, parseTimeline } from './data/parse.js';
import { orderLanes } from './layout/lanes.js';
import { computeTimeExtent, createTimeScale, type TimeScale } from './layout/scale.js';
import { computeTicks, formatEventDate, formatTimelineDate } from './layout/labels.js';
import {
  layoutWindow,
  prepareTimeline,
  computeBadgeWidth,
  prepareZoomLevel,
  prepareZoomNeighbours,
  type ClusterLayout,
  type PreparedTimeline,
  type WindowLayout,
  type WindowOptions,
} from './layout/timeline.js';
import { findNeighbour, type NavigationItem } from './layout/navigation.js';
import { assignPartyColors } from './layout/colors.js';
import { groupByParties, type PartyGroups } from './layout/groups.js';
import {
  ARITIES,
  computeArcPath,
  computeFilterCounts,
  computePairs,
  matchesFilter,
  parsePair,
  type EventFilter,
  type FilterCounts,
  type PartyPair,
} from './layout/filters.js';
import { renderChart, type ChartView } from './render/chart.js';
import { renderDetail } from './render/detail.js';
import { renderList } from './render/list.js';
import { renderLegend, renderToolbar, type ControlsView } from './render/controls.js';
import { placeholderStyles, renderErrorPanel, renderLoadingPanel, renderStatusFigure } from './render/placeholder.js';
import type { SourceController, SourceState } from './controllers/source-controller.js';
import type { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { resolveStrings, type TimelineStrings } from './strings.js';
import type { EntenteErrorDetail, EntenteRenderDetail, EntenteTimeline } from './element.js';

/** Below this width the lanes use parties' short names and tighter spacing. */
const NARROW_WIDTH = 560;
/** Below this width `layout="auto"` shows the list: lanes need room to be read. */
const LIST_WIDTH = 480;
const DAY = 86_400_000;
/** The narrowest window zooming can reach. */
const MIN_WINDOW = 3 * DAY;
const LIST_PAGE = 100;
/** Pixel bins for clustering, and how many events a bin may hold before they merge. */
const BIN_WIDTH = 22;
const MAX_PER_BIN = 3;

/** Unicode isolation for data text inside SVG and accessible names, where `<bdi>` cannot go. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Shortens text for places with little room (accessible names, labels); the detail card keeps it whole. Cuts by code point. */
function shorten(text: string, limit = DISPLAY_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const points = Array.from(text);
  return points.length <= limit ? text : `${points.slice(0, limit).join('')}…`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are slow to create and every zoom frame formats counts: one per locale and style. */
function formatNumber(locale: string, value: number, compact = false): string {
  const key = `${locale}|${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {});
    numberFormats.set(key, format);
  }
  return format.format(value);
}

let intlWarmed = false;

/** Runs `callback` when the page is idle; returns what cancels it. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 1);
  return () => clearTimeout(handle);
}

interface FocusedItem {
  readonly element: Element;
  /** Navigation id: `e:` + event id or `c:` + cluster key. */
  readonly id: string;
  /** The event itself, or the cluster's first event. */
  readonly firstEvent: string;
  /** The chart's tab stop at the time. */
  readonly tabStop: string | undefined;
}

/** The document's title and description, if it has either. */
function renderHeader(model: TimelineModel | undefined): TemplateResult | typeof nothing {
  if (!model?.title && !model?.description) return nothing;
  return html`<figcaption class="header" part="header">
    ${model.title ? html`<span class="title" part="title" role="heading" aria-level="2"><bdi>${model.title}</bdi></span>` : nothing}
    ${model.description ? html`<p class="description" part="description"><bdi>${model.description}</bdi></p>` : nothing}
  </figcaption>`;
}

/** The timeline as drawn once its document is ready: header, toolbar, legend, then the chart or the list. */
function renderTimelineFigure(model: TimelineModel, controls: ControlsView, body: unknown): TemplateResult {
  return html`<figure class="base" part="base">
    ${renderHeader(model)} ${renderToolbar(controls)} ${renderLegend(controls)} ${body}
  </figure>`;
}

/**
 * Runs a generator one step per idle moment while `proceed` allows; returns
 * what cancels the steps still to come. Work split this way never holds the
 * page for longer than its longest step.
 */
function stepWhenIdle(steps: Iterator<unknown>, proceed: () => boolean = () => true): () => void {
  let cancel: (() => void) | undefined;
  const next = (): void => {
    cancel = undefined;
    if (proceed() && !steps.next().done) cancel = whenIdle(next);
  };
  cancel = whenIdle(next);
  return () => cancel?.();
}

/**
 * The first Intl formatter a page creates loads ICU's data, which takes tens of
 * milliseconds on a phone. Creating the formatters a render needs while the page
 * is idle (the element is near the viewport and its data is usually still on the
 * way) keeps that out of the first render.
 */
function warmIntl(locale: string): void {
  if (intlWarmed) return;
  intlWarmed = true;
  whenIdle(() => {
    formatNumber(locale, 0);
    const day = parseDate('2000-01-01');
    if (day) formatTimelineDate(day, locale);
    new Intl.ListFormat(locale, { type: 'conjunction' }).format([]);
  });
}

/** Whether this page has rehearsed a first render (see `TimelineView.rehearse`): its caches are the page's. */
let rehearsed = false;

/**
 * A document with a title and a description, every kind of mark (a lone party, two, three, four;
 * a day, a month, a year, an instant, a span) and a cluster, once a year for `years` years.
 */
const createRehearsal = (years: number) => ({
  version: 1,
  title: '-',
  description: '-',
  parties: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id })),
  events: Array.from({ length: years * 8 }, (_, index) => {
    const [date, parties, end] = [
      ['-01-01', 'AB'],
      ['-01-01', 'AC'],
      ['-01-01', 'BC'],
      ['-01-01', 'ABC'],
      ['-05', 'ABC', '-06'],
      ['', 'A'],
      ['-02-03T04:05:06+01:00', 'ABCD'],
      ['-07-08', 'BD'],
    ][index % 8]!;
    const year = 2000 + (index >> 3);
    return { id: `${index}`, date: year + date!, ...(end && { end: year + end }), title: '-', parties: [...parties!], related: index ? ['0'] : [] };
  }),
});

const windowOptions = (geometry: Geometry): WindowOptions => ({
  markGap: 14,
  visible: [geometry.plotLeft, geometry.plotRight],
  binWidth: BIN_WIDTH,
  maxPerBin: MAX_PER_BIN,
  clusterWidth: geometry.clusterWidth,
});

/** The part of the drawing that only changes with the data, the size or the reader's filters. */
interface Geometry {
  readonly model: TimelineModel;
  readonly width: number;
  readonly rtl: boolean;
  readonly locale: string;
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
  readonly colors: ReadonlyMap<string, string>;
  readonly maxScale: number;
  readonly narrow: boolean;
}

/** The part that changes with every zoom and pan. */
interface Frame {
  readonly scale: TimeScale;
  readonly window: WindowLayout;
  readonly ticks: ChartView['ticks'];
  /** Marks and clusters in drawing order, for the keyboard. */
  readonly items: readonly NavigationItem[];
}

/** Recomputes a value only when one of its inputs changed (by identity). */
class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;
  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.inputs || inputs.length !== this.inputs.length || inputs.some((input, i) => input !== this.inputs![i])) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value!;
  }
}

/** What the element shares with its view besides its public API. */
export interface ViewContext {
  readonly source: SourceController;
  readonly size: ResizeController;
  /** When the data (or the size or an option) last changed: `entente-render` reports the time since. */
  renderStart: number;
}

/**
 * Everything `<entente-timeline>` draws: layout, templates, stylesheets, zoom,
 * printing and the reader's state (filters, focus, hints). The element loads
 * this module only once it may work (near the viewport, or `loading="eager"`),
 * so a timeline below the fold costs an article nothing but the element's
 * shell; the element then hands its update cycle to the view (`willUpdate`,
 * `render`, `updated`), and the view reports back through the element's
 * public properties, methods and events.
 */
export class TimelineView implements ReactiveController {
  private readonly print: PrintController;
  private readonly zoom: ZoomController;
  private readonly geometryMemo = new Memo<Geometry | undefined>();
  private readonly frameMemo = new Memo<Frame>();
  private readonly pairsMemo = new Memo<readonly PartyPair[]>();
  private readonly countsMemo = new Memo<FilterCounts>();
  private readonly filterMemo = new Memo<EventFilter>();
  private readonly groupsMemo = new Memo<PartyGroups>();
  private geometry?: Geometry;
  private frame?: Frame;
  /**
   * The element's first update always brings a `layout` (its default), so
   * before this view existed a render was already owed: the first drawing
   * reports `entente-render`, whatever the layout.
   */
  private pendingRender = true;
  private reportedState?: SourceState;
  private windowedModel?: TimelineModel;
  private initialWindow?: [number, number];
  private focusAfterUpdate = false;
  private pendingFocusEvent?: string;
  /** The first event of the tab stop's mark or cluster: where the tab stop goes when a zoom splits or merges it. */
  private tabStopEvent?: string;
  /** The chart item focused when the update began (see `keepFocusOnItem`). */
  private focusedItem?: FocusedItem;
  /** Cancels the idle preparation of the next zoom levels, and the frame it was for. */
  private cancelNeighbours?: () => void;
  private neighboursFor?: { geometry: Geometry; k: number };
  /** Cancels the next step of the rehearsal (see `rehearse`). */
  private cancelRehearsal?: () => void;
  private hintShown = false;
  private hintTimer = 0;

  // The reader's state: a change re-renders, as a reactive property of the element would.
  private hiddenPartiesValue: ReadonlySet<string> = new Set();
  private hiddenAritiesValue: ReadonlySet<Arity> = new Set();
  private tabStopValue?: string;
  private hintValue?: string;
  private listLimitValue = LIST_PAGE;

  constructor(
    private readonly host: EntenteTimeline,
    private readonly context: ViewContext,
  ) {
    this.print = new PrintController(host);
    this.zoom = new ZoomController(
      host,
      () => host.renderRoot.querySelector<SVGSVGElement>('.chart svg'),
      () => this.showHint(),
    );
    host.addController(this);
    // The placeholder's rules stay first: the rest build on its colours and box.
    adoptStyles(host.renderRoot as ShadowRoot, [placeholderStyles, timelineStyles, listStyles]);
    this.cancelRehearsal = stepWhenIdle(this.rehearsalSteps(), () => this.context.source.state.status !== 'ready');
  }

  /**
   * A first render is slow for reasons that have nothing to do with its data:
   * Lit prepares each template the first time it meets it, and the engine runs
   * parse, layout and update code it has never seen in its slowest tier. So
   * once per page, while it is idle before any document has arrived (a fetch
   * is usually under way), the view rehearses: a small document of its own,
   * with every kind of mark and a cluster, drawn and then zoomed into a
   * detached node that nobody sees. Each step takes one idle moment, so the
   * page stays responsive; the rehearsal stops when the real data is there.
   * Nothing of it is kept but warm caches.
   */
  private *rehearsalSteps(): Generator<void> {
    if (rehearsed) return;
    rehearsed = true;
    performance.mark('entente:rehearse');
    const locale = this.resolvedLocale();
    const strings = this.resolvedStrings();
    const layOut = (years: number) => {
      const result = parseTimeline(createRehearsal(years));
      const model = result.ok ? result.model : undefined;
      const geometry = model && this.computeGeometry(model, 640, locale, false, { hiddenParties: new Set(), hiddenArities: new Set() });
      return { model, geometry, frame: geometry && this.computeFrame(geometry) };
    };
    const { model, geometry, frame } = layOut(6);
    if (!model || !geometry || !frame) return;
    const controls = this.controlsView(model, 'lanes', locale, strings);
    const stage = document.createElement('div');
    // Everything a first render draws, with an event selected that has a related event (so arcs
    // too), through the functions render() uses: each template is prepared once per page.
    const selected = model.eventById.get('1');
    const draw = (shown: Frame) =>
      render(renderTimelineFigure(model, controls, this.renderChartBody(geometry, shown, model, locale, strings, selected)), stage);
    yield;
    draw(frame);
    yield;
    // Parse and layout again with enough events for the engine to optimise their loops.
    layOut(50);
    // Zoomed in about the middle and back out, as a reader would: clusters split, marks come and go.
    for (const k of [2.8, 1]) {
      yield;
      const zoomed = this.computeFrame(geometry, zoomIdentity.translate(320 * (1 - k), 0).scale(k));
      prepareZoomNeighbours(geometry.prepared, zoomed.scale, windowOptions(geometry));
      draw(zoomed);
    }
  }

  private get hiddenParties(): ReadonlySet<string> {
    return this.hiddenPartiesValue;
  }
  private set hiddenParties(value: ReadonlySet<string>) {
    this.hiddenPartiesValue = value;
    this.host.requestUpdate();
  }

  private get hiddenArities(): ReadonlySet<Arity> {
    return this.hiddenAritiesValue;
  }
  private set hiddenArities(value: ReadonlySet<Arity>) {
    this.hiddenAritiesValue = value;
    this.host.requestUpdate();
  }

  private get tabStop(): string | undefined {
    return this.tabStopValue;
  }
  private set tabStop(value: string | undefined) {
    if (value === this.tabStopValue) return;
    this.tabStopValue = value;
    this.host.requestUpdate();
  }

  private get hint(): string | undefined {
    return this.hintValue;
  }
  private set hint(value: string | undefined) {
    if (value === this.hintValue) return;
    this.hintValue = value;
    this.host.requestUpdate();
  }

  private get listLimit(): number {
    return this.listLimitValue;
  }
  private set listLimit(value: number) {
    if (value === this.listLimitValue) return;
    this.listLimitValue = value;
    this.host.requestUpdate();
  }

  // ---- What the element's public methods ask -------------------------------

  /** Gives the selected event the chart's tab stop, and zooms in until it has a mark of its own. */
  reveal(event: TimelineEvent): void {
    this.tabStop = `e:${event.id}`;
    this.pendingFocusEvent = event.id;
    this.revealEvent(event);
  }

  /** Shows the calendar range [from, to), now or as soon as the chart has a size. */
  showWindow(from: number, to: number): void {
    this.initialWindow = [from, to];
    this.applyWindow();
  }

  /** Every party and arity shown, the whole timeline. */
  reset(): void {
    this.hiddenParties = new Set();
    this.hiddenArities = new Set();
    this.initialWindow = undefined;
    this.zoom.reset();
  }

  // ---- Context -------------------------------------------------------------

  private readonly localeMemo = new Memo<string>();

  /** The element's `locale`, else the document's, else the nearest `lang` on the page, else the browser's. */
  private resolvedLocale(): string {
    const host = this.host;
    const lang = host.closest('[lang]')?.getAttribute('lang');
    return this.localeMemo.get([host.locale, host.model?.locale, lang], () => {
      for (const candidate of [host.locale, host.model?.locale, lang, navigator.language]) {
        if (!candidate) continue;
        try {
          if (Intl.DateTimeFormat.supportedLocalesOf(candidate).length) return candidate;
        } catch {
          // A malformed tag from the page or the data: try the next source.
        }
      }
      return 'en';
    });
  }

  private resolvedStrings(): TimelineStrings {
    return resolveStrings(this.host.strings, this.resolvedLocale());
  }

  private effectiveLayout(): 'lanes' | 'list' {
    const layout = this.host.layout;
    if (this.print.printing) return 'list';
    if (layout === 'lanes' || layout === 'list') return layout;
    const width = this.context.size.width;
    return width > 0 && width < LIST_WIDTH ? 'list' : 'lanes';
  }

  // ---- The update cycle ----------------------------------------------------

  willUpdate(changed: PropertyValues<EntenteTimeline>): void {
    const host = this.host;
    this.focusedItem = this.describeFocusedItem();
    warmIntl(this.resolvedLocale());
    const state = this.context.source.state;
    const model = state.status === 'ready' ? state.model : undefined;
    if (model !== this.windowedModel) {
      // A new document: its own first view.
      this.windowedModel = model;
      this.listLimit = LIST_PAGE;
      if (model && host.start && host.end) host.zoomTo(host.start, host.end);
      else this.initialWindow = undefined;
      if (host.selected && !model?.eventById.has(host.selected)) host.selected = undefined;
    }
    if (model && (changed.has('start') || changed.has('end')) && host.start && host.end) host.zoomTo(host.start, host.end);

    const locale = this.resolvedLocale();
    // :dir() follows the dir attributes of the page without forcing a style recalculation on every zoom frame.
    const rtl = host.matches(':dir(rtl)');
    const filter = this.currentFilter();
    const width = this.context.size.width;
    const previous = this.geometry;
    this.geometry = this.geometryMemo.get([model, width, host.laneOrder, locale, rtl, filter], () =>
      model && width > 0 ? this.computeGeometry(model, width, locale, rtl, filter) : undefined,
    );
    if (this.geometry && this.geometry !== previous) {
      if (previous?.model === this.geometry.model && state === this.reportedState) this.context.renderStart = performance.now();
      this.zoom.setBounds({
        plotStart: this.geometry.scale.range()[0],
        plotEnd: this.geometry.scale.range()[1],
        height: this.geometry.height,
        maxScale: this.geometry.maxScale,
      });
      // Keep the reader's window (or the requested one) across a resize.
      if (previous && previous.model === this.geometry.model && !this.initialWindow) {
        const [t0, t1] = this.zoom.transform.rescaleX(previous.scale).domain();
        this.initialWindow = [+t0, +t1];
      }
      this.applyWindow();
      this.pendingRender = true;
    }
    if (changed.has('layout')) this.pendingRender = true;
    this.frame = this.geometry
      ? this.frameMemo.get([this.geometry, this.zoom.transform], () => this.computeFrame(this.geometry!))
      : undefined;
    this.ensureTabStop();
  }

  private computeGeometry(model: TimelineModel, width: number, locale: string, rtl: boolean, filter: EventFilter): Geometry {
    const narrow = width < NARROW_WIDTH;
    const laneHeight = narrow ? 40 : 46;
    const labelWidth = narrow ? 58 : Math.min(168, Math.round(width * 0.2));
    const gutter = 14;
    const plotLeft = rtl ? 12 : labelWidth + gutter;
    const plotRight = rtl ? width - labelWidth - gutter : width - 12;
    const { groups, groupOf } = this.partyGroups(model);
    const lanes = orderLanes(model.parties, groups, this.host.laneOrder === 'document' ? 'document' : 'auto');
    const extent = computeTimeExtent(model.events);
    const scale = createTimeScale(extent, rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
    const shown = this.shownGroups(model, filter);
    const prepared = prepareTimeline(model.events, lanes, { laneHeight, top: laneHeight / 2 + 6 }, (_, index) => shown[groupOf[index]!]!, groupOf);
    const axisY = prepared.height + 2;
    const badgeWidths = new Map<number, number>();
    return {
      model,
      width,
      rtl,
      locale,
      narrow,
      plotLeft,
      plotRight,
      labelX: rtl ? width : 0,
      axisY,
      height: axisY + 30,
      scale,
      prepared,
      colors: assignPartyColors(model.parties),
      maxScale: (extent[1] - extent[0]) / MIN_WINDOW,
      clusterWidth: (count) => {
        let width = badgeWidths.get(count);
        if (width === undefined) badgeWidths.set(count, (width = computeBadgeWidth(formatNumber(locale, count, true).length)));
        return width;
      },
    };
  }

  private computeFrame(geometry: Geometry, transform: ZoomTransform = this.zoom.transform): Frame {
    const scale = transform.rescaleX(geometry.scale);
    const window = layoutWindow(geometry.prepared, scale, windowOptions(geometry));
    const plotWidth = geometry.plotRight - geometry.plotLeft;
    const tickCount = Math.max(2, Math.floor(plotWidth / (geometry.narrow ? 64 : 80)));
    const ticks = computeTicks(scale, tickCount, geometry.locale)
      .map((tick) => ({ ...tick, x: scale(tick.value) }))
      .filter((tick) => tick.x >= geometry.plotLeft - 1 && tick.x <= geometry.plotRight + 1);
    const items: NavigationItem[] = [
      ...window.marks.map((mark) => ({ eventId: `e:${mark.eventId}`, cx: mark.cx, yMin: mark.yMin, yMax: mark.yMax })),
      ...window.clusters.map((cluster) => ({ eventId: `c:${cluster.key}`, cx: cluster.cx, yMin: cluster.yMin, yMax: cluster.yMax })),
    ].sort((a, b) => a.cx - b.cx);
    return { scale, window, ticks, items };
  }

  /** Applies the pending window (from `start`/`end`, `zoomTo` or before a resize) to the zoom. */
  private applyWindow(): void {
    const geometry = this.geometry;
    if (!geometry || !this.initialWindow) return;
    const [t0, t1] = this.initialWindow;
    this.initialWindow = undefined;
    this.zoom.showRange(geometry.scale(t0), geometry.scale(t1));
  }

  /** Keeps one mark the chart's tab stop, following the reader's focus through zooms and filters. */
  private ensureTabStop(): void {
    const items = this.frame?.items;
    if (!items?.length) return;
    const current = this.tabStop && items.find((item) => item.eventId === this.tabStop);
    if (current) {
      this.tabStopEvent = current.eventId.startsWith('c:')
        ? this.frame!.window.clusters.find((cluster) => `c:${cluster.key}` === current.eventId)?.eventIds[0]
        : current.eventId.slice(2);
      return;
    }
    const wanted = this.pendingFocusEvent ?? this.tabStopEvent ?? this.host.selected;
    if (wanted) {
      if (items.some((item) => item.eventId === `e:${wanted}`)) {
        this.tabStop = `e:${wanted}`;
        return;
      }
      const cluster = this.frame!.window.clusters.find((entry) => entry.eventIds.includes(wanted));
      if (cluster) {
        this.tabStop = `c:${cluster.key}`;
        return;
      }
    }
    this.tabStop = items[0]!.eventId;
  }

  /** Zooms in until the event has a mark of its own, if it is drawn at all. */
  private revealEvent(event: TimelineEvent): void {
    const geometry = this.geometry;
    if (!geometry || this.effectiveLayout() !== 'lanes') return;
    const visible = (frame: Frame) => frame.window.marks.some((mark) => mark.eventId === event.id);
    if (!geometry.prepared.entries.some((entry) => entry.event === event)) return;
    if (this.frame && visible(this.frame)) return;
    // Centre the event at the current zoom, then halve the window until it stands alone.
    const [from, to] = this.zoom.transform.rescaleX(geometry.scale).domain();
    let half = Math.abs(+to - +from) / 2;
    const t = event.date.start;
    while (half >= MIN_WINDOW / 2) {
      const x0 = geometry.scale(t - half);
      const x1 = geometry.scale(t + half);
      this.zoom.showRange(Math.min(x0, x1), Math.max(x0, x1));
      if (visible(this.computeFrame(geometry))) break;
      half /= 2;
    }
  }

  private showHint(): void {
    if (this.hintShown) return;
    this.hintShown = true;
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    this.hint = this.resolvedStrings().zoomHint(mac ? '⌘' : 'Ctrl');
    this.hintTimer = window.setTimeout(() => (this.hint = undefined), 2000);
  }

  hostDisconnected(): void {
    this.cancelRehearsal?.();
    this.cancelRehearsal = undefined;
    this.cancelNeighbours?.();
    this.cancelNeighbours = undefined;
    this.neighboursFor = undefined;
    clearTimeout(this.hintTimer);
    this.hint = undefined;
  }

  updated(): void {
    const host = this.host;
    const state = this.context.source.state;
    if (state !== this.reportedState) {
      this.reportedState = state;
      if (state.status === 'ready') {
        for (const warning of state.warnings) console.warn(`entente-timeline: ${formatFault(warning)}`);
        this.openDeepLink();
      } else if (state.status === 'error') {
        const message = this.errorMessage(state);
        console.error(`entente-timeline: ${message}`);
        host.dispatchEvent(
          new CustomEvent<EntenteErrorDetail>('entente-error', {
            detail: { reason: state.reason, message, fault: state.fault, status: state.httpStatus },
            bubbles: true,
            composed: true,
          }),
        );
      }
    }
    if (this.pendingRender && state.status === 'ready' && (this.geometry || this.effectiveLayout() === 'list')) {
      this.pendingRender = false;
      performance.mark('entente:render');
      const drawn =
        this.effectiveLayout() === 'list'
          ? Math.min(this.listLimit, this.listEvents().length)
          : (this.frame?.window.drawn ?? 0);
      host.dispatchEvent(
        new CustomEvent<EntenteRenderDetail>('entente-render', {
          detail: { events: drawn, warnings: state.warnings, ms: performance.now() - this.context.renderStart },
          bubbles: true,
          composed: true,
        }),
      );
    }
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.pendingFocusEvent = undefined;
      this.navElement(this.tabStop)?.focus();
    } else {
      this.keepFocusOnItem();
    }
    this.prepareNeighboursWhenIdle();
  }

  /**
   * After a zoom level is drawn, the levels a step in and out are prepared
   * while the page is idle: their bins, their clusters over what is in view and
   * those clusters' accessible names. The first step of the reader's next zoom
   * then only places and draws. A pan keeps the level, so it asks for nothing.
   */
  private prepareNeighboursWhenIdle(): void {
    const { geometry, frame } = this;
    const k = this.zoom.transform.k;
    if (!geometry || !frame || this.effectiveLayout() !== 'lanes') return;
    if (this.neighboursFor?.geometry === geometry && this.neighboursFor.k === k) return;
    this.neighboursFor = { geometry, k };
    this.cancelNeighbours?.();
    // A new document or size since: its names must not push the current ones out of their cache.
    this.cancelNeighbours = stepWhenIdle(this.neighbourSteps(geometry, frame.scale), () => geometry === this.geometry);
  }

  /** A level a step in, then its clusters' names, then the same a step out: one idle moment each. */
  private *neighbourSteps(geometry: Geometry, scale: TimeScale): Generator<void> {
    for (const factor of [Math.SQRT2, Math.SQRT1_2]) {
      const clusters = prepareZoomLevel(geometry.prepared, scale, windowOptions(geometry), factor);
      yield;
      const strings = this.resolvedStrings();
      for (const cluster of clusters) this.describeCluster(cluster, geometry.model, geometry.locale, strings);
      yield;
    }
  }

  /** Opens the event that the page address names (`#<element id>/<event id>`), once per document. */
  private openDeepLink(): void {
    const host = this.host;
    if (!host.deepLink || !host.id) return;
    const prefix = `#${encodeURIComponent(host.id)}/`;
    if (!location.hash.startsWith(prefix)) return;
    const id = decodeURIComponent(location.hash.slice(prefix.length));
    if (!host.model?.eventById.has(id)) return;
    host.select(id);
    host.scrollIntoView({ block: 'center' });
  }

  private partyGroups(model: TimelineModel): PartyGroups {
    return this.groupsMemo.get([model], () => groupByParties(model.events));
  }

  private readonly shownMemo = new Memo<readonly boolean[]>();

  /** Whether each party group passes the filter: the chart and the list ask the same question. */
  private shownGroups(model: TimelineModel, filter: EventFilter): readonly boolean[] {
    return this.shownMemo.get([model, filter], () => this.partyGroups(model).groups.map((group) => matchesFilter(group, filter)));
  }

  private currentFilter(): EventFilter {
    const model = this.host.model;
    return this.filterMemo.get([this.hiddenParties, this.hiddenArities, this.host.focusPair, model], () => ({
      hiddenParties: this.hiddenParties,
      hiddenArities: this.hiddenArities,
      pair: parsePair(this.host.focusPair, (id) => !!model?.partyById.has(id)),
    }));
  }

  private readonly listMemo = new Memo<readonly TimelineEvent[]>();

  /** The events the list shows, filtered once per document and filter rather than on every render. */
  private listEvents(): readonly TimelineEvent[] {
    const model = this.host.model;
    const filter = this.currentFilter();
    return this.listMemo.get([model, filter], () => {
      if (!model) return [];
      const { groupOf } = this.partyGroups(model);
      const shown = this.shownGroups(model, filter);
      return model.events.filter((_, index) => shown[groupOf[index]!]);
    });
  }

  /** The chart item that has focus, if one has, with its navigation id and first event. */
  private describeFocusedItem(): FocusedItem | undefined {
    const element = (this.host.renderRoot as ShadowRoot).activeElement;
    if (!element?.matches('.event, .cluster')) return undefined;
    const eventId = element.getAttribute('data-event-id');
    const tabStop = this.tabStop;
    if (eventId !== null) return { element, id: `e:${eventId}`, firstEvent: eventId, tabStop };
    // The frame that drew it, not its attribute: ids may hold the spaces that join them there.
    const key = element.getAttribute('data-cluster-key');
    const cluster = this.frame?.window.clusters.find((entry) => entry.key === key);
    return cluster && { element, id: `c:${key}`, firstEvent: cluster.eventIds[0]!, tabStop };
  }

  /**
   * Clusters are drawn into the nodes of the previous level's clusters, so a
   * zoom can hand the focused node to another cluster. Focus then moves to
   * the tab stop if it was there (ensureTabStop has followed the reader's
   * event), or else to the item that now holds the focused item's first event.
   * A focused node that the update removed hands focus to the tab stop.
   */
  private keepFocusOnItem(): void {
    const before = this.focusedItem;
    this.focusedItem = undefined;
    if (!before) return;
    // Its node went with a cluster the zoom no longer draws: the tab stop takes focus.
    if (!before.element.isConnected) {
      if (!(this.host.renderRoot as ShadowRoot).activeElement) this.navElement(this.tabStop)?.focus({ preventScroll: true });
      return;
    }
    const now = this.describeFocusedItem();
    if (!now || now.element !== before.element || now.id === before.id) return;
    let id = this.tabStop;
    if (before.id !== before.tabStop) {
      const own = `e:${before.firstEvent}`;
      const cluster = this.frame?.window.clusters.find((entry) => entry.eventIds.includes(before.firstEvent));
      if (this.frame?.items.some((item) => item.eventId === own)) id = own;
      else if (cluster) id = `c:${cluster.key}`;
    }
    if (!id || id === now.id) return;
    this.tabStop = id;
    this.navElement(id)?.focus({ preventScroll: true });
  }

  private navElement(id: string | undefined): SVGElement | null {
    if (!id) return null;
    const selector = id.startsWith('e:')
      ? `.event[data-event-id="${CSS.escape(id.slice(2))}"]`
      : `.cluster[data-cluster-key="${CSS.escape(id.slice(2))}"]`;
    return this.host.renderRoot.querySelector<SVGElement>(selector);
  }

  /** The plain-language reason a document cannot be shown, without the fault's path. */
  private errorReason(state: Extract<SourceState, { status: 'error' }>): string {
    const errors = this.resolvedStrings().errors;
    if (state.reason === 'http') return errors.http(state.httpStatus ?? 0);
    return {
      network: errors.network,
      timeout: errors.timeout,
      'too-large': errors.tooLarge,
      'not-json': errors.notJson,
      invalid: errors.invalid,
    }[state.reason];
  }

  private errorMessage(state: Extract<SourceState, { status: 'error' }>): string {
    const reason = this.errorReason(state);
    return state.fault ? `${reason} ${formatFault(state.fault)}` : reason;
  }

  // ---- Interaction ---------------------------------------------------------

  private activate(navId: string): void {
    if (navId.startsWith('e:')) {
      const id = navId.slice(2);
      this.tabStop = navId;
      this.host.select(id === this.host.selected ? null : id);
      return;
    }
    const cluster = this.frame?.window.clusters.find((entry) => `c:${entry.key}` === navId);
    if (cluster) this.expandCluster(cluster);
  }

  /** Zooms in to a cluster's time range so its events separate; focus goes to the first of them. */
  private expandCluster(cluster: ClusterLayout): void {
    const geometry = this.geometry;
    if (!geometry) return;
    const pad = Math.max((cluster.stop - cluster.start) * 0.25, DAY);
    const x0 = geometry.scale(cluster.start - pad);
    const x1 = geometry.scale(cluster.stop + pad);
    this.pendingFocusEvent = cluster.eventIds[0];
    this.tabStop = undefined;
    this.focusAfterUpdate = true;
    this.zoom.showRange(Math.min(x0, x1), Math.max(x0, x1));
  }

  private readonly onChartClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest?.('.event, .cluster');
    if (!target) return;
    const id = target.getAttribute('data-event-id');
    const key = target.getAttribute('data-cluster-key');
    this.activate(id !== null ? `e:${id}` : `c:${key}`);
  };

  private readonly onChartKeyDown = (event: KeyboardEvent): void => {
    const frame = this.frame;
    const current = this.tabStop;
    if (!frame || !current) return;
    const item = frame.items.find((entry) => entry.eventId === current);
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.activate(current);
        return;
      case 'Escape':
        if (!this.host.selected) return;
        event.preventDefault();
        this.closeDetail();
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.zoom.scaleBy(2, item?.cx);
        this.focusAfterUpdate = true;
        return;
      case '-':
      case '_':
        event.preventDefault();
        this.zoom.scaleBy(0.5, item?.cx);
        this.focusAfterUpdate = true;
        return;
    }
    const next = findNeighbour(frame.items, frame.items.map((entry) => entry.eventId), current, event.key);
    if (next && next !== current) {
      event.preventDefault();
      this.tabStop = next;
      this.focusAfterUpdate = true;
    }
  };

  private readonly retrySource = (): void => this.context.source.retry();

  private readonly closeDetail = (): void => {
    const id = this.host.selected;
    this.host.select(null);
    if (id && this.effectiveLayout() === 'lanes') {
      this.tabStop = `e:${id}`;
      this.focusAfterUpdate = true;
    }
  };

  private readonly selectRelated = (id: string): void => {
    this.host.select(id);
    this.focusAfterUpdate = true;
  };

  private toggleArity(arity: Arity): void {
    const next = new Set(this.hiddenArities);
    if (!next.delete(arity)) next.add(arity);
    this.hiddenArities = next;
  }

  private toggleParty(id: string): void {
    const next = new Set(this.hiddenParties);
    if (!next.delete(id)) next.add(id);
    this.hiddenParties = next;
  }

  // ---- Rendering -----------------------------------------------------------

  private renderPanel(): TemplateResult {
    const state = this.context.source.state;
    const strings = this.resolvedStrings();
    if (state.status === 'error') {
      return renderErrorPanel(
        strings.errorTitle,
        this.errorReason(state),
        state.fault ? html`<code>${formatFault(state.fault)}</code>` : nothing,
        state.retryable ? { label: strings.retry, onRetry: this.retrySource } : undefined,
      );
    }
    if (state.status === 'ready') {
      return html`<div class="panel empty" part="empty" role="status">${strings.empty}</div>`;
    }
    return renderLoadingPanel(strings.loading);
  }

  /** Accessible names, kept while the document, language and strings stay: every zoom frame re-renders the marks. */
  private readonly namesMemo = new Memo<{
    names: Map<string, string>;
    clusters: Map<string, string>;
    clusterLists: WeakMap<readonly string[], string>;
    list: Intl.ListFormat;
  }>();

  private accessibleNames(model: TimelineModel, locale: string) {
    return this.namesMemo.get([model, locale, this.host.strings], () => ({
      names: new Map<string, string>(),
      clusters: new Map<string, string>(),
      clusterLists: new WeakMap<readonly string[], string>(),
      list: new Intl.ListFormat(locale, { type: 'conjunction' }),
    }));
  }

  private describeCluster(cluster: ClusterLayout, model: TimelineModel, locale: string, strings: TimelineStrings): string {
    const { clusters, clusterLists } = this.accessibleNames(model, locale);
    // A cluster keeps its id list while its zoom level is kept: every pan frame finds its name here.
    let name = clusterLists.get(cluster.eventIds);
    if (name !== undefined) return name;
    // A level made again (after it was dropped) has new lists for the same clusters.
    const firstId = cluster.eventIds[0]!;
    const lastId = cluster.eventIds[cluster.eventIds.length - 1]!;
    // The first id's length makes the key unambiguous, whatever characters ids hold.
    const key = `${cluster.eventIds.length}:${firstId.length}:${firstId}${lastId}`;
    name = clusters.get(key);
    if (name === undefined) {
      const first = model.eventById.get(firstId)!;
      const last = model.eventById.get(lastId)!;
      const dates = formatEventDate({ ...first, end: last.end ?? last.date }, locale);
      name = strings.clusterName(cluster.eventIds.length, formatNumber(locale, cluster.eventIds.length), dates);
      clusters.set(key, name);
    }
    clusterLists.set(cluster.eventIds, name);
    return name;
  }

  private describeEvent(event: TimelineEvent, model: TimelineModel, locale: string, strings: TimelineStrings): string {
    const { names, list } = this.accessibleNames(model, locale);
    let name = names.get(event.id);
    if (name === undefined) {
      const parties = list.format(event.parties.map((id) => isolate(shorten(model.partyById.get(id)?.name ?? id, 80))));
      name = `${formatEventDate(event, locale)}, ${strings.arity[event.arity]}: ${parties}. ${isolate(shorten(event.title))}`;
      names.set(event.id, name);
    }
    return name;
  }

  private controlsView(model: TimelineModel, layout: 'lanes' | 'list', locale: string, strings: TimelineStrings): ControlsView {
    const filter = this.currentFilter();
    const { groups } = this.partyGroups(model);
    const counts = this.countsMemo.get([model, filter], () => computeFilterCounts(groups, filter));
    const numbers = { format: (value: number) => formatNumber(locale, value) };
    const pairs = this.pairsMemo.get([model], () => computePairs(groups, model.parties.map((party) => party.id)));
    const name = (id: string) => model.partyById.get(id)?.name ?? id;
    const colors = this.geometry?.colors ?? assignPartyColors(model.parties);
    const arities = ARITIES.filter((arity) => groups.some((group) => group.arity === arity));
    return {
      strings,
      countLabel: strings.eventCount(counts.shown, numbers.format(counts.shown)),
      arities: arities.map((arity) => ({
        key: arity,
        label: strings.arity[arity],
        count: numbers.format(counts.arities.get(arity) ?? 0),
        shown: !this.hiddenArities.has(arity),
      })),
      parties:
        model.parties.length > 1
          ? model.parties.map((party) => ({
              key: party.id,
              label: party.name,
              flag: party.flag,
              color: colors.get(party.id),
              count: numbers.format(counts.parties.get(party.id) ?? 0),
              shown: !this.hiddenParties.has(party.id),
            }))
          : [],
      pairs: pairs.map((pair) => ({
        key: `${pair.first},${pair.second}`,
        label: `${strings.pair(name(pair.first), name(pair.second))} (${numbers.format(pair.count)})`,
      })),
      pair: filter.pair ? filter.pair.join(',') : undefined,
      layout,
      zoomed: this.zoom.transform.k > 1.0001,
      onArity: (arity) => this.toggleArity(arity),
      onParty: (id) => this.toggleParty(id),
      onPair: (key) => (this.host.focusPair = key || undefined),
      onZoomIn: () => this.zoom.scaleBy(2),
      onZoomOut: () => this.zoom.scaleBy(0.5),
      onReset: () => this.zoom.reset(),
      onLayout: () => {
        this.host.layout = layout === 'list' ? 'lanes' : 'list';
      },
    };
  }

  private renderChartBlock(geometry: Geometry, frame: Frame, model: TimelineModel, locale: string, strings: TimelineStrings, selected?: string): TemplateResult {
    const maxLabel = geometry.narrow ? 6 : Math.max(8, Math.floor((geometry.rtl ? geometry.width - geometry.plotRight : geometry.plotLeft) / 8) - 2);
    const { marks, clusters } = frame.window;
    const selectedMark = selected ? marks.find((mark) => mark.eventId === selected) : undefined;
    const arcs: string[] = [];
    if (selectedMark) {
      for (const id of model.eventById.get(selectedMark.eventId)?.related ?? []) {
        const target = marks.find((mark) => mark.eventId === id) ?? clusters.find((cluster) => cluster.eventIds.includes(id));
        if (target) arcs.push(computeArcPath(selectedMark.cx, selectedMark.yMin, target.cx, target.yMin, 2));
      }
    }
    const view: ChartView = {
      width: geometry.width,
      height: geometry.height,
      plotLeft: geometry.plotLeft,
      plotRight: geometry.plotRight,
      labelX: geometry.labelX,
      rtl: geometry.rtl,
      axisY: geometry.axisY,
      lanes: geometry.prepared.lanes,
      marks: frame.window.marks,
      clusters: frame.window.clusters,
      ticks: frame.ticks,
      arcs,
      label: model.title ?? strings.chartLabel,
      selectedId: selected,
      tabStop: this.tabStop,
      laneLabel: (id) => {
        const party = model.partyById.get(id);
        if (!party) return id;
        const name = geometry.narrow || party.name.length > maxLabel ? (party.short ?? party.name) : party.name;
        const shown = name.length > maxLabel ? `${name.slice(0, maxLabel - 1)}…` : name;
        return party.flag ? `${party.flag} ${isolate(shown)}` : isolate(shown);
      },
      partyColor: (id) => geometry.colors.get(id) ?? 'currentColor',
      eventParties: (id) => model.eventById.get(id)?.parties ?? [],
      eventName: (id) => {
        const event = model.eventById.get(id);
        return event ? this.describeEvent(event, model, locale, strings) : id;
      },
      clusterName: (cluster) => this.describeCluster(cluster, model, locale, strings),
      clusterCount: (count) => formatNumber(locale, count, true),
    };
    return html`<div class="chart" part="chart">
      <svg
        role="group"
        aria-label=${isolate(shorten(view.label))}
        width=${view.width}
        height=${view.height}
        viewBox="0 0 ${view.width} ${view.height}"
        @click=${this.onChartClick}
        @keydown=${this.onChartKeyDown}
      >
        ${renderChart(view)}
      </svg>
      ${this.hint ? html`<div class="hint" role="status">${this.hint}</div>` : nothing}
    </div>`;
  }

  private renderDetailFor(
    event: TimelineEvent,
    model: TimelineModel,
    locale: string,
    strings: TimelineStrings,
    titleId?: string,
  ): TemplateResult {
    const colors = this.geometry?.colors ?? assignPartyColors(model.parties);
    return renderDetail({
      model,
      event,
      strings,
      date: formatEventDate(event, locale),
      partyColor: (id) => colors.get(id) ?? 'currentColor',
      relatedLabel: (entry) => `${formatEventDate(entry, locale)}: ${shorten(entry.title)}`,
      onClose: this.closeDetail,
      onSelect: this.selectRelated,
      titleId,
    });
  }

  render(): TemplateResult {
    const host = this.host;
    const state = this.context.source.state;
    const model = host.model;
    const strings = this.resolvedStrings();
    if (state.status !== 'ready' || !model || model.events.length === 0) {
      return renderStatusFigure(renderHeader(model), this.renderPanel());
    }
    const locale = this.resolvedLocale();
    const layout = this.effectiveLayout();
    const controls = this.controlsView(model, layout, locale, strings);
    const selectedEvent = host.selected ? model.eventById.get(host.selected) : undefined;
    let body: unknown = nothing;
    if (layout === 'list') {
      const events = this.listEvents();
      const colors = this.geometry?.colors ?? assignPartyColors(model.parties);
      body = renderList({
        model,
        events,
        strings,
        locale,
        formatDate: (event) => formatEventDate(event, locale),
        partyColor: (id) => colors.get(id) ?? 'currentColor',
        expandedId: host.selected,
        expandAll: this.print.printing,
        limit: this.listLimit,
        showMoreLabel: (remaining) => strings.showMore(remaining, formatNumber(locale, remaining)),
        onToggle: (id) => host.select(id === host.selected ? null : id),
        onShowMore: () => {
          // Focus the first newly shown item; the button itself moves down or goes away.
          const first = this.listLimit;
          this.listLimit += LIST_PAGE;
          void host.updateComplete.then(() =>
            host.renderRoot.querySelectorAll<HTMLButtonElement>('[part="list-toggle"]')[first]?.focus(),
          );
        },
        renderDetail: (event, titleId) => this.renderDetailFor(event, model, locale, strings, titleId),
      });
    } else if (this.geometry && this.frame) {
      body = this.renderChartBody(this.geometry, this.frame, model, locale, strings, selectedEvent);
    }
    return renderTimelineFigure(model, controls, body);
  }

  /** The chart and, under it, the selected event's card in a live region. */
  private renderChartBody(
    geometry: Geometry,
    frame: Frame,
    model: TimelineModel,
    locale: string,
    strings: TimelineStrings,
    selectedEvent: TimelineEvent | undefined,
  ): TemplateResult {
    return html`${this.renderChartBlock(geometry, frame, model, locale, strings, selectedEvent?.id)}
      <div aria-live="polite">${selectedEvent ? this.renderDetailFor(selectedEvent, model, locale, strings) : nothing}</div>`;
  }
}
