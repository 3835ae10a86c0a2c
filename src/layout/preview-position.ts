import type { Box } from './event-labels.js';

/** Where the preview card goes relative to what it describes. */
export type PreviewPlacement = 'above' | 'below' | 'left' | 'right';

export interface PreviewPositionInput {
  /** The box of the mark or cluster the card describes, in the widget's coordinates. */
  readonly anchor: Box;
  /** The card's measured size. */
  readonly width: number;
  readonly height: number;
  /** The widget's box, in the same coordinates: the card stays inside it. */
  readonly bounds: Box;
  /** Space between the card and the anchor, in pixels (default 8). */
  readonly gap?: number;
  /** Right-to-left pages: the side after the mark in reading order is its left. */
  readonly rtl?: boolean;
}

export interface PreviewPosition {
  /** Top-left corner of the card, in the widget's coordinates. */
  readonly x: number;
  readonly y: number;
  readonly placement: PreviewPlacement;
  /** Whether the card fits without covering the anchor; when false it covers as little as it can. */
  readonly fits: boolean;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Places a hover or focus preview card next to its mark: above it, else
 * below, else after it in reading order (right, or left in right-to-left
 * pages), else before, whichever first leaves
 * the mark uncovered with the card inside the widget; along the other axis
 * the card is centred on the mark and slid back inside the widget. When no
 * side has room (a card larger than the space around the mark) the side with
 * most room is taken and the card is kept inside the widget.
 */
export function placePreview(input: PreviewPositionInput): PreviewPosition {
  const { anchor, width, height, bounds } = input;
  const gap = input.gap ?? 8;
  const cx = (anchor.x0 + anchor.x1) / 2;
  const cy = (anchor.y0 + anchor.y1) / 2;
  const x = clamp(cx - width / 2, bounds.x0, bounds.x1 - width);
  const y = clamp(cy - height / 2, bounds.y0, bounds.y1 - height);
  const right = { placement: 'right' as const, x: anchor.x1 + gap, room: bounds.x1 - anchor.x1 - gap - width };
  const left = { placement: 'left' as const, x: anchor.x0 - gap - width, room: anchor.x0 - gap - width - bounds.x0 };
  const options: { placement: PreviewPlacement; x: number; y: number; room: number }[] = [
    { placement: 'above', x, y: anchor.y0 - gap - height, room: anchor.y0 - gap - height - bounds.y0 },
    { placement: 'below', x, y: anchor.y1 + gap, room: bounds.y1 - anchor.y1 - gap - height },
    // After the mark in reading order before the side before it.
    { y, ...(input.rtl ? left : right) },
    { y, ...(input.rtl ? right : left) },
  ];
  // A card that is wider than the widget cannot avoid the anchor sideways either.
  const fitsAcross = width <= bounds.x1 - bounds.x0;
  const fitsDown = height <= bounds.y1 - bounds.y0;
  for (const option of options) {
    const vertical = option.placement === 'above' || option.placement === 'below';
    if (option.room >= 0 && (vertical ? fitsAcross : fitsDown))
      return { x: option.x, y: option.y, placement: option.placement, fits: true };
  }
  const best = options.reduce((a, b) => (b.room > a.room ? b : a));
  return {
    x: clamp(best.x, bounds.x0, bounds.x1 - width),
    y: clamp(best.y, bounds.y0, bounds.y1 - height),
    placement: best.placement,
    fits: false,
  };
}
