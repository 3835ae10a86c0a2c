import type { ReactiveController } from 'lit';
import type { TimelineModel } from '../data/model.js';
import { formatEventDate } from '../layout/labels.js';
import { isSameNavId, type NavId } from '../layout/nav-id.js';
import { placePreview, type PreviewPosition } from '../layout/preview-position.js';
import { NAV_ITEM_SELECTOR, readNavId, selectNavItem } from '../render/chart.js';
import type { PreviewView } from '../render/preview.js';
import type { TimelineHost } from '../host.js';
import type { TimelineStrings } from '../strings.js';
import type { Frame } from './geometry.js';
import { formatList, formatNumber, getLocaleDates } from './format.js';

/** The card's id, in the shadow root: the mark it describes points at it with `aria-describedby`. */
export const PREVIEW_ID = 'entente-preview';
const CARD_SELECTOR = `#${PREVIEW_ID}`;
/** How long the card stays after the pointer leaves its mark: time to move onto the card (WCAG 2.2 SC 1.4.13, hoverable). */
const HIDE_DELAY = 300;
/** How many of a cluster's titles the card lists. */
const CLUSTER_TITLES = 3;
/** The events it listens to, on the shadow root: nothing outside the element. */
const LISTENED = ['pointerover', 'pointerout', 'focusin', 'focusout', 'keydown'];

/**
 * The hover and focus preview: which mark or cluster the card describes,
 * and where it goes. Pointing at a mark or a cluster (not by touch: a tap
 * opens the detail card) or focusing one from the keyboard shows the card;
 * it stays while the pointer is on the mark or the card (a short delay lets
 * the pointer cross the gap) or focus is on the mark, and Escape hides it
 * without moving focus (`dismiss`; a second Escape keeps its meaning).
 *
 * Listens on the shadow root, so nothing outside the element is touched;
 * removes its listeners and its timer on disconnect.
 */
export class HoverPreview implements ReactiveController, EventListenerObject {
  private shown?: { readonly nav: NavId; readonly by: 'pointer' | 'focus' };
  /** What Escape hid: the pointer moving on within the same mark does not bring it back. */
  private dismissed?: NavId;
  private position?: PreviewPosition;
  private timer?: ReturnType<typeof setTimeout>;
  private described?: Element;

  constructor(private readonly host: TimelineHost) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of LISTENED) this.host.renderRoot.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of LISTENED) this.host.renderRoot.removeEventListener(type, this);
    this.cancelHide();
    this.shown = undefined;
  }

  /** Hides the card (Escape); returns whether there was one to hide. */
  dismiss(): boolean {
    if (!this.shown) return false;
    this.cancelHide();
    this.dismissed = this.shown.nav;
    this.shown = undefined;
    this.host.requestUpdate();
    return true;
  }

  /** The card's view-model for this frame, or none. */
  view(model: TimelineModel, frame: Frame, locale: string, strings: TimelineStrings): PreviewView | undefined {
    const nav = this.shown?.nav;
    if (!nav) return undefined;
    const { x = 0, y = 0, placement = 'above' } = this.position ?? {};
    const card = { id: PREVIEW_ID, x, y, placement };
    const dates = getLocaleDates(locale);
    if (nav.kind === 'event') {
      const event = model.eventById.get(nav.id);
      if (!event || !frame.window.marks.some((mark) => mark.eventId === nav.id)) return undefined;
      const parties = formatList(
        locale,
        event.parties.map((id) => model.partyById.get(id)?.name ?? id),
      );
      return { ...card, content: { kind: 'event', date: formatEventDate(event, dates), parties, title: event.title } };
    }
    const ids = frame.window.clusters.find((cluster) => cluster.key === nav.key)?.eventIds;
    if (!ids) return undefined;
    const events = ids.map((id) => model.eventById.get(id)!);
    const first = events[0]!;
    const last = events[events.length - 1]!;
    const rest = events.length - CLUSTER_TITLES;
    return {
      ...card,
      content: {
        kind: 'cluster',
        count: strings.eventCount(events.length, formatNumber(locale, events.length)),
        dateRange: formatEventDate({ ...first, end: last.end ?? last.date }, dates),
        titles: events.slice(0, CLUSTER_TITLES).map((event) => event.title),
        more: rest > 0 ? `+${strings.eventCount(rest, formatNumber(locale, rest))}` : undefined,
      },
    };
  }

  /**
   * After each update: the described mark points at the card, and the card is
   * placed beside its mark (`placePreview`), inside the element and the
   * viewport. It is measured where it cannot wrap early (at the chart's
   * corner) and moved straight away, so the next render writes the same place.
   */
  updated(rtl: boolean): void {
    const root = this.host.renderRoot;
    const card = root.querySelector<HTMLElement>(CARD_SELECTOR);
    const item = card && this.shown ? root.querySelector(selectNavItem(this.shown.nav)) : null;
    if (this.described !== item) {
      this.described?.removeAttribute('aria-describedby');
      item?.setAttribute('aria-describedby', PREVIEW_ID);
      this.described = item ?? undefined;
    }
    const chart = card?.parentElement;
    if (!card || !item || !chart) return;
    card.style.setProperty('left', '0px');
    card.style.setProperty('top', '0px');
    const origin = chart.getBoundingClientRect();
    const mark = item.getBoundingClientRect();
    const widget = this.host.getBoundingClientRect();
    const page = document.documentElement;
    const position = placePreview({
      anchor: {
        x0: mark.left - origin.left,
        y0: mark.top - origin.top,
        x1: mark.right - origin.left,
        y1: mark.bottom - origin.top,
      },
      width: card.offsetWidth,
      height: card.offsetHeight,
      bounds: {
        x0: Math.max(widget.left, 0) - origin.left,
        y0: Math.max(widget.top, 0) - origin.top,
        x1: Math.min(widget.right, page.clientWidth) - origin.left,
        y1: Math.min(widget.bottom, page.clientHeight) - origin.top,
      },
      rtl,
    });
    this.position = position;
    card.style.setProperty('left', `${position.x}px`);
    card.style.setProperty('top', `${position.y}px`);
    card.dataset['placement'] = position.placement;
  }

  private show(nav: NavId, by: 'pointer' | 'focus'): void {
    this.cancelHide();
    if (this.shown && isSameNavId(this.shown.nav, nav)) {
      if (by === 'pointer') this.shown = { nav, by };
      return;
    }
    this.shown = { nav, by };
    this.host.requestUpdate();
  }

  /** The pointer left: the card goes, unless keyboard focus is on a mark, whose card comes back. */
  private hide(): void {
    this.timer = undefined;
    const focused = this.host.renderRoot.querySelector(`:is(${NAV_ITEM_SELECTOR}):focus-visible`);
    const nav = focused ? readNavId(focused) : undefined;
    if (nav) this.show(nav, 'focus');
    else this.dismiss();
  }

  private hideSoon(): void {
    this.cancelHide();
    this.timer = setTimeout(() => this.hide(), HIDE_DELAY);
  }

  private cancelHide(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The shadow root's pointer, focus and key events (see `LISTENED`). */
  handleEvent(event: Event): void {
    const target = event.target as Element;
    const nav = readNavId(target);
    const pointer = (event as PointerEvent).pointerType;
    switch (event.type) {
      case 'pointerover':
        if (pointer === 'touch') return;
        if (target.closest(CARD_SELECTOR)) this.cancelHide();
        else if (nav && !(this.dismissed && isSameNavId(nav, this.dismissed))) this.show(nav, 'pointer');
        return;
      case 'pointerout': {
        const item = target.closest(CARD_SELECTOR) ?? target.closest(NAV_ITEM_SELECTOR);
        const to = (event as PointerEvent).relatedTarget as Node | null;
        // Only leaving the mark or the card for somewhere outside it counts.
        if (pointer === 'touch' || !item || (to && item.contains(to))) return;
        this.dismissed = undefined;
        if (this.shown?.by === 'pointer') this.hideSoon();
        return;
      }
      case 'focusin':
        // Keyboard focus only: a click or a tap focuses the mark too, and opens its detail card.
        if (nav && target.matches(':focus-visible')) this.show(nav, 'focus');
        return;
      case 'focusout': {
        const to = (event as FocusEvent).relatedTarget as Element | null;
        if (this.shown?.by === 'focus' && !(to && readNavId(to))) this.dismiss();
        return;
      }
      case 'keydown':
        // Escape anywhere in the element; the chart's own Escape handler asks `dismiss` first.
        if ((event as KeyboardEvent).key === 'Escape' && !event.defaultPrevented && this.dismiss()) event.preventDefault();
    }
  }
}
