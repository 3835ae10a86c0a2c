import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomBounds {
  /** Horizontal pixel range of the plot (where time is drawn). */
  readonly plotStart: number;
  readonly plotEnd: number;
  readonly height: number;
  /** Largest zoom factor: the full extent divided by the narrowest window worth showing. */
  readonly maxScale: number;
}

/**
 * Owns d3-zoom, the one piece of D3 that handles events. It attaches to the
 * chart's `<svg>` (found after each update, so a re-created chart is picked
 * up and the old one released) and keeps the current transform; rendering
 * reads `transform.rescaleX(x)` and never lets D3 touch the DOM it draws.
 *
 * A news page scrolls with the wheel, so the wheel zooms only with Ctrl (or ⌘)
 * held — as trackpad pinches arrive — and one finger on a touch screen
 * scrolls the page while two fingers pinch and pan the chart.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private frame = 0;
  private bounds?: ZoomBounds;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly findTarget: () => SVGSVGElement | null,
    /** Called when the reader scrolls over the chart without the zoom modifier. */
    private readonly onPlainWheel: () => void,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
        return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
      })
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.004))
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const { k, x, y } = event.transform;
        // Binding a new chart to the transform it already has (hostUpdated) is no change: no second render in the next frame.
        if (k === this.transform.k && x === this.transform.x && y === this.transform.y) return;
        this.transform = event.transform;
        // Many pointer events can arrive in one frame; draw once per frame.
        if (!this.frame) {
          this.frame = requestAnimationFrame(() => {
            this.frame = 0;
            this.host.requestUpdate();
          });
        }
      });
    host.addController(this);
  }

  private readonly wheelListener = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) this.onPlainWheel();
  };

  /** Sets the plot's geometry; the transform is kept within the data's extent. */
  setBounds(bounds: ZoomBounds): void {
    this.bounds = bounds;
    const { plotStart, plotEnd, height } = bounds;
    const left = Math.min(plotStart, plotEnd);
    const right = Math.max(plotStart, plotEnd);
    this.behavior
      .extent([
        [left, 0],
        [right, height],
      ])
      .scaleExtent([1, Math.max(1, bounds.maxScale)])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ]);
  }

  hostUpdated(): void {
    const target = this.findTarget();
    if (target === (this.selection?.node() ?? null)) return;
    this.release();
    if (!target) return;
    this.selection = select(target);
    this.selection.call(this.behavior).on('dblclick.zoom', null);
    // d3-zoom blocks all touch scrolling; let one finger scroll the article.
    target.style.touchAction = 'pan-x pan-y';
    target.addEventListener('wheel', this.wheelListener, { passive: true });
    // A re-created chart starts from the transform the reader left.
    this.behavior.transform(this.selection, this.transform);
  }

  hostDisconnected(): void {
    this.release();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private release(): void {
    const node = this.selection?.node();
    if (!node || !this.selection) return;
    this.selection.on('.zoom', null);
    node.removeEventListener('wheel', this.wheelListener);
    node.style.removeProperty('touch-action');
    this.selection = undefined;
  }

  /** Applies a transform at once (no animation), clamped to the bounds; works before the chart exists too. */
  private apply(transform: ZoomTransform): void {
    const constrained = this.bounds ? this.constrain(transform) : transform;
    if (this.selection) {
      this.behavior.transform(this.selection, constrained);
    } else {
      this.transform = constrained;
      this.host.requestUpdate();
    }
  }

  /**
   * The transform d3-zoom itself would allow: the scale within its scale
   * extent, then its own `constrain` against the extent and translate extent
   * (`zoom.transform` applies neither, unlike a gesture or `zoom.scaleBy`).
   */
  private constrain(transform: ZoomTransform): ZoomTransform {
    const [minK, maxK] = this.behavior.scaleExtent();
    const k = Math.min(Math.max(transform.k, minK), maxK);
    const scaled = k === transform.k ? transform : zoomIdentity.translate(transform.x, transform.y).scale(k);
    // The extent was set as constant boxes, so its function needs no element or datum.
    const extent = this.behavior.extent().call(undefined as never, undefined);
    return this.behavior.constrain()(scaled, extent, this.behavior.translateExtent());
  }

  /** Zooms by a factor around a pixel (default: the plot's middle), as d3-zoom's `scaleBy` does. */
  scaleBy(factor: number, around?: number): void {
    if (!this.bounds) return;
    const center = around ?? (this.bounds.plotStart + this.bounds.plotEnd) / 2;
    if (this.selection) {
      this.behavior.scaleBy(this.selection, factor, [center, 0]);
      return;
    }
    // No chart yet (it is being drawn): the same zoom about the same point, on the kept transform.
    const k = this.transform.k * factor;
    this.apply(zoomIdentity.translate(center - ((center - this.transform.x) / this.transform.k) * k, 0).scale(k));
  }

  /** Shows the base-scale pixel range [x0, x1] across the whole plot. */
  showRange(x0: number, x1: number): void {
    if (!this.bounds || x0 === x1) return;
    const { plotStart, plotEnd } = this.bounds;
    const k = (plotEnd - plotStart) / (x1 - x0);
    this.apply(zoomIdentity.translate(plotStart - x0 * k, 0).scale(k));
  }

  reset(): void {
    this.apply(zoomIdentity);
  }
}
