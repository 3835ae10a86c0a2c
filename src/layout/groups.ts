import type { TimelineEvent } from '../data/model.js';

/** Who took part in an event: all that filters, legend counts, pairs and lane order look at. */
export type Participants = Pick<TimelineEvent, 'parties' | 'arity'>;

/** Events, or groups of events standing for `count` of them: what counts, pairs and the lane order accept. */
export type Counted = Participants & { readonly count?: number };

/** Events with the same parties, in the same order, counted once. */
export interface PartyGroup extends Participants {
  readonly count: number;
}

export interface PartyGroups {
  readonly groups: readonly PartyGroup[];
  /** The index in `groups` of each event, by the event's index. */
  readonly groupOf: Uint32Array;
}

/**
 * Groups events by their parties. Eight parties make at most a few hundred
 * distinct sets however many events there are, so everything that depends
 * only on who took part (filters, counts, pairs, the lane order) costs one
 * pass over the events here and then a pass over the groups: the first
 * render of a large archive does not walk its events five times.
 */
export function groupByParties(events: readonly TimelineEvent[]): PartyGroups {
  // A trie on party ids, not a joined string key: no string is built per event,
  // and no separator can be forged by an id that contains it.
  const root: Node = { next: new Map(), group: -1 };
  const groups: { parties: readonly string[]; arity: TimelineEvent['arity']; count: number }[] = [];
  const groupOf = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const { parties, arity } = events[i]!;
    let node = root;
    for (const id of parties) {
      let next = node.next.get(id);
      if (!next) {
        next = { next: new Map(), group: -1 };
        node.next.set(id, next);
      }
      node = next;
    }
    if (node.group < 0) {
      node.group = groups.length;
      groups.push({ parties, arity, count: 0 });
    }
    groups[node.group]!.count++;
    groupOf[i] = node.group;
  }
  return { groups, groupOf };
}

interface Node {
  readonly next: Map<string, Node>;
  group: number;
}
