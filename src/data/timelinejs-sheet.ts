/**
 * TimelineJS Google Sheets, read as CSV (the sheet's "Publish to the web" CSV link, or a
 * downloaded `.csv`), in the template's columns:
 *
 * `Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline,
 * Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background`
 *
 * in any order. As TimelineJS does, a column is found by its header trimmed and written
 * exactly as in the template; `Tag` is read as `Group` and `Alt Text` as the media's alt text
 * (both as TimelineJS reads them). Each row becomes a TimelineJS event and the events go
 * through `fromTimelineJS`, so a sheet maps exactly like TimelineJS JSON: precision from the
 * filled columns (`Year` → `2021`, `Year` + `Month` → `2021-05`, a `Time` → a date-time),
 * `Group` → parties, `Headline` → title, `Text` → summary, `Media` → image or source. The row
 * of `Type` `title` gives the timeline's title and description; `Type` `era` rows, `Background`
 * and other parts without a place in this format are warnings located by spreadsheet row and
 * column (`row 5, column "Background"`), the header being row 1.
 */
import { EMPTY_CSV, formatCell, readCsvTable } from './csv.js';
import { findLooseMatch, TIMELINEJS_SHEET_COLUMNS } from './csv-dialect.js';
import { fromTimelineJS, type ConversionOptions, type ConversionResult } from './timelinejs.js';
import { collectWarnings, quote, relocateConversion, type Warn } from './conversion.js';

type Row = { readonly [key: string]: unknown };
type Column = (typeof TIMELINEJS_SHEET_COLUMNS)[number] | 'Tag' | 'Alt Text';

const KNOWN_COLUMNS: readonly string[] = [...TIMELINEJS_SHEET_COLUMNS, 'Tag', 'Alt Text'];

/**
 * The columns of a slide's parts other than its dates, and where each goes in the TimelineJS
 * slide; a part's first column is where the part as a whole (`text`, `media`) came from.
 */
const SLIDE_COLUMNS: readonly (readonly [Column, string])[] = [
  ['Text', 'text.text'],
  ['Headline', 'text.headline'],
  ['Media', 'media.url'],
  ['Media Credit', 'media.credit'],
  ['Media Caption', 'media.caption'],
  ['Media Thumbnail', 'media.thumbnail'],
  ['Alt Text', 'media.alt'],
  ['Group', 'group'],
  ['Display Date', 'display_date'],
  ['Background', 'background'],
  ['Type', 'type'],
];

/** The column a field of a TimelineJS event (`.start_date.hour`, `.media.url`) came from (`Time`, `Media`). */
function findColumn(rest: string): Column | undefined {
  const [, key, part = ''] = /^\.(\w+)\.?(\w*)/.exec(rest) ?? [];
  const date = /^(start|end)_date$/.exec(key ?? '');
  if (date) {
    const unit = part === 'month' ? 'Month' : part === 'day' ? 'Day' : /^(?:hour|minute|second|millisecond)$/.test(part) ? 'Time' : 'Year';
    return `${date[1] === 'end' ? 'End ' : ''}${unit}`;
  }
  return (SLIDE_COLUMNS.find(([, path]) => path === `${key}.${part}`) ?? SLIDE_COLUMNS.find(([, path]) => path.split('.')[0] === key))?.[0];
}

/**
 * Reads a TimelineJS `Time` cell as TimelineJS does: `14:30`, `2:30 PM`, `1430`, `14.30`,
 * `14:30:15.250`; undefined when it is not a time.
 */
export function parseSheetTime(text: string): { hour: number; minute?: number; second?: number; millisecond?: number } | undefined {
  const match = /^(.*?)\s*([ap])\.?m\.?$/i.exec(text.trim());
  const period = match?.[2]?.toLowerCase();
  const clock = (match ? match[1]! : text).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(clock);
  const parts = compact ? compact.slice(1) : clock.includes(':') ? clock.split(':') : clock.split('.');
  if (parts.length > 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const [clockHour, minute, second, millisecond] = parts.map(Number) as [number, number?, number?, number?];
  let hour = clockHour;
  if (period === 'p' && hour !== 12) hour += 12;
  else if (period === 'a' && hour === 12) hour = 0;
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return {
    hour,
    ...(minute !== undefined ? { minute } : {}),
    ...(second !== undefined ? { second } : {}),
    ...(millisecond !== undefined ? { millisecond } : {}),
  };
}

/** TimelineJS drops spaces and thousands separators from its number cells (`2,021` is 2021). */
const cleanInteger = (text: string): string => text.replace(/[\s,]+/g, '');

/**
 * Converts CSV text in the TimelineJS sheet template's columns to an entente-timeline
 * document, through the TimelineJS converter; faults are located by row and column.
 */
export function fromTimelineJSSheet(text: string, options: ConversionOptions = {}): ConversionResult {
  const [warnings, warn] = collectWarnings();
  const recognise = (header: string): Column | undefined => {
    if (KNOWN_COLUMNS.includes(header)) return header as Column;
    const hint = findLooseMatch(header, KNOWN_COLUMNS);
    warn(
      `column ${quote(header)}`,
      'unknown-column',
      hint ? `TimelineJS reads this column only when written ${quote(hint)}; ignored` : 'not a column of the TimelineJS template; ignored',
    );
  };
  const { headerRow, columnIndex, records } = readCsvTable(text, recognise, warn);
  const groupColumn: Column = columnIndex.has('Group') || !columnIndex.has('Tag') ? 'Group' : 'Tag';

  // The TimelineJS document the sheet stands for, and for each of its events the sheet row.
  const events: Row[] = [];
  const eventRows: number[] = [];
  let title: Row | undefined;
  let titleRow = 0;
  for (const { row, cell } of records) {
    const at = (column: Column): string => formatCell(row, column);
    const slide = readSlide(cell, at, groupColumn, warn);
    const type = cell('Type').toLowerCase();
    if (type === 'era') {
      warn(at('Type'), 'not-mapped', 'an era is not mapped: this timeline has no eras; this row is left out');
    } else if (type === 'title' && !title) {
      // The title slide's date is usually blank; an empty one is no date to warn about.
      if (!Object.keys(slide.start_date as Row).length) delete slide.start_date;
      title = slide;
      titleRow = row;
    } else {
      if (type === 'title') warn(at('Type'), 'duplicate-title', `row ${titleRow} is the title already; this row is read as an event`);
      else if (type) warn(at('Type'), 'not-mapped', `${quote(cell('Type'))} is not a TimelineJS row type (title or era); read as an event`);
      events.push({ ...slide, unique_id: `row-${row}` });
      eventRows.push(row);
    }
  }

  const conversion = fromTimelineJS(title ? { title, events } : { events }, options);
  /** A path in the TimelineJS document (`events[3].media.url`) → its cell (`row 6, column "Media"`). */
  const locateInSheet = (path: string): string => {
    const item = /^events\[(\d+)\]/.exec(path) ?? /^title/.exec(path);
    if (!item) return path === 'events' ? `column ${quote(groupColumn)}` : path;
    const row = item[1] === undefined ? titleRow : eventRows[Number(item[1])];
    if (row === undefined) return path;
    const rest = path.slice(item[0].length);
    const column = findColumn(rest);
    return formatCell(row, column === 'Group' ? groupColumn : column);
  };
  if (!headerRow) return { ...conversion, warnings, error: EMPTY_CSV };
  return relocateConversion(conversion, warnings, locateInSheet);
}

/** One sheet row as a TimelineJS slide, with only the parts that are filled in. */
function readSlide(
  cell: (column: Column) => string,
  at: (column: Column) => string,
  groupColumn: Column,
  warn: Warn,
): Record<string, unknown> {
  const readDate = (prefix: '' | 'End '): Row | undefined => {
    const year = cell(`${prefix}Year`);
    const date: Record<string, unknown> = {};
    if (year) date.year = cleanInteger(year);
    if (cell(`${prefix}Month`)) date.month = cleanInteger(cell(`${prefix}Month`));
    if (cell(`${prefix}Day`)) date.day = cleanInteger(cell(`${prefix}Day`));
    const timeText = cell(`${prefix}Time`);
    if (timeText) {
      const time = parseSheetTime(timeText);
      if (time) Object.assign(date, time);
      else warn(at(`${prefix}Time`), 'invalid-date', `${quote(timeText)} is not a time such as 14:30 or 2:30 PM; ignored`);
    }
    if (prefix && !year) {
      if (Object.keys(date).length) warn(at('End Year'), 'required', 'an end needs an End Year; the end is ignored');
      return undefined;
    }
    return date;
  };
  const slide: Record<string, unknown> = {};
  const start = readDate('');
  if (start) slide.start_date = start;
  const end = readDate('End ');
  if (end) slide.end_date = end;
  for (const [column, path] of SLIDE_COLUMNS) {
    const value = cell(column === 'Group' ? groupColumn : column);
    const [key, part] = path.split('.') as [string, string?];
    // The row's type is read by the caller.
    if (!value || column === 'Type') continue;
    if (part) ((slide[key] ??= {}) as Record<string, string>)[part] = value;
    else slide[key] = value;
  }
  return slide;
}
