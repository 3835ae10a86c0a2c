import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/model.js';
import { computeTimeExtent, createTimeScale } from '../../src/layout/scale.js';
import { calendar, entry, instant, utc } from './fixtures.js';

const DAY = 86_400_000;

describe('computeTimeExtent', () => {
  it('covers the first start and the last stop, padded 4 % each side', () => {
    const events = [entry({ date: calendar(2020, 11, 9) }), entry({ date: calendar(2021, 5, 11) })];
    const [lo, hi] = computeTimeExtent(events);
    const span = utc(2021, 5, 12) - utc(2020, 11, 9);
    expect(lo).to.equal(utc(2020, 11, 9) - span * 0.04);
    expect(hi).to.equal(utc(2021, 5, 12) + span * 0.04);
  });

  it('lets an imprecise date cover its whole period', () => {
    const [lo, hi] = computeTimeExtent([entry({ date: calendar(2020) }), entry({ date: calendar(2021, 5) })]);
    expect(lo).to.be.below(utc(2020, 1, 1));
    expect(hi).to.be.above(utc(2021, 6, 1));
  });

  it('reaches to the end of a span', () => {
    const [, hi] = computeTimeExtent([entry({ date: calendar(2020, 11, 9), end: calendar(2021, 1, 11) })]);
    expect(hi).to.be.above(utc(2021, 1, 12));
  });

  it('widens a short stretch to four weeks around its middle', () => {
    const [lo, hi] = computeTimeExtent([entry({ date: calendar(2021, 5, 1) }), entry({ date: calendar(2021, 5, 10) })]);
    expect([lo, hi]).to.deep.equal([utc(2021, 5, 6) - 14 * DAY, utc(2021, 5, 6) + 14 * DAY]);
  });

  const narrow: { name: string; events: TimelineEvent[]; centre: number }[] = [
    { name: 'a single day', events: [entry({ date: calendar(2021, 5, 11) })], centre: utc(2021, 5, 11, 12) },
    { name: 'one instant', events: [entry({ date: instant(2021, 5, 11, 10) })], centre: utc(2021, 5, 11, 10) },
    {
      name: 'several events on one day',
      events: [entry({ date: calendar(2021, 5, 11) }), entry({ date: instant(2021, 5, 11, 10) })],
      centre: utc(2021, 5, 11, 12),
    },
    { name: 'no events', events: [], centre: 0 },
  ];
  for (const { name, events, centre } of narrow) {
    it(`gives ${name} a four-week window around it`, () => {
      expect(computeTimeExtent(events)).to.deep.equal([centre - 14 * DAY, centre + 14 * DAY]);
    });
  }

  it('works before the common era', () => {
    const [lo, hi] = computeTimeExtent([entry({ date: calendar(-43, 3, 15) }), entry({ date: calendar(-30) })]);
    expect(lo).to.be.below(utc(-43, 3, 15));
    expect(hi).to.be.above(utc(-29));
    // 15 years padded by 4 %: the window opens in 45 BCE.
    expect(new Date(lo).getUTCFullYear()).to.equal(-44);
  });
});

describe('createTimeScale', () => {
  it('maps the extent onto the range', () => {
    const scale = createTimeScale([utc(2021), utc(2022)], [100, 465]);
    expect(scale(new Date(utc(2021)))).to.equal(100);
    expect(scale(new Date(utc(2022)))).to.equal(465);
    expect(scale(utc(2021, 1, 2))).to.be.closeTo(101, 1e-9);
  });

  it('places a calendar day at the same x in every time zone', () => {
    // 11 May is day 130 of 2021 (0-based); a local-time scale would shift it by the zone offset.
    const scale = createTimeScale([utc(2021), utc(2022)], [0, 365]);
    expect(scale(calendar(2021, 5, 11).start)).to.be.closeTo(130, 1e-9);
  });

  it('puts ticks on calendar boundaries in UTC', () => {
    const scale = createTimeScale([utc(2020, 10, 15), utc(2021, 4, 20)], [0, 800]);
    const ticks = scale.ticks(6);
    expect(ticks.map((d) => [d.getUTCDate(), d.getUTCHours()])).to.deep.equal(ticks.map(() => [1, 0]));
  });

  it('handles BCE years and years 1–99', () => {
    const bce = createTimeScale([utc(-50), utc(-40)], [0, 1000]);
    expect(bce(utc(-45))).to.be.closeTo(500, 1);
    expect(bce.ticks(10).map((d) => d.getUTCFullYear())).to.deep.equal([-50, -49, -48, -47, -46, -45, -44, -43, -42, -41, -40]);
    const early = createTimeScale([utc(40), utc(60)], [0, 1000]);
    expect(early.ticks(5).map((d) => d.getUTCFullYear())).to.deep.equal([40, 45, 50, 55, 60]);
  });
});
