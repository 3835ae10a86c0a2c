import { css } from 'lit';

/**
 * The chart: its box, the zoom hint, axis, lanes, marks, clusters and related
 * arcs. Declarations the browser would inherit anyway stay where a page's
 * `::part()` could change what is inherited: tick and lane lines keep their
 * stroke width, a hit area its `stroke: none`.
 */
export const chartStyles = css`
  .hint {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    transform: translate(-50%, -50%);
    padding: 0.45rem 0.8rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.85em;
    pointer-events: none;
  }

  .chart {
    position: relative;
    inline-size: 100%;
    border-block: 1px solid var(--_rule);
    padding-block: 0.25rem;
  }

  .chart svg {
    display: block;
    inline-size: 100%;
    overflow: visible;
    -webkit-tap-highlight-color: transparent;
  }

  .tick line {
    stroke: var(--_rule);
    stroke-width: 1;
  }

  .tick.major line {
    stroke: var(--_lane);
  }

  .tick text {
    fill: var(--_muted);
    font-size: 0.78em;
    font-variant-numeric: tabular-nums;
  }

  .tick.major text {
    fill: var(--_text);
    font-weight: 600;
  }

  .lane line {
    stroke: var(--_lane);
    stroke-width: 1;
  }

  .lane .swatch {
    fill: var(--party);
  }

  .lane text {
    fill: var(--_text);
    font-size: 0.85em;
    font-weight: 600;
  }

  .event {
    cursor: pointer;
    outline: none;
  }

  .hit {
    fill: transparent;
  }

  .event .hit {
    stroke: none;
  }

  :is(.event, .cluster):focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
    rx: 4px;
  }

  .cluster:focus-visible .hit {
    rx: 6px;
  }

  .event .connector {
    stroke: var(--_ink);
    stroke-width: 1.5;
    stroke-linecap: round;
  }

  .event.trilateral .connector {
    stroke-width: 3;
  }

  .event.multilateral .connector {
    stroke-width: 3;
    stroke-dasharray: 1 4;
  }

  .event .glyph {
    fill: var(--party);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }

  .unilateral .glyph {
    fill: var(--_surface);
    stroke: var(--party);
    stroke-width: 2;
  }

  .event .span {
    stroke: var(--party);
    stroke-width: 6;
    stroke-linecap: round;
    stroke-opacity: 0.35;
  }

  .event .band {
    stroke: var(--party);
    stroke-width: 2;
    stroke-opacity: 0.45;
    stroke-dasharray: 2 3;
  }

  .event:hover .glyph,
  .event.selected .glyph {
    stroke: var(--_text);
  }

  .event.selected .connector {
    stroke: var(--_accent);
  }

  .cluster {
    cursor: zoom-in;
    outline: none;
  }

  .cluster .spine {
    stroke: var(--_ink);
    stroke-width: 6;
    stroke-linecap: round;
    stroke-opacity: 0.18;
  }

  .cluster .dot {
    fill: var(--_ink);
    fill-opacity: 0.55;
  }

  .cluster .badge {
    fill: var(--_surface);
    stroke: var(--_ink);
    stroke-width: 1.25;
  }

  .cluster:hover .badge {
    stroke-width: 2;
  }

  .cluster .count {
    fill: var(--_text);
    font-size: 0.72em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .arc {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.25;
    stroke-dasharray: 3 3;
    stroke-opacity: 0.6;
  }

  .event .halo {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
`;
