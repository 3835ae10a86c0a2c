import { html, nothing, type TemplateResult } from 'lit';
import { renderPartyChip } from './party-chip.js';
import type { TimelineEvent, TimelineModel } from '../data/model.js';
import type { TimelineStrings } from '../strings.js';

/** An event the card's Previous or Next button goes to. */
export interface DetailStep {
  readonly id: string;
  /** Its date as shown to readers, for the button's accessible name. */
  readonly date: string;
}

export interface DetailView {
  readonly model: TimelineModel;
  readonly event: TimelineEvent;
  readonly strings: TimelineStrings;
  /** The event's date as shown to readers, already localised. */
  readonly date: string;
  readonly partyColor: (partyId: string) => string;
  readonly relatedLabel: (event: TimelineEvent) => string;
  readonly onClose: () => void;
  readonly onSelect: (id: string) => void;
  /** The chronologically adjacent events among those shown; a missing one disables its button. */
  readonly previous?: DetailStep;
  readonly next?: DetailStep;
  readonly onStep: (id: string, forward: boolean) => void;
  /** Keys in the card: stepping and Escape. */
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** Id for the card's title, unique in the shadow root (several cards are open when the list prints). */
  readonly titleId?: string;
}

function renderParty(view: DetailView, id: string): TemplateResult {
  const party = view.model.partyById.get(id);
  return html`<li class="chip">${renderPartyChip(view.partyColor(id), party?.flag, party?.name ?? id)}</li>`;
}

/** A broken image takes its figure away rather than leave a hole in the card. */
function hideBrokenImage(event: Event): void {
  const figure = (event.target as HTMLElement).closest('figure');
  if (figure) figure.hidden = true;
}

function personName(view: DetailView, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const person = view.model.personById.get(id);
  if (!person) return undefined;
  return person.role ? `${person.name}, ${person.role}` : person.name;
}

/** Previous or Next: disabled (not hidden) at the ends; the accessible name holds the target's date. The arrow is mirrored in right-to-left text by the stylesheet. */
function renderStep(view: DetailView, forward: boolean): TemplateResult {
  const { strings } = view;
  const step = forward ? view.next : view.previous;
  const arrow = html`<span class="arrow" aria-hidden="true">${forward ? '→' : '←'}</span>`;
  return html`<button
    class="step"
    type="button"
    part="step"
    data-step=${forward ? 'next' : 'previous'}
    ?disabled=${!step}
    aria-label=${step ? (forward ? strings.nextEvent : strings.previousEvent)(step.date) : nothing}
    @click=${() => step && view.onStep(step.id, forward)}
  >
    ${forward ? html`${strings.next} ${arrow}` : html`${arrow} ${strings.previous}`}
  </button>`;
}

/**
 * The card for the selected event: everything the document says about it, as
 * text. Links are only ever the sanitised http(s) URLs the parser kept.
 */
export function renderDetail(view: DetailView): TemplateResult {
  const { event, strings, model } = view;
  const location = [event.location?.name, event.location?.country].filter(Boolean).join(', ');
  const meta = [view.date, strings.kind[event.kind], strings.arity[event.arity], location].filter(Boolean);
  const related = event.related.map((id) => model.eventById.get(id)).filter((entry): entry is TimelineEvent => entry !== undefined);
  const titleId = view.titleId ?? 'detail-title';
  return html`<section class="detail" part="detail" aria-labelledby=${titleId} tabindex="-1" @keydown=${view.onKeyDown}>
    <button class="close" part="close" type="button" aria-label=${strings.close} @click=${view.onClose}>×</button>
    <h3 id=${titleId} part="detail-title"><bdi>${event.title}</bdi></h3>
    <p class="meta">${meta.join(' · ')}</p>
    ${
      event.image
        ? html`<figure class="image" part="image">
            <img
              src=${event.image.url}
              alt=${event.image.alt ?? ''}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
              @error=${hideBrokenImage}
            />
            ${event.image.credit ? html`<figcaption><bdi>${event.image.credit}</bdi></figcaption>` : nothing}
          </figure>`
        : nothing
    }
    ${event.summary ? html`<p class="summary"><bdi>${event.summary}</bdi></p>` : nothing}
    ${event.quotes.map((quote) => {
      const by = personName(view, quote.by);
      return html`<blockquote part="quote">
        <bdi>${quote.text}</bdi>${by ? html`<footer>— <bdi>${by}</bdi></footer>` : nothing}
      </blockquote>`;
    })}
    <dl>
      <dt>${strings.parties}</dt>
      <dd>
        <ul class="chips">
          ${event.parties.map((id) => renderParty(view, id))}
        </ul>
      </dd>
      ${
        event.host
          ? html`<dt>${strings.host}</dt>
              <dd><bdi>${model.partyById.get(event.host)?.name ?? event.host}</bdi></dd>`
          : nothing
      }
      ${
        event.people.length
          ? html`<dt>${strings.people}</dt>
              <dd>
                <ul>
                  ${event.people.map((id) => html`<li><bdi>${personName(view, id)}</bdi></li>`)}
                </ul>
              </dd>`
          : nothing
      }
      ${
        event.topics.length
          ? html`<dt>${strings.topics}</dt>
              <dd>${event.topics.map((id) => model.topicById.get(id)?.label ?? id).join(' · ')}</dd>`
          : nothing
      }
      ${
        event.sources.length
          ? html`<dt>${strings.sources}</dt>
              <dd>
                <ul>
                  ${event.sources.map(
                    (source) =>
                      html`<li>
                        <a href=${source.url} target="_blank" rel="noopener noreferrer" part="source-link"
                          ><bdi>${source.title ?? new URL(source.url).hostname}</bdi></a
                        >
                      </li>`,
                  )}
                </ul>
              </dd>`
          : nothing
      }
      ${
        related.length
          ? html`<dt>${strings.related}</dt>
              <dd>
                <ul>
                  ${related.map(
                    (entry) =>
                      html`<li>
                        <button class="link" type="button" part="related-link" @click=${() => view.onSelect(entry.id)}>
                          <bdi>${view.relatedLabel(entry)}</bdi>
                        </button>
                      </li>`,
                  )}
                </ul>
              </dd>`
          : nothing
      }
    </dl>
    <div class="steps">${renderStep(view, false)}${renderStep(view, true)}</div>
  </section>`;
}

/** The selected event's card (in the list, the expanded item's). */
export const DETAIL_SELECTOR = '[part="detail"]';
