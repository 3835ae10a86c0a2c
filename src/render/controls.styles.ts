import { css } from 'lit';

/**
 * The toolbar, the legend and the shared control looks: the outlined controls
 * (menu, toolbar buttons, Show more) share one border rule, the text-like
 * buttons (close, related links, the list's titles) one reset, and every focus
 * ring drawn here one rule; the toolbar's and legend's controls keep the
 * browser's own ring. The party chip's dot is laid out here for every module
 * that draws one (`party-chip.ts`).
 */
export const controlsStyles = css`
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
  .show-more,
  .step {
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
  .show-more:hover,
  .step:hover:not(:disabled) {
    border-color: var(--_ink);
  }

  .controls button:disabled,
  .step:disabled {
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

  :is(.close, .link, a, .list-toggle, .show-more, .step):focus-visible {
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
    /* A long name wraps on a phone: its lines start under each other, not centred as a button's text is. */
    text-align: start;
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

  /* The legend's glyphs in the ink colour (\`--party\` holds it), as the chart's marks: SVG's default black fill would vanish in the dark. */
  .filter svg:not(.unilateral) .glyph {
    fill: var(--party);
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
`;
