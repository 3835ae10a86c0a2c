import { css } from 'lit';

/**
 * The list layout (see `renderList`): a chronological column of events strung
 * on a vertical rule, the arity glyph on the rule, the date above the title.
 * Only logical properties, so right-to-left pages mirror it; only the theme's
 * `--_*` variables from `timelineStyles`, so a site's `--entente-*` colours
 * apply here too.
 */
export const listStyles = css`
  .list,
  .list-more {
    /* Centre of the spine, and where the text column starts, from the inline-start edge. */
    --_list-spine: 0.5625rem;
    --_list-indent: 1.8125rem;
    /* Height of the date line; the glyph sits centred on it. */
    --_list-meta: 1.375em;
    /* Space between the spine's segments and the glyphs they join. */
    --_list-gap: 0.3125rem;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    max-inline-size: 46rem;
    min-inline-size: 0;
  }

  .list-item {
    position: relative;
    min-inline-size: 0;
    padding-block-end: 1.375rem;
    padding-inline-start: var(--_list-indent);
    overflow-wrap: anywhere;
    break-inside: avoid;
  }

  /* Each item draws the spine from under its glyph to just above the next one's. */
  .list-item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_list-spine) - 0.5px);
    inset-block-start: calc(var(--_list-meta) / 2 + 7px + var(--_list-gap));
    inset-block-end: calc(var(--_list-gap) + 7px - var(--_list-meta) / 2);
    border-inline-start: 1px solid var(--_lane, var(--_rule));
  }

  .list-item:last-child::before {
    display: none;
  }

  /* More events wait behind "Show more": the spine trails off towards the button. */
  .list.truncated > .list-item:last-child::before {
    display: block;
    inset-block-end: 0;
    border-inline-start-style: dashed;
  }

  .list-mark {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: calc(var(--_list-spine) - 7px);
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 14px;
    block-size: var(--_list-meta);
  }

  .list-mark svg {
    flex: none;
    inline-size: 14px;
    block-size: 14px;
    overflow: visible;
  }

  .importance-3 .list-mark svg {
    inline-size: 17px;
    block-size: 17px;
  }

  .importance-1 .list-mark svg {
    inline-size: 11px;
    block-size: 11px;
  }

  .list-mark .glyph {
    fill: var(--_ink);
    stroke: none;
  }

  .list-mark .unilateral .glyph {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 1.5;
  }

  .list-item.expanded .list-mark .glyph {
    fill: var(--_accent);
  }

  .list-item.expanded .list-mark .unilateral .glyph {
    fill: none;
    stroke: var(--_accent);
  }

  .list-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-block-size: var(--_list-meta);
  }

  .list-meta time {
    color: var(--_muted);
    font-size: 0.78em;
    font-weight: 600;
    line-height: 1.3;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    font-variant-numeric: tabular-nums lining-nums;
  }

  /* Tracking breaks the joins of cursive scripts. */
  .list-meta time:lang(ar),
  .list-meta time:lang(fa),
  .list-meta time:lang(ur) {
    letter-spacing: 0;
  }

  .list-toggle {
    display: block;
    inline-size: 100%;
    margin: 0.125rem 0 0;
    padding: 0.125rem 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.3;
    letter-spacing: -0.003em;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  .list-toggle:hover bdi {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.18em;
  }

  .list-chevron {
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.36em;
    margin-inline-start: 0.45em;
    vertical-align: 0.18em;
    overflow: visible;
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: rotate 160ms ease-out;
  }

  .list-toggle[aria-expanded='true'] .list-chevron {
    rotate: 180deg;
  }

  .list-toggle:focus-visible,
  .show-more:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .list-parties {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.875rem;
    margin: 0.3125rem 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
    line-height: 1.35;
  }

  .list-party {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-inline-size: 0;
  }

  .list-dot {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--party);
  }

  .list-flag {
    flex: none;
  }

  .list-detail {
    margin-block-start: 0.75rem;
  }

  .list-detail[hidden] {
    display: none;
  }

  .list-detail .detail {
    margin: 0;
    padding: 0.75rem 1rem 0.875rem;
  }

  /*
   * In the list the toggle above already names the event and closes it: the
   * card's own title stays only as the name of its region, and its close
   * button goes.
   */
  .list-detail .detail > h3 {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .list-detail .detail > .close {
    display: none;
  }

  .list .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .list-more {
    padding-inline-start: var(--_list-indent);
  }

  .show-more {
    min-block-size: 2.5rem;
    padding: 0.375rem 1rem;
    border: 1px solid var(--_lane, var(--_rule));
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
    font-weight: 600;
    cursor: pointer;
  }

  .show-more:hover {
    border-color: var(--_ink);
  }

  @media (prefers-reduced-motion: reduce) {
    .list-chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .list-mark .glyph,
    .list-item.expanded .list-mark .glyph {
      fill: CanvasText;
    }
    .list-mark .unilateral .glyph,
    .list-item.expanded .list-mark .unilateral .glyph {
      fill: none;
      stroke: CanvasText;
    }
    .list-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .list-chevron {
      stroke: currentColor;
    }
    .list-toggle:focus-visible,
    .show-more:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .list {
      max-inline-size: none;
    }
    .list-item {
      padding-block-end: 1rem;
      break-inside: avoid;
    }
    .list-meta,
    .list-toggle {
      break-after: avoid;
    }
    .list-toggle {
      padding: 0;
      border-radius: 0;
      outline: none;
    }
    .list-chevron,
    .list-more,
    .list-detail .detail > .close {
      display: none;
    }
    .list-mark svg,
    .list-dot {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .list-item.expanded .list-mark .glyph {
      fill: var(--_ink);
    }
    .list-item.expanded .list-mark .unilateral .glyph {
      fill: none;
      stroke: var(--_ink);
    }
    .list-detail {
      margin-block-start: 0.5rem;
    }
    .list-detail .detail {
      padding-block: 0.125rem;
      padding-inline: 0.875rem 0;
      border-inline-start-width: 2px;
      background: none;
    }
  }
`;
