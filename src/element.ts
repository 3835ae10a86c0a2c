import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Fault, TimelineEvent, TimelineModel } from './data/model.js';
import { formatFault } from './data/model.js';
import { orderLanes } from './layout/lanes.js';
import { computeTimeExtent, createTimeScale } from './layout/scale.js';
import { computeTicks, formatEventDate } from './layout/labels.js';
import { layoutTimeline } from './layout/timeline.js';
import { renderArityGlyph, renderChart, type ChartView } from './render/chart.js';
import { renderDetail } from './render/detail.js';
import { SourceController, type LoadFailure, type SourceState } from './controllers/source-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { resolveStrings, type TimelineStrings } from './strings.js';
import { timelineStyles } from './styles.js';
import { findNeighbour, type NavigationKey } from './layout/navigation.js';
import { assignPartyColors } from './layout/colors.js';

export interface EntenteRenderDetail {
  /** How many events are drawn. */
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
const DEFAULT_TIMEOUT = 15_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

interface ChartGeometry {
  readonly view: Omit<ChartView, 'selectedId' | 'tabStopId' | 'eventName'>;
  /** Event ids in drawing order (by date), for keyboard navigation. */
  readonly order: readonly string[];
  readonly narrow: boolean;
}

/**
 * A timeline of diplomacy: one lane per party, each visit, meeting, call,
 * statement or agreement drawn as a connector joining the lanes of the parties
 * that took part.
 *
 * Give it data in one of three ways: the `src` attribute (a URL of a JSON
 * document), an inline `<script type="application/json">` child, or the `data`
 * property. The document format is the published JSON Schema,
 * `entente-timeline/schema.json`.
 *
 * @summary A lane timeline of bilateral, trilateral and multilateral diplomacy.
 *
 * @fires entente-render - After the chart is drawn for new data, a new size or new options. Detail: `{ events, warnings, ms }`.
 * @fires entente-select - When the reader selects an event or clears the selection. Detail: `{ id, event }`.
 * @fires entente-error - When the data cannot be loaded or is not a timeline document. Detail: `{ reason, message, fault?, status? }`.
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
 * @csspart legend - The key to the marks and the event count.
 * @csspart chart - The box around the lane chart.
 * @csspart axis - The time axis.
 * @csspart lane - One party's lane; carries `data-party-id`.
 * @csspart event - One event's mark; carries `data-event-id`.
 * @csspart event-selected - The selected event's mark (also has the `event` part).
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
  static override styles = timelineStyles;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    locale: { type: String, reflect: true },
    laneOrder: { type: String, attribute: 'lane-order' },
    selected: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    strings: { attribute: false },
    tabStopId: { state: true },
  };

  /** URL of a timeline document (JSON). Changing it loads the new document; an unfinished load is aborted. */
  declare src: string | undefined;
  /** The timeline document as an object (or JSON text). Takes precedence over `src` and inline JSON. */
  declare data: unknown;
  /** BCP 47 language tag for dates and numbers; defaults to the document's `locale`, then the page's `lang`. */
  declare locale: string | undefined;
  /** `auto` orders lanes so that connectors are short; `document` keeps the order of the document's `parties`. */
  declare laneOrder: 'auto' | 'document';
  /** Id of the selected event; its detail card is open. Reflects to the `selected` attribute. */
  declare selected: string | undefined;
  /** `light` or `dark`; unset follows the page's `color-scheme` (and so the reader's preference where the page supports dark). */
  declare theme: 'light' | 'dark' | undefined;
  /** Milliseconds before a `src` load is abandoned. */
  declare timeout: number;
  /** Largest `src` response accepted, in bytes. */
  declare maxBytes: number;
  /** Interface text, for translation: a partial object overlaid on the English defaults. */
  declare strings: Partial<TimelineStrings> | undefined;
  declare private tabStopId: string | undefined;

  private readonly source = new SourceController(this);
  private readonly size = new ResizeController(this);
  private geometry?: ChartGeometry;
  private renderStart = 0;
  private pendingRender = false;
  private reportedState?: SourceState;
  private focusAfterUpdate = false;

  constructor() {
    super();
    this.laneOrder = 'auto';
    this.timeout = DEFAULT_TIMEOUT;
    this.maxBytes = DEFAULT_MAX_BYTES;
  }

  /** The parsed timeline, once it is loaded. */
  get model(): TimelineModel | undefined {
    return this.source.state.status === 'ready' ? this.source.state.model : undefined;
  }

  /** Selects an event by id (opening its detail card), or clears the selection with `null`. */
  select(id: string | null): void {
    const event = id === null ? undefined : this.model?.eventById.get(id);
    if (id !== null && !event) return;
    this.selected = event?.id;
    if (event) this.tabStopId = event.id;
    this.dispatchEvent(
      new CustomEvent<EntenteSelectDetail>('entente-select', {
        detail: { id: event?.id ?? null, event: event ?? null },
        bubbles: true,
        composed: true,
      }),
    );
  }

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
      return;
    }
    if (this.src) {
      this.source.request({ kind: 'url', url: this.src, timeout: this.timeout, maxBytes: this.maxBytes });
      return;
    }
    const inline = this.inlineDocument();
    if (inline !== undefined) this.source.request({ kind: 'data', value: inline });
  }

  /** The element's `locale`, else the document's, else the nearest `lang` on the page, else the browser's. */
  private resolvedLocale(): string {
    const lang = this.closest('[lang]')?.getAttribute('lang');
    for (const candidate of [this.locale, this.model?.locale, lang, navigator.language]) {
      if (!candidate) continue;
      try {
        if (Intl.DateTimeFormat.supportedLocalesOf(candidate).length) return candidate;
      } catch {
        // A malformed tag from the page or the data: try the next source.
      }
    }
    return 'en';
  }

  private resolvedStrings(): TimelineStrings {
    return resolveStrings(this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Nothing given yet may mean an inline <script> child: look again on each update until there is data.
    if (changed.has('data') || changed.has('src') || this.source.state.status === 'idle') this.requestSource();
    const state = this.source.state;
    if (state !== this.reportedState) this.geometry = undefined;
    const width = this.size.width;
    if (
      state.status === 'ready' &&
      width > 0 &&
      (!this.geometry ||
        changed.has('laneOrder') ||
        changed.has('locale') ||
        this.geometry.view.width !== width)
    ) {
      if (this.reportedState === state) this.renderStart = performance.now();
      this.geometry = this.computeGeometry(state.model, width);
      this.pendingRender = true;
    }
    if (this.selected && state.status === 'ready' && !state.model.eventById.has(this.selected)) this.selected = undefined;
    if (this.geometry && !(this.tabStopId && this.model?.eventById.has(this.tabStopId))) {
      this.tabStopId = this.selected ?? this.geometry.order[0];
    }
  }

  private computeGeometry(model: TimelineModel, width: number): ChartGeometry {
    const narrow = width < NARROW_WIDTH;
    const locale = this.resolvedLocale();
    const colors = assignPartyColors(model.parties);
    const laneHeight = narrow ? 40 : 46;
    const labelWidth = narrow ? 58 : Math.min(168, Math.round(width * 0.2));
    const plotStart = labelWidth + 14;
    const plotEnd = width - 12;
    const lanes = orderLanes(model.parties, model.events, this.laneOrder === 'document' ? 'document' : 'auto');
    const scale = createTimeScale(computeTimeExtent(model.events), [plotStart, plotEnd]);
    const layout = layoutTimeline(model, lanes, scale, { laneHeight, top: laneHeight / 2 + 6, markGap: 14 });
    const axisY = layout.height + 2;
    const tickCount = Math.max(2, Math.floor((plotEnd - plotStart) / (narrow ? 64 : 80)));
    const ticks = computeTicks(scale, tickCount, locale).map((tick) => ({ ...tick, x: scale(tick.value) }));
    const maxLabel = narrow ? 6 : Math.max(8, Math.floor(labelWidth / 8));
    return {
      narrow,
      order: layout.marks.slice().sort((a, b) => a.cx - b.cx).map((mark) => mark.eventId),
      view: {
        width,
        height: axisY + 30,
        plotStart,
        plotEnd,
        axisY,
        laneHeight,
        lanes: layout.lanes,
        marks: layout.marks,
        ticks,
        label: model.title ?? this.resolvedStrings().chartLabel,
        laneLabel: (id) => {
          const party = model.partyById.get(id);
          if (!party) return id;
          const name = narrow || party.name.length > maxLabel ? (party.short ?? party.name) : party.name;
          const shown = name.length > maxLabel ? `${name.slice(0, maxLabel - 1)}…` : name;
          return party.flag ? `${party.flag} ${shown}` : shown;
        },
        partyColor: (id) => colors.get(id) ?? 'currentColor',
        eventParties: (id) => model.eventById.get(id)?.parties ?? [],
      },
    };
  }

  private describeEvent(event: TimelineEvent, locale: string, strings: TimelineStrings): string {
    const model = this.model!;
    const names = event.parties.map((id) => model.partyById.get(id)?.name ?? id);
    const parties = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
    return `${formatEventDate(event, locale)}, ${strings.arity[event.arity]}: ${parties}. ${event.title}`;
  }

  protected override updated(): void {
    const state = this.source.state;
    if (state !== this.reportedState) {
      this.reportedState = state;
      if (state.status === 'ready') {
        for (const warning of state.warnings) console.warn(`entente-timeline: ${formatFault(warning)}`);
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
    if (this.pendingRender && this.geometry && state.status === 'ready') {
      this.pendingRender = false;
      this.dispatchEvent(
        new CustomEvent<EntenteRenderDetail>('entente-render', {
          detail: {
            events: this.geometry.view.marks.length,
            warnings: state.warnings,
            ms: performance.now() - this.renderStart,
          },
          bubbles: true,
          composed: true,
        }),
      );
    }
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.markElement(this.tabStopId)?.focus();
    }
  }

  private markElement(id: string | undefined): SVGElement | null {
    if (!id) return null;
    return this.renderRoot.querySelector<SVGElement>(`.event[data-event-id="${CSS.escape(id)}"]`);
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

  private readonly onChartClick = (event: MouseEvent): void => {
    const mark = (event.target as Element).closest?.('.event');
    const id = mark?.getAttribute('data-event-id');
    if (!id) return;
    this.tabStopId = id;
    this.select(id === this.selected ? null : id);
  };

  private readonly onChartKeyDown = (event: KeyboardEvent): void => {
    const geometry = this.geometry;
    const current = this.tabStopId;
    if (!geometry || !current) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(current === this.selected ? null : current);
      return;
    }
    if (event.key === 'Escape' && this.selected) {
      event.preventDefault();
      this.select(null);
      return;
    }
    const next = findNeighbour(geometry.view.marks, geometry.order, current, event.key as NavigationKey);
    if (next && next !== current) {
      event.preventDefault();
      this.tabStopId = next;
      this.focusAfterUpdate = true;
    }
  };

  private readonly closeDetail = (): void => {
    const id = this.selected;
    this.select(null);
    this.tabStopId = id;
    this.focusAfterUpdate = true;
  };

  private readonly selectRelated = (id: string): void => {
    this.select(id);
    this.focusAfterUpdate = true;
  };

  private renderPanel(): TemplateResult {
    const state = this.source.state;
    const strings = this.resolvedStrings();
    if (state.status === 'error') {
      const canRetry = state.reason === 'network' || state.reason === 'http' || state.reason === 'timeout';
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
    if (state.status !== 'ready' || !model || model.events.length === 0 || !this.geometry) {
      return html`<figure class="base" part="base">${header}${this.size.width > 0 || state.status !== 'ready' ? this.renderPanel() : nothing}</figure>`;
    }
    const locale = this.resolvedLocale();
    const geometry = this.geometry;
    const numbers = new Intl.NumberFormat(locale);
    const arities = (['bilateral', 'trilateral', 'multilateral', 'unilateral'] as const).filter((arity) =>
      model.events.some((event) => event.arity === arity),
    );
    const view: ChartView = {
      ...geometry.view,
      selectedId: this.selected,
      tabStopId: this.tabStopId,
      eventName: (id) => {
        const event = model.eventById.get(id);
        return event ? this.describeEvent(event, locale, strings) : id;
      },
    };
    const selectedEvent = this.selected ? model.eventById.get(this.selected) : undefined;
    const count = geometry.view.marks.length;
    return html`<figure class="base" part="base">
      ${header}
      <ul class="legend" part="legend">
        <li class="count">${strings.eventCount(count, numbers.format(count))}</li>
        ${arities.map((arity) => html`<li>${renderArityGlyph(arity)}${strings.arity[arity]}</li>`)}
      </ul>
      <div class="chart" part="chart">
        <svg
          role="group"
          aria-label=${view.label}
          width=${view.width}
          height=${view.height}
          viewBox="0 0 ${view.width} ${view.height}"
          @click=${this.onChartClick}
          @keydown=${this.onChartKeyDown}
        >
          ${renderChart(view)}
        </svg>
      </div>
      <div aria-live="polite">
        ${selectedEvent
          ? renderDetail({
              model,
              event: selectedEvent,
              strings,
              date: formatEventDate(selectedEvent, locale),
              partyColor: geometry.view.partyColor,
              relatedLabel: (entry) => `${formatEventDate(entry, locale)}: ${entry.title}`,
              onClose: this.closeDetail,
              onSelect: this.selectRelated,
            })
          : nothing}
      </div>
    </figure>`;
  }
}
