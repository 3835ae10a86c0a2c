import type { Arity, TimelineEvent, TimelineModel } from '../data/model.js';
import {
  computeFilterCounts,
  computePairs,
  matchesFilter,
  parsePair,
  type EventFilter,
  type FilterCounts,
  type PartyPair,
} from '../layout/filters.js';
import { groupByParties, type PartyGroups } from '../layout/groups.js';
import { Memo } from './memo.js';

/**
 * The reader's filter and what it selects, each kept while its inputs stay
 * (by identity): the chart, the list and the legend ask the same questions
 * on every frame.
 */
export class FilterResults {
  private readonly groupsMemo = new Memo<PartyGroups>();
  private readonly filterMemo = new Memo<EventFilter>();
  private readonly shownMemo = new Memo<readonly boolean[]>();
  private readonly countsMemo = new Memo<FilterCounts>();
  private readonly pairsMemo = new Memo<readonly PartyPair[]>();
  private readonly listMemo = new Memo<readonly TimelineEvent[]>();

  groups(model: TimelineModel): PartyGroups {
    return this.groupsMemo.get([model], () => groupByParties(model.events));
  }

  filter(
    model: TimelineModel | undefined,
    hiddenParties: ReadonlySet<string>,
    hiddenArities: ReadonlySet<Arity>,
    focusPair: string | undefined,
  ): EventFilter {
    return this.filterMemo.get([hiddenParties, hiddenArities, focusPair, model], () => ({
      hiddenParties,
      hiddenArities,
      pair: parsePair(focusPair, (id) => !!model?.partyById.has(id)),
    }));
  }

  /** Whether each party group passes the filter. */
  shown(model: TimelineModel, filter: EventFilter): readonly boolean[] {
    return this.shownMemo.get([model, filter], () => this.groups(model).groups.map((group) => matchesFilter(group, filter)));
  }

  counts(model: TimelineModel, filter: EventFilter): FilterCounts {
    return this.countsMemo.get([model, filter], () => computeFilterCounts(this.groups(model).groups, filter));
  }

  pairs(model: TimelineModel): readonly PartyPair[] {
    return this.pairsMemo.get([model], () =>
      computePairs(
        this.groups(model).groups,
        model.parties.map((party) => party.id),
      ),
    );
  }

  /**
   * The events just before and after `event` in time among those shown (the list's events, so
   * the filters and the pair focus count). A selected event that the filter hides has the shown
   * events around its date.
   */
  adjacent(model: TimelineModel, filter: EventFilter, event: TimelineEvent): [TimelineEvent | undefined, TimelineEvent | undefined] {
    const shown = this.listEvents(model, filter);
    const at = shown.indexOf(event);
    if (at >= 0) return [shown[at - 1], shown[at + 1]];
    const after = shown.findIndex((entry) => entry.date.start > event.date.start);
    return after < 0 ? [shown.at(-1), undefined] : [shown[after - 1], shown[after]];
  }

  /** The events the list shows, filtered once per document and filter rather than on every render. */
  listEvents(model: TimelineModel | undefined, filter: EventFilter): readonly TimelineEvent[] {
    return this.listMemo.get([model, filter], () => {
      if (!model) return [];
      const { groupOf } = this.groups(model);
      const shown = this.shown(model, filter);
      return model.events.filter((_, index) => shown[groupOf[index]!]);
    });
  }
}
