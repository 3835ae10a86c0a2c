import { adoptStyles, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent, TimelineModel } from '../data/model.js';
import { formatEventDate } from '../layout/labels.js';
import { eventNavId, type NavId } from '../layout/nav-id.js';
import { assignPartyColors } from '../layout/colors.js';
import { CHART_SVG_SELECTOR } from '../render/chart.js';
import type { ControlsView } from '../render/controls.js';
import { renderDetail } from '../render/detail.js';
import { isolate, renderChartBody, renderHeader, renderTimelineFigure } from '../render/figure.js';
import { LIST_TOGGLE_SELECTOR, renderList } from '../render/list.js';
import { renderStatusFigure } from '../render/placeholder.js';
import { viewStyles } from '../render/styles.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { PrintController } from '../controllers/print-controller.js';
import { dispatchSelect } from '../events.js';
import type { TimelineHost, TimelineRenderer, ViewContext } from '../host.js';
import type { TimelineStrings } from '../strings.js';
import { ChartFocus } from './focus.js';
import { FilterResults } from './filters.js';
import { formatNumber, prepareIntl, shorten, warmIntl } from './format.js';
import { chooseLayout, computeClusterRange, computeFrame, computeGeometry, type Frame, type Geometry } from './geometry.js';
import { stepWhenIdle } from './idle.js';
import { Memo } from './memo.js';
import { LocaleContext } from './locale-context.js';
import { EventLabels } from './labels.js';
import { HoverPreview } from './preview.js';
import { renderPreview } from '../render/preview.js';
import type { ReactiveState } from './reactive-state.js';
import { createControlActions, createReaderState, LIST_PAGE, type ReaderState } from './reader-state.js';
import { rehearse } from './rehearsal.js';
import { buildChartView, buildControlsView, computeRelatedArcs, type ControlsInput } from './view-model.js';
import { renderSourcePanel } from './errors.js';
import { ViewReport } from './report.js';
import { NeighbourLevels } from './zoom-levels.js';
import { ZoomHint } from './hint.js';
import { ToolbarFocus } from './toolbars.js';
import { StoryStepper } from './stepper.js';
import { ChartWindow } from './chart-window.js';
import { findLinkedEvent } from '../deep-link.js';

/** The element's renderer, loaded lazily: see `TimelineView`. */
export const createView = (host: TimelineHost, context: ViewContext): TimelineRenderer => new TimelineView(host, context);

/**
 * Everything `<entente-timeline>` draws. The element loads this module only
 * once it may work (near the viewport, or `loading="eager"`) and hands it its
 * update cycle: `willUpdate` derives the geometry and the frame, `render`
 * composes the templates of `render/`, `updated` reports (events, focus) and
 * queues idle work. Layout is in `geometry.ts`, view-models in
 * `view-model.ts`, the keyboard in `focus.ts`, names in `names.ts`.
 */
class TimelineView implements TimelineRenderer {
  private readonly print: PrintController;
  private readonly zoom: ZoomController;
  private readonly window: ChartWindow;
  private readonly state: ReactiveState<ReaderState>;
  private readonly focus: ChartFocus;
  private readonly filters = new FilterResults();
  private readonly neighbours = new NeighbourLevels();
  private readonly geometryMemo = new Memo<Geometry | undefined>();
  private readonly frameMemo = new Memo<Frame>();
  private readonly language: LocaleContext;
  private geometry?: Geometry;
  private frame?: Frame;
  private readonly report = new ViewReport();
  private readonly controlActions: ControlsInput['actions'];
  private windowedModel?: TimelineModel;
  private cancelRehearsal?: () => void;
  private readonly hint: ZoomHint;
  private readonly stepper: StoryStepper;
  private readonly labels: EventLabels;
  private readonly preview: HoverPreview;
  drawing = false;

  constructor(
    private readonly host: TimelineHost,
    private readonly context: ViewContext,
  ) {
    this.print = new PrintController(host);
    this.language = new LocaleContext(host);
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    this.zoom = new ZoomController(
      host,
      () => host.renderRoot.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR),
      () => this.hint.show(() => this.language.strings().zoomHint(mac ? '⌘' : 'Ctrl')),
    );
    this.state = createReaderState(host);
    this.controlActions = createControlActions(host, this.state, this.zoom, () => this.layout());
    this.hint = new ZoomHint(this.state);
    this.window = new ChartWindow(this.zoom);
    this.labels = new EventLabels(host);
    this.preview = new HoverPreview(host);
    this.focus = new ChartFocus(
      () => host.renderRoot as ShadowRoot,
      this.state,
      () => this.frame,
      {
        activate: (nav) => this.activate(nav),
        // Escape hides the preview first; the next one closes the detail card.
        close: () => {
          if (this.preview.dismiss()) return true;
          if (!host.selected) return false;
          this.closeDetail();
          return true;
        },
        zoomBy: (factor, x) => this.zoom.scaleBy(factor, x),
        step: (forward) => this.stepper.step(forward, () => this.focus.focusSoon()),
      },
    );
    this.stepper = new StoryStepper(host, {
      adjacent: (event) => this.filters.adjacent(host.model!, this.currentFilter(), event),
      choose: (id) => this.choose(id),
      close: () => this.closeDetail(),
      inList: () => this.layout() === 'list',
    });
    host.addController({ hostDisconnected: () => this.disconnect() });
    new ToolbarFocus(host);
    adoptStyles(host.renderRoot as ShadowRoot, viewStyles);
    this.cancelRehearsal = stepWhenIdle(
      rehearse(this.language.locale(), (model, geometry, frame, selected) => this.renderLanes(model, geometry, frame, selected)),
      () => context.source.state.status !== 'ready',
    );
  }

  // ---- What the element's public methods ask -------------------------------

  reveal(event: TimelineEvent): void {
    this.focus.follow(event.id);
    if (this.geometry && this.layout() === 'lanes') this.window.reveal(this.geometry, this.frame, event);
  }

  showWindow(from: number, to: number): void {
    this.window.show(from, to, this.geometry);
  }

  reset(): void {
    this.state.set({ hiddenParties: new Set(), hiddenArities: new Set() });
    this.window.clear();
    this.zoom.reset();
  }

  prepare(): void {
    prepareIntl(this.language.locale());
    if (this.layout() === 'lanes') this.labels.prepare();
  }

  private layout(): 'lanes' | 'list' {
    return chooseLayout(this.host.layout, this.print.printing, this.context.size.width);
  }

  private currentFilter() {
    const { hiddenParties, hiddenArities } = this.state.value;
    return this.filters.filter(this.host.model, hiddenParties, hiddenArities, this.host.focusPair);
  }

  // ---- The update cycle: derive --------------------------------------------

  willUpdate(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const host = this.host;
    this.focus.willUpdate();
    const locale = this.language.locale();
    warmIntl(locale);
    const state = this.context.source.state;
    const model = state.status === 'ready' ? state.model : undefined;
    if (model !== this.windowedModel) {
      // A new document: its own first view.
      this.windowedModel = model;
      this.state.set({ listLimit: LIST_PAGE });
      if (model && host.start && host.end) host.zoomTo(host.start, host.end);
      else this.window.clear();
      if (host.selected && !model?.eventById.has(host.selected)) host.selected = undefined;
    }
    if (model && (changed.has('start') || changed.has('end')) && host.start && host.end) host.zoomTo(host.start, host.end);

    // :dir() follows the dir attributes of the page without forcing a style recalculation on every zoom frame.
    const rtl = host.matches(':dir(rtl)');
    const filter = this.currentFilter();
    const width = this.context.size.width;
    const laneOrder = host.laneOrder === 'document' ? 'document' : 'auto';
    const previous = this.geometry;
    this.geometry = this.geometryMemo.get([model, width, host.laneOrder, locale, rtl, filter], () =>
      model && width > 0
        ? computeGeometry({
            model,
            width,
            locale,
            rtl,
            laneOrder,
            groups: this.filters.groups(model),
            shown: this.filters.shown(model, filter),
          })
        : undefined,
    );
    if (this.geometry && this.geometry !== previous) {
      if (previous?.model === this.geometry.model && state === this.report.reported) this.context.renderStart = performance.now();
      this.window.changeGeometry(previous, this.geometry);
      this.report.owe();
    }
    if (changed.has('layout')) this.report.owe();
    const geometry = this.geometry;
    this.frame = geometry
      ? this.frameMemo.get([geometry, this.zoom.transform], () => computeFrame(geometry, this.zoom.transform))
      : undefined;
    this.focus.ensureTabStop(host.selected);
  }

  // ---- The reader's actions ------------------------------------------------

  /** Selects (or clears) on the reader's behalf: the element's `select` fires nothing, so the event is reported here. */
  private choose(id: string | null): void {
    this.host.select(id);
    dispatchSelect(this.host, id === null ? undefined : this.host.model?.eventById.get(id));
  }

  private activate(nav: NavId): void {
    if (nav.kind === 'event') {
      this.state.set({ tabStop: nav });
      this.choose(nav.id === this.host.selected ? null : nav.id);
      return;
    }
    const geometry = this.geometry;
    const cluster = this.frame?.window.clusters.find((entry) => entry.key === nav.key);
    if (!geometry || !cluster) return;
    // Zoom in to the cluster's time range so its events separate; focus goes to the first of them.
    this.focus.follow(cluster.eventIds[0]!, true);
    this.zoom.showRange(...computeClusterRange(geometry, cluster));
  }

  private readonly closeDetail = (): void => {
    const id = this.host.selected;
    this.choose(null);
    if (id && this.layout() === 'lanes') this.focus.focus(eventNavId(id));
  };

  private readonly selectRelated = (id: string): void => {
    this.choose(id);
    this.focus.focusSoon();
  };

  private disconnect(): void {
    this.cancelRehearsal?.();
    this.cancelRehearsal = undefined;
    this.neighbours.stop();
    this.hint.stop();
  }

  // ---- The update cycle: compose -------------------------------------------

  private controls(model: TimelineModel, layout: 'lanes' | 'list', locale: string, strings: TimelineStrings): ControlsView {
    const filter = this.currentFilter();
    return buildControlsView({
      model,
      strings,
      locale,
      layout,
      groups: this.filters.groups(model).groups,
      counts: this.filters.counts(model, filter),
      pairs: this.filters.pairs(model),
      filter,
      colors: this.geometry?.colors ?? assignPartyColors(model.parties),
      zoomed: this.zoom.transform.k > 1.0001,
      actions: this.controlActions,
    });
  }

  private renderDetailFor(
    event: TimelineEvent,
    model: TimelineModel,
    locale: string,
    strings: TimelineStrings,
    titleId?: string,
  ): TemplateResult {
    const colors = this.geometry?.colors ?? assignPartyColors(model.parties);
    const [previous, next] = this.filters.adjacent(model, this.currentFilter(), event);
    const step = (entry: TimelineEvent | undefined) => entry && { id: entry.id, date: formatEventDate(entry, this.language.dates(locale)) };
    return renderDetail({
      model,
      event,
      strings,
      date: formatEventDate(event, this.language.dates(locale)),
      partyColor: (id) => colors.get(id) ?? 'currentColor',
      relatedLabel: (entry) => strings.datedTitle(formatEventDate(entry, this.language.dates(locale)), shorten(entry.title)),
      onClose: this.closeDetail,
      onSelect: this.selectRelated,
      previous: step(previous),
      next: step(next),
      onStep: this.stepper.onStep,
      onKeyDown: this.stepper.onKeyDown,
      titleId,
    });
  }

  /** The figure with the chart, for a ready document: what `render()` draws in the lane layout, and what the rehearsal draws. */
  private renderLanes(model: TimelineModel, geometry: Geometry, frame: Frame, selected: string | undefined): TemplateResult {
    const locale = this.language.locale();
    const strings = this.language.strings();
    const { tabStop } = this.state.value;
    const arcs = computeRelatedArcs(model, frame, selected);
    const labels = this.labels.place(geometry, frame, selected, tabStop?.kind === 'event' ? tabStop.id : undefined, arcs);
    const names = this.language.names(model, geometry.locale);
    const chart = buildChartView({ geometry, frame, model, strings, names, selected, tabStop, labels, arcs });
    const preview = this.preview.view(model, frame, locale, strings);
    const selectedEvent = selected ? model.eventById.get(selected) : undefined;
    const body = renderChartBody(
      {
        chart,
        label: isolate(shorten(chart.label)),
        hint: this.state.value.hint,
        onClick: this.focus.onClick,
        onKeyDown: this.focus.onKeyDown,
        preview: preview && renderPreview(preview),
      },
      selectedEvent ? this.renderDetailFor(selectedEvent, model, locale, strings) : nothing,
    );
    return renderTimelineFigure(model, this.controls(model, 'lanes', locale, strings), body);
  }

  private renderListFigure(model: TimelineModel): TemplateResult {
    const host = this.host;
    const locale = this.language.locale();
    const strings = this.language.strings();
    const colors = this.geometry?.colors ?? assignPartyColors(model.parties);
    const { listLimit } = this.state.value;
    const body = renderList({
      model,
      events: this.filters.listEvents(model, this.currentFilter()),
      strings,
      locale,
      formatDate: (event) => formatEventDate(event, this.language.dates(locale)),
      partyColor: (id) => colors.get(id) ?? 'currentColor',
      expandedId: host.selected,
      expandAll: this.print.printing,
      limit: listLimit,
      showMoreLabel: (remaining) => strings.showMore(remaining, formatNumber(locale, remaining)),
      onToggle: (id) => this.choose(id === host.selected ? null : id),
      onShowMore: () => {
        // Focus the first newly shown item; the button itself moves down or goes away.
        this.state.set({ listLimit: listLimit + LIST_PAGE });
        void host.updateComplete.then(() => host.renderRoot.querySelectorAll<HTMLButtonElement>(LIST_TOGGLE_SELECTOR)[listLimit]?.focus());
      },
      renderDetail: (event, titleId) => this.renderDetailFor(event, model, locale, strings, titleId),
    });
    return renderTimelineFigure(model, this.controls(model, 'list', locale, strings), body);
  }

  private readonly retrySource = (): void => this.context.source.retry();

  render(): TemplateResult {
    const state = this.context.source.state;
    const model = this.host.model;
    if (state.status !== 'ready' || !model || model.events.length === 0)
      return renderStatusFigure(
        renderHeader(model),
        renderSourcePanel(this.context.source.state, this.language.strings(), this.retrySource),
      );
    if (this.layout() === 'list') return this.renderListFigure(model);
    if (this.geometry && this.frame) return this.renderLanes(model, this.geometry, this.frame, this.host.selected);
    return renderTimelineFigure(model, this.controls(model, 'lanes', this.language.locale(), this.language.strings()), nothing);
  }

  // ---- The update cycle: report --------------------------------------------

  updated(): void {
    const host = this.host;
    const state = this.context.source.state;
    this.report.reportState(
      host,
      state,
      () => this.language.strings(),
      () => this.openDeepLink(),
    );
    const layout = this.layout();
    const drawn = () =>
      layout === 'list'
        ? Math.min(this.state.value.listLimit, this.filters.listEvents(host.model, this.currentFilter()).length)
        : (this.frame?.window.drawn ?? 0);
    this.drawing = state.status === 'ready' && (!!this.geometry || layout === 'list');
    this.report.reportRender(host, state, this.drawing, drawn, this.context.renderStart);
    this.focus.updated();
    this.preview.updated(this.geometry?.rtl ?? false);
    const { geometry, frame } = this;
    if (geometry && frame && layout === 'lanes') {
      this.neighbours.prepare(
        geometry,
        frame.scale,
        this.zoom.transform.k,
        () => this.language.names(geometry.model, geometry.locale),
        () => this.geometry,
      );
    }
  }

  /** Opens the event that the page address names (`#<element id>/<event id>`), once per document: the reader followed a link. */
  private openDeepLink(): void {
    const id = findLinkedEvent(location.hash, this.host);
    if (id === undefined) return;
    this.choose(id);
    this.host.scrollIntoView({ block: 'center' });
  }
}
