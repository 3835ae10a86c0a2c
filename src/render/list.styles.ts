import { css } from 'lit';

/**
 * The list layout (see `renderList`): a chronological column of events strung
 * on a vertical rule, the arity glyph on the rule, the date above the title.
 * Only logical properties, so right-to-left pages mirror it; only the theme's
 * `--_*` variables of the placeholder's and figure's sheets, so a site's `--entente-*` colours
 * apply here too.
 *
 * It comes last (see `styles.ts`) and builds on the other sheets: the `button` reset,
 * the outlined-control look of "Show more", focus rings, `.visually-hidden`,
 * the party swatch layout, reduced motion and the print rule hiding the
 * card's close button all live there.
 *
 * The geometry, from the item's inline-start edge: the spine's centre is at
 * 0.5625rem, the text column starts at 1.8125rem; the date line is 1.375em
 * tall and the 14px glyph sits centred on it; the spine's segments stop
 * 0.3125rem short of the glyphs they join.
 *
 * The list's glyph takes its colour from the mark's `color`: forced colours
 * replace that (the mark is HTML) and the SVG inside inherits it. The
 * chevron's own colours are SVG's, which forced colours leave alone, so there
 * it follows the button's colour instead.
 */
export const listStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    max-inline-size: 46rem;
    min-inline-size: 0;
  }

  .list-item,
  .list-more {
    padding-inline-start: 1.8125rem;
  }

  .list-item {
    position: relative;
    min-inline-size: 0;
    padding-block-end: 1.375rem;
    overflow-wrap: anywhere;
    break-inside: avoid;
  }

  /* Each item draws the spine from under its glyph to just above the next one's. */
  .list-item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.5625rem - 0.5px);
    inset-block-start: calc(0.6875em + 7px + 0.3125rem);
    inset-block-end: calc(0.3125rem + 7px - 0.6875em);
    border-inline-start: 1px solid var(--_lane);
  }

  .list-item:last-child::before {
    display: none;
  }

  /* More events wait behind "Show more": the spine trails off towards the button. */
  .truncated > .list-item:last-child::before {
    display: block;
    inset-block-end: 0;
    border-inline-start-style: dashed;
  }

  .list-mark {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: calc(0.5625rem - 7px);
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 14px;
    block-size: 1.375em;
    color: var(--_ink);
  }

  .expanded .list-mark {
    color: var(--_accent);
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
    fill: currentColor;
    stroke: none;
  }

  .list-mark .unilateral .glyph {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  .list-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-block-size: 1.375em;
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
    border-radius: var(--_radius);
    color: var(--_text);
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.3;
    letter-spacing: -0.003em;
    text-align: start;
    overflow-wrap: anywhere;
    -webkit-tap-highlight-color: transparent;
  }

  .list-toggle:hover bdi {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.18em;
  }

  .list-chevron {
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

  [aria-expanded='true'] > .list-chevron {
    rotate: 180deg;
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
    min-inline-size: 0;
  }

  .list-dot,
  .list-flag {
    flex: none;
  }

  .list-dot {
    inline-size: 0.6em;
    block-size: 0.6em;
  }

  .list-detail {
    margin-block-start: 0.75rem;
  }

  .list-detail .detail {
    margin: 0;
    padding: 0.75rem 1rem 0.875rem;
  }

  /* The toggle above already closes the card. */
  .list-detail .detail > .close {
    display: none;
  }

  .show-more {
    min-block-size: 2.5rem;
    padding: 0.375rem 1rem;
    border-color: var(--_lane);
    color: var(--_text);
    font-size: 0.9em;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .list-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .list-chevron {
      stroke: currentColor;
    }
    :is(.list-toggle, .show-more):focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .list {
      max-inline-size: none;
    }
    .list-item {
      padding-block-end: 1rem;
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
    .list-more {
      display: none;
    }
    .list-mark svg,
    .list-dot {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .expanded .list-mark {
      color: var(--_ink);
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
