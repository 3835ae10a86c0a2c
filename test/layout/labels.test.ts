import { expect } from '@open-wc/testing';
import type { TimelineDate, TimelineEvent } from '../../src/data/model.js';
import { computeTicks, formatEventDate, formatTimelineDate } from '../../src/layout/labels.js';
import { createTimeScale } from '../../src/layout/scale.js';
import { calendar, entry, instant, utc } from './fixtures.js';

describe('formatTimelineDate', () => {
  const cases: { name: string; date: TimelineDate; locale: string; style?: 'long' | 'short'; expected: string }[] = [
    { name: 'year', date: calendar(2021), locale: 'en', expected: '2021' },
    { name: 'month', date: calendar(2021, 5), locale: 'en', expected: 'May 2021' },
    { name: 'day (US order)', date: calendar(2021, 5, 11), locale: 'en', expected: 'May 11, 2021' },
    { name: 'day (British order)', date: calendar(2021, 5, 11), locale: 'en-GB', expected: '11 May 2021' },
    { name: 'day, short', date: calendar(2021, 9, 1), locale: 'en-GB', style: 'short', expected: '1 Sept 2021' },
    { name: 'year in Russian', date: calendar(2021), locale: 'ru', expected: '2021' },
    { name: 'month in Russian', date: calendar(2021, 5), locale: 'ru', expected: 'май 2021 г.' },
    { name: 'day in Russian', date: calendar(2021, 5, 11), locale: 'ru', expected: '11 мая 2021 г.' },
    { name: 'year in Arabic', date: calendar(2021), locale: 'ar', expected: '2021' },
    { name: 'month in Arabic', date: calendar(2021, 5), locale: 'ar', expected: 'مايو 2021' },
    { name: 'day in Arabic', date: calendar(2021, 5, 11), locale: 'ar', expected: '11 مايو 2021' },
    { name: 'Arabic with Arabic-Indic digits', date: calendar(2021, 5, 11), locale: 'ar-EG', expected: '١١ مايو ٢٠٢١' },
    { name: 'BCE year', date: calendar(-43), locale: 'en', expected: '44 BC' },
    { name: 'BCE day', date: calendar(-43, 3, 15), locale: 'en-GB', expected: '15 March 44 BC' },
    { name: 'BCE in Russian', date: calendar(-43), locale: 'ru', expected: '44 г. до н. э.' },
    { name: 'BCE in Arabic', date: calendar(-43), locale: 'ar', expected: '44 ق.م' },
    { name: 'year 0 is 1 BCE', date: calendar(0), locale: 'en', expected: '1 BC' },
    { name: 'year 50 stays 50', date: calendar(50), locale: 'en', expected: '50' },
    { name: 'a day in year 50', date: calendar(50, 6, 1), locale: 'en-GB', expected: '1 June 50' },
    { name: 'instant in its own offset', date: instant(2021, 5, 11, 10, 0, 240), locale: 'en-GB', expected: '11 May 2021 at 10:00 UTC+4' },
    {
      name: 'instant, short',
      date: instant(2021, 5, 11, 10, 0, 240),
      locale: 'en-GB',
      style: 'short',
      expected: '11 May 2021, 10:00 UTC+4',
    },
    {
      name: 'instant with a half-hour negative offset',
      date: instant(2021, 5, 11, 23, 30, -210),
      locale: 'en-GB',
      expected: '11 May 2021 at 23:30 UTC-3:30',
    },
    { name: 'instant at UTC', date: instant(2021, 5, 11, 0, 5, 0), locale: 'en-GB', expected: '11 May 2021 at 0:05 UTC' },
    { name: 'instant in Russian', date: instant(2021, 5, 11, 10, 0, 240), locale: 'ru', expected: '11 мая 2021 г. в 10:00 UTC+4' },
    { name: 'instant in Arabic', date: instant(2021, 5, 11, 10, 0, 240), locale: 'ar', expected: '11 مايو 2021 في 10:00 ص UTC+4' },
    { name: 'Gregorian even where the locale prefers another calendar', date: calendar(2021), locale: 'fa-u-nu-latn', expected: '2021' },
  ];
  for (const { name, date, locale, style, expected } of cases) {
    it(`${name}: ${expected}`, () => {
      expect(formatTimelineDate(date, locale, style)).to.equal(expected);
    });
  }

  it('labels the first and last day of a year as that day in every time zone', () => {
    expect(formatTimelineDate(calendar(2021, 1, 1), 'en-GB')).to.equal('1 January 2021');
    expect(formatTimelineDate(calendar(2020, 12, 31), 'en-GB')).to.equal('31 December 2020');
  });

  it('falls back to a working locale for a malformed one', () => {
    expect(formatTimelineDate(calendar(2021, 5), 'not a locale!')).to.contain('2021');
  });
});

describe('formatEventDate', () => {
  const cases: { name: string; event: TimelineEvent; locale: string; expected: string }[] = [
    { name: 'point', event: entry({ date: calendar(2021, 5, 11) }), locale: 'en-GB', expected: '11 May 2021' },
    {
      name: 'days in one month, Russian',
      event: entry({ date: calendar(2020, 11, 9), end: calendar(2020, 11, 11) }),
      locale: 'ru',
      expected: '9–11 ноября 2020 г.',
    },
    {
      name: 'days across months',
      event: entry({ date: calendar(2020, 11, 30), end: calendar(2020, 12, 2) }),
      locale: 'en-GB',
      expected: '30 November – 2 December 2020',
    },
    {
      name: 'months',
      event: entry({ date: calendar(2020, 11), end: calendar(2021, 2) }),
      locale: 'en',
      expected: 'November 2020 – February 2021',
    },
    { name: 'years BCE', event: entry({ date: calendar(-50), end: calendar(-43) }), locale: 'en', expected: '51 – 44 BC' },
    { name: 'across the era', event: entry({ date: calendar(-1), end: calendar(1) }), locale: 'en', expected: '2 BC – 1 AD' },
    {
      name: 'mixed precision',
      event: entry({ date: calendar(2020, 11), end: calendar(2020, 12, 2) }),
      locale: 'en-GB',
      expected: 'November 2020 – 2 December 2020',
    },
    { name: 'same end as start', event: entry({ date: calendar(2021, 5), end: calendar(2021, 5) }), locale: 'en', expected: 'May 2021' },
    {
      name: 'hours on one day',
      event: entry({ date: instant(2021, 5, 11, 10, 0, 240), end: instant(2021, 5, 11, 12, 30, 240) }),
      locale: 'en-GB',
      expected: '11 May 2021, 10:00–12:30 UTC+4',
    },
  ];
  for (const { name, event, locale, expected } of cases) {
    it(`${name}: ${expected}`, () => {
      expect(formatEventDate(event, locale)).to.equal(expected);
    });
  }

  it('collapses a span of days in one month the way the locale does', () => {
    // Chromium's ICU puts (thin) spaces around the dash in English; the days stay 9 and 11.
    const text = formatEventDate(entry({ date: calendar(2020, 11, 9), end: calendar(2020, 11, 11) }), 'en-GB');
    expect(text).to.match(/^9\s?–\s?11 November 2020$/);
  });

  it('writes two whole dates where the locale has no range in the words of its dates', () => {
    // ICU formats these ranges as 2020/12/14～2020/12/22, while a date alone is 2020年12月14日.
    const days = entry({ date: calendar(2020, 12, 14), end: calendar(2020, 12, 22) });
    expect(formatEventDate(days, 'ja')).to.equal('2020年12月14日 – 2020年12月22日');
    expect(formatEventDate(days, 'zh')).to.equal('2020年12月14日 – 2020年12月22日');
    expect(formatEventDate(entry({ date: calendar(2020, 12, 14), end: calendar(2021, 1, 6) }), 'ja', 'short')).to.equal(
      '2020年12月14日 – 2021年1月6日',
    );
  });

  it('keeps the range of a locale whose range reads like its dates', () => {
    expect(formatEventDate(entry({ date: calendar(2020, 11, 9), end: calendar(2020, 11, 11) }), 'ko')).to.match(
      /^2020년 11월 9일\s?~\s?11일$/,
    );
    expect(formatEventDate(entry({ date: calendar(2020, 11, 9), end: calendar(2020, 11, 11) }), 'es')).to.equal(
      '9–11 de noviembre de 2020',
    );
  });
});

describe('computeTicks', () => {
  const ticksFor = (from: number, to: number, locale = 'en-GB') => computeTicks(createTimeScale([from, to], [0, 800]), 10, locale);

  it('labels year ticks with years, all major', () => {
    const ticks = ticksFor(utc(2000), utc(2020, 6));
    expect(ticks.map((t) => t.label)).to.deep.equal([
      '2000',
      '2002',
      '2004',
      '2006',
      '2008',
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
    ]);
    expect(ticks.every((t) => t.major)).to.equal(true);
    expect(ticks[0]!.value).to.equal(utc(2000));
  });

  it('labels month ticks with months, the year on the first tick and on January', () => {
    const ticks = ticksFor(utc(2020, 10, 15), utc(2021, 4, 20));
    expect(ticks.map((t) => t.label)).to.deep.equal(['Nov 2020', 'Dec', 'Jan 2021', 'Feb', 'Mar', 'Apr']);
    expect(ticks.map((t) => t.major)).to.deep.equal([false, false, true, false, false, false]);
  });

  it('leaves the year off the first tick when the next tick starts a year and names it (they would collide on a phone)', () => {
    const scale = createTimeScale([utc(2020, 9, 20), utc(2021, 10, 20)], [0, 300]);
    expect(computeTicks(scale, 4, 'de').map((t) => t.label)).to.deep.equal(['Okt', 'Jan. 2021', 'Apr', 'Jul', 'Okt']);
    expect(computeTicks(scale, 4, 'en-GB').map((t) => t.label)).to.deep.equal(['Oct', 'Jan 2021', 'Apr', 'Jul', 'Oct']);
    const days = createTimeScale([utc(2020, 12, 31), utc(2021, 1, 4)], [0, 300]);
    expect(computeTicks(days, 4, 'en-GB').map((t) => t.label)).to.deep.equal(['31 Dec', '1 Jan 2021', '2 Jan', '3 Jan', '4 Jan']);
  });

  it('labels day ticks with day and month', () => {
    const ticks = ticksFor(utc(2021, 5, 5), utc(2021, 5, 20));
    expect(ticks.map((t) => t.label)).to.deep.equal(['5 May 2021', '7 May', '9 May', '11 May', '13 May', '15 May', '17 May', '19 May']);
    expect(ticks.some((t) => t.major)).to.equal(false);
  });

  it('labels hour ticks with times and the day where it starts', () => {
    const ticks = ticksFor(utc(2021, 5, 11, 0), utc(2021, 5, 11, 20));
    expect(ticks.map((t) => t.label)).to.deep.equal(['11 May, 00:00', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00']);
  });

  it('labels BCE year ticks with the era', () => {
    const ticks = ticksFor(utc(-45), utc(-35), 'en');
    expect(ticks[0]!.label).to.equal('46 BC');
    expect(ticks.every((t) => t.label.endsWith(' BC') && t.major)).to.equal(true);
  });

  it('puts BCE ticks on round years as they are written (1200 BC, not 1201 BC) when years lie between ticks', () => {
    const ticks = ticksFor(utc(-1300), utc(300), 'en');
    const labels = ticks.map((t) => t.label);
    expect(labels).to.include.members(['1200 BC', '1000 BC', '200 BC', '1', '200']);
    expect(labels.filter((label) => /01 BC$/.test(label))).to.deep.equal([]);
    // Each label is the year of the tick it stands under.
    for (const tick of ticks) {
      const year = new Date(tick.value).getUTCFullYear();
      expect(tick.label).to.equal(year <= 0 ? `${1 - year} BC` : String(year));
    }
    // Five years apart: 10 BC, 5 BC, AD 1. A year apart they were right already: 2 BC, 1 BC, AD 1.
    expect(ticksFor(utc(-40), utc(2), 'en').map((t) => t.label)).to.deep.equal([
      '40 BC',
      '35 BC',
      '30 BC',
      '25 BC',
      '20 BC',
      '15 BC',
      '10 BC',
      '5 BC',
      '1',
    ]);
    expect(ticksFor(utc(-5), utc(3), 'en').map((t) => t.label)).to.deep.equal([
      '6 BC',
      '5 BC',
      '4 BC',
      '3 BC',
      '2 BC',
      '1 BC',
      '1',
      '2',
      '3',
    ]);
  });

  it('labels in the requested locale', () => {
    expect(ticksFor(utc(2020, 10, 15), utc(2021, 4, 20), 'ru').map((t) => t.label)).to.deep.equal([
      'нояб. 2020 г.',
      'дек.',
      'янв. 2021 г.',
      'февр.',
      'март',
      'апр.',
    ]);
  });

  it("puts ticks on calendar boundaries whatever the reader's zone", () => {
    for (const tick of ticksFor(utc(2020, 10, 15), utc(2021, 4, 20))) {
      const d = new Date(tick.value);
      expect([d.getUTCDate(), d.getUTCHours()]).to.deep.equal([1, 0]);
    }
  });
});
