import { css } from 'lit';

/**
 * The detail card and the links in it. `.visually-hidden` also hides the
 * card's title in the list, where the toggle above it already names the event.
 */
export const detailStyles = css`
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

  .steps {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.9rem;
  }

  /* Outlined, hovered and disabled as the toolbar's buttons are (controls.styles.ts). */
  .step {
    padding: 0.25rem 0.6rem;
  }

  .step .arrow {
    display: inline-block;
  }

  .step:dir(rtl) .arrow {
    scale: -1 1;
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
`;
