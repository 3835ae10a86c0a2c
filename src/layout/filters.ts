import { ARITIES, type Arity } from '../data/model.js';
import type { Counted, Participants } from './groups.js';

/** What the reader has chosen to see. */
export interface EventFilter {
  readonly hiddenParties: ReadonlySet<string>;
  readonly hiddenArities: ReadonlySet<Arity>;
  /** Two party ids: only what they did together. */
  readonly pair?: readonly [string, string];
}

/** The legend's order of arities: meetings of two or more first, a party acting alone last. */
export const LEGEND_ARITIES: readonly Arity[] = [...ARITIES.slice(1), ARITIES[0]];

/** Whether an event passes the filter, optionally ignoring one of its parts (for counting what a toggle would show). */
export function matchesFilter(event: Participants, filter: EventFilter, ignore?: 'arity' | 'parties'): boolean {
  if (ignore !== 'arity' && filter.hiddenArities.has(event.arity)) return false;
  if (ignore !== 'parties') for (const party of event.parties) if (filter.hiddenParties.has(party)) return false;
  if (filter.pair && !(event.parties.includes(filter.pair[0]) && event.parties.includes(filter.pair[1]))) return false;
  return true;
}

export interface FilterCounts {
  /** Events that pass the whole filter. */
  readonly shown: number;
  /** Per arity, events that would show with that arity on (other filters applied). */
  readonly arities: ReadonlyMap<Arity, number>;
  /** Per party, events involving it that would show with it on. */
  readonly parties: ReadonlyMap<string, number>;
}

/** The counts beside each legend toggle, in one pass over the events (or their groups). */
export function computeFilterCounts(events: readonly Counted[], filter: EventFilter): FilterCounts {
  let shown = 0;
  const arities = new Map<Arity, number>();
  const parties = new Map<string, number>();
  for (const event of events) {
    const count = event.count ?? 1;
    if (matchesFilter(event, filter)) shown += count;
    if (matchesFilter(event, filter, 'arity')) arities.set(event.arity, (arities.get(event.arity) ?? 0) + count);
    if (matchesFilter(event, filter, 'parties')) {
      // A party's count ignores its own toggle, but not the other parties' toggles.
      for (const party of event.parties) {
        if (event.parties.some((other) => other !== party && filter.hiddenParties.has(other))) continue;
        parties.set(party, (parties.get(party) ?? 0) + count);
      }
    }
  }
  return { shown, arities, parties };
}

export interface PartyPair {
  readonly first: string;
  readonly second: string;
  readonly count: number;
}

/**
 * Every pair of parties that did something together, most frequent first
 * (then in document order), for the relationship menu.
 */
export function computePairs(events: readonly Counted[], partyOrder: readonly string[], limit = 60): PartyPair[] {
  const rank = new Map(partyOrder.map((id, i) => [id, i]));
  const counts = new Map<string, PartyPair>();
  for (const event of events) {
    const count = event.count ?? 1;
    const parties = [...event.parties].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const key = `${parties[i]}\u0000${parties[j]}`;
        const pair = counts.get(key);
        counts.set(key, { first: parties[i]!, second: parties[j]!, count: (pair?.count ?? 0) + count });
      }
    }
  }
  return [...counts.values()]
    .sort(
      (a, b) =>
        b.count - a.count || (rank.get(a.first) ?? 0) - (rank.get(b.first) ?? 0) || (rank.get(a.second) ?? 0) - (rank.get(b.second) ?? 0),
    )
    .slice(0, limit);
}

/** Reads `"RU,AZ"` (the `focus` attribute) into a pair of known, distinct party ids. */
export function parsePair(text: string | undefined, known: (id: string) => boolean): [string, string] | undefined {
  if (!text) return undefined;
  const ids = text.split(',').map((id) => id.trim());
  if (ids.length !== 2 || ids[0] === ids[1] || !ids.every(known)) return undefined;
  return [ids[0]!, ids[1]!];
}
