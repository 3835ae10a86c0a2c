import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/model.js';
import { computeLaneCost, orderLanes } from '../../src/layout/lanes.js';
import { entry, parties, random } from './fixtures.js';

/** `['RU-AZ', 5]` → five events between RU and AZ. */
function meetings(...spec: [string, number][]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const [pair, count] of spec) {
    for (let i = 0; i < count; i++) events.push(entry({ id: `${pair}#${i}`, parties: pair.split('-') }));
  }
  return events;
}

function randomEvents(ids: string[], count: number, seed: number): TimelineEvent[] {
  const next = random(seed);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const size = next() < 0.7 ? 2 : next() < 0.8 ? 3 : 4;
    const chosen = new Set<string>();
    while (chosen.size < size) chosen.add(ids[Math.floor(next() * ids.length)]!);
    events.push(entry({ id: `e${i}`, parties: [...chosen] }));
  }
  return events;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function bruteForceCost(ids: string[], events: TimelineEvent[]): number {
  return Math.min(...permutations(ids).map((order) => computeLaneCost(order, events)));
}

describe('orderLanes', () => {
  const karabakh = meetings(['RU-AZ', 5], ['AM-AZ', 2], ['RU-AM', 1]);

  it('keeps the document order when asked', () => {
    expect(orderLanes(parties('RU', 'AM', 'AZ'), karabakh, 'document')).to.deep.equal(['RU', 'AM', 'AZ']);
  });

  it('puts the party that meets both others most in the middle', () => {
    // AZ in the middle stretches only the single RU–AM connector over two lanes (cost 9);
    // RU–AZ–AM and AM–AZ–RU tie, and RU comes first in the document.
    const order = orderLanes(parties('RU', 'AM', 'AZ'), karabakh);
    expect(order).to.deep.equal(['RU', 'AZ', 'AM']);
    expect(computeLaneCost(order, karabakh)).to.equal(9);
    expect(computeLaneCost(['RU', 'AM', 'AZ'], karabakh)).to.equal(13);
  });

  it('defaults to auto', () => {
    expect(orderLanes(parties('RU', 'AM', 'AZ'), karabakh)).to.deep.equal(orderLanes(parties('RU', 'AM', 'AZ'), karabakh, 'auto'));
  });

  const cases: { name: string; ids: string[]; events: TimelineEvent[]; expected: string[] }[] = [
    {
      name: 'no connections: document order',
      ids: ['A', 'B', 'C', 'D'],
      events: meetings(['A-A', 0]),
      expected: ['A', 'B', 'C', 'D'],
    },
    {
      // A–B–C–D and D–C–B–A tie; A comes before D in the document.
      name: 'a chain given out of order is straightened',
      ids: ['C', 'A', 'D', 'B'],
      events: meetings(['A-B', 1], ['B-C', 1], ['C-D', 1]),
      expected: ['A', 'B', 'C', 'D'],
    },
    {
      name: 'equal costs keep the document order',
      ids: ['A', 'B', 'C'],
      events: meetings(['A-B', 1], ['B-C', 1], ['A-C', 1]),
      expected: ['A', 'B', 'C'],
    },
    {
      name: 'parties without events go last, in document order',
      ids: ['X', 'A', 'Y', 'B'],
      events: meetings(['A-B', 3]),
      expected: ['A', 'B', 'X', 'Y'],
    },
  ];
  for (const { name, ids, events, expected } of cases) {
    it(name, () => {
      const order = orderLanes(parties(...ids), events);
      expect(order).to.deep.equal(expected);
    });
  }

  it('places a party that always meets X next to X', () => {
    const ids = ['HUB', 'A', 'B', 'C', 'SAT', 'D', 'E'];
    const events = [...meetings(['HUB-A', 3], ['HUB-B', 3], ['A-C', 2], ['B-D', 2], ['C-E', 1], ['D-E', 1]), ...meetings(['SAT-HUB', 4])];
    const order = orderLanes(parties(...ids), events);
    expect(Math.abs(order.indexOf('SAT') - order.indexOf('HUB'))).to.equal(1);
  });

  it('counts a trilateral connector by its outer lanes', () => {
    const events = [entry({ id: 't', parties: ['A', 'B', 'C'] }), entry({ id: 'b', parties: ['A', 'D'] })];
    expect(computeLaneCost(['A', 'B', 'C', 'D'], events)).to.equal(2 + 3);
    expect(computeLaneCost(['C', 'B', 'A', 'D'], events)).to.equal(2 + 1);
    const order = orderLanes(parties('A', 'B', 'C', 'D'), events);
    expect(computeLaneCost(order, events)).to.equal(3);
  });

  it('ignores unknown parties and treats odd ids as plain ids', () => {
    const ids = ['__proto__', 'constructor', 'toString'];
    const events = [
      ...meetings(['__proto__-toString', 3], ['constructor-toString', 1]),
      entry({ id: 'u', parties: ['toString', 'GHOST'] }),
    ];
    const order = orderLanes(parties(...ids), events);
    expect(order).to.have.members(ids);
    expect(order[1]).to.equal('toString');
  });

  it('finds the optimum for small graphs (checked by brute force)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const ids = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'].slice(0, 4 + (seed % 4));
      const events = randomEvents(ids, 25, seed);
      const order = orderLanes(parties(...ids), events);
      expect(order, `seed ${seed}`).to.have.members(ids);
      expect(computeLaneCost(order, events), `seed ${seed}`).to.equal(bruteForceCost(ids, events));
    }
  });

  it("is deterministic and independent of the events' order", () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
    const events = randomEvents(ids, 40, 7);
    const first = orderLanes(parties(...ids), events);
    expect(orderLanes(parties(...ids), [...events].reverse())).to.deep.equal(first);
    expect(orderLanes(parties(...ids), events)).to.deep.equal(first);
  });

  describe('beyond the exact limit', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `P${String(i).padStart(2, '0')}`);

    it('is no worse than the document order', () => {
      for (let seed = 1; seed <= 10; seed++) {
        const events = randomEvents(ids, 80, seed);
        const order = orderLanes(parties(...ids), events);
        expect(order, `seed ${seed}`).to.have.members(ids);
        expect(computeLaneCost(order, events), `seed ${seed}`).to.be.at.most(computeLaneCost(ids, events));
      }
    });

    it('straightens a scrambled chain of 12', () => {
      const chain = ['P05', 'P11', 'P00', 'P07', 'P02', 'P09', 'P04', 'P10', 'P01', 'P06', 'P03', 'P08'];
      const events = chain.slice(1).map((id, i) => entry({ id: `c${i}`, parties: [chain[i]!, id] }));
      const order = orderLanes(parties(...ids), events);
      expect(computeLaneCost(order, events)).to.equal(11);
    });

    it('is deterministic', () => {
      const events = randomEvents(ids, 80, 3);
      expect(orderLanes(parties(...ids), events)).to.deep.equal(orderLanes(parties(...ids), [...events].reverse()));
    });

    it('orders 40 parties over 10,000 events no worse than the document order', () => {
      const many = Array.from({ length: 40 }, (_, i) => `Q${i}`);
      const events = randomEvents(many, 10_000, 11);
      const order = orderLanes(parties(...many), events);
      expect(order).to.have.members(many);
      expect(computeLaneCost(order, events)).to.be.at.most(computeLaneCost(many, events));
    });
  });
});
