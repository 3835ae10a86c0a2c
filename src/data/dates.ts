import type { DatePrecision, TimelineDate } from './model.js';
import { DateStringSchema } from './schema.generated.js';

/**
 * ISO 8601 with the precision kept, exactly as the schema's `$defs/DateString` writes it: four
 * digits for the year with an optional minus (astronomical numbering), or five or six with a
 * mandatory sign, then two digits for each further field. The pattern checks the form and the
 * range of each field on its own ("2021-13", "T25:00"); what it cannot see is checked in code
 * ("2021-02-30", "-0000", beyond what `Date` holds).
 *
 * Fields are read from the characters at their places, not captured by a regular expression, and
 * placed with `Date.UTC`, not `Date` objects: a large archive has tens of thousands of dates,
 * read before anything is drawn, while the engine is still cold.
 */
const DATE_PATTERN = new RegExp(DateStringSchema.pattern, 'u');

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, instant: 3 };

/** Proleptic Gregorian: year 0 (1 BCE) and -4 (5 BCE) are leap years, 1900 is not. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * UTC milliseconds of proleptic Gregorian calendar fields, NaN beyond what `Date` holds; months
 * and days past their end roll over, which is what the exclusive `stop` of a period wants.
 * `Date.UTC` reads years 0–99 as 1900–1999, so those are placed 400 years on, where the
 * calendar repeats itself, and brought back by 400 average Gregorian years (365.2425 days each).
 */
function computeUtc(year: number, month0: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const shift = year >= 0 && year < 100 ? 400 : 0;
  return Date.UTC(year + shift, month0, day, hour, minute, second, ms) - shift * 31_556_952_000;
}

/** The number written with the two digits at `at`. */
function readTwoDigits(text: string, at: number): number {
  return text.charCodeAt(at) * 10 + text.charCodeAt(at + 1) - 528; // 528 = 11 × "0"
}

/**
 * Parses an ISO 8601 date as the schema allows it (`2021`, `2021-05`, `2021-05-11`,
 * `2021-05-11T10:00:00+04:00`, `-0044-03-15`), keeping its precision.
 * Returns undefined for malformed or impossible dates (`2021-02-30`, `2021-13`, `T25:00`,
 * an offset beyond ±18:00, a year outside what `Date` can hold, `-0000`).
 */
export function parseDate(text: string): TimelineDate | undefined {
  // What a script passes is read as text, as a regular expression reads it.
  text = `${text}`;
  if (!DATE_PATTERN.test(text)) return undefined;
  const length = text.length;
  // The year runs to the first `-` after its sign; every later field is at a fixed place after it.
  let at = text.indexOf('-', 1);
  if (at < 0) at = length;
  // parseInt reads the year's sign and decimal digits, and stops at the `-` after them.
  const year = parseInt(text);
  // ECMAScript and ISO 8601 both refuse a negative year zero.
  if (Object.is(year, -0)) return undefined;
  if (at === length) {
    return finish({ iso: text, precision: 'year', year, start: computeUtc(year, 0, 1), stop: computeUtc(year + 1, 0, 1) });
  }
  const month = readTwoDigits(text, at + 1);
  if (at + 3 === length) {
    return finish({
      iso: text,
      precision: 'month',
      year,
      month,
      start: computeUtc(year, month - 1, 1),
      stop: computeUtc(year, month, 1),
    });
  }
  const day = readTwoDigits(text, at + 4);
  // February has 28 or 29 days; the other months 31 up to July and from August, odd and even.
  if (day > (month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1))) return undefined;
  if (at + 6 === length) {
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
  // `THH:MM`, then `:SS` and `.fraction` if given, then `Z` or an offset `±HH:MM`.
  const hour = readTwoDigits(text, at + 7);
  const minute = readTwoDigits(text, at + 10);
  const second = text[at + 12] === ':' ? readTwoDigits(text, at + 13) : 0;
  const zone = text[length - 1] === 'Z' ? length - 1 : length - 6;
  // Milliseconds are the first three digits of the fraction, which starts at `at + 16` if any.
  let ms = 0;
  for (let k = at + 16; k < at + 19; k++) ms = ms * 10 + (k < zone ? text.charCodeAt(k) - 48 : 0);
  let offsetMinutes = zone < length - 1 ? readTwoDigits(text, zone + 1) * 60 + readTwoDigits(text, zone + 4) : 0;
  if (text[zone] === '-') offsetMinutes = -offsetMinutes || 0;
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
  return a.start - b.start || (a.instant ?? a.start) - (b.instant ?? b.start) || RANK[a.precision] - RANK[b.precision];
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

/**
 * A calendar position for the element's `zoomTo`: an ISO string's period start or stop, or a
 * `Date`'s calendar day where the reader is (a page's date picker gives local days).
 */
export function toCalendarTime(value: string | Date, edge: 'start' | 'stop'): number | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(+value)) return undefined;
    const day = new Date(0);
    day.setUTCFullYear(value.getFullYear(), value.getMonth(), value.getDate() + (edge === 'stop' ? 1 : 0));
    return +day;
  }
  const date = parseDate(String(value));
  return date ? date[edge] : undefined;
}
