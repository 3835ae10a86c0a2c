// Shared by the hostile tests: a sentinel that payloads would call, mounting that waits for
// whichever outcome comes (drawn or refused), and readers of what ended up in the DOM.
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import type { EntenteErrorDetail, EntenteRenderDetail } from '../../src/element.js';

declare global {
  interface Window {
    __pwned?: (tag?: string) => void;
  }
}

/** Every call of `window.__pwned` from a payload that ran; a test fails if this is not empty. */
export const pwned: string[] = [];
window.__pwned = (tag = '?') => {
  pwned.push(String(tag));
};

/** Names on the prototypes a polluting key would reach. */
export function snapshotPrototypes(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

export type Outcome =
  | { readonly kind: 'render'; readonly detail: EntenteRenderDetail }
  | { readonly kind: 'error'; readonly detail: EntenteErrorDetail }
  | { readonly kind: 'none' };

/** The first `entente-render` or `entente-error` from the element, or `none` after `ms`. */
export function nextOutcome(element: HTMLElement, ms = 5000): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (outcome: Outcome) => {
      element.removeEventListener('entente-render', onRender);
      element.removeEventListener('entente-error', onError);
      clearTimeout(timer);
      resolve(outcome);
    };
    const onRender = (event: CustomEvent<EntenteRenderDetail>) => done({ kind: 'render', detail: event.detail });
    const onError = (event: CustomEvent<EntenteErrorDetail>) => done({ kind: 'error', detail: event.detail });
    element.addEventListener('entente-render', onRender);
    element.addEventListener('entente-error', onError);
    const timer = setTimeout(() => done({ kind: 'none' }), ms);
  });
}

/**
 * A new element that starts loading at once, wherever it is on the page (a lazy element far
 * below the fold would wait for the reader to scroll).
 */
export function createTimeline(): EntenteTimeline {
  const element = document.createElement('entente-timeline');
  element.setAttribute('loading', 'eager');
  return element;
}

/** A fixed-width column on the page for an element. */
export function column(width = 800): HTMLDivElement {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  return wrapper;
}

/** Creates an element with `data`, puts it in a column and waits for its outcome. */
export async function mountData(data: unknown, width = 800): Promise<{ element: EntenteTimeline; outcome: Outcome }> {
  const wrapper = column(width);
  const element = createTimeline();
  element.data = data;
  const outcome = nextOutcome(element);
  wrapper.append(element);
  const result = await outcome;
  await element.updateComplete;
  return { element, outcome: result };
}

export function unmount(element: HTMLElement): void {
  (element.parentElement ?? element).remove();
}

/**
 * Ids of the events drawn: each mark's `data-event-id`, and the ids a cluster of marks
 * stands for (`data-event-ids`, space-separated, JSON or comma lists), for when zoomed-out
 * clustering merges marks.
 */
export function drawnEventIds(element: EntenteTimeline): string[] {
  const root = element.shadowRoot!;
  const ids: string[] = [];
  for (const mark of root.querySelectorAll('[part~="event"][data-event-id]')) ids.push(mark.getAttribute('data-event-id')!);
  for (const cluster of root.querySelectorAll('[data-event-ids]')) {
    const text = cluster.getAttribute('data-event-ids')!;
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list)) {
        ids.push(...list.map(String));
        continue;
      }
    } catch {
      // Not JSON: a plain list.
    }
    ids.push(...text.split(/[\s,]+/).filter(Boolean));
  }
  return ids;
}

/** Every element under a root, descending into open shadow roots. */
export function* walkElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* walkElements(element.shadowRoot);
  }
}

/**
 * Every URL a reader can follow or the page loads from data: link targets (`a`, `area`, SVG
 * `xlink:href`) and image and frame sources, in the light DOM and in shadow roots.
 */
export function allHrefs(root: ParentNode = document): string[] {
  const hrefs: string[] = [];
  for (const element of walkElements(root)) {
    const names = /^(a|area)$/.test(element.localName)
      ? ['href', 'xlink:href']
      : /^(img|iframe|image)$/.test(element.localName)
        ? ['src', 'href', 'xlink:href']
        : [];
    for (const name of names) {
      const value = element.getAttribute(name);
      if (value !== null) hrefs.push(value);
    }
  }
  return hrefs;
}

/** Links are the one place a data string becomes a URL; only absolute http(s) may get there. */
export function unsafeHrefs(root: ParentNode = document): string[] {
  return allHrefs(root).filter((href) => {
    try {
      return !/^https?:$/.test(new URL(href).protocol);
    } catch {
      return true;
    }
  });
}

/** Elements and attributes that can only come from markup built out of data. */
export function markupFromData(element: EntenteTimeline): string[] {
  const found: string[] = [];
  for (const node of walkElements(element.shadowRoot!)) {
    if (/^(script|iframe|object|embed|foreignobject|style|link|meta|base|form)$/i.test(node.localName)) found.push(`<${node.localName}>`);
    if (node.localName === 'img' && !node.closest('[part~="image"]')) found.push('<img> outside the image figure');
    for (const attribute of node.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${node.localName}[${attribute.name}]`);
      // CSSOM writes (custom properties, touch-action) show up as a style attribute; what data
      // could smuggle in through one is a request or script, never needed by a colour.
      if (attribute.name === 'style' && /url\(|expression\(|javascript:|@import|image-set|[<\\]/i.test(attribute.value)) {
        found.push(`${node.localName}[style="${attribute.value}"]`);
      }
    }
  }
  return found;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
