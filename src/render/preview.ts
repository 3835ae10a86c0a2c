import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';
import type { PreviewPlacement } from '../layout/preview-position.js';
import { isolateText } from '../layout/text.js';

/** What the card says about one event, already formatted in the reader's locale. */
export interface EventPreviewContent {
  readonly kind: 'event';
  /** The event's date as the chart writes it (precision kept). */
  readonly date: string;
  /** The parties' names, joined as a list in the reader's language. */
  readonly parties: string;
  /** The event's full title (the card is where a shortened label is read whole). */
  readonly title: string;
}

/** What the card says about a cluster, already formatted. */
export interface ClusterPreviewContent {
  readonly kind: 'cluster';
  /** The count as a phrase: "12 events". */
  readonly count: string;
  /** The calendar range its events cover: "May–June 2021". */
  readonly dateRange: string;
  /** The first few titles, in date order (the view chooses how many; three reads well). */
  readonly titles: readonly string[];
  /** What is left unsaid, as a phrase ("and 9 more"), or absent when `titles` is all. */
  readonly more?: string;
}

/**
 * The view-model of the preview card: its content, and its position from
 * `placePreview` (top-left corner in the coordinates of the element that
 * holds the card, which must be its containing block).
 */
export interface PreviewView {
  /** The card's id: the mark or cluster it describes points to it with `aria-describedby`. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Which side of the mark the card is on; a stylesheet may draw a pointer from it. */
  readonly placement: PreviewPlacement;
  readonly content: EventPreviewContent | ClusterPreviewContent;
}

/**
 * Sets the card's `left` and `top` through the CSSOM: a `style="…"` attribute
 * would be blocked by a strict Content-Security-Policy (see `partyColor`).
 */
class CardPositionDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style')
      throw new Error('cardPosition() goes in a style attribute binding.');
  }

  render(_x: number, _y: number): unknown {
    return noChange;
  }

  override update(part: AttributePart, [x, y]: [number, number]): unknown {
    const { style } = part.element as HTMLElement;
    style.setProperty('left', `${x}px`);
    style.setProperty('top', `${y}px`);
    return noChange;
  }
}

const cardPosition = directive(CardPositionDirective);

/**
 * The hover and focus preview: a card with the event's date, parties and
 * title, or a cluster's count, date range and first titles. `role="tooltip"`
 * describes the mark the reader is on without taking focus; all text is data
 * and isolated, so a title in another script keeps its own direction.
 * Styled by `previewStyles`.
 */
export function renderPreview(view: PreviewView): TemplateResult {
  const { content } = view;
  const body =
    content.kind === 'event'
      ? html`<span class="preview-meta">${isolateText(content.date)} · ${isolateText(content.parties)}</span
          ><span class="preview-title">${isolateText(content.title)}</span>`
      : html`<span class="preview-meta">${isolateText(content.count)} · ${isolateText(content.dateRange)}</span>
          <ul class="preview-titles">
            ${content.titles.map((title) => html`<li>${isolateText(title)}</li>`)}${content.more ? html`<li class="preview-meta">${isolateText(content.more)}</li>` : nothing}
          </ul>`;
  // A tooltip takes its name from its content (WAI-ARIA: name from contents), which the rule does not see.
  // eslint-disable-next-line lit-a11y/accessible-name
  return html`<div
    class="preview"
    part="preview"
    role="tooltip"
    id=${view.id}
    data-placement=${view.placement}
    style=${cardPosition(view.x, view.y)}
  >
    ${body}
  </div>`;
}
