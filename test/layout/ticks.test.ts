import { expect } from '@open-wc/testing';
import { utcTicks } from 'd3-time';
import { createTimeScale } from '../../src/layout/scale.js';
import { computeUtcTicks } from '../../src/layout/ticks.js';
import { utc } from './fixtures.js';

// computeUtcTicks replaces d3-time's utcTicks in the shipped code; d3-time
// stays a dev dependency so that these tests can hold it to d3's answers.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;
const COUNTS = [2, 5, 7, 10, 15];

/** d3's ticks, given Dates as the scale used to give them, as epoch numbers. */
const expected = (start: number, stop: number, count: number) => utcTicks(new Date(start), new Date(stop), count).map(Number);
const actual = (start: number, stop: number, count: number) => computeUtcTicks(start, stop, count).map(Number);

const ranges: [name: string, start: number, stop: number][] = [
  ['a few seconds', utc(2021, 5, 11, 10) + 1234, utc(2021, 5, 11, 10) + 9 * SECOND],
  ['under a second', utc(2021, 5, 11, 10) + 17, utc(2021, 5, 11, 10) + 420],
  ['a few milliseconds', 1_620_727_200_003, 1_620_727_200_011],
  ['a minute on the minute', utc(2021, 5, 11, 10, 5), utc(2021, 5, 11, 10, 6)],
  ['some minutes', utc(2021, 5, 11, 10, 5) + 12_345, utc(2021, 5, 11, 10, 47) + 999],
  ['some hours', utc(2021, 5, 11, 3, 17), utc(2021, 5, 11, 21, 2)],
  ['a day', utc(2021, 5, 11), utc(2021, 5, 12)],
  ['a day and a half across a month', utc(2021, 5, 31, 6), utc(2021, 6, 1, 18)],
  ['a week', utc(2021, 5, 9), utc(2021, 5, 16)],
  ['weeks', utc(2021, 5, 3, 13), utc(2021, 7, 12, 2)],
  ['weeks across 1970', utc(1969, 12, 1), utc(1970, 2, 3)],
  ['four weeks around a day', utc(2021, 5, 11, 12) - 14 * DAY, utc(2021, 5, 11, 12) + 14 * DAY],
  ['months', utc(2020, 11, 9), utc(2021, 8, 2)],
  ['a leap February', utc(2020, 2, 1), utc(2020, 3, 1)],
  ['a few years', utc(2016, 3, 15), utc(2021, 5, 11)],
  ['decades', utc(1914, 7, 28), utc(1991, 12, 26)],
  ['centuries', utc(1453, 5, 29), utc(2021, 1, 1)],
  ['millennia', utc(-3000), utc(2021)],
  ['the whole test window', utc(-5000), utc(5000)],
  ['twenty thousand years', utc(-10000, 6, 1), utc(10000, 6, 1)],
  ['BCE years', utc(-43, 3, 15), utc(-30, 8, 12)],
  ['BCE months', utc(-44, 2, 1), utc(-44, 9, 1)],
  ['BCE weeks', utc(-44, 3, 1), utc(-44, 4, 20)],
  ['across year 0', utc(-3, 7, 1), utc(4, 2, 1)],
  ['years 0–99', utc(0), utc(99, 12, 31)],
  ['months in year 50', utc(50, 2, 3), utc(50, 11, 20)],
  ['days in year 1', utc(1, 1, 1), utc(1, 1, 20)],
  ['from the first century into the second', utc(60), utc(180)],
  ['fractional milliseconds', utc(2021, 5, 11) - 0.75, utc(2021, 5, 18) + 0.5],
  ['fractional milliseconds before 1970', utc(-500, 3, 1) - 0.25, utc(-480, 1, 1) - 0.5],
];

describe('computeUtcTicks', () => {
  for (const [name, start, stop] of ranges) {
    it(`matches d3-time's utcTicks over ${name}`, () => {
      for (const count of COUNTS) {
        expect(actual(start, stop, count), `count ${count}`).to.deep.equal(expected(start, stop, count));
        expect(actual(stop, start, count), `reversed, count ${count}`).to.deep.equal(expected(stop, start, count));
        expect(actual(start, start, count), `start == stop, count ${count}`).to.deep.equal(expected(start, start, count));
      }
    });
  }

  it('returns the same kind of ticks as d3 on a few samples', () => {
    // Guards the comparison itself: these are the dates an axis shows.
    expect(actual(utc(2021), utc(2022), 12).map((t) => new Date(t).toISOString().slice(0, 10))).to.deep.equal([
      '2021-01-01',
      '2021-02-01',
      '2021-03-01',
      '2021-04-01',
      '2021-05-01',
      '2021-06-01',
      '2021-07-01',
      '2021-08-01',
      '2021-09-01',
      '2021-10-01',
      '2021-11-01',
      '2021-12-01',
      '2022-01-01',
    ]);
    expect(actual(utc(2021, 5, 9), utc(2021, 6, 10), 5)).to.deep.equal([
      utc(2021, 5, 9),
      utc(2021, 5, 16),
      utc(2021, 5, 23),
      utc(2021, 5, 30),
      utc(2021, 6, 6),
    ]);
    expect(actual(utc(-250), utc(50), 3)).to.deep.equal([utc(-200), utc(-100), utc(0)]);
    expect(actual(utc(2021), utc(2021), 10)).to.deep.equal([utc(2021)]);
  });

  it("matches d3-time's utcTicks on thousands of random ranges", () => {
    // A seeded generator (mulberry32), so that a failure can be replayed.
    let seed = 20_210_511;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const lengths = [
      SECOND,
      5 * SECOND,
      15 * SECOND,
      MINUTE,
      15 * MINUTE,
      HOUR,
      6 * HOUR,
      DAY,
      2 * DAY,
      7 * DAY,
      30 * DAY,
      90 * DAY,
      365 * DAY,
    ];
    const failures: string[] = [];
    let ticks = 0;
    for (let i = 0; i < 4000; i++) {
      const count = 2 + Math.floor(random() * 19);
      // Log-uniform spans from a second to 20,000 years, anywhere from 5000 BCE to 5000 CE.
      let start = (-5000 - 1970 + random() * 10_000) * YEAR;
      let stop = start + Math.exp(Math.log(SECOND) + random() * Math.log((20_000 * YEAR) / SECOND));
      if (i % 3 === 1) {
        // Bounds on round dates and spans of exactly `count` intervals or their
        // geometric means, where an off-by-one or a rounding slip would show.
        const length = lengths[Math.floor(random() * lengths.length)]!;
        start = i % 2 ? Math.round(start / length) * length : utc(Math.round(start / YEAR) + 1970);
        stop = start + count * (random() < 0.5 ? length : Math.sqrt(length * lengths[Math.max(0, lengths.indexOf(length) - 1)]!));
      }
      const want = expected(start, stop, count);
      ticks += want.length;
      if (JSON.stringify(actual(start, stop, count)) !== JSON.stringify(want)) failures.push(`${start}…${stop} count ${count}`);
    }
    expect(failures.slice(0, 5), `${failures.length} of 4000 ranges differ`).to.deep.equal([]);
    // The comparison is not vacuous: d3 returns about `count` ticks.
    expect(ticks).to.be.above(4000 * 4);
  });
});

describe('createTimeScale ticks', () => {
  it("are d3-time's utcTicks over the domain, in either direction", () => {
    const [d0, d1] = [utc(1914, 7, 28) + 0.4, utc(1918, 11, 11) - 0.6];
    for (const domain of [
      [d0, d1],
      [d1, d0],
    ]) {
      const scale = createTimeScale(domain, [0, 800]);
      for (const count of COUNTS) expect(scale.ticks(count).map(Number)).to.deep.equal(expected(d0, d1, count));
    }
  });
});
