import { expect } from '@open-wc/testing';
import { compareDates, isEndBefore, parseDate, toCalendarTime } from '../../src/data/dates.js';
import type { TimelineDate } from '../../src/data/model.js';

/**
 * Independent oracle for expected positions: an ECMAScript date-time string with an
 * expanded six-digit year and `Z` is always read as UTC, in every time zone.
 */
function utc(date: string, time = '00:00:00'): number {
  const [, sign, year, rest] = /^([+-]?)(\d+)(.*)$/.exec(date)!;
  const expanded = `${sign === '-' ? '-' : '+'}${year!.padStart(6, '0')}${rest}`;
  const ms = Date.parse(`${expanded}T${time}Z`);
  if (Number.isNaN(ms)) throw new Error(`bad oracle input ${date}`);
  return ms;
}

function parseOrFail(text: string): TimelineDate {
  const date = parseDate(text);
  if (!date) throw new Error(`expected ${text} to parse`);
  return date;
}

describe('parseDate', () => {
  describe('calendar dates keep their precision and span their whole period', () => {
    const cases: [string, Partial<TimelineDate>, string, string][] = [
      ['2021', { precision: 'year', year: 2021 }, '2021-01-01', '2022-01-01'],
      ['2021-05', { precision: 'month', year: 2021, month: 5 }, '2021-05-01', '2021-06-01'],
      ['2021-12', { precision: 'month', year: 2021, month: 12 }, '2021-12-01', '2022-01-01'],
      ['2021-05-11', { precision: 'day', year: 2021, month: 5, day: 11 }, '2021-05-11', '2021-05-12'],
      ['2021-12-31', { precision: 'day', year: 2021, month: 12, day: 31 }, '2021-12-31', '2022-01-01'],
      ['2021-02-28', { precision: 'day', year: 2021, month: 2, day: 28 }, '2021-02-28', '2021-03-01'],
      ['1969-12-31', { precision: 'day', year: 1969, month: 12, day: 31 }, '1969-12-31', '1970-01-01'],
      // Before year 1, astronomical numbering: -0043 is 44 BCE, -0044 is 45 BCE, 0000 is 1 BCE.
      ['-0043-03-15', { precision: 'day', year: -43, month: 3, day: 15 }, '-0043-03-15', '-0043-03-16'],
      ['-0044-03-15', { precision: 'day', year: -44, month: 3, day: 15 }, '-0044-03-15', '-0044-03-16'],
      ['-0001', { precision: 'year', year: -1 }, '-0001-01-01', '0000-01-01'],
      ['0000', { precision: 'year', year: 0 }, '0000-01-01', '0001-01-01'],
      ['-002500', { precision: 'year', year: -2500 }, '-2500-01-01', '-2499-01-01'],
      ['+012021-01-01', { precision: 'day', year: 12021, month: 1, day: 1 }, '12021-01-01', '12021-01-02'],
      // Years 0–99: Date.UTC would move these to 1900–1999.
      ['0099-12-31', { precision: 'day', year: 99, month: 12, day: 31 }, '0099-12-31', '0100-01-01'],
      ['0010-06', { precision: 'month', year: 10, month: 6 }, '0010-06-01', '0010-07-01'],
      ['0001', { precision: 'year', year: 1 }, '0001-01-01', '0002-01-01'],
      ['0050-01-01', { precision: 'day', year: 50, month: 1, day: 1 }, '0050-01-01', '0050-01-02'],
    ];
    for (const [text, fields, start, stop] of cases) {
      it(`${text} → ${fields.precision}, [${start}, ${stop})`, () => {
        const date = parseOrFail(text);
        expect(date).to.include({ iso: text, ...fields });
        expect(date.start, 'start').to.equal(utc(start));
        expect(date.stop, 'stop').to.equal(utc(stop));
        expect(date.instant).to.equal(undefined);
        expect(date.hour).to.equal(undefined);
        expect(new Date(date.start).getUTCFullYear()).to.equal(fields.year);
      });
    }
  });

  describe('leap days in the proleptic Gregorian calendar', () => {
    const cases: [string, boolean][] = [
      ['2020-02-29', true],
      ['2021-02-29', false],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['0100-02-29', false],
      ['0400-02-29', true],
      ['0004-02-29', true],
      ['0000-02-29', true], // year 0 (1 BCE) is divisible by 400
      ['-0004-02-29', true],
      ['-0001-02-29', false],
      ['-0100-02-29', false],
    ];
    for (const [text, valid] of cases) {
      it(`${text} is ${valid ? 'a real day' : 'impossible'}`, () => {
        const date = parseDate(text);
        if (!valid) return expect(date).to.equal(undefined);
        expect(date?.start).to.equal(utc(text));
        expect(new Date(date!.start).getUTCDate()).to.equal(29);
      });
    }
  });

  describe('instants keep the wall-clock time of their offset and the true moment apart', () => {
    const cases: [string, Partial<TimelineDate>, string, number][] = [
      // [text, fields, wall clock as UTC, true moment]
      ['2021-05-11T10:00:00+04:00', { hour: 10, minute: 0, second: 0, offsetMinutes: 240 }, '10:00:00', Date.UTC(2021, 4, 11, 6)],
      ['2021-05-11T10:00+04:00', { hour: 10, minute: 0, second: 0, offsetMinutes: 240 }, '10:00:00', Date.UTC(2021, 4, 11, 6)],
      [
        '2021-05-11T10:00:30-03:30',
        { hour: 10, minute: 0, second: 30, offsetMinutes: -210 },
        '10:00:30',
        Date.UTC(2021, 4, 11, 13, 30, 30),
      ],
      ['2021-05-11T06:00:00Z', { hour: 6, offsetMinutes: 0 }, '06:00:00', Date.UTC(2021, 4, 11, 6)],
      ['2021-05-11T06:00:00.5Z', { second: 0, offsetMinutes: 0 }, '06:00:00.500', Date.UTC(2021, 4, 11, 6, 0, 0, 500)],
      ['2021-05-11T06:00:00.123456Z', { offsetMinutes: 0 }, '06:00:00.123', Date.UTC(2021, 4, 11, 6, 0, 0, 123)],
      ['2021-05-11T00:30+18:00', { offsetMinutes: 1080 }, '00:30:00', Date.UTC(2021, 4, 10, 6, 30)],
      ['2021-05-11T23:59:59-18:00', { offsetMinutes: -1080 }, '23:59:59', Date.UTC(2021, 4, 12, 17, 59, 59)],
      ['2021-05-11T10:00-00:00', { offsetMinutes: 0 }, '10:00:00', Date.UTC(2021, 4, 11, 10)],
    ];
    for (const [text, fields, wallClock, instant] of cases) {
      it(text, () => {
        const date = parseOrFail(text);
        expect(date).to.include({ precision: 'instant', year: 2021, month: 5, day: 11, ...fields });
        expect(date.start, 'start').to.equal(utc('2021-05-11', wallClock));
        expect(date.stop, 'stop').to.equal(date.start);
        expect(date.instant, 'instant').to.equal(instant);
        expect(Object.is(date.offsetMinutes, -0)).to.equal(false);
      });
    }

    it('reads instants in years 0–99 and before year 1 too', () => {
      expect(parseOrFail('0044-03-15T12:00Z').start).to.equal(utc('0044-03-15', '12:00:00'));
      expect(parseOrFail('-0044-03-15T12:00+01:00').instant).to.equal(utc('-0044-03-15', '11:00:00'));
    });
  });

  describe('malformed and impossible dates', () => {
    const cases = [
      '',
      '21',
      '202',
      '20210',
      '+2021', // a sign needs five or six digits
      '2021-5',
      '2021-05-1',
      '2021-13',
      '2021-00',
      '2021-05-00',
      '2021-05-32',
      '2021-04-31',
      '2021-02-30',
      '2021-05-11T25:00+04:00',
      '2021-05-11T24:00Z',
      '2021-05-11T10:60Z',
      '2021-05-11T10:00:60Z',
      '2021-05-11T10:00+19:00',
      '2021-05-11T10:00+18:01',
      '2021-05-11T10:00-18:30',
      '2021-05-11T10:00+04:60',
      '2021-05-11T10:00', // no offset: the moment is unknown
      '2021-05-11T10Z',
      '2021-05-11T10:00+0400',
      '2021-05-11 10:00Z',
      '2021-05-11t10:00z',
      '2021-05-11T10:00:00.Z',
      ' 2021',
      '2021 ',
      '2021-05-11\n',
      '-0000',
      '-000000-01-01',
      '+275761-01-01', // beyond what Date holds
      '-271822-01-01',
      '11/05/2021',
      '2021-W19',
      '2021-131',
    ];
    for (const text of cases) {
      it(`${JSON.stringify(text)} → undefined`, () => {
        expect(parseDate(text)).to.equal(undefined);
      });
    }
  });

  describe('the ends of what `Date` holds (±100 million days from 1970)', () => {
    const cases: [string, number | undefined][] = [
      // [text, start or undefined when the date is refused]
      ['+275760-09-12', 8.64e15 - 86_400_000],
      ['+275760-09-13', undefined], // its day would end past the last moment
      ['+275760-09-13T00:00Z', 8.64e15],
      ['+275760-09-13T00:00:00.001Z', undefined],
      ['+275760-09-13T01:00+01:00', undefined], // the wall clock is past the last moment
      ['+275760-09', undefined],
      ['+275760-08', Date.UTC(275760, 7, 1)],
      ['-271821-04-20', -8.64e15],
      ['-271821-04-19', undefined],
      ['-271821-04-19T23:59:59.999Z', undefined],
      ['-271821-04', undefined],
      ['-271821-05', Date.UTC(-271821, 4, 1)],
      ['-271821', undefined],
      ['-271820', Date.UTC(-271820, 0, 1)],
    ];
    for (const [text, start] of cases) {
      it(`${text} → ${start === undefined ? 'undefined' : start}`, () => {
        expect(parseDate(text)?.start).to.equal(start);
      });
    }
  });

  describe('the time-zone rule: a calendar day is the same day for every reader', () => {
    it('places 2021-05-11 at UTC midnight of 11 May, whatever the runner’s zone', () => {
      const date = parseOrFail('2021-05-11');
      expect(date.start).to.equal(Date.UTC(2021, 4, 11));
      expect(date.start % 86_400_000).to.equal(0);
    });

    it('formats as 11 May with a UTC formatter, in every zone', () => {
      const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      expect(format.format(parseOrFail('2021-05-11').start)).to.equal('11 May 2021');
      expect(format.format(parseOrFail('2020-11-09').start)).to.equal('9 November 2020');
      expect(format.format(parseOrFail('2021-01-01').start)).to.equal('1 January 2021');
      expect(format.format(parseOrFail('2021-12-31').stop - 1)).to.equal('31 December 2021');
    });

    it('draws an instant at its wall-clock time in its own offset, not the reader’s', () => {
      const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', day: 'numeric' });
      expect(format.format(parseOrFail('2021-05-11T10:00+04:00').start)).to.equal('11, 10:00');
    });

    it('does not depend on the local time-zone offset (which the test runs far from zero)', () => {
      const localOffset = new Date(2021, 4, 11).getTimezoneOffset();
      // The bug this guards against: local-midnight parsing lands a day early west of UTC.
      const localMidnight = new Date(2021, 4, 11).getTime();
      expect(parseOrFail('2021-05-11').start).to.equal(localMidnight - localOffset * 60_000);
    });
  });
});

describe('compareDates', () => {
  it('orders by period start, then true moment, then coarser precision first', () => {
    const texts = [
      '2021-05-11T10:00+00:00',
      '2021-05-11',
      '2021-05',
      '2021-05-11T10:00+04:00',
      '2021',
      '2020-11-09',
      '-0044-03-15',
      '0099',
      '2021-05-11T09:00+00:00',
    ];
    const sorted = texts
      .map(parseOrFail)
      .sort(compareDates)
      .map((date) => date.iso);
    expect(sorted).to.deep.equal([
      '-0044-03-15',
      '0099',
      '2020-11-09',
      '2021',
      '2021-05',
      '2021-05-11',
      '2021-05-11T09:00+00:00',
      '2021-05-11T10:00+04:00', // same wall clock as the next, but four hours earlier in truth
      '2021-05-11T10:00+00:00',
    ]);
  });

  it('returns 0 for the same date', () => {
    expect(compareDates(parseOrFail('2021-05'), parseOrFail('2021-05'))).to.equal(0);
  });
});

describe('isEndBefore', () => {
  const cases: [end: string, start: string, before: boolean][] = [
    ['2021-05-10', '2021-05-11', true],
    ['2021-05-11', '2021-05-11', false],
    ['2021-05-12', '2021-05-11', false],
    ['2021-05', '2021-05-11', false], // the month includes the day
    ['2021-04', '2021-05-11', true],
    ['2021', '2021-05-11', false],
    ['2020', '2021-05-11', true],
    ['2021-05-11', '2021-05', false],
    ['2021-05-11T00:00Z', '2021-05-11', false],
    ['2021-05-10T23:59Z', '2021-05-11', true],
    ['2021-05-10', '2021-05-11T00:00Z', true],
    ['2021-05-11', '2021-05-11T10:00+04:00', false],
    ['2021-05-11T10:00+04:00', '2021-05-11T10:00+04:00', false],
    ['2021-05-11T09:59+04:00', '2021-05-11T10:00+04:00', true],
    // Instants compare true moments: 07:00Z is after 06:00Z though its wall clock reads earlier.
    ['2021-05-11T07:00+00:00', '2021-05-11T10:00+04:00', false],
    ['-0044-03-14', '-0044-03-15', true],
  ];
  for (const [end, start, before] of cases) {
    it(`end ${end} ${before ? 'is' : 'is not'} before start ${start}`, () => {
      expect(isEndBefore(parseOrFail(end), parseOrFail(start))).to.equal(before);
    });
  }
});

describe('toCalendarTime', () => {
  // The suite runs in Honolulu, Kiritimati and UTC: a Date's own calendar day, wherever the reader is.
  const table: [string, string | Date, 'start' | 'stop', number | undefined][] = [
    ['a month string, start', '2021-05', 'start', utc('2021-05-01')],
    ['a month string, stop', '2021-05', 'stop', utc('2021-06-01')],
    ['a year string, stop', '2020', 'stop', utc('2021-01-01')],
    ['a day string, start', '2020-11-10', 'start', utc('2020-11-10')],
    ['a local Date at 23:30, start', new Date(2021, 0, 31, 23, 30), 'start', utc('2021-01-31')],
    ['a local Date at 00:10, stop', new Date(2021, 0, 31, 0, 10), 'stop', utc('2021-02-01')],
    ['an invalid Date', new Date(Number.NaN), 'start', undefined],
    ['a string that is not a date', 'next week', 'start', undefined],
  ];
  for (const [name, value, edge, expected] of table) {
    it(name, () => {
      expect(toCalendarTime(value, edge)).to.equal(expected);
    });
  }
});
