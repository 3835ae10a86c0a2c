import { computeArcBoxes } from '../layout/arcs.js';
import { placeEventLabels, type PlacedLabel } from '../layout/event-labels.js';
import type { Frame, Geometry } from './geometry.js';
import { Memo } from './memo.js';
import type { Arc } from '../layout/arcs.js';

/** The labels' type size when `--entente-label-font-size` is not set (as `eventLabelStyles` draws them). */
const DEFAULT_FONT_SIZE = 11;
/** A label row sits 12 px from its lane line and is `fontSize + 2` high: lanes closer than this have no room for labels. */
const ROW_OFFSET = 12;
/** The widest a label may be, in ems of its font: a short headline, not a paragraph across the chart. */
const MAX_WIDTH_EM = 15;

/**
 * The on-chart labels of each frame: which events get one and where
 * (`placeEventLabels`), measured in the labels' own font.
 *
 * One canvas context per view measures text; widths are cached by text and
 * the cache is dropped when the font changes (the host's font family or
 * `--entente-label-font-size`, read once per geometry so that a zoom frame
 * forces no style recalculation). Placement is memoised per frame, selection
 * and focus, and only the frame's marks are placed, so a zoom frame of a
 * large document costs what its visible marks cost. The selected event's
 * related arcs are obstacles: a label moves out of an arc's way.
 */
export class EventLabels {
  private context?: CanvasRenderingContext2D | null;
  private font = '';
  private fontSize = DEFAULT_FONT_SIZE;
  private readonly widths = new Map<string, number>();
  private readonly fontMemo = new Memo<void>();
  private readonly memo = new Memo<readonly PlacedLabel[]>();

  constructor(private readonly host: HTMLElement) {}

  /** Width of `text` in the labels' font. */
  private readonly measure = (text: string): number => {
    let width = this.widths.get(text);
    if (width === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d');
      if (!this.context) return text.length * this.fontSize * 0.6;
      if (this.context.font !== this.font) this.context.font = this.font;
      width = this.context.measureText(text).width;
      // Shortening a label measures its prefixes too: keep the cache to a few documents' worth.
      if (this.widths.size > 20_000) this.widths.clear();
      this.widths.set(text, width);
    }
    return width;
  };

  /**
   * Measures once in the labels' font: a page's first measurement loads the font into the
   * canvas, the largest single piece of a cold first drawing (tens of milliseconds on a phone).
   */
  prepare(): void {
    this.readFont();
    this.measure('0');
  }

  /** Reads the labels' font from the host's computed style; a new font drops the cached widths. */
  private readFont(): void {
    const style = getComputedStyle(this.host);
    const size = style.getPropertyValue('--entente-label-font-size').trim();
    const value = parseFloat(size);
    // px, or em and rem taken against the host's font size.
    this.fontSize = value > 0 ? (/em$/.test(size) ? value * parseFloat(style.fontSize) : value) : DEFAULT_FONT_SIZE;
    const font = `${this.fontSize}px ${style.fontFamily}`;
    if (font !== this.font) {
      this.font = font;
      this.widths.clear();
    }
  }

  /**
   * The frame's labels; none where lanes are too close for a row of type above and below each line.
   * `arcs` are the selected event's related arcs in this frame, which follow from `frame` and `selectedId`.
   */
  place(
    geometry: Geometry,
    frame: Frame,
    selectedId: string | undefined,
    focusedId: string | undefined,
    arcs: readonly Arc[],
  ): readonly PlacedLabel[] {
    this.fontMemo.get([geometry], () => this.readFont());
    return this.memo.get([frame, selectedId, focusedId, this.font], () => {
      const lanes = geometry.prepared.lanes;
      const laneYs = lanes.map((lane) => lane.y).sort((a, b) => a - b);
      const gap = lanes.length > 1 ? Math.min(...laneYs.slice(1).map((y, i) => y - laneYs[i]!)) : Infinity;
      if (gap < 2 * (ROW_OFFSET + this.fontSize / 2 + 1)) return [];
      const { model, rtl, plotLeft, plotRight, width } = geometry;
      return placeEventLabels({
        marks: frame.window.marks,
        clusters: frame.window.clusters,
        clusterWidth: geometry.clusterWidth,
        laneYs,
        textOf: (id) => {
          const event = model.eventById.get(id);
          return event && (event.label ?? event.title);
        },
        plotLeft,
        plotRight,
        laneLabelColumn: rtl ? [plotRight + 14, width] : [0, plotLeft - 14],
        axisY: geometry.axisY,
        measure: this.measure,
        rtl,
        selectedId,
        focusedId,
        fontSize: this.fontSize,
        maxWidth: MAX_WIDTH_EM * this.fontSize,
        obstacles: arcs.flatMap(computeArcBoxes),
      });
    });
  }
}
