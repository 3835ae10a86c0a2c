import type { DatePrecision, TimelineDate } from './model.js';

/**
 * ISO 8601 with the precision kept. Years: four digits with an optional minus (astronomical
 * numbering), or five or six digits with a mandatory sign. Ranges of the fields are checked
 * in code so that the same messages cover "2021-13" and "2021-02-30".
 */
const DATE_PATTERN =
  /^([+-]\d{5,6}|-?\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(?:(Z)|([+-])(\d\d):(\d\d)))?)?)?$/;

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, instant: 3 };
const MAX_OFFSET_MINUTES = 18 * 60;

/**
 * UTC milliseconds of proleptic Gregorian calendar fields. `Date.UTC` maps years 0–99 to
 * 1900–1999, so the year is set separately; months and days past their end roll over,
 * which is what the exclusive `stop` of a period wants.
 */
function computeUtc(year: number, month0: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Proleptic Gregorian: year 0 (1 BCE) and -4 (5 BCE) are leap years, 1900 is not. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function computeDaysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Parses an ISO 8601 date as the schema allows it (`2021`, `2021-05`, `2021-05-11`,
 * `2021-05-11T10:00:00+04:00`, `-0044-03-15`), keeping its precision.
 * Returns undefined for malformed or impossible dates (`2021-02-30`, `2021-13`, `T25:00`,
 * an offset beyond ±18:00, a year outside what `Date` can hold, `-0000`).
 */
export function parseDate(text: string): TimelineDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zulu, sign, offsetHours, offsetMins] =
    match;
  // ECMAScript and ISO 8601 both refuse a negative year zero.
  if (/^-0+$/.test(yearText!)) return undefined;
  const year = Number(yearText);
  if (monthText === undefined) {
    return finish({ iso: text, precision: 'year', year, start: computeUtc(year, 0, 1), stop: computeUtc(year + 1, 0, 1) });
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  if (dayText === undefined) {
    return finish({
      iso: text,
      precision: 'month',
      year,
      month,
      start: computeUtc(year, month - 1, 1),
      stop: computeUtc(year, month, 1),
    });
  }
  const day = Number(dayText);
  if (day < 1 || day > computeDaysInMonth(year, month)) return undefined;
  if (hourText === undefined) {
    return finish({
      iso: text,
      precision: 'day',
      year,
      month,
      day,
      start: computeUtc(year, month - 1, day),
      stop: computeUtc(year, month - 1, day + 1),
    });
  }
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  if (!zulu) {
    const minutes = Number(offsetMins);
    offsetMinutes = Number(offsetHours) * 60 + minutes;
    if (minutes > 59 || offsetMinutes > MAX_OFFSET_MINUTES) return undefined;
    if (sign === '-') offsetMinutes = -offsetMinutes || 0;
  }
  const wallClock = computeUtc(year, month - 1, day, hour, minute, second, ms);
  return finish({
    iso: text,
    precision: 'instant',
    year,
    month,
    day,
    hour,
    minute,
    second,
    offsetMinutes,
    start: wallClock,
    stop: wallClock,
    instant: wallClock - offsetMinutes * 60_000,
  });
}

/** Rejects dates beyond the ±100 million days that `Date` holds. */
function finish(date: TimelineDate): TimelineDate | undefined {
  return Number.isFinite(date.stop) && Number.isFinite(date.instant ?? date.start) ? date : undefined;
}

/**
 * Orders dates on the calendar axis: by where the period starts, then by the true moment of
 * instants, then coarser periods first (`2021` before `2021-01` before `2021-01-01`).
 */
export function compareDates(a: TimelineDate, b: TimelineDate): number {
  return (
    a.start - b.start ||
    (a.instant ?? a.start) - (b.instant ?? b.start) ||
    RANK[a.precision] - RANK[b.precision]
  );
}

/**
 * Whether an end date lies before the start date, so that the period could not be drawn.
 * A period ends where its `stop` is, so an end of `2021-05` is fine for a start of
 * `2021-05-11` (the month includes the day) but `2021-05-10` is not for `2021-05-11`.
 * Two instants compare their true moments: with different offsets the wall-clock
 * positions may run backwards while the event is perfectly real.
 */
export function isEndBefore(end: TimelineDate, start: TimelineDate): boolean {
  if (end.precision !== 'instant') return end.stop <= start.start;
  if (start.precision === 'instant') return end.instant! < start.instant!;
  return end.stop < start.start;
}
