import { css } from 'lit';

/**
 * The first of the element's stylesheets, and the only one before its
 * renderer has loaded: the host's box and base colours, and what draws the
 * loading and error panels, so a panel reserves its height and looks the same
 * before and after. The renderer adopts it again, first, before the others (see `styles.ts`).
 */
export const placeholderStyles = css`
  /*
   * Light and dark follow the page's colour scheme: a page that declares
   * \`color-scheme: light dark\` gets the reader's preference, a light-only
   * article never gets a dark widget. \`theme\` forces one or the other.
   */
  :host {
    --_text: var(--entente-text-color, light-dark(#1d1d1b, #ecebe6));
    --_muted: var(--entente-muted-color, light-dark(#5c5c58, #a9a8a1));
    --_rule: var(--entente-rule-color, light-dark(#deddd8, #3b3b38));
    --_surface: var(--entente-surface-color, light-dark(#faf9f6, #232321));
    --_radius: var(--entente-radius, 3px);
    --_ink: var(--entente-ink-color, light-dark(#3a3a37, #d6d5cf));
    --_focus: var(--entente-focus-color, light-dark(#1a5fb4, #8ab4f8));
    /*
     * The height held from the upgrade until a chart or a list is drawn (the host's, even
     * before the first render, and the status panels'); once drawn, the widget is as tall as
     * its chart. The article does not move when the reserve is the chart's height:
     * \`entente-timeline html\` writes it.
     */
    --_reserved: var(--entente-reserved-height, 24rem);

    /* A page rule such as \`* { all: revert }\` outranks :host; the widget must stay a block. */
    display: block !important;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: var(--_reserved);
    color: var(--_text);
    background: var(--entente-background, transparent);
    font-family: var(--entente-font-family, inherit);
    font-size: var(--entente-font-size, 0.9375rem);
    line-height: 1.45;
    text-align: start;
    contain: layout paint style;
    -webkit-text-size-adjust: 100%;
  }

  /*
   * A forced theme paints its own background: dark text on a dark page (or
   * light text on a white one) would be unreadable otherwise.
   */
  :host([theme='light']) {
    color-scheme: light;
    background: var(--entente-background, #fff);
  }

  :host([theme='dark']) {
    color-scheme: dark;
    background: var(--entente-background, #181817);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  /* Drawn, the box is as tall as the chart or the list: never padded with blank space. */
  :host(:state(drawn)) {
    min-block-size: 0;
  }

  .base {
    margin: 0;
  }

  .status {
    display: flex;
    flex-direction: column;
    min-block-size: var(--_reserved);
  }

  .panel {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    flex: 1 0 auto;
    gap: 0.5rem;
    padding: 1.25rem;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }

  .panel.loading {
    align-items: center;
    border-style: dashed;
  }

  .error {
    color: var(--_text);
  }

  .error strong {
    font-size: 1.05em;
  }

  .error .reason {
    margin: 0;
  }

  /* Try again, outlined like the renderer's controls: the element shows it when the renderer fails to load. */
  .error .button {
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_ink);
    border-radius: var(--_radius);
    background: transparent;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  .error .button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .error .fault {
    margin-block-end: 0.75em;
  }

  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
