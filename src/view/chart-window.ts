import type { TimelineEvent } from '../data/model.js';
import type { ZoomController } from '../controllers/zoom-controller.js';
import { computeFrame, revealRanges, type Frame, type Geometry } from './geometry.js';

/**
 * The calendar window the chart shows, as the zoom holds it: a window asked
 * for (`start`/`end`, `zoomTo`) waits for a geometry to apply to; across a
 * resize the reader's window is kept; `reveal` zooms in until an event has a
 * mark of its own.
 */
export class ChartWindow {
  /** A calendar range [t0, t1) still to show. */
  private pending?: [number, number];

  constructor(private readonly zoom: ZoomController) {}

  /** Shows [from, to) now if there is a geometry, else as soon as there is one. */
  show(from: number, to: number, geometry: Geometry | undefined): void {
    this.pending = [from, to];
    this.apply(geometry);
  }

  /** Forgets the window asked for: a new document or a reset opens on the whole timeline. */
  clear(): void {
    this.pending = undefined;
  }

  /** A new geometry: new zoom bounds, and the same window as before if only the size or the filter changed. */
  changeGeometry(previous: Geometry | undefined, geometry: Geometry): void {
    const [plotStart, plotEnd] = geometry.scale.range();
    this.zoom.setBounds({ plotStart, plotEnd, height: geometry.height, maxScale: geometry.maxScale });
    if (previous && previous.model === geometry.model && !this.pending) {
      const [t0, t1] = this.zoom.transform.rescaleX(previous.scale).domain();
      this.pending = [+t0, +t1];
    }
    this.apply(geometry);
  }

  private apply(geometry: Geometry | undefined): void {
    if (!geometry || !this.pending) return;
    const [t0, t1] = this.pending;
    this.pending = undefined;
    this.zoom.showRange(geometry.scale(t0), geometry.scale(t1));
  }

  /** Zooms in until the event has a mark of its own, if it is drawn at all. */
  reveal(geometry: Geometry, frame: Frame | undefined, event: TimelineEvent): void {
    const visible = (shown: Frame) => shown.window.marks.some((mark) => mark.eventId === event.id);
    if (!geometry.prepared.entries.some((entry) => entry.event === event)) return;
    if (frame && visible(frame)) return;
    const [from, to] = this.zoom.transform.rescaleX(geometry.scale).domain();
    for (const [x0, x1] of revealRanges(geometry, [+from, +to], event.date.start)) {
      this.zoom.showRange(x0, x1);
      if (visible(computeFrame(geometry, this.zoom.transform))) break;
    }
  }
}
