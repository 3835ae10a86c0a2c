import { css } from 'lit';

/**
 * The element's stylesheet (adopted into its shadow root, so nothing leaks
 * out); the list layout's `listStyles` comes after it and builds on it.
 * Every colour and size a site may want to change is an `--entente-*` custom
 * property, documented on the element class.
 *
 * Every byte here ships to every reader. The build (`minifyCss` in
 * rollup.config.mjs) strips comments and whitespace, so notes inside the
 * template cost nothing, but each rule should match something the templates
 * render, and each thing should be said once. Some choices that look odd:
 *  - Only what differs from the browser's defaults is set (a `<figure>` needs
 *    only its margin undone; a `[hidden]` figure needs no rule). Margin and
 *    padding of the host are left to the page: any page rule outranks :host.
 *  - `.pair` and `.controls` are flex items of the toolbar, so `flex` is what
 *    `inline-flex` would become; likewise the party dots need no `display`.
 *  - Declarations the browser would inherit anyway stay where a page's
 *    `::part()` could change what is inherited: tick and lane lines keep
 *    their stroke width, a hit area its `stroke: none`.
 *  - The outlined controls (menu, toolbar buttons, Show more) share one
 *    border rule, the text-like buttons (close, related links, the list's
 *    titles) one reset, and every focus ring drawn here one rule; the
 *    toolbar's and legend's controls keep the browser's own ring. Try again
 *    is drawn by placeholderStyles, as the element may show it on its own.
 *  - `.visually-hidden` also hides the card's title in the list, where the
 *    toggle above it already names the event.
 */
export const timelineStyles = css`
  /* The rest of the host's colours; those the loading and error panels need, and the host's own box, are in placeholderStyles. */
  :host {
    --_lane: var(--entente-lane-color, light-dark(#c9c8c2, #4b4b47));
    --_accent: var(--entente-accent-color, light-dark(#8c1c13, #f28b82));
  }

  .header {
    margin: 0 0 0.75rem;
  }

  .title {
    display: block;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: -0.005em;
  }

  .description {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    max-inline-size: 44em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 1rem;
    margin: 0 0 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .toolbar .count {
    color: var(--_text);
    font-weight: 600;
  }

  .pair {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .controls {
    display: flex;
    gap: 0.3rem;
    margin-inline-start: auto;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  select,
  .controls button,
  .show-more {
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    background: transparent;
  }

  select,
  .controls button {
    color: var(--_text);
  }

  select {
    min-inline-size: 0;
    max-inline-size: min(16em, 100%);
    padding: 0.15rem 0.3rem;
    font: inherit;
  }

  .controls button {
    min-block-size: 1.9rem;
    padding: 0 0.6rem;
    line-height: 1;
  }

  .controls button.icon {
    min-inline-size: 1.9rem;
    padding: 0;
    font-size: 1.1em;
  }

  .controls button:hover:not(:disabled),
  .show-more:hover {
    border-color: var(--_ink);
  }

  .controls button:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }

  .close,
  .link,
  .list-toggle {
    padding: 0;
    border: 0;
    background: none;
  }

  :is(.close, .link, a, .list-toggle, .show-more):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15rem 0.35rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }

  .filter,
  .chip,
  .list-party {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  .filter {
    padding: 0.15rem 0.45rem;
    border: 1px solid transparent;
    border-radius: 999px;
    background: transparent;
    color: var(--_text);
  }

  .filter:hover {
    border-color: var(--_rule);
  }

  .filter[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
    text-decoration-color: var(--_muted);
  }

  .filter[aria-pressed='false'] svg,
  .filter[aria-pressed='false'] .dot {
    opacity: 0.35;
  }

  .filter-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .filter svg {
    inline-size: 12px;
    block-size: 12px;
    overflow: visible;
  }

  .dot,
  .list-dot {
    border-radius: 50%;
    background: var(--party);
  }

  .dot {
    inline-size: 0.65em;
    block-size: 0.65em;
  }

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

  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .detail {
    position: relative;
    margin: 0.75rem 0 0;
    padding: 1rem 1.25rem 1.1rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }

  .detail h3 {
    margin: 0 2.5rem 0.2rem 0;
    font-size: 1.1em;
    line-height: 1.3;
  }

  .detail p {
    margin: 0 0 0.6rem;
  }

  .detail .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .detail .image {
    margin: 0 0 0.75rem;
  }

  .detail img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }

  .detail figcaption {
    color: var(--_muted);
    font-size: 0.8em;
  }

  .detail blockquote {
    margin: 0.6rem 0;
    padding: 0 0 0 0.9rem;
    border-inline-start: 2px solid var(--_rule);
    font-style: italic;
  }

  .detail blockquote footer {
    margin-top: 0.15rem;
    font-style: normal;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.9rem;
    margin: 0.6rem 0 0;
    font-size: 0.9em;
  }

  .detail dt {
    color: var(--_muted);
  }

  .detail dd {
    margin: 0;
  }

  .detail ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }

  .close {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    color: var(--_muted);
    font-size: 1.3rem;
    line-height: 1;
  }

  .close:hover {
    color: var(--_text);
  }

  .link,
  a {
    text-underline-offset: 2px;
  }

  .link {
    text-decoration: underline;
    text-align: start;
  }

  a {
    color: inherit;
    overflow-wrap: anywhere;
  }

  .visually-hidden,
  .list-detail .detail > h3 {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media print {
    .toolbar,
    .legend,
    .close,
    .hint {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .cluster .badge,
    .cluster .spine {
      stroke: CanvasText;
    }
    .cluster .dot,
    .cluster .count {
      fill: CanvasText;
    }
    .event .glyph,
    .lane .swatch,
    .dot {
      fill: CanvasText;
      background: CanvasText;
    }
    .event .connector,
    .event .span,
    .event .band {
      stroke: CanvasText;
    }
    .event:focus-visible .hit,
    .cluster:focus-visible .hit,
    .event.selected .halo {
      stroke: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
