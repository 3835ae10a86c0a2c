/**
 * What a spreadsheet's CSV export looks like before it is read: which delimiter it uses and
 * which columns its header row names. Spreadsheets write `,` in English, `;` where the comma
 * is the decimal separator (Excel in most of Europe) and tab when copied or saved as TSV; they
 * may start with a byte-order mark and end lines with CR LF.
 *
 * This module reads only the header line and has no dependency, so the format detector can
 * use it in the element's own file; the rows are read by the converters.
 */

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** The columns of the TimelineJS Google Sheets template, as its header row writes them. */
export const TIMELINEJS_SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The first non-blank line of CSV text, running on past line breaks inside quotes, with the
 * number of each delimiter found outside quotes; `end` is where the line ends in `text`.
 */
function scanLine(text: string, from: number): { line: string; end: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let quoted = false;
  let index = from;
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return { line: text.slice(from, index), end: index, counts };
}

/** The first line that is not blank, and the line after it, as scanned by `scanLine`. */
function scanFirstLines(text: string): ReturnType<typeof scanLine>[] {
  const lines: ReturnType<typeof scanLine>[] = [];
  let index = 0;
  while (lines.length < 2 && index < text.length) {
    const scanned = scanLine(text, index);
    if (scanned.line.trim()) lines.push(scanned);
    index = scanned.end + (text.startsWith('\r\n', scanned.end) ? 2 : 1);
  }
  return lines;
}

/**
 * Picks the delimiter from the header line: the one of `,` `;` and tab that occurs most often
 * outside quotes (a header names columns, so it holds no unquoted delimiter of another kind
 * more often than its own); `,` when there is none.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const [header] = scanFirstLines(stripBom(text));
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header?.counts.get(delimiter) ?? 0;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** Splits one CSV line (no line breaks outside quotes) into its cells, unquoted. */
function splitLine(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (line[index + 1] === '"') cell += line[++index];
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The cells of the header row (the first non-blank line), trimmed, with the delimiter used. */
export function readHeaderCells(text: string): { cells: string[]; delimiter: CsvDelimiter } {
  const delimiter = sniffDelimiter(text);
  const [header] = scanFirstLines(stripBom(text));
  return { cells: header ? splitLine(header.line, delimiter).map((cell) => cell.trim()) : [], delimiter };
}

/**
 * Whether the header names TimelineJS template columns: TimelineJS reads a column by its header
 * trimmed and exactly as the template writes it (`Year`, `End Year`, `Media Caption`), and a
 * sheet needs `Year` with at least one of `Headline`, `Text`, `Media` and `Group`.
 */
export function isTimelineJSSheetHeader(cells: readonly string[]): boolean {
  return cells.includes('Year') && ['Headline', 'Text', 'Media', 'Group'].some((column) => cells.includes(column));
}

/** Whether the header names this package's CSV columns `date` and `title` (any case, spaces). */
export function isOwnCsvHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map((cell) => cell.toLowerCase()));
  return names.has('date') && names.has('title');
}

/**
 * Whether text that is not JSON looks like a table: its first two non-blank lines both hold
 * the same delimiter outside quotes, and it does not start like JSON or HTML. A one-line text
 * with a comma ("hello, world") is not a table.
 */
export function looksTabular(text: string): boolean {
  const stripped = stripBom(text);
  if (/^\s*[[{<]/.test(stripped)) return false;
  const lines = scanFirstLines(stripped);
  if (lines.length < 2) return false;
  const delimiter = sniffDelimiter(stripped);
  return lines.every((line) => (line.counts.get(delimiter) ?? 0) > 0);
}
