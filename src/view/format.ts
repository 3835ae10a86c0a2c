import { parseDate } from '../data/dates.js';
import { DISPLAY_TEXT_LIMIT } from '../data/parse.js';
import { createLocaleDates, formatTimelineDate, type LocaleDates } from '../layout/labels.js';
import { shortenText, splitGraphemes } from '../layout/text.js';
import { whenIdle } from './idle.js';

/** Shortens text for places with little room (accessible names, labels): `limit` graphemes and an ellipsis. The detail card keeps it whole. */
export const shorten = (text: string, limit = DISPLAY_TEXT_LIMIT): string => shortenText(text, limit + 1);

/** The page's number formatters, one per locale and style: Intl formatters are slow to create and every zoom frame formats counts. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: string, value: number, compact = false): string {
  const key = `${locale}|${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {});
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * The page's date formatters, one set per locale, shared by every view and by all that formats
 * dates in it (the axis, the accessible names, the preview, the card, the list): a new document,
 * width or filter needs the same formatters, and each takes a millisecond or more to make on a phone.
 */
const localeDates = new Map<string, LocaleDates>();

export function getLocaleDates(locale: string): LocaleDates {
  let dates = localeDates.get(locale);
  if (!dates) localeDates.set(locale, (dates = createLocaleDates(locale)));
  return dates;
}

/** The page's list formatters, one per locale, for "Russia, Azerbaijan and Armenia". */
const listFormats = new Map<string, Intl.ListFormat>();

export function formatList(locale: string, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

let intlWarmed = false;

/**
 * The first Intl formatter a page creates loads ICU's data, which takes tens of
 * milliseconds on a phone. Creating the formatters a render needs while the page
 * is idle (the element is near the viewport and its data is usually still on the
 * way) keeps that out of the first render. Once per page.
 */
export function warmIntl(locale: string): void {
  if (intlWarmed) return;
  intlWarmed = true;
  whenIdle(() => prepareIntl(locale));
}

/** Makes now the formatters of `locale` that a render uses (each is kept: see above). */
export function prepareIntl(locale: string): void {
  formatNumber(locale, 0);
  const day = parseDate('2000-01-01');
  if (day) formatTimelineDate(day, getLocaleDates(locale));
  formatList(locale, []);
  // Text that is not ASCII is cut by graphemes: the segmenter (made on first use) loads its rules now.
  splitGraphemes('\u00e9');
}
