import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the host has come near the viewport, so a lazy timeline
 * fetches and draws nothing for readers who never scroll to it. Once near,
 * it stays `near` and stops observing.
 */
export class VisibilityController implements ReactiveController {
  near = false;
  private observer?: IntersectionObserver;
  private measured = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** How far outside the viewport counts as near, in CSS pixels (the observer's root margin). */
    private readonly margin = 300,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    this.measured = false;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.markNear();
      },
      { rootMargin: `${this.margin}px` },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Looks once, now, instead of waiting for the observer: its first report
   * comes only after the next frame has been laid out (two frames on a busy
   * phone), and an element already on screen should fetch and draw before
   * then. Called from the first update, after the page's own script has run,
   * so the layout it reads is the one the next frame would do anyway. A box
   * with no size (hidden, not laid out) is left to the observer.
   */
  measure(): boolean {
    if (this.near || this.measured || !this.observer) return this.near;
    this.measured = true;
    const box = this.host.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    const margin = this.margin;
    const width = document.documentElement.clientWidth || innerWidth;
    const height = document.documentElement.clientHeight || innerHeight;
    if (box.bottom >= -margin && box.top <= height + margin && box.right >= -margin && box.left <= width + margin) this.markNear(false);
    return this.near;
  }

  private markNear(update = true): void {
    this.near = true;
    this.stop();
    if (update) this.host.requestUpdate();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
