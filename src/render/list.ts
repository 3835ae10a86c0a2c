import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderPartyChip } from './party-chip.js';
import type { TimelineEvent, TimelineModel } from '../data/model.js';
import type { TimelineStrings } from '../strings.js';
import { renderArityGlyph } from './chart.js';

/** Everything the list template needs; dates and labels come already localised. */
export interface ListView {
  readonly model: TimelineModel;
  /** Events to show, already filtered, in chronological order. */
  readonly events: readonly TimelineEvent[];
  readonly strings: TimelineStrings;
  readonly locale: string;
  /** Localised date of an event (use the given function; don't format dates yourself). */
  readonly formatDate: (event: TimelineEvent) => string;
  readonly partyColor: (partyId: string) => string;
  /** Id of the expanded event, if any. */
  readonly expandedId?: string;
  /** Expand every item (print). Also lifts `limit`: a printout has no "Show more" button to press. */
  readonly expandAll?: boolean;
  /**
   * How many items to render before a "Show more" button (bounded DOM for huge
   * timelines). The expanded event is always rendered, even past the limit.
   */
  readonly limit: number;
  /** Text of the "Show more" button, given how many events are still hidden ("Show more (12 more)"). */
  readonly showMoreLabel: (remaining: number) => string;
  readonly onToggle: (id: string) => void;
  readonly onShowMore: () => void;
  /**
   * Renders the detail of an expanded event (a wrapper around `renderDetail`).
   * `titleId` is an id unique within the list for the detail's title (its
   * region's name): with every item expanded for print, a fixed id would be
   * repeated and every region would take the first one's name.
   */
  readonly renderDetail: (event: TimelineEvent, titleId: string) => unknown;
}

/** A 10×6 chevron drawn as a path, so it needs no font and looks the same in both directions. */
const chevron = html`<svg class="list-chevron" viewBox="0 0 10 6" aria-hidden="true" focusable="false">
  <path d="M1 1l4 4 4-4"></path>
</svg>`;

function renderParties(view: ListView, event: TimelineEvent, id: string): TemplateResult {
  return html`<ul class="list-parties" id=${id}>
    ${event.parties.map((partyId) => {
      const party = view.model.partyById.get(partyId);
      return html`<li class="list-party">${renderPartyChip(view.partyColor(partyId), party?.flag, party?.name ?? partyId, 'list-')}</li>`;
    })}
  </ul>`;
}

/**
 * One event: date and arity on the spine, the title as the disclosure button,
 * the parties, and the detail region. Element ids come from the position, never
 * from the data's ids, which may hold anything (spaces, quotes, `__proto__`).
 */
function renderItem(view: ListView, event: TimelineEvent, index: number): TemplateResult {
  const expanded = view.expandAll === true || event.id === view.expandedId;
  const detailId = `list-detail-${index}`;
  const metaId = `list-meta-${index}`;
  const partiesId = `list-parties-${index}`;
  return html`<li
    class="list-item ${event.arity} importance-${event.importance}${expanded ? ' expanded' : ''}"
    part="list-item"
    data-event-id=${event.id}
  >
    <span class="list-mark">${renderArityGlyph(event.arity)}</span>
    <div class="list-meta" id=${metaId}>
      <time datetime=${event.date.iso}>${view.formatDate(event)}</time>
      <span class="visually-hidden"> ${view.strings.arity[event.arity]}</span>
    </div>
    <button
      class="list-toggle"
      part="list-toggle"
      type="button"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${detailId}
      aria-describedby="${metaId} ${partiesId}"
      @click=${() => view.onToggle(event.id)}
    >
      <bdi>${event.title}</bdi>${chevron}
    </button>
    ${renderParties(view, event, partiesId)}
    <div class="list-detail" id=${detailId} ?hidden=${!expanded}>
      ${expanded ? view.renderDetail(event, `list-detail-title-${index}`) : nothing}
    </div>
  </li>`;
}

/**
 * The timeline as a chronological list, for narrow screens, print and readers
 * who prefer it to the chart. Only the first `limit` events are rendered, so a
 * timeline of thousands of events stays a small DOM; the rest wait behind a
 * "Show more" button.
 */
export function renderList(view: ListView): TemplateResult {
  const { events } = view;
  const expandedIndex = view.expandedId === undefined ? -1 : events.findIndex((event) => event.id === view.expandedId);
  const shown = view.expandAll ? events.length : Math.min(events.length, Math.max(0, Math.floor(view.limit) || 0, expandedIndex + 1));
  const remaining = events.length - shown;
  const visible = shown === events.length ? events : events.slice(0, shown);
  return html`<ol class="list${remaining > 0 ? ' truncated' : ''}" part="list">
      ${repeat(
        visible,
        (event) => event.id,
        (event, index) => renderItem(view, event, index),
      )}
    </ol>
    ${
      remaining > 0
        ? html`<div class="list-more">
            <button class="show-more" part="show-more" type="button" @click=${() => view.onShowMore()}>
              ${view.showMoreLabel(remaining)}
            </button>
          </div>`
        : nothing
    }`;
}

/** The list items' title buttons, in order: focus goes to the first one a "show more" adds. */
export const LIST_TOGGLE_SELECTOR = '[part="list-toggle"]';
