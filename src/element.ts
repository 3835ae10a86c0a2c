import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { TimelineEvent, TimelineModel } from './data/model.js';
import { toCalendarTime } from './data/dates.js';
import { SourceController, type SourceState } from './controllers/source-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { VisibilityController } from './controllers/visibility-controller.js';
import { isStringsLoaded, loadStrings, pickLocale, resolveStrings, type TimelineStrings } from './strings.js';
import { placeholderStyles, renderErrorPanel, renderLoadingPanel, renderStatusFigure } from './render/placeholder.js';
import { dispatchError } from './events.js';
import { formatDeepLink } from './deep-link.js';
import type { TimelineHost, TimelineRenderer, ViewContext, ViewModule } from './host.js';

export type { EntenteRenderDetail, EntenteSelectDetail, EntenteErrorDetail } from './events.js';

/**
 * A timeline of diplomacy: one lane per party, each visit, meeting, call,
 * statement or agreement drawn as a connector joining the lanes of the parties
 * that took part.
 *
 * Readers zoom with Ctrl/⌘ + wheel, a pinch or the buttons, drag to pan,
 * filter by party and arity in the legend, focus on one relationship, and
 * switch to a chronological list (the default on narrow screens and in print).
 * Everything works from the keyboard: the zoom and view buttons and the legend
 * are toolbars (one tab stop each, arrows and Home/End inside), the chart is one
 * tab stop, arrows move between events, Enter opens one, Escape closes it, + and − zoom;
 * with an event open, `[` and `]` (or the card's Previous and Next buttons) step to the
 * event before or after it in time among those shown.
 *
 * Give it data in one of three ways: the `src` attribute (a URL of a JSON
 * document), an inline `<script type="application/json">` child, or the `data`
 * property. The document format is the published JSON Schema,
 * `entente-timeline/schema.json`.
 *
 * @summary A lane timeline of bilateral, trilateral and multilateral diplomacy.
 *
 * @fires {CustomEvent<EntenteRenderDetail>} entente-render - After the chart is drawn for new data, a new size or new options. Detail: `{ events, warnings, ms }`.
 * @fires {CustomEvent<EntenteSelectDetail>} entente-select - When the reader selects an event or clears the selection (by click, keyboard, the list, the detail card or a deep link); not when the page's code calls `select()` or `reset()`. Detail: `{ id, event }`.
 * @fires {CustomEvent<EntenteErrorDetail>} entente-error - When the data cannot be loaded or is not a timeline document, or the widget's own code cannot be loaded (reason `network`). Detail: `{ reason, message, fault?, status? }`.
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
 * @cssproperty [--entente-background=transparent] - Background of the whole widget; with `theme` set, the theme's own (`#fff` light, `#181817` dark), so a forced theme stays readable on any page.
 * @cssproperty [--entente-radius=3px] - Corner radius of panels and buttons.
 * @cssproperty [--entente-reserved-height=24rem] - The height the widget holds while its data and code load, so the article does not jump; once drawn it is as tall as its chart. `entente-timeline html` sets it to the chart's height, for a layout shift of 0.
 * @cssproperty [--entente-label-font-size=11px] - Size of the event labels on the chart (in px, em or rem); labels are measured in it, so they never overlap.
 * @cssproperty [--entente-label-color=#5c5c58] - Colour of the event labels on the chart; defaults to the muted text colour.
 *
 * @cssstate drawn - The document is drawn (as `entente-render` reports): the element is then as tall as what it shows, no longer held at `--entente-reserved-height` (the empty document's panel keeps it).
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
 * @csspart event-label - An event's short label beside its mark (its `label`, else its title, shortened to fit); carries `data-event-id`. Hidden from assistive technology: the mark's name says it.
 * @csspart event-leader - The thin line that joins a label placed away from its mark (no room beside it) to the mark; carries `data-label-for`, hidden like the label.
 * @csspart preview - The card that previews an event (date, parties, title) or a cluster (count, dates, first titles) while the pointer or keyboard focus is on its mark; Escape hides it.
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
 * @csspart step - The detail card's Previous and Next buttons; `data-step` is `previous` or `next`.
 * @csspart loading - The panel shown while the data loads.
 * @csspart error - The panel shown when the data cannot be shown.
 * @csspart error-details - The closed disclosure in the error panel with the fault's JSON path, for the site's developers.
 * @csspart retry - The error panel's retry button.
 * @csspart empty - The panel shown when the document has no events to draw.
 */
export class EntenteTimeline extends LitElement implements TimelineHost {
  // Only what the loading panel needs: the view brings the stylesheets of everything it draws.
  static override styles = placeholderStyles;

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
  };

  /** URL of a timeline document (JSON, a TimelineJS document or CSV). Changing it loads the new document; an unfinished load is aborted. */
  declare src: string | undefined;
  /**
   * The timeline document as an object (or JSON text; a TimelineJS document or CSV text is read too). Takes precedence over `src` and inline JSON.
   * @type {TimelineDocument | string | undefined}
   */
  declare data: unknown;
  /** BCP 47 language tag for dates, numbers and the interface language; defaults to the document's `locale`, then the page's `lang`, then the browser's. */
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
  /** Interface text: a partial object overlaid on the built-in text of the locale's language (English for a language that does not ship). */
  declare strings: Partial<TimelineStrings> | undefined;

  private readonly source = new SourceController(this);
  private readonly visibility = new VisibilityController(this);
  /**
   * Here rather than in the view: the width is known by the time the view
   * arrives, so its first render draws the chart, not a frame without it.
   */
  private readonly size = new ResizeController(this);
  private readonly context: ViewContext = { source: this.source, size: this.size, renderStart: 0 };
  private view?: TimelineRenderer;
  private viewLoad?: Promise<void>;
  /** The renderer's code failed to load: the error panel offers to try again. */
  private viewFailed = false;
  /** The inputs of the last request: a different `data` or `src` is a new one. */
  private requestedData: unknown;
  private requestedSrc: string | undefined;
  /** Whether the document is the page's own (`src` or inline JSON), drawn in steps on page load; not `data`. */
  private paced = false;
  /** The source's state the last update drew: a new one from `src` is drawn in a task of its own. */
  private drawnState?: SourceState;
  // What `zoomTo` and `select` asked of a view that had not loaded yet.
  private pendingWindow?: [number, number];
  private pendingReveal?: TimelineEvent;

  /** Custom states (`:state(drawn)`), read by the host's stylesheet and the page's; absent before Safari 16.4. */
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  constructor() {
    super();
    this.laneOrder = 'auto';
    this.layout = 'auto';
    this.loading = 'lazy';
    this.deepLink = false;
    this.timeout = 15_000;
    this.maxBytes = 10 * 1024 * 1024;
  }

  /** The parsed timeline, once it is loaded. */
  get model(): TimelineModel | undefined {
    return this.source.state.status === 'ready' ? this.source.state.model : undefined;
  }

  // ---- Public methods ------------------------------------------------------

  /**
   * Selects an event by id (opening its detail card and bringing it into view),
   * or clears the selection with `null`. A call from code fires no
   * `entente-select`: that event reports the reader's choices, and the caller
   * already knows its own.
   */
  select(id: string | null): void {
    const event = id === null ? undefined : this.model?.eventById.get(id);
    if (id !== null && !event) return;
    this.selected = event?.id;
    if (event) {
      if (this.view) this.view.reveal(event);
      else this.pendingReveal = event;
    }
    if (this.deepLink && this.id) {
      const hash = event ? formatDeepLink(this.id, event.id) : '';
      history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
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
    if (this.view) this.view.showWindow(from, to);
    else this.pendingWindow = [from, to];
  }

  /** Back to the first view: the whole timeline, every party and arity shown, no relationship focus, nothing selected. Fires no `entente-select`. */
  reset(): void {
    this.focusPair = undefined;
    if (this.selected) this.select(null);
    this.pendingWindow = undefined;
    this.view?.reset();
  }

  // ---- Loading -------------------------------------------------------------

  /** Near the viewport (looked at once, at the first update, then told by the observer), or told not to wait for it. */
  private mayWork(): boolean {
    return this.loading === 'eager' || this.visibility.near || this.visibility.measure();
  }

  private inlineDocument(): string | undefined {
    for (const child of this.children) {
      if (child instanceof HTMLScriptElement && child.type === 'application/json') return child.textContent ?? '';
    }
    return undefined;
  }

  /** Requests the data when `data` or `src` changed, or while nothing was found (an inline script may come later). */
  private requestChangedSource(): void {
    if (this.data === this.requestedData && this.src === this.requestedSrc && this.source.state.status !== 'idle') return;
    this.requestedData = this.data;
    this.requestedSrc = this.src;
    this.context.renderStart = performance.now();
    this.paced = this.data === undefined || this.data === null;
    if (!this.paced) {
      this.source.request({ kind: 'data', value: this.data });
    } else if (this.src) {
      performance.mark('entente:fetch-start');
      this.source.request({ kind: 'url', url: this.src, timeout: this.timeout, maxBytes: this.maxBytes });
    } else {
      const inline = this.inlineDocument();
      if (inline !== undefined) this.source.request({ kind: 'data', value: inline });
    }
  }

  /**
   * The renderer's module. A subclass may load it some other way (tests make
   * it fail); the drop-in files hold it, so there it takes a microtask and no request.
   */
  protected static importView(): Promise<ViewModule> {
    return import('./view/index.js');
  }

  /** Loads the view once, or again after a failure when the reader asks. */
  private loadView(): Promise<void> {
    return (this.viewLoad ??= (this.constructor as typeof EntenteTimeline).importView().then(
      ({ createView }) => {
        const view = (this.view = createView(this, this.context));
        if (this.pendingWindow) view.showWindow(...this.pendingWindow);
        if (this.pendingReveal) view.reveal(this.pendingReveal);
      },
      (error: unknown) => {
        // Offline, or a deployment without the view's file: the error panel offers to try again.
        this.viewFailed = true;
        dispatchError(this, { reason: 'network', message: `the timeline's code could not be loaded (${String(error)})` });
      },
    ));
  }

  // ---- The update cycle ----------------------------------------------------

  /**
   * Once the element may work, each update waits for the view (Lit awaits
   * what this returns, so `updateComplete` still means drawn). The data is
   * requested first, so it downloads while the view's code does.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Far from the viewport nothing is requested, not even the interface language.
    if (!this.mayWork()) return super.scheduleUpdate();
    if (!this.view) this.requestChangedSource();
    // A document from `src` or inline JSON (page load) is drawn in steps, each in a task of its
    // own, so that none holds a slow phone for long: the interface language (its first `Intl`
    // call loads the browser's locale data), the view, the layout, and the drawing, apart from
    // the task that evaluated the script or parsed the response. `data` set by the page's code
    // is drawn at once, in this task.
    const paced = this.paced;
    const arrived = paced && this.source.state.status === 'ready' && this.source.state !== this.drawnState;
    if (this.view && !arrived && isStringsLoaded(this.interfaceLocale())) return this.draw();
    // Laid out in the task that parsed it (the view's derivations are memoised: the update that
    // draws finds them done), drawn in the next.
    if (arrived && this.view) this.layOut();
    return this.prepare(paced).then(() => this.draw());
  }

  /** The interface language and the view, for the next update; with `paced`, one task each. */
  private async prepare(paced: boolean): Promise<void> {
    if (paced) await afterTask();
    // The language loads beside the view, so that no render shows English while it loads.
    const locale = this.interfaceLocale();
    const language = isStringsLoaded(locale) ? undefined : loadStrings(locale);
    if (!this.view) {
      if (paced) await afterTask();
      await Promise.all([language, this.loadView()]);
      // The cold work the drawing would do (Intl formatters, the labels' font) in this task instead.
      if (paced) this.prepareDrawing();
      // The document is already there (inline, or it arrived meanwhile): laid out, then drawn, a task each.
      if (paced && this.source.state.status === 'ready') {
        await afterTask();
        this.layOut();
        await afterTask();
      }
    }
    await language;
  }

  private prepareDrawing(): void {
    this.view?.prepare();
  }

  private layOut(): void {
    this.size.measure();
    this.view?.willUpdate(new Map());
  }

  private draw(): void | Promise<unknown> {
    this.drawnState = this.source.state;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also here: properties set before the element was defined arrive during the first update.
    if (this.mayWork()) this.requestChangedSource();
    // Data in hand and no width reported yet: measure now, so the chart is drawn in this frame.
    if (this.view && this.source.state.status === 'ready') this.size.measure();
    this.view?.willUpdate(changed);
  }

  protected override render(): TemplateResult {
    if (this.view) return this.view.render();
    const locale = this.interfaceLocale();
    const strings = resolveStrings(this.strings, locale);
    // Far from the viewport the language is not loaded yet: an empty panel rather than English.
    const loading = isStringsLoaded(locale) || this.strings?.loading ? strings.loading : '';
    return renderStatusFigure(
      nothing,
      this.viewFailed
        ? renderErrorPanel(strings.errorTitle, strings.errors.code, nothing, { label: strings.retry, onRetry: this.retryView })
        : renderLoadingPanel(loading),
    );
  }

  /** The element's `locale`, else the document's, else the nearest `lang` on the page, else the browser's. */
  private interfaceLocale(): string {
    return pickLocale([this.locale, this.model?.locale, this.closest('[lang]')?.getAttribute('lang'), navigator.language]);
  }

  private readonly retryView = (): void => {
    this.viewFailed = false;
    this.viewLoad = undefined;
    this.requestUpdate();
  };

  protected override updated(): void {
    this.view?.updated();
    // The reserved height holds the box until the document is drawn (placeholder styles).
    if (this.view?.drawing) this.internals?.states?.add('drawn');
    else this.internals?.states?.delete('drawn');
  }
}

/** Resolves in a new task (after the current one, and what it queued, has ended). */
function afterTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
