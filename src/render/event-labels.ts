import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PlacedLabel } from '../layout/event-labels.js';
import { isolateText } from '../layout/text.js';

/**
 * The on-chart labels placed by `placeEventLabels`: one `<text>` each,
 * `part="event-label"`, styled by `eventLabelStyles` (font size and colour
 * from `--entente-label-font-size` and `--entente-label-color`).
 *
 * Hidden from assistive technology: every mark's accessible name already
 * says its title, and a label may be shortened. Drawn inside the chart's
 * `<svg>`, after the lanes and arcs and before the marks, so that a mark and
 * its focus ring stay on top. Keyed by event, so a label that stays in view
 * while zooming keeps its node.
 */
export function renderEventLabels(labels: readonly PlacedLabel[]): SVGTemplateResult {
  return svg`<g class="event-labels" aria-hidden="true">${repeat(
    labels,
    (label) => label.eventId,
    (label) =>
      svg`<text class="event-label" part="event-label" aria-hidden="true" data-label-for=${label.eventId} x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline="central">${isolateText(label.text)}</text>`,
  )}</g>`;
}
