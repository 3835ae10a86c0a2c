/**
 * Spreadsheets, read as CSV (a sheet's "publish to web as CSV" link, or a downloaded `.csv`).
 *
 * One row per event, under a header row. Column names are matched ignoring case, spaces and
 * hyphens (`Source title` is `source_title`); columns may come in any order.
 *
 * | column         | meaning                                                                 |
 * | -------------- | ----------------------------------------------------------------------- |
 * | `date`         | required: ISO 8601, precision kept (`2021`, `2021-05`, `2021-05-11`, `2021-05-11T10:00+04:00`) |
 * | `end`          | when a span ended                                                       |
 * | `title`        | required: the headline                                                  |
 * | `parties`      | required: party ids or names separated by `;` (`Russia; Azerbaijan`)    |
 * | `kind`         | `visit`, `meeting`, `call`, `statement`, `agreement`, `summit` or `other` |
 * | `summary`      | a few sentences, plain text                                             |
 * | `location`     | `Baku` or `Baku, Azerbaijan` (the text after the last comma is the country) |
 * | `source_title`, `source_url` | one source                                                |
 * | `image_url`, `image_alt`     | one picture                                               |
 * | `id`           | optional event id; else `row-2`, `row-3`, … by spreadsheet row          |
 * | `importance`   | optional: 1 minor, 2 normal, 3 major                                    |
 *
 * Parties are created from the names used (`Russia` becomes the party `russia`; `United
 * States [US]` becomes `united-states` with the short name `US`), unless a party table is given
 * (`fromCsv(text, { parties })`), in which case each name must be a party's id, name or short
 * name (a short name in brackets is then ignored: the table has the last word).
 *
 * The delimiter is taken from the header line (`,`, `;` as Excel writes in most of Europe, or
 * tab); a byte-order mark and CR LF line ends are read as spreadsheets write them. Faults are located as the spreadsheet shows them: the
 * header is row 1, so the first event is row 2 (`row 3, column "date"`).
 */
import type { Party as PartyInput, TimelineDocument, TimelineEventInput } from './document-types.js';
import type { EventKind, Fault } from './model.js';
import type { ConversionResult } from './conversion.js';
import { collectWarnings, quote, type Warn } from './conversion.js';
import { PartyRegistry, splitPartyName } from './party-registry.js';
import { parseCsvRows, sniffDelimiter, stripBom, TIMELINEJS_SHEET_COLUMNS, type CsvDelimiter } from './csv-dialect.js';

export interface CsvOptions {
  /** A party table (as in a JSON document's `parties`): names in the `parties` column refer to it. */
  readonly parties?: readonly PartyInput[];
}

/** The documented columns, in the order of the template. */
export const CSV_COLUMNS = [
  'date',
  'end',
  'title',
  'parties',
  'kind',
  'summary',
  'location',
  'source_title',
  'source_url',
  'image_url',
  'image_alt',
  'id',
  'importance',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['date', 'title', 'parties'];
const KINDS: readonly EventKind[] = ['visit', 'meeting', 'call', 'statement', 'agreement', 'summit', 'other'];

/**
 * The column a field of a converted event came from: its own name, but for the source and
 * the image, whose parts have a column each (`sources[0].title` → `source_title`).
 */
function findColumn(rest: string): Column | undefined {
  const [, field, part] = /^(\w+)(?:\[\d+\])?\.?(\w*)/.exec(rest) ?? [];
  if (field === 'sources') return part === 'title' ? 'source_title' : 'source_url';
  if (field === 'image') return part === 'alt' ? 'image_alt' : 'image_url';
  return CSV_COLUMNS.find((column) => column === field);
}

function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Warns about a row that does not fit under its header: more cells than the header has (most
 * often a cell holding the delimiter unquoted, `Israel; UAE` in a `;` file, which shifts the rest
 * of the row into the wrong columns; spreadsheets export every row as wide as the header), or
 * text under a blank heading, which no column reads and which would otherwise vanish unsaid.
 */
function warnHeadlessCells(cells: readonly string[], headers: readonly string[], row: number, delimiter: CsvDelimiter, warn: Warn): void {
  if (cells.length > headers.length) {
    const name = delimiter === '\t' ? 'tab' : quote(delimiter);
    return warn(
      formatCell(row),
      'extra-cells',
      `${cells.length} cells under ${headers.length} columns: is a ${name} in a cell not quoted?`,
    );
  }
  const headless = cells.find((cell, index) => cell.trim() && !headers[index]);
  if (headless) warn(formatCell(row), 'unknown-column', `${quote(headless.trim())} is under no column name; ignored`);
}

/** A CSV table's header and its filled rows, each with its spreadsheet row number (the header's is `headerRow`). */
export interface CsvTable<Column extends string> {
  /** The header row's cells, trimmed; none when every row is blank. */
  readonly headers: string[];
  readonly headerRow: number;
  readonly columnIndex: ReadonlyMap<Column, number>;
  readonly records: { readonly row: number; readonly cell: (column: Column) => string }[];
}

export const EMPTY_CSV: Fault = { path: '', code: 'empty', message: 'the CSV is empty: it needs a header row and a row per event' };

/**
 * Reads CSV text as a table under its header (the first row that is not blank: spreadsheets
 * export blank rows between sections and at the end). `recognise` gives the column a header
 * names, or warns about it and returns nothing; a column named twice is warned about and its
 * first one is read.
 */
export function readCsvTable<Column extends string>(
  text: string,
  recognise: (header: string) => Column | undefined,
  warn: Warn,
): CsvTable<Column> {
  // As spreadsheets export it: maybe a byte-order mark, CR LF or LF, the delimiter of the header line.
  const body = stripBom(text);
  const delimiter = sniffDelimiter(body);
  const rows = parseCsvRows(body, delimiter);
  const isFilled = (row: readonly string[]): boolean => row.some((cell) => cell.trim());
  const headerIndex = rows.findIndex(isFilled);
  const headers = rows[headerIndex]?.map((header) => header.trim()) ?? [];
  const columnIndex = new Map<Column, number>();
  headers.forEach((header, index) => {
    const column = header ? recognise(header) : undefined;
    if (column === undefined) return;
    if (columnIndex.has(column)) warn(`column ${quote(header)}`, 'duplicate-column', 'this column appears twice; the first one is used');
    else columnIndex.set(column, index);
  });
  const records: CsvTable<Column>['records'] = [];
  for (let r = headerIndex + 1; headerIndex >= 0 && r < rows.length; r++) {
    const cells = rows[r]!;
    if (!isFilled(cells)) continue;
    warnHeadlessCells(cells, headers, r + 1, delimiter, warn);
    const cell = (column: Column): string => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    records.push({ row: r + 1, cell });
  }
  return { headers, headerRow: headerIndex + 1, columnIndex, records };
}

/** `row 3, column "date"`: a fault's place as a spreadsheet shows it. */
export function formatCell(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${quote(column)}`;
}

/**
 * Converts CSV text (with a header row) to an entente-timeline document. Each problem is a
 * warning located by spreadsheet row and column; a row that cannot become an event is left
 * out. Without a header naming `date`, `title` and `parties` there is an `error`.
 */
export function fromCsv(text: string, options: CsvOptions = {}): ConversionResult {
  const [warnings, warn] = collectWarnings();
  const registry = new PartyRegistry();
  const table = options.parties;
  const events: TimelineEventInput[] = [];
  const document: TimelineDocument = { version: 1, parties: table ? [...table] : registry.parties, events };
  /** Spreadsheet row of each converted event, and the row that first named each created party. */
  const eventRows: number[] = [];
  const partyRows: number[] = [];
  const headers: string[] = [];
  const headerOf = (column: Column): string => headers.find((header) => normaliseHeader(header) === column) ?? column;
  const locate = (path: string): string => {
    const item = /^events\[(\d+)\]\.?/.exec(path);
    if (item) {
      const row = eventRows[Number(item[1])];
      if (row === undefined) return path;
      const rest = path.slice(item[0].length);
      const column = findColumn(rest);
      return formatCell(row, column && headerOf(column));
    }
    const party = /^parties\[(\d+)\]/.exec(path);
    if (party && !table) {
      const row = partyRows[Number(party[1])];
      return row === undefined ? path : formatCell(row, headerOf('parties'));
    }
    return path;
  };

  const unknownColumns: Fault[] = [];
  const recognise = (header: string): Column | undefined => {
    const column = normaliseHeader(header) as Column;
    if (CSV_COLUMNS.includes(column)) return column;
    const message = `unknown column; ignored (the columns are ${CSV_COLUMNS.join(', ')})`;
    unknownColumns.push({ path: `column ${quote(header)}`, code: 'unknown-column', message });
  };
  const { headers: tableHeaders, headerRow, columnIndex, records } = readCsvTable(text, recognise, warn);
  if (!headerRow) return { document, warnings, locate, error: EMPTY_CSV };
  headers.push(...tableHeaders);
  const missing = REQUIRED.filter((column) => !columnIndex.has(column));
  if (missing.length) {
    // A header that names none of the columns is not this format at all: one fault says so,
    // and what the header does name, instead of one warning per unknown column.
    if (!columnIndex.has('date') && !columnIndex.has('title')) {
      const named = headers
        .filter(Boolean)
        .slice(0, 8)
        .map((header) => quote(header))
        .join(', ');
      const message =
        `no column named date or Year: the header row is not this package's (date, title, parties, …) ` +
        `nor a TimelineJS sheet's (${TIMELINEJS_SHEET_COLUMNS.slice(0, 3).join(', ')}, …, Headline, …)` +
        (named ? `; it names ${named}${headers.filter(Boolean).length > 8 ? ', …' : ''}` : '');
      return { document, warnings, locate, error: { path: formatCell(headerRow), code: 'unknown-header', message } };
    }
    const names = missing.map((column) => quote(column)).join(', ');
    return {
      document,
      warnings: [...warnings, ...unknownColumns],
      locate,
      error: {
        path: formatCell(headerRow),
        code: 'missing-column',
        message: `the header row has no ${names} column${missing.length > 1 ? 's' : ''}; it needs ${REQUIRED.join(', ')}`,
      },
    };
  }
  warnings.push(...unknownColumns);

  // Ids, names and short names of a given party table, compared without case.
  const tableIds = new Map<string, string>();
  for (const party of table ?? []) {
    for (const key of [party.id, party.name, party.short]) {
      if (typeof key === 'string' && key.trim()) {
        const normal = key.trim().toLocaleLowerCase('en');
        if (!tableIds.has(normal)) tableIds.set(normal, party.id);
      }
    }
  }
  // Exact ids first: a table's ids are compared exactly as written.
  for (const party of table ?? []) tableIds.set(party.id, party.id);

  const ids = new Set<string>();
  for (const { row, cell } of records) {
    const at = (column: Column): string => formatCell(row, headerOf(column));

    const title = cell('title');
    const date = cell('date');
    if (!date) {
      warn(at('date'), 'required', 'no date; this row is left out');
      continue;
    }
    if (!title) {
      warn(at('title'), 'required', 'no title; this row is left out');
      continue;
    }

    const parties: string[] = [];
    let unknown = false;
    for (const name of cell('parties').split(';')) {
      const trimmed = table ? splitPartyName(name).name : name.trim();
      if (!trimmed) continue;
      let id: string | undefined;
      if (table) {
        id = tableIds.get(trimmed) ?? tableIds.get(trimmed.toLocaleLowerCase('en'));
        if (id === undefined) {
          warn(at('parties'), 'unknown-party', `${quote(trimmed)} is not a party in the party table; this row is left out`);
          unknown = true;
          continue;
        }
      } else {
        const isNew = !registry.has(trimmed);
        id = registry.idFor(trimmed);
        if (isNew) partyRows.push(row);
      }
      if (!parties.includes(id)) parties.push(id);
    }
    if (unknown) continue;
    if (!parties.length) {
      warn(at('parties'), 'no-parties', 'no party named (separate names with ";"); this row is left out');
      continue;
    }

    const id = cell('id') || `row-${row}`;
    if (ids.has(id)) {
      warn(at('id'), 'duplicate-id', `another row already has the id ${quote(id)}; this row is left out`);
      continue;
    }
    ids.add(id);

    const event: TimelineEventInput = { id, date, title, parties };
    const end = cell('end');
    if (end) event.end = end;
    const kind = cell('kind').toLowerCase();
    if (kind) {
      if ((KINDS as readonly string[]).includes(kind)) event.kind = kind as EventKind;
      else warn(at('kind'), 'invalid-value', `${quote(cell('kind'))} is not one of ${KINDS.join(', ')}; ignored`);
    }
    const summary = cell('summary');
    if (summary) event.summary = summary;
    const location = cell('location');
    if (location) {
      const comma = location.lastIndexOf(',');
      event.location =
        comma > 0 && location.slice(comma + 1).trim()
          ? { name: location.slice(0, comma).trim(), country: location.slice(comma + 1).trim() }
          : { name: location.replace(/,\s*$/, '') };
    }
    const sourceUrl = cell('source_url');
    const sourceTitle = cell('source_title');
    if (sourceUrl) event.sources = [{ ...(sourceTitle ? { title: sourceTitle } : {}), url: sourceUrl }];
    else if (sourceTitle) warn(at('source_title'), 'not-mapped', 'a source title without a source_url is ignored');
    const imageUrl = cell('image_url');
    const imageAlt = cell('image_alt');
    if (imageUrl) event.image = { url: imageUrl, ...(imageAlt ? { alt: imageAlt } : {}) };
    else if (imageAlt) warn(at('image_alt'), 'not-mapped', 'image_alt without an image_url is ignored');
    const importance = cell('importance');
    if (importance) {
      if (importance === '1' || importance === '2' || importance === '3') event.importance = Number(importance) as 1 | 2 | 3;
      else warn(at('importance'), 'invalid-value', `${quote(importance)} is not 1, 2 or 3; ignored`);
    }
    events.push(event);
    eventRows.push(row);
  }
  return { document, warnings, locate };
}
