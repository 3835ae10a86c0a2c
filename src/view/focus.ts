import { findNeighbour } from '../layout/navigation.js';
import { clusterNavId, eventNavId, isSameNavId, navEventId, type NavId } from '../layout/nav-id.js';
import { NAV_ITEM_SELECTOR, readNavId, selectNavItem } from '../render/chart.js';
import { findClusterOf, type Frame } from './geometry.js';
import type { ReactiveState } from './reactive-state.js';

interface FocusedItem {
  readonly element: Element;
  readonly nav: NavId;
  /** The event itself, or the cluster's first event. */
  readonly firstEvent: string;
  /** The chart's tab stop at the time. */
  readonly tabStop: NavId | undefined;
}

/** What the keyboard and clicks on the chart do, besides moving focus. */
export interface ChartActions {
  /** Enter, Space or a click on a mark or cluster. */
  activate(nav: NavId): void;
  /** Escape, when an event is selected; returns whether it closed something. */
  close(): boolean;
  /** + and −, about the focused item's x. */
  zoomBy(factor: number, x: number | undefined): void;
  /** `[` and `]` while an event is selected: the previous or next one shown; returns whether it moved. */
  step(forward: boolean): boolean;
}

/**
 * The chart's single tab stop and its keyboard: which mark or cluster is the
 * tab stop, following the reader's event through zooms and filters; arrows,
 * Home and End between items; and keeping focus on the reader's item when a
 * zoom redraws the chart. Focus moves after the update that draws the item.
 */
export class ChartFocus {
  /** Move focus to the tab stop after the next update. */
  private focusAfterUpdate = false;
  /** The event whose item should become the tab stop once it is drawn (a reveal, a cluster expanded). */
  private pendingEvent?: string;
  /** The first event of the tab stop's mark or cluster: where the tab stop goes when a zoom splits or merges it. */
  private tabStopEvent?: string;
  /** The chart item focused when the update began (see `keepFocusOnItem`). */
  private focusedItem?: FocusedItem;

  constructor(
    private readonly root: () => ShadowRoot,
    private readonly state: ReactiveState<{ tabStop: NavId | undefined }>,
    private readonly frame: () => Frame | undefined,
    private readonly actions: ChartActions,
  ) {}

  get tabStop(): NavId | undefined {
    return this.state.value.tabStop;
  }

  /** Makes `nav` the tab stop and focuses it after the next update. */
  focus(nav: NavId | undefined): void {
    this.state.set({ tabStop: nav });
    this.focusAfterUpdate = true;
  }

  /** Focuses the tab stop after the next update (a zoom by keyboard, a related event opened). */
  focusSoon(): void {
    this.focusAfterUpdate = true;
  }

  /** The event's item becomes the tab stop when it is drawn; with `focus`, it also takes focus. */
  follow(eventId: string, focus = false): void {
    this.pendingEvent = eventId;
    this.state.set({ tabStop: focus ? undefined : eventNavId(eventId) });
    if (focus) this.focusAfterUpdate = true;
  }

  /** Before the update changes the chart: which item has focus. */
  willUpdate(): void {
    this.focusedItem = this.describeFocusedItem();
  }

  updated(): void {
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.pendingEvent = undefined;
      this.element(this.tabStop)?.focus();
    } else {
      this.keepFocusOnItem();
    }
  }

  /** Keeps one item the chart's tab stop, following the reader's focus through zooms and filters. */
  ensureTabStop(selected: string | undefined): void {
    const frame = this.frame();
    const items = frame?.items;
    if (!frame || !items?.length) return;
    const tabStop = this.tabStop;
    const current = tabStop && items.find((item) => isSameNavId(item.nav, tabStop));
    if (current) {
      const { nav } = current;
      this.tabStopEvent = nav.kind === 'cluster' ? frame.window.clusters.find((cluster) => cluster.key === nav.key)?.eventIds[0] : nav.id;
      return;
    }
    const wanted = this.pendingEvent ?? this.tabStopEvent ?? selected;
    if (wanted) {
      if (items.some((item) => navEventId(item.nav) === wanted)) {
        this.state.set({ tabStop: eventNavId(wanted) });
        return;
      }
      const cluster = findClusterOf(frame, wanted);
      if (cluster) {
        this.state.set({ tabStop: clusterNavId(cluster.key) });
        return;
      }
    }
    this.state.set({ tabStop: items[0]!.nav });
  }

  readonly onClick = (event: MouseEvent): void => {
    const nav = readNavId(event.target as Element);
    if (nav) this.actions.activate(nav);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const frame = this.frame();
    const current = this.tabStop;
    if (!frame || !current) return;
    const item = frame.items.find((entry) => isSameNavId(entry.nav, current));
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.actions.activate(current);
        return;
      case 'Escape':
        if (this.actions.close()) event.preventDefault();
        return;
      case '[':
      case ']':
        if (this.actions.step(event.key === ']')) event.preventDefault();
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.actions.zoomBy(2, item?.cx);
        this.focusAfterUpdate = true;
        return;
      case '-':
      case '_':
        event.preventDefault();
        this.actions.zoomBy(0.5, item?.cx);
        this.focusAfterUpdate = true;
        return;
    }
    const next = findNeighbour(frame.items, current, event.key);
    if (next && !isSameNavId(next, current)) {
      event.preventDefault();
      this.focus(next);
    }
  };

  /** The chart item that has focus, if one has, with its navigation id and first event. */
  private describeFocusedItem(): FocusedItem | undefined {
    const element = this.root().activeElement;
    if (!element?.matches(NAV_ITEM_SELECTOR)) return undefined;
    const nav = readNavId(element);
    const tabStop = this.tabStop;
    if (nav?.kind === 'event') return { element, nav, firstEvent: nav.id, tabStop };
    // The frame that drew it, not its attribute: ids may hold the spaces that join them there.
    const cluster = nav && this.frame()?.window.clusters.find((entry) => entry.key === nav.key);
    return cluster && nav && { element, nav, firstEvent: cluster.eventIds[0]!, tabStop };
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
    if (!before.element.isConnected) {
      if (!this.root().activeElement) this.element(this.tabStop)?.focus({ preventScroll: true });
      return;
    }
    const now = this.describeFocusedItem();
    if (!now || now.element !== before.element || isSameNavId(now.nav, before.nav)) return;
    let nav = this.tabStop;
    if (!isSameNavId(before.nav, before.tabStop)) {
      const frame = this.frame();
      const cluster = frame && findClusterOf(frame, before.firstEvent);
      if (frame?.items.some((item) => navEventId(item.nav) === before.firstEvent)) nav = eventNavId(before.firstEvent);
      else if (cluster) nav = clusterNavId(cluster.key);
    }
    if (!nav || isSameNavId(nav, now.nav)) return;
    this.state.set({ tabStop: nav });
    this.element(nav)?.focus({ preventScroll: true });
  }

  private element(nav: NavId | undefined): SVGElement | null {
    return nav ? this.root().querySelector<SVGElement>(selectNavItem(nav)) : null;
  }
}
