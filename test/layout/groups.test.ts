import { expect } from '@open-wc/testing';
import type { Arity, TimelineEvent } from '../../src/data/model.js';
import { computeFilterCounts, computePairs, type EventFilter } from '../../src/layout/filters.js';
import { groupByParties } from '../../src/layout/groups.js';
import { orderLanes } from '../../src/layout/lanes.js';
import { entry, parties, random } from './fixtures.js';

function randomEvents(ids: readonly string[], count: number, next: () => number): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const size = next() < 0.15 ? 1 : next() < 0.7 ? 2 : next() < 0.8 ? 3 : 4;
    const chosen = new Set<string>();
    while (chosen.size < size) chosen.add(ids[Math.floor(next() * ids.length)]!);
    return entry({ id: `e${i}`, parties: [...chosen] });
  });
}

describe('groupByParties', () => {
  const cases: { name: string; parties: string[][]; groups: string[][]; counts: number[]; groupOf: number[] }[] = [
    { name: 'no events', parties: [], groups: [], counts: [], groupOf: [] },
    {
      name: 'the same parties in the same order share a group',
      parties: [
        ['RU', 'AZ'],
        ['RU', 'AM'],
        ['RU', 'AZ'],
        ['RU', 'AM', 'AZ'],
      ],
      groups: [
        ['RU', 'AZ'],
        ['RU', 'AM'],
        ['RU', 'AM', 'AZ'],
      ],
      counts: [2, 1, 1],
      groupOf: [0, 1, 0, 2],
    },
    {
      // The order is kept as written, so a group can stand for its events everywhere.
      name: 'another order is another group',
      parties: [
        ['RU', 'AZ'],
        ['AZ', 'RU'],
      ],
      groups: [
        ['RU', 'AZ'],
        ['AZ', 'RU'],
      ],
      counts: [1, 1],
      groupOf: [0, 1],
    },
    {
      name: 'a prefix is not the longer list',
      parties: [['RU'], ['RU', 'AZ'], ['RU']],
      groups: [['RU'], ['RU', 'AZ']],
      counts: [2, 1],
      groupOf: [0, 1, 0],
    },
    {
      name: 'ids holding separators do not run together',
      parties: [
        ['a\u0000b', 'c'],
        ['a', 'b\u0000c'],
        ['a,b', 'c'],
        ['a', 'b,c'],
        ['2:ab', 'c'],
        ['ab', 'c'],
      ],
      groups: [
        ['a\u0000b', 'c'],
        ['a', 'b\u0000c'],
        ['a,b', 'c'],
        ['a', 'b,c'],
        ['2:ab', 'c'],
        ['ab', 'c'],
      ],
      counts: [1, 1, 1, 1, 1, 1],
      groupOf: [0, 1, 2, 3, 4, 5],
    },
    {
      name: 'ids named like Object.prototype members are ordinary ids',
      parties: [
        ['__proto__', 'constructor'],
        ['__proto__', 'constructor'],
        ['toString', 'hasOwnProperty'],
      ],
      groups: [
        ['__proto__', 'constructor'],
        ['toString', 'hasOwnProperty'],
      ],
      counts: [2, 1],
      groupOf: [0, 0, 1],
    },
  ];
  for (const { name, parties: lists, groups, counts, groupOf } of cases) {
    it(name, () => {
      const result = groupByParties(lists.map((list, i) => entry({ id: `e${i}`, parties: list })));
      expect(result.groups.map((group) => group.parties)).to.deep.equal(groups);
      expect(result.groups.map((group) => group.count)).to.deep.equal(counts);
      expect([...result.groupOf]).to.deep.equal(groupOf);
    });
  }

  it('keeps each group’s arity', () => {
    const { groups } = groupByParties([
      entry({ id: 'a', parties: ['RU'] }),
      entry({ id: 'b', parties: ['RU', 'AZ', 'AM'] }),
      entry({ id: 'c', parties: ['RU', 'AZ', 'AM', 'TR'] }),
    ]);
    expect(groups.map((group) => group.arity)).to.deep.equal(['unilateral', 'trilateral', 'multilateral']);
  });

  // The element counts, pairs and orders lanes from the groups: each must agree with the same computation on the events.
  describe('stands for its events', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    const filters: EventFilter[] = [
      { hiddenParties: new Set(), hiddenArities: new Set() },
      { hiddenParties: new Set(['B', 'E']), hiddenArities: new Set() },
      { hiddenParties: new Set(), hiddenArities: new Set<Arity>(['trilateral', 'unilateral']) },
      { hiddenParties: new Set(['C']), hiddenArities: new Set<Arity>(['bilateral']), pair: ['A', 'D'] },
      { hiddenParties: new Set(), hiddenArities: new Set(), pair: ['F', 'G'] },
    ];
    for (const seed of [1, 2, 3, 4]) {
      const next = random(seed);
      const partyCount = seed === 4 ? 10 : 4 + seed;
      const events = randomEvents(ids.slice(0, partyCount), 300, next);
      const { groups } = groupByParties(events);

      it(`filter counts, seed ${seed}`, () => {
        for (const filter of filters) expect(computeFilterCounts(groups, filter)).to.deep.equal(computeFilterCounts(events, filter));
      });

      it(`pairs, seed ${seed}`, () => {
        expect(computePairs(groups, ids)).to.deep.equal(computePairs(events, ids));
      });

      it(`lane order, seed ${seed} (${partyCount} parties)`, () => {
        expect(orderLanes(parties(...ids.slice(0, partyCount)), groups)).to.deep.equal(
          orderLanes(parties(...ids.slice(0, partyCount)), events),
        );
      });
    }
  });
});
