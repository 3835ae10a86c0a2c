import { nothing, svg, type SVGTemplateResult } from 'lit';
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
 * while zooming keeps its node. A label placed away from its mark is joined
 * to it by a thin leader line (`PlacedLabel.leader`), in the labels' colour.
 */
export function renderEventLabels(labels: readonly PlacedLabel[]): SVGTemplateResult {
  return svg`<g class="event-labels" aria-hidden="true">${repeat(
    labels,
    (label) => label.eventId,
    (label) =>
      svg`${label.leader ? svg`<line class="event-leader" part="event-leader" data-label-for=${label.eventId} x1=${label.leader.x} x2=${label.leader.x} y1=${label.leader.y1} y2=${label.leader.y2}></line>` : nothing}<text class="event-label" part="event-label" aria-hidden="true" data-label-for=${label.eventId} x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline="central">${isolateText(label.text)}</text>`,
  )}</g>`;
}
