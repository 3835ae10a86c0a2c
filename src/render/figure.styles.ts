import { css } from 'lit';

/**
 * The figure's frame: the rest of the host's colours (those the loading and
 * error panels need, and the host's own box, are in placeholderStyles), the
 * header.
 */
export const figureStyles = css`
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
`;
