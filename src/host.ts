import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { TimelineEvent, TimelineModel } from './data/model.js';
import type { SourceController } from './controllers/source-controller.js';
import type { ResizeController } from './controllers/resize-controller.js';
import type { TimelineStrings } from './strings.js';

/**
 * What the view needs of `<entente-timeline>`: its options, its document, and
 * the few properties the reader changes through the view (the selection, the
 * relationship focus, the layout). The element implements it; the view knows
 * nothing else of the element, so the two never import each other.
 */
export interface TimelineHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly model: TimelineModel | undefined;
  readonly locale: string | undefined;
  readonly laneOrder: 'auto' | 'document';
  layout: 'auto' | 'lanes' | 'list';
  focusPair: string | undefined;
  readonly start: string | undefined;
  readonly end: string | undefined;
  selected: string | undefined;
  readonly deepLink: boolean;
  readonly strings: Partial<TimelineStrings> | undefined;
  /** Selects an event by id (revealing it), or clears the selection; fires no event. */
  select(id: string | null): void;
  zoomTo(start: string | Date, end: string | Date): void;
}

/** What the element shares with its view besides the host interface. */
export interface ViewContext {
  readonly source: SourceController;
  readonly size: ResizeController;
  /** When the data (or the size or an option) last changed: `entente-render` reports the time since. */
  renderStart: number;
}

/** The view as the element sees it: its update cycle and what the public methods ask. */
export interface TimelineRenderer {
  willUpdate(changed: ReadonlyMap<PropertyKey, unknown>): void;
  render(): TemplateResult;
  updated(): void;
  /** Whether the last update drew the document (a chart with its width, or the list): what `entente-render` reports. */
  readonly drawing: boolean;
  /** Gives the event the chart's tab stop and zooms in until it has a mark of its own. */
  reveal(event: TimelineEvent): void;
  /** Shows the calendar range [from, to), now or as soon as the chart has a size. */
  showWindow(from: number, to: number): void;
  /** Every party and arity shown, the whole timeline. */
  reset(): void;
  /**
   * Does now the cold work of a first drawing that needs no document (the locale's Intl
   * formatters, the labels' font), so that the task which draws does not: for a page that
   * draws in steps, one task each.
   */
  prepare(): void;
}

/** The lazily loaded module (view/index.ts), as the element imports it. */
export interface ViewModule {
  createView(host: TimelineHost, context: ViewContext): TimelineRenderer;
}
