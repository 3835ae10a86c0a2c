/**
 * The one place that tells which format an input is in, for the element's loader (before it
 * loads the converters) and for `parseInput` alike. It depends on nothing heavy: it ships in
 * the element's own file.
 *
 * In order:
 * 1. an object (the `data` property) is told by its shape;
 * 2. text served as CSV (`text/csv` and its aliases), or from a CSV address (`….csv`, a
 *    spreadsheet's export link: `pub?output=csv`, `export?format=csv`, `tqx=out:csv`), is CSV;
 * 3. other text is parsed as JSON and told by its shape;
 * 4. text that is not JSON is CSV when its header names known columns (`date` and `title`,
 *    or the TimelineJS template's `Year` and `Headline`…) or it looks like a table (its first
 *    two lines hold the same delimiter), so that a sheet with unknown columns is explained as a
 *    CSV, not as broken JSON;
 * 5. anything else is `json`, which `parseTimeline` then explains.
 * CSV is then `timelinejs-sheet` when the header is the TimelineJS template's, else `csv`.
 */
import { isOwnCsvHeader, isTimelineJSSheetHeader, looksTabular, readHeaderCells, stripBom } from './csv-dialect.js';

/** Where the input came from, when known: its URL and the server's `Content-Type`. */
export interface InputHint {
  readonly url?: string;
  readonly contentType?: string | null;
}

/**
 * `json`: this package's format (and anything unrecognised); `timelinejs`: TimelineJS3 JSON;
 * `timelinejs2`: TimelineJS2 JSON (`{"timeline": {"date": […]}}`); `timelinejs-sheet`: a CSV
 * in the TimelineJS Google Sheets template's columns; `csv`: this package's CSV columns.
 */
export type InputFormat = 'json' | 'timelinejs' | 'timelinejs2' | 'timelinejs-sheet' | 'csv';

const CSV_TYPES = /^\s*(?:text\/csv|application\/csv|text\/comma-separated-values|text\/tab-separated-values)\b/i;

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `.csv` or `.tsv` file, or a spreadsheet's CSV export link (`…/pub?output=csv`, `…/export?format=csv`). */
export function isCsvUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://localhost/');
  } catch {
    return false;
  }
  if (/\.[ct]sv$/i.test(parsed.pathname)) return true;
  const params = parsed.searchParams;
  return params.get('output') === 'csv' || params.get('format') === 'csv' || params.get('tqx') === 'out:csv';
}

/** The format of a parsed JSON value, by its shape. */
function recogniseShape(value: unknown): InputFormat {
  if (!isObject(value) || 'version' in value || 'parties' in value) return 'json';
  if (Array.isArray(value.events) && value.events.some((event) => isObject(event) && isObject(event.start_date))) return 'timelinejs';
  if (isObject(value.title) && isObject(value.title.text)) return 'timelinejs';
  const timeline = value.timeline;
  if (isObject(timeline) && (Array.isArray(timeline.date) || 'headline' in timeline)) return 'timelinejs2';
  return 'json';
}

function recogniseCsv(text: string): InputFormat {
  return isTimelineJSSheetHeader(readHeaderCells(text).cells) ? 'timelinejs-sheet' : 'csv';
}

/**
 * The format of an input and, for text, what to read: the parsed JSON value (so that JSON is
 * parsed once) or the text itself, without a byte-order mark.
 */
export function recogniseInput(input: unknown, hint: InputHint = {}): { format: InputFormat; value: unknown } {
  if (typeof input !== 'string') return { format: recogniseShape(input), value: input };
  const text = stripBom(input);
  if ((hint.contentType && CSV_TYPES.test(hint.contentType)) || (hint.url && isCsvUrl(hint.url))) {
    return { format: recogniseCsv(text), value: text };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const cells = readHeaderCells(text).cells;
    if (isTimelineJSSheetHeader(cells)) return { format: 'timelinejs-sheet', value: text };
    if (isOwnCsvHeader(cells) || looksTabular(text)) return { format: 'csv', value: text };
    // Not JSON and not a table: the original text goes on, for parseTimeline's message.
    return { format: 'json', value: input };
  }
  return { format: recogniseShape(value), value };
}

/** Tells which format an input (text, or a parsed object) is in; see the rules at the top of this module. */
export function detectFormat(input: unknown, hint: InputHint = {}): InputFormat {
  return recogniseInput(input, hint).format;
}
