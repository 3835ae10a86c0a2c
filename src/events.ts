import type { Fault, TimelineEvent } from './data/model.js';
import type { LoadFailure } from './controllers/source-controller.js';

/**
 * The element's public DOM events: the only place they are built and
 * dispatched. They report what the reader did or what the element finished
 * (Lit's guidance): a call from the page's own code, such as `select(id)`,
 * does not echo back as an event.
 */

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

/** Both bubble and cross the shadow boundary, so a page listens wherever it likes. */
function dispatch<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/** The chart (or list) is drawn for new data, a new size or new options. */
export const dispatchRender = (target: EventTarget, detail: EntenteRenderDetail): void => dispatch(target, 'entente-render', detail);

/** The reader selected an event or cleared the selection. */
export function dispatchSelect(target: EventTarget, event: TimelineEvent | undefined): void {
  dispatch<EntenteSelectDetail>(target, 'entente-select', { id: event?.id ?? null, event: event ?? null });
}

/** The data or the element's own code could not be loaded; also told on the console. */
export function dispatchError(target: EventTarget, detail: EntenteErrorDetail): void {
  console.error(`entente-timeline: ${detail.message}`);
  dispatch(target, 'entente-error', detail);
}
