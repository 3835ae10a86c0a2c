import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of the host element, so the chart always fits its
 * column. Observes only while connected.
 */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until the first observation. */
  width = 0;
  private frame = 0;
  private readonly observer: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // Whole pixels: sub-pixel jitter must not re-run the layout.
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Re-render in the next frame, not inside the observer's delivery: the new
      // chart changes the host's height, and a size change during delivery is
      // reported as a "ResizeObserver loop" error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
