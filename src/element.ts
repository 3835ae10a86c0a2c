import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Arity, Fault, TimelineEvent, TimelineModel } from './data/model.js';
import { formatFault } from './data/model.js';
import { parseDate } from './data/dates.js';
import { DISPLAY_TEXT_LIMIT } from './data/parse.js';
import { orderLanes } from './layout/lanes.js';
import { computeTimeExtent, createTimeScale, type TimeScale } from './layout/scale.js';
import { computeTicks, formatEventDate, formatTimelineDate } from './layout/labels.js';
import {
  layoutWindow,
  prepareTimeline,
  type ClusterLayout,
  type PreparedTimeline,
  type WindowLayout,
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
import { SourceController, type LoadFailure, type SourceState } from './controllers/source-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { VisibilityController } from './controllers/visibility-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { resolveStrings, type TimelineStrings } from './strings.js';
import { timelineStyles } from './styles.js';
import { listStyles } from './render/list-styles.js';

export interface EntenteRenderDetail {
  /** How many events are drawn, alone or inside clusters. */
  readonly events: number;
  /** Every part of the document that was dropped or changed, with its JSON path. */
  readonly warnings: readonly Fault[];
  /** Milliseconds from receiving the data (or the size or option change) to the drawn chart. */
  readonly ms: number;
}

export interface EntenteSelectDetail {
  /** The selected event's id, or `null` when the selection was cleared. */
  readonly id: string | null;
  readonly event: TimelineEvent | null;
}

export interface EntenteErrorDetail {
  readonly reason: LoadFailure;
  /** A plain-language message, with the JSON path when the document is at fault. */
  readonly message: string;
  readonly fault?: Fault;
  readonly status?: number;
}

declare global {
  interface HTMLElementEventMap {
    'entente-render': CustomEvent<EntenteRenderDetail>;
    'entente-select': CustomEvent<EntenteSelectDetail>;
    'entente-error': CustomEvent<EntenteErrorDetail>;
  }
}

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

/**
 * The first Intl formatter a page creates loads ICU's data, which takes tens of
 * milliseconds on a phone. Creating the formatters a render needs while the page
 * is idle (the element is near the viewport and its data is usually still on the
 * way) keeps that out of the first render.
 */
function warmIntl(locale: string): void {
  if (intlWarmed) return;
  intlWarmed = true;
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  idle(() => {
    formatNumber(locale, 0);
    const day = parseDate('2000-01-01');
    if (day) formatTimelineDate(day, locale);
    new Intl.ListFormat(locale, { type: 'conjunction' }).format([]);
  });
}

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

/**
 * A timeline of diplomacy: one lane per party, each visit, meeting, call,
 * statement or agreement drawn as a connector joining the lanes of the parties
 * that took part.
 *
 * Readers zoom with Ctrl/⌘ + wheel, a pinch or the buttons, drag to pan,
 * filter by party and arity in the legend, focus on one relationship, and
 * switch to a chronological list (the default on narrow screens and in print).
 * Everything works from the keyboard: the chart is one tab stop, arrows move
 * between events, Enter opens one, Escape closes it, + and − zoom.
 *
 * Give it data in one of three ways: the `src` attribute (a URL of a JSON
 * document), an inline `<script type="application/json">` child, or the `data`
 * property. The document format is the published JSON Schema,
 * `entente-timeline/schema.json`.
 *
 * @summary A lane timeline of bilateral, trilateral and multilateral diplomacy.
 *
 * @fires {CustomEvent<EntenteRenderDetail>} entente-render - After the chart is drawn for new data, a new size or new options. Detail: `{ events, warnings, ms }`.
 * @fires {CustomEvent<EntenteSelectDetail>} entente-select - When the reader selects an event or clears the selection. Detail: `{ id, event }`.
 * @fires {CustomEvent<EntenteErrorDetail>} entente-error - When the data cannot be loaded or is not a timeline document. Detail: `{ reason, message, fault?, status? }`.
 *
 * @slot - An inline `<script type="application/json">` holding the timeline document. Other content is not shown.
 *
 * @cssproperty [--entente-font-family=inherit] - Font of all text; inherits the page's font.
 * @cssproperty [--entente-font-size=0.9375rem] - Base text size.
 * @cssproperty [--entente-text-color=#1d1d1b] - Main text colour.
 * @cssproperty [--entente-muted-color=#5c5c58] - Secondary text: dates, axis labels, captions.
 * @cssproperty [--entente-rule-color=#deddd8] - Hairlines: grid and borders.
 * @cssproperty [--entente-lane-color=#c9c8c2] - Lane lines and year gridlines.
 * @cssproperty [--entente-ink-color=#3a3a37] - Connectors between parties.
 * @cssproperty [--entente-accent-color=#8c1c13] - The selected event and the detail card's rule.
 * @cssproperty [--entente-focus-color=#1a5fb4] - Keyboard focus rings.
 * @cssproperty [--entente-surface-color=#faf9f6] - Background of panels and the detail card.
 * @cssproperty [--entente-background=transparent] - Background of the whole widget.
 * @cssproperty [--entente-radius=3px] - Corner radius of panels and buttons.
 * @cssproperty [--entente-reserved-height=20rem] - Height reserved before the data arrives, so the article does not jump.
 *
 * @csspart base - The figure that wraps everything.
 * @csspart header - Title and description.
 * @csspart title - The document's title.
 * @csspart description - The document's description.
 * @csspart count - The number of events shown.
 * @csspart pair-focus - The relationship menu: what two parties did together.
 * @csspart controls - The zoom buttons and the chart/list switch.
 * @csspart layout-toggle - The button that switches between the chart and the list.
 * @csspart legend - The key to the marks, which is also the filter.
 * @csspart filter - One toggle in the legend (an arity or a party); `aria-pressed` says whether it is shown.
 * @csspart chart - The box around the lane chart.
 * @csspart axis - The time axis.
 * @csspart lane - One party's lane; carries `data-party-id`.
 * @csspart event - One event's mark; carries `data-event-id`.
 * @csspart event-selected - The selected event's mark (also has the `event` part).
 * @csspart cluster - Events too close to tell apart at this zoom, with their count; carries `data-event-ids`.
 * @csspart related-arc - The arcs from the selected event to its related events.
 * @csspart list - The chronological list (list layout).
 * @csspart list-item - One event in the list; carries `data-event-id`.
 * @csspart list-toggle - The title button that opens an event in the list.
 * @csspart show-more - The button under a long list that shows more events.
 * @csspart detail - The card that shows the selected event.
 * @csspart detail-title - The title in the detail card.
 * @csspart quote - A quote in the detail card.
 * @csspart image - An event's image in the detail card.
 * @csspart source-link - A link to a source in the detail card.
 * @csspart related-link - A link to a related event in the detail card.
 * @csspart close - The detail card's close button.
 * @csspart loading - The panel shown while the data loads.
 * @csspart error - The panel shown when the data cannot be shown.
 * @csspart retry - The error panel's retry button.
 * @csspart empty - The panel shown when the document has no events to draw.
 */
export class EntenteTimeline extends LitElement {
  static override styles = [timelineStyles, listStyles];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    locale: { type: String, reflect: true },
    laneOrder: { type: String, attribute: 'lane-order' },
    layout: { type: String, reflect: true },
    focusPair: { type: String, attribute: 'focus', reflect: true },
    start: { type: String },
    end: { type: String },
    selected: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    loading: { type: String },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    strings: { attribute: false },
    hiddenParties: { state: true },
    hiddenArities: { state: true },
    tabStop: { state: true },
    hint: { state: true },
    listLimit: { state: true },
  };

  /** URL of a timeline document (JSON, a TimelineJS document or CSV). Changing it loads the new document; an unfinished load is aborted. */
  declare src: string | undefined;
  /** The timeline document as an object (or JSON text). Takes precedence over `src` and inline JSON. */
  declare data: unknown;
  /** BCP 47 language tag for dates and numbers; defaults to the document's `locale`, then the page's `lang`. */
  declare locale: string | undefined;
  /** `auto` orders lanes so that connectors are short; `document` keeps the order of the document's `parties`. */
  declare laneOrder: 'auto' | 'document';
  /** `lanes`, `list`, or `auto` (the default): lanes when there is room, a chronological list on narrow screens. */
  declare layout: 'auto' | 'lanes' | 'list';
  /** Two party ids, `"RU,AZ"`: show only what those two did together (attribute `focus`). */
  declare focusPair: string | undefined;
  /** The first date of the initial window (ISO 8601, like the data's dates); with `end`, the chart opens zoomed to it. */
  declare start: string | undefined;
  /** The last date of the initial window (ISO 8601). */
  declare end: string | undefined;
  /** Id of the selected event; its detail card is open. Reflects to the `selected` attribute. */
  declare selected: string | undefined;
  /** `light` or `dark`; unset follows the page's `color-scheme` (and so the reader's preference where the page supports dark). */
  declare theme: 'light' | 'dark' | undefined;
  /** `lazy` (the default) loads and draws nothing until the element is near the viewport; `eager` starts at once. */
  declare loading: 'lazy' | 'eager';
  /** Keeps the selected event in the page address (`#<element id>/<event id>`), and opens the event such an address names. Needs an `id` on the element. */
  declare deepLink: boolean;
  /** Milliseconds before a `src` load is abandoned. */
  declare timeout: number;
  /** Largest `src` response accepted, in bytes. */
  declare maxBytes: number;
  /** Interface text, for translation: a partial object overlaid on the English defaults. */
  declare strings: Partial<TimelineStrings> | undefined;
  declare private hiddenParties: ReadonlySet<string>;
  declare private hiddenArities: ReadonlySet<Arity>;
  declare private tabStop: string | undefined;
  declare private hint: string | undefined;
  declare private listLimit: number;

  private readonly source = new SourceController(this);
  private readonly size = new ResizeController(this);
  private readonly visibility = new VisibilityController(this);
  private readonly print = new PrintController(this);
  private readonly zoom = new ZoomController(
    this,
    () => this.renderRoot.querySelector<SVGSVGElement>('.chart svg'),
    () => this.showHint(),
  );
  private readonly geometryMemo = new Memo<Geometry | undefined>();
  private readonly frameMemo = new Memo<Frame>();
  private readonly pairsMemo = new Memo<readonly PartyPair[]>();
  private readonly countsMemo = new Memo<FilterCounts>();
  private readonly filterMemo = new Memo<EventFilter>();
  private readonly groupsMemo = new Memo<PartyGroups>();
  private geometry?: Geometry;
  private frame?: Frame;
  private inputsChanged = true;
  private renderStart = 0;
  private pendingRender = false;
  private reportedState?: SourceState;
  private windowedModel?: TimelineModel;
  private focusAfterUpdate = false;
  private pendingFocusEvent?: string;
  private hintShown = false;
  private hintTimer = 0;

  constructor() {
    super();
    this.laneOrder = 'auto';
    this.layout = 'auto';
    this.loading = 'lazy';
    this.deepLink = false;
    this.timeout = 15_000;
    this.maxBytes = 10 * 1024 * 1024;
    this.hiddenParties = new Set();
    this.hiddenArities = new Set();
    this.listLimit = LIST_PAGE;
  }

  /** The parsed timeline, once it is loaded. */
  get model(): TimelineModel | undefined {
    return this.source.state.status === 'ready' ? this.source.state.model : undefined;
  }

  // ---- Public methods ------------------------------------------------------

  /** Selects an event by id (opening its detail card and bringing it into view), or clears the selection with `null`. */
  select(id: string | null): void {
    const event = id === null ? undefined : this.model?.eventById.get(id);
    if (id !== null && !event) return;
    this.selected = event?.id;
    if (event) {
      this.tabStop = `e:${event.id}`;
      this.pendingFocusEvent = event.id;
      this.revealEvent(event);
    }
    if (this.deepLink && this.id) {
      const hash = event ? `#${encodeURIComponent(this.id)}/${encodeURIComponent(event.id)}` : '';
      history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
    this.dispatchEvent(
      new CustomEvent<EntenteSelectDetail>('entente-select', {
        detail: { id: event?.id ?? null, event: event ?? null },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * Zooms the chart to show `start` to `end`: ISO 8601 strings like the data's
   * dates (a whole month for `"2021-05"`), or `Date`s (their calendar day in
   * the reader's zone).
   */
  zoomTo(start: string | Date, end: string | Date): void {
    const from = toCalendarTime(start, 'start');
    const to = toCalendarTime(end, 'stop');
    if (from === undefined || to === undefined || !(to > from)) return;
    this.initialWindow = [from, to];
    this.applyWindow();
  }

  /** Back to the first view: the whole timeline, every party and arity shown, no relationship focus, nothing selected. */
  reset(): void {
    this.hiddenParties = new Set();
    this.hiddenArities = new Set();
    this.focusPair = undefined;
    if (this.selected) this.select(null);
    this.initialWindow = undefined;
    this.zoom.reset();
  }

  // ---- Loading -------------------------------------------------------------

  private initialWindow?: [number, number];

  private inlineDocument(): string | undefined {
    for (const child of this.children) {
      if (child instanceof HTMLScriptElement && child.type === 'application/json') return child.textContent ?? '';
    }
    return undefined;
  }

  private requestSource(): void {
    this.renderStart = performance.now();
    if (this.data !== undefined && this.data !== null) {
      this.source.request({ kind: 'data', value: this.data });
    } else if (this.src) {
      performance.mark('entente:fetch-start');
      this.source.request({ kind: 'url', url: this.src, timeout: this.timeout, maxBytes: this.maxBytes });
    } else {
      const inline = this.inlineDocument();
      if (inline !== undefined) this.source.request({ kind: 'data', value: inline });
    }
  }

  private readonly localeMemo = new Memo<string>();

  /** The element's `locale`, else the document's, else the nearest `lang` on the page, else the browser's. */
  private resolvedLocale(): string {
    const lang = this.closest('[lang]')?.getAttribute('lang');
    return this.localeMemo.get([this.locale, this.model?.locale, lang], () => {
      for (const candidate of [this.locale, this.model?.locale, lang, navigator.language]) {
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
    return resolveStrings(this.strings);
  }

  private effectiveLayout(): 'lanes' | 'list' {
    if (this.print.printing) return 'list';
    if (this.layout === 'lanes' || this.layout === 'list') return this.layout;
    return this.size.width > 0 && this.size.width < LIST_WIDTH ? 'list' : 'lanes';
  }

  // ---- The update cycle ----------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.inputsChanged = true;
    const allowed = this.loading === 'eager' || this.visibility.near;
    // Nothing given yet may mean an inline <script> child: look again on each update until there is data.
    if (allowed) warmIntl(this.resolvedLocale());
    if (allowed && (this.inputsChanged || this.source.state.status === 'idle')) {
      this.inputsChanged = false;
      this.requestSource();
    }
    const state = this.source.state;
    const model = state.status === 'ready' ? state.model : undefined;
    if (model !== this.windowedModel) {
      // A new document: its own first view.
      this.windowedModel = model;
      this.listLimit = LIST_PAGE;
      if (model && this.start && this.end) this.zoomTo(this.start, this.end);
      else this.initialWindow = undefined;
      if (this.selected && !model?.eventById.has(this.selected)) this.selected = undefined;
    }
    if (model && (changed.has('start') || changed.has('end')) && this.start && this.end) this.zoomTo(this.start, this.end);

    const locale = this.resolvedLocale();
    // :dir() follows the dir attributes of the page without forcing a style recalculation on every zoom frame.
    const rtl = this.matches(':dir(rtl)');
    const filter = this.currentFilter();
    const width = this.size.width;
    const previous = this.geometry;
    this.geometry = this.geometryMemo.get([model, width, this.laneOrder, locale, rtl, filter], () =>
      model && width > 0 ? this.computeGeometry(model, width, locale, rtl, filter) : undefined,
    );
    if (this.geometry && this.geometry !== previous) {
      if (previous?.model === this.geometry.model && state === this.reportedState) this.renderStart = performance.now();
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
    const lanes = orderLanes(model.parties, groups, this.laneOrder === 'document' ? 'document' : 'auto');
    const extent = computeTimeExtent(model.events);
    const scale = createTimeScale(extent, rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
    const shown = this.shownGroups(model, filter);
    const prepared = prepareTimeline(model.events, lanes, { laneHeight, top: laneHeight / 2 + 6 }, (_, index) => shown[groupOf[index]!]!, groupOf);
    const axisY = prepared.height + 2;
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
    };
  }

  private computeFrame(geometry: Geometry): Frame {
    const scale = this.zoom.transform.rescaleX(geometry.scale);
    const window = layoutWindow(geometry.prepared, scale, {
      markGap: 14,
      visible: [geometry.plotLeft, geometry.plotRight],
      binWidth: BIN_WIDTH,
      maxPerBin: MAX_PER_BIN,
    });
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
    if (this.tabStop && items.some((item) => item.eventId === this.tabStop)) return;
    const wanted = this.pendingFocusEvent ?? this.selected;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    this.hint = undefined;
  }

  protected override updated(): void {
    const state = this.source.state;
    if (state !== this.reportedState) {
      this.reportedState = state;
      if (state.status === 'ready') {
        for (const warning of state.warnings) console.warn(`entente-timeline: ${formatFault(warning)}`);
        this.openDeepLink();
      } else if (state.status === 'error') {
        const message = this.errorMessage(state);
        console.error(`entente-timeline: ${message}`);
        this.dispatchEvent(
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
      this.dispatchEvent(
        new CustomEvent<EntenteRenderDetail>('entente-render', {
          detail: { events: drawn, warnings: state.warnings, ms: performance.now() - this.renderStart },
          bubbles: true,
          composed: true,
        }),
      );
    }
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.pendingFocusEvent = undefined;
      this.navElement(this.tabStop)?.focus();
    }
  }

  /** Opens the event that the page address names (`#<element id>/<event id>`), once per document. */
  private openDeepLink(): void {
    if (!this.deepLink || !this.id) return;
    const prefix = `#${encodeURIComponent(this.id)}/`;
    if (!location.hash.startsWith(prefix)) return;
    const id = decodeURIComponent(location.hash.slice(prefix.length));
    if (!this.model?.eventById.has(id)) return;
    this.select(id);
    this.scrollIntoView({ block: 'center' });
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
    return this.filterMemo.get([this.hiddenParties, this.hiddenArities, this.focusPair, this.model], () => ({
      hiddenParties: this.hiddenParties,
      hiddenArities: this.hiddenArities,
      pair: parsePair(this.focusPair, (id) => !!this.model?.partyById.has(id)),
    }));
  }

  private readonly listMemo = new Memo<readonly TimelineEvent[]>();

  /** The events the list shows, filtered once per document and filter rather than on every render. */
  private listEvents(): readonly TimelineEvent[] {
    const model = this.model;
    const filter = this.currentFilter();
    return this.listMemo.get([model, filter], () => {
      if (!model) return [];
      const { groupOf } = this.partyGroups(model);
      const shown = this.shownGroups(model, filter);
      return model.events.filter((_, index) => shown[groupOf[index]!]);
    });
  }

  private navElement(id: string | undefined): SVGElement | null {
    if (!id) return null;
    const selector = id.startsWith('e:')
      ? `.event[data-event-id="${CSS.escape(id.slice(2))}"]`
      : `.cluster[data-cluster-key="${CSS.escape(id.slice(2))}"]`;
    return this.renderRoot.querySelector<SVGElement>(selector);
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
      this.select(id === this.selected ? null : id);
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
        if (!this.selected) return;
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

  private readonly closeDetail = (): void => {
    const id = this.selected;
    this.select(null);
    if (id && this.effectiveLayout() === 'lanes') {
      this.tabStop = `e:${id}`;
      this.focusAfterUpdate = true;
    }
  };

  private readonly selectRelated = (id: string): void => {
    this.select(id);
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
    const state = this.source.state;
    const strings = this.resolvedStrings();
    if (state.status === 'error') {
      const canRetry = state.retryable;
      return html`<div class="panel error" part="error" role="alert">
        <strong>${strings.errorTitle}</strong>
        <p class="reason">${this.errorReason(state)}</p>
        ${state.fault ? html`<code>${formatFault(state.fault)}</code>` : nothing}
        ${canRetry
          ? html`<button class="button" part="retry" type="button" @click=${() => this.source.retry()}>${strings.retry}</button>`
          : nothing}
      </div>`;
    }
    if (state.status === 'ready') {
      return html`<div class="panel empty" part="empty" role="status">${strings.empty}</div>`;
    }
    return html`<div class="panel loading" part="loading" role="status" aria-live="polite">${strings.loading}</div>`;
  }

  /** Accessible names, kept while the document, language and strings stay: every zoom frame re-renders the marks. */
  private readonly namesMemo = new Memo<{ names: Map<string, string>; clusters: Map<string, string>; list: Intl.ListFormat }>();

  private accessibleNames(model: TimelineModel, locale: string) {
    return this.namesMemo.get([model, locale, this.strings], () => ({
      names: new Map<string, string>(),
      clusters: new Map<string, string>(),
      list: new Intl.ListFormat(locale, { type: 'conjunction' }),
    }));
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
      onPair: (key) => (this.focusPair = key || undefined),
      onZoomIn: () => this.zoom.scaleBy(2),
      onZoomOut: () => this.zoom.scaleBy(0.5),
      onReset: () => this.zoom.reset(),
      onLayout: () => {
        this.layout = layout === 'list' ? 'lanes' : 'list';
      },
    };
  }

  private renderChartBlock(model: TimelineModel, locale: string, strings: TimelineStrings): TemplateResult {
    const geometry = this.geometry!;
    const frame = this.frame!;
    const clusterNames = this.accessibleNames(model, locale).clusters;
    const maxLabel = geometry.narrow ? 6 : Math.max(8, Math.floor((geometry.rtl ? geometry.width - geometry.plotRight : geometry.plotLeft) / 8) - 2);
    const marksById = new Map(frame.window.marks.map((mark) => [mark.eventId, mark]));
    const selectedMark = this.selected ? marksById.get(this.selected) : undefined;
    const arcs: string[] = [];
    if (selectedMark) {
      for (const id of model.eventById.get(selectedMark.eventId)?.related ?? []) {
        const target = marksById.get(id) ?? frame.window.clusters.find((cluster) => cluster.eventIds.includes(id));
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
      selectedId: this.selected,
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
      clusterName: (cluster) => {
        const firstId = cluster.eventIds[0]!;
        const lastId = cluster.eventIds[cluster.eventIds.length - 1]!;
        const key = JSON.stringify([cluster.eventIds.length, firstId, lastId]);
        let name = clusterNames.get(key);
        if (name === undefined) {
          const first = model.eventById.get(firstId)!;
          const last = model.eventById.get(lastId)!;
          const dates = formatEventDate({ ...first, end: last.end ?? last.date }, locale);
          name = strings.clusterName(cluster.eventIds.length, formatNumber(locale, cluster.eventIds.length), dates);
          clusterNames.set(key, name);
        }
        return name;
      },
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

  protected override render(): TemplateResult {
    const state = this.source.state;
    const model = this.model;
    const strings = this.resolvedStrings();
    const header =
      model?.title || model?.description
        ? html`<figcaption class="header" part="header">
            ${model.title ? html`<span class="title" part="title" role="heading" aria-level="2"><bdi>${model.title}</bdi></span>` : nothing}
            ${model.description ? html`<p class="description" part="description"><bdi>${model.description}</bdi></p>` : nothing}
          </figcaption>`
        : nothing;
    if (state.status !== 'ready' || !model || model.events.length === 0) {
      return html`<figure class="base" part="base">${header}${this.renderPanel()}</figure>`;
    }
    const locale = this.resolvedLocale();
    const layout = this.effectiveLayout();
    const controls = this.controlsView(model, layout, locale, strings);
    const selectedEvent = this.selected ? model.eventById.get(this.selected) : undefined;
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
        expandedId: this.selected,
        expandAll: this.print.printing,
        limit: this.listLimit,
        showMoreLabel: (remaining) => strings.showMore(remaining, formatNumber(locale, remaining)),
        onToggle: (id) => this.select(id === this.selected ? null : id),
        onShowMore: () => {
          // Focus the first newly shown item; the button itself moves down or goes away.
          const first = this.listLimit;
          this.listLimit += LIST_PAGE;
          void this.updateComplete.then(() =>
            this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="list-toggle"]')[first]?.focus(),
          );
        },
        renderDetail: (event, titleId) => this.renderDetailFor(event, model, locale, strings, titleId),
      });
    } else if (this.geometry && this.frame) {
      body = html`${this.renderChartBlock(model, locale, strings)}
        <div aria-live="polite">${selectedEvent ? this.renderDetailFor(selectedEvent, model, locale, strings) : nothing}</div>`;
    }
    return html`<figure class="base" part="base">
      ${header} ${renderToolbar(controls)} ${renderLegend(controls)} ${body}
    </figure>`;
  }
}

/** A calendar position for `zoomTo`: an ISO string's period start or stop, or a Date's local calendar day. */
function toCalendarTime(value: string | Date, edge: 'start' | 'stop'): number | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(+value)) return undefined;
    const day = new Date(0);
    day.setUTCFullYear(value.getFullYear(), value.getMonth(), value.getDate() + (edge === 'stop' ? 1 : 0));
    return +day;
  }
  const date = parseDate(String(value));
  return date ? date[edge] : undefined;
}
