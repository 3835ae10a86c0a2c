/**
 * The one place that tells which format an input is in, for the element's loader (before it
 * loads the converters) and for `parseInput` alike. It ships in the element's own file, so it
 * is small and depends on nothing; the converters read the rows (and sniff the delimiter) later.
 *
 * In order:
 * 1. an object (the `data` property) is told by its shape;
 * 2. text served as CSV (`text/csv` and its aliases), or from a CSV address (`….csv`, a
 *    spreadsheet's export link: `pub?output=csv`, `export?format=csv`, `tqx=out:csv`), is CSV;
 * 3. other text is parsed as JSON and told by its shape;
 * 4. text that is not JSON is CSV when its header names known columns (`date` and `title`, or
 *    the TimelineJS template's `Year` with `Headline`, `Text`, `Media` or `Group`) or when it
 *    looks like a table (its first two lines both hold `,` `;` or a tab), so that a sheet with
 *    unknown columns is explained as a CSV, not as broken JSON;
 * 5. anything else is `json`, which `parseTimeline` then explains.
 * CSV is `timelinejs-sheet` when its header is the TimelineJS template's, else `csv`.
 */

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
const DELIMITER = /[,;\t]/;

/** A JSON object (not null, not an array). The converters use this one too: see conversion.ts. */
export function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `.csv` or `.tsv` file, or a spreadsheet's CSV export link (`…/pub?output=csv`, `…/export?format=csv`). */
function isCsvUrl(url: string): boolean {
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

/** The first two lines that are not blank. */
function readFirstLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .filter((line) => line.trim())
    .slice(0, 2);
}

/**
 * The header's column names, trimmed and unquoted. To recognise a header it is enough to split
 * at every delimiter: column names hold none (the converters sniff the delimiter properly).
 */
function readHeader(text: string): string[] {
  return (readFirstLines(text)[0] ?? '').split(DELIMITER).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/**
 * The TimelineJS template's header: TimelineJS finds a column by its header trimmed and written
 * exactly as in the template, and a sheet has `Year` and at least one of these.
 */
function isTimelineJSSheetHeader(cells: readonly string[]): boolean {
  return cells.includes('Year') && ['Headline', 'Text', 'Media', 'Group'].some((column) => cells.includes(column));
}

/** The format of CSV text, by its header. */
function recogniseCsv(text: string): InputFormat {
  return isTimelineJSSheetHeader(readHeader(text)) ? 'timelinejs-sheet' : 'csv';
}

/**
 * The format of an input and, for text, what to read: the parsed JSON value (so that JSON is
 * parsed once) or the text itself.
 */
export function recogniseInput(input: unknown, hint: InputHint = {}): { format: InputFormat; value: unknown } {
  if (typeof input !== 'string') return { format: recogniseShape(input), value: input };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if ((hint.contentType && CSV_TYPES.test(hint.contentType)) || (hint.url && isCsvUrl(hint.url))) {
    return { format: recogniseCsv(text), value: text };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const header = readHeader(text);
    if (isTimelineJSSheetHeader(header)) return { format: 'timelinejs-sheet', value: text };
    const names = new Set(header.map((cell) => cell.toLowerCase()));
    const lines = readFirstLines(text);
    const tabular = !/^\s*[[{<]/.test(text) && lines.length === 2 && lines.every((line) => DELIMITER.test(line));
    if ((names.has('date') && names.has('title')) || tabular) return { format: 'csv', value: text };
    // Not JSON and not a table: the original text goes on, for parseTimeline's message.
    return { format: 'json', value: input };
  }
  return { format: recogniseShape(value), value };
}

/**
 * Tells which format an input (text, or a parsed object) is in: `json`, `timelinejs`,
 * `timelinejs2`, `timelinejs-sheet` or `csv`; see the rules at the top of this module.
 * `hint` is what a fetch knows: `detectFormat(text, { url, contentType })`.
 */
export function detectFormat(input: unknown, hint: InputHint = {}): InputFormat {
  return recogniseInput(input, hint).format;
}
