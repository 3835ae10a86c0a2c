import type { CSSResultOrNative } from 'lit';
import { placeholderStyles } from './placeholder.styles.js';
import { figureStyles } from './figure.styles.js';
import { controlsStyles } from './controls.styles.js';
import { chartStyles } from './chart.styles.js';
import { detailStyles } from './detail.styles.js';
import { mediaStyles } from './media.styles.js';
import { listStyles } from './list.styles.js';
import { eventLabelStyles } from './event-labels.styles.js';
import { previewStyles } from './preview.styles.js';

/**
 * The view's stylesheets, each next to the render module it styles
 * (`*.styles.ts`), adopted into the shadow root (so nothing leaks out) in
 * the order below, the one place that order is set: later sheets build on
 * earlier ones (the list on the controls' button reset and the detail card).
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
export const viewStyles: CSSResultOrNative[] = [
  placeholderStyles,
  figureStyles,
  controlsStyles,
  chartStyles,
  eventLabelStyles,
  previewStyles,
  detailStyles,
  mediaStyles,
  listStyles,
];
