import type { TimelineEvent } from '../data/model.js';
import type { TimelineHost } from '../host.js';
import { DETAIL_SELECTOR } from '../render/detail.js';
import { LIST_TOGGLE_SELECTOR } from '../render/list.js';

/** What stepping needs of the view. */
export interface StepActions {
  /** The events before and after `event` among those shown (`FilterResults.adjacent` with the reader's filter). */
  adjacent(event: TimelineEvent): [TimelineEvent | undefined, TimelineEvent | undefined];
  /** Selects on the reader's behalf (fires `entente-select`; the chart reveals the event). */
  choose(id: string | null): void;
  /** Closes the card; in the chart, focus returns to the mark. */
  close(): void;
  inList(): boolean;
}

/**
 * Story stepping: the card's Previous and Next buttons, and `[` / `]` in the card or on the
 * chart while an event is selected, select the chronologically adjacent event among those
 * shown; Escape in the card closes it and gives focus back to the event's mark (or the list's
 * title).
 */
export class StoryStepper {
  constructor(
    private readonly host: TimelineHost,
    private readonly actions: StepActions,
  ) {}

  /** Selects the event before or after the selected one, then `refocus`es; returns whether it moved. */
  step(forward: boolean, refocus: () => void): boolean {
    const event = this.host.model?.eventById.get(this.host.selected ?? '');
    const target = event && this.actions.adjacent(event)[forward ? 1 : 0];
    if (!target) return false;
    this.actions.choose(target.id);
    refocus();
    return true;
  }

  readonly onStep = (id: string, forward: boolean): void => {
    this.actions.choose(id);
    this.focusStepButton(forward);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const { key } = event;
    if (key === '[' || key === ']') {
      if (this.step(key === ']', () => this.focusStepButton(key === ']'))) event.preventDefault();
    } else if (key === 'Escape' && this.host.selected) {
      event.preventDefault();
      const id = this.host.selected;
      this.actions.close();
      if (this.actions.inList()) void this.afterUpdate(() => this.listItem(id)?.querySelector<HTMLElement>(LIST_TOGGLE_SELECTOR));
    }
  };

  /** The same step button in the new card (a list item's card is another node), or the card itself at an end. */
  private focusStepButton(forward: boolean): void {
    void this.afterUpdate(() => {
      const card = this.host.renderRoot.querySelector<HTMLElement>(DETAIL_SELECTOR);
      const button = card?.querySelector<HTMLButtonElement>(`[data-step=${forward ? 'next' : 'previous'}]`);
      return button && !button.disabled ? button : card;
    });
  }

  private listItem(id: string): HTMLElement | undefined {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part="list-item"]')].find((item) => item.dataset.eventId === id);
  }

  private async afterUpdate(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.host.updateComplete;
    target()?.focus();
  }
}
