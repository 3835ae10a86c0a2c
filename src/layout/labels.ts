import type { DatePrecision, TimelineDate, TimelineEvent } from '../data/model.js';
import { DAY, type TimeScale } from './scale.js';

export type LabelStyle = 'long' | 'short';

export interface Tick {
  /** Position on the calendar axis (UTC milliseconds of calendar fields). */
  readonly value: number;
  readonly label: string;
  /** The tick falls on the start of a year. */
  readonly major: boolean;
}

const RANGE_SEPARATOR = ' – ';

/**
 * Date formatters for one locale, kept by whoever formats many dates (the view: per locale;
 * its geometry: for the ticks). Creating a DateTimeFormat is slow and labels are made per
 * event and per tick, so a caller that formats often passes one of these; a plain locale
 * string formats with a new formatter each time, which suits a single label and tests.
 */
export interface LocaleDates {
  readonly locale: string;
  readonly formatters: Map<string, Intl.DateTimeFormat>;
}

/** The locale in which to format: a BCP 47 tag, or a `LocaleDates` that keeps its formatters. */
export type DateLocale = string | LocaleDates;

/** An empty set of formatters for `locale`, to live as long as its owner. */
export function createLocaleDates(locale: string): LocaleDates {
  return { locale, formatters: new Map() };
}

function getFormatter(dates: DateLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  if (typeof dates === 'string') return createFormatter(dates, options);
  // Every label asks for a formatter, so the key is built from the few fields used, not serialised.
  const key = `${options.year}|${options.month}|${options.day}|${options.hour}|${options.minute}|${options.second}|${options.era}`;
  let formatter = dates.formatters.get(key);
  if (!formatter) dates.formatters.set(key, (formatter = createFormatter(dates.locale, options)));
  return formatter;
}

function createFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Positions are calendar fields stored as UTC, and years are proleptic
  // Gregorian: any other zone or calendar would relabel the day or year.
  const full: Intl.DateTimeFormatOptions = { ...options, timeZone: 'UTC', calendar: 'gregory' };
  try {
    return new Intl.DateTimeFormat(locale, full);
  } catch {
    // A malformed locale in a document must not break the widget: use the reader's.
    return new Intl.DateTimeFormat(undefined, full);
  }
}

/** A Date carrying the calendar (or wall-clock) fields as UTC, built without the 0–99 → 19xx mapping. */
function toCalendarDate(date: TimelineDate): Date {
  const d = new Date(Date.UTC(2000, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0, date.second ?? 0));
  d.setUTCFullYear(date.year);
  return d;
}

function optionsFor(precision: DatePrecision, style: LabelStyle, bce: boolean, seconds: boolean): Intl.DateTimeFormatOptions {
  const month = style === 'long' ? 'long' : 'short';
  let options: Intl.DateTimeFormatOptions;
  switch (precision) {
    case 'year':
      options = { year: 'numeric' };
      break;
    case 'month':
      options = { year: 'numeric', month };
      break;
    case 'day':
      options = { year: 'numeric', month, day: 'numeric' };
      break;
    case 'instant':
      options = { year: 'numeric', month, day: 'numeric', hour: 'numeric', minute: '2-digit' };
      if (seconds) options.second = '2-digit';
      break;
  }
  // Astronomical year 0 is 1 BCE: the era is what tells "44 BC" from "44".
  if (bce) options.era = 'short';
  return options;
}

/** `UTC`, `UTC+4`, `UTC+5:30`, `UTC-3`: the offset the document stated, never the reader's zone. */
function formatOffset(offsetMinutes: number | undefined): string {
  if (!offsetMinutes) return 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * Labels a date at the precision it was written with: `2021`, `May 2021`,
 * `11 May 2021`, or for an instant its wall-clock time with the stated offset
 * (`11 May 2021, 10:00 UTC+4`), in the locale's own order and words.
 */
export function formatTimelineDate(date: TimelineDate, locale: DateLocale, style: LabelStyle = 'long'): string {
  const options = optionsFor(date.precision, style, date.year <= 0, !!date.second);
  const text = getFormatter(locale, options).format(toCalendarDate(date));
  return date.precision === 'instant' ? `${text} ${formatOffset(date.offsetMinutes)}` : text;
}

/** The event's date, or its span as a range that the locale collapses (`9–11 November 2020`). */
export function formatEventDate(event: TimelineEvent, locale: DateLocale, style: LabelStyle = 'long'): string {
  const { date, end } = event;
  if (!end || end.iso === date.iso) return formatTimelineDate(date, locale, style);
  const sameOffset = date.precision !== 'instant' || (date.offsetMinutes ?? 0) === (end.offsetMinutes ?? 0);
  if (date.precision === end.precision && sameOffset) {
    const options = optionsFor(date.precision, style, date.year <= 0 || end.year <= 0, !!date.second || !!end.second);
    const formatter = getFormatter(locale, options);
    const start = toCalendarDate(date);
    const text = formatter.formatRange(start, toCalendarDate(end));
    if (date.precision === 'instant') return `${text} ${formatOffset(date.offsetMinutes)}`;
    // A range must read like the date alone, every letter and mark of it kept. ICU has no range
    // in words for some locales and falls back to numbers (Japanese and Chinese
    // 2020/12/14～2020/12/22, while a date alone is 2020年12月14日): two whole dates read better.
    if ([...formatter.format(start)].every((character) => text.includes(character))) return text;
  }
  return formatTimelineDate(date, locale, style) + RANGE_SEPARATOR + formatTimelineDate(end, locale, style);
}

/** The same calendar moment a year later. */
function addYear(date: Date): Date {
  const next = new Date(+date);
  next.setUTCFullYear(date.getUTCFullYear() + 1);
  return next;
}

type TickLevel = 'year' | 'month' | 'day' | 'time';

function tickLevel(ticks: readonly Date[], step: number): TickLevel {
  const midnight = (d: Date) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  if (!ticks.every(midnight)) return 'time';
  if (step < DAY * 0.99 || !ticks.every((d) => d.getUTCDate() === 1)) return 'day';
  // A single 1 January tick on a month-level axis is still a month.
  if (step < 28 * DAY || !ticks.every((d) => d.getUTCMonth() === 0)) return 'month';
  return step < 360 * DAY ? 'month' : 'year';
}

/**
 * Axis ticks labelled at the grain of the tick interval: years (`2021`),
 * months (`May`, with the year on January and on the first tick unless the
 * next is January), days (`11 May`, with the year on the first tick, unless the
 * next starts a year, and where it changes), or times.
 */
export function computeTicks(scale: TimeScale, count: number, locale: DateLocale): Tick[] {
  const ticks = scale.ticks(count);
  const [d0, d1] = scale.domain() as [Date, Date];
  const step = ticks.length >= 2 ? +ticks[1]! - +ticks[0]! : Math.abs(+d1 - +d0);
  const level = tickLevel(ticks, step);
  // There is no year 0, so the round astronomical year -1200 is 1201 BC. With years between the
  // ticks, one before the era stands a year later, where it reads 1200 BC (year 0 becomes AD 1).
  const dates =
    level === 'year' && step > 1.5 * 365 * DAY ? ticks.map((date) => (date.getUTCFullYear() <= 0 ? addYear(date) : date)) : ticks;
  return dates.map((date, i) => {
    const year = date.getUTCFullYear();
    const previous = i > 0 ? dates[i - 1]! : undefined;
    // The first tick names its year, unless the next one starts a year and names it: "Oct | Jan 2021",
    // as two years side by side ("Oct 2020 | Jan 2021") collide on a phone, in longer languages first.
    const newYear = previous ? previous.getUTCFullYear() !== year : (dates[1] ?? date).getUTCFullYear() === year;
    let options: Intl.DateTimeFormatOptions;
    switch (level) {
      case 'year':
        options = { year: 'numeric' };
        break;
      case 'month':
        options = newYear ? { year: 'numeric', month: 'short' } : { month: 'short' };
        break;
      case 'day':
        options = newYear ? { year: 'numeric', month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric' };
        break;
      case 'time': {
        const newDay = !previous || Math.floor(+previous / DAY) !== Math.floor(+date / DAY);
        options = newDay ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } : { hour: '2-digit', minute: '2-digit' };
        break;
      }
    }
    if (options.year && year <= 0) options.era = 'short';
    const major = date.getUTCMonth() === 0 && date.getUTCDate() === 1 && date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
    return { value: +date, label: getFormatter(locale, options).format(date), major };
  });
}
