import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of the host element, so the chart always fits its
 * column. Observes only while connected.
 */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until the first observation or `measure()`. */
  width = 0;
  private frame = 0;
  private readonly observer: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = wholePixels(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
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

  /**
   * Reads the width now when the observer has not reported yet, so that a
   * first render with its data in hand draws the chart in this frame instead
   * of waiting for the observer's first report and the frame after it. The
   * observer's report then finds the same width and changes nothing.
   */
  measure(): number {
    if (this.width > 0 || !this.host.isConnected) return this.width;
    const style = getComputedStyle(this.host);
    const edges = (a: string, b: string) => (parseFloat(style.getPropertyValue(a)) || 0) + (parseFloat(style.getPropertyValue(b)) || 0);
    const inline = /^vertical/.test(style.writingMode) ? 'height' : 'width';
    const [start, end] = inline === 'width' ? ['left', 'right'] : ['top', 'bottom'];
    let size = parseFloat(style.getPropertyValue(inline));
    // Not rendered (display: none) or an inline box: the observer will tell.
    if (!(size > 0)) return this.width;
    if (style.boxSizing === 'border-box')
      size -= edges(`padding-${start}`, `padding-${end}`) + edges(`border-${start}-width`, `border-${end}-width`);
    this.width = Math.max(0, wholePixels(size));
    return this.width;
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }
}

/** Whole pixels: sub-pixel jitter must not re-run the layout. */
function wholePixels(width: number): number {
  return Math.floor(width);
}
