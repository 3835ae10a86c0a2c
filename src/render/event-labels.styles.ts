import { css } from 'lit';

/**
 * The on-chart labels' look (see `renderEventLabels`). Two custom properties
 * of the host set it:
 *  - `--entente-label-font-size` (default `11px`): the labels' type size.
 *    The view measures the labels in the same size, so that their boxes hold.
 *  - `--entente-label-color` (default: the chart's muted ink): their colour.
 *
 * The text element's direction is always left to right, so that its anchor
 * says which physical edge `x` is (as `PlacedLabel.anchor` does); the text in
 * it is isolated (U+2068 … U+2069) and keeps its own direction. A leader
 * line takes the labels' colour. Labels take no pointer events: the mark beside them is what the reader activates.
 */
export const eventLabelStyles = css`
  .event-leader {
    stroke: var(--entente-label-color, var(--_muted, #5c5c58));
    stroke-width: 0.75;
    pointer-events: none;
  }

  .event-label {
    font-size: var(--entente-label-font-size, 11px);
    fill: var(--entente-label-color, var(--_muted, #5c5c58));
    direction: ltr;
    unicode-bidi: isolate;
    pointer-events: none;
    user-select: none;
  }

  @media (forced-colors: active) {
    .event-label {
      fill: CanvasText;
    }

    .event-leader {
      stroke: CanvasText;
    }
  }
`;
