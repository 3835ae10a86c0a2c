/**
 * How a spreadsheet's CSV export is written: the delimiter, the byte-order mark, the columns of
 * the TimelineJS template. Spreadsheets write `,` in English, `;` where the comma is the
 * decimal separator (Excel in most of Europe) and tab when copied or saved as TSV; they may
 * start with a byte-order mark and end lines with CR LF.
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

/**
 * The name in `names` that `header` spells in another case or spacing (`end  year` → `End Year`):
 * TimelineJS reads a column only when written as its template does, so this is for hints.
 */
export function findLooseMatch(header: string, names: readonly string[]): string | undefined {
  const loose = header.trim().replace(/\s+/g, ' ').toLowerCase();
  return names.find((name) => name.toLowerCase() === loose);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The rows of CSV text (RFC 4180) split at `delimiter`: a field that starts with `"` runs to the
 * next lone `"`, past delimiters and line breaks, with `""` read as `"`; line ends are LF, CR LF
 * or CR, and a line end closing the text ends no row. With `firstFilledRow`, reading stops after
 * the first row that is not blank (the header).
 */
export function parseCsvRows(text: string, delimiter: CsvDelimiter, firstFilledRow = false): string[][] {
  // A quoted field (and any text after its closing quote), or a plain one.
  const field = new RegExp(`"((?:[^"]|"")*)"?([^${delimiter}\\n\\r]*)|[^${delimiter}\\n\\r]*`, 'y');
  const end = text.length - (text.endsWith('\r\n') ? 2 : /[\n\r]$/.test(text) ? 1 : 0);
  const rows: string[][] = [];
  let row: string[] = [];
  for (let index = 0; text;) {
    field.lastIndex = index;
    const match = field.exec(text)!;
    row.push(match[1] === undefined ? match[0] : match[1].replace(/""/g, '"') + match[2]);
    index = field.lastIndex;
    if (index < end && text[index] === delimiter) {
      index++;
      continue;
    }
    rows.push(row);
    if (index >= end || (firstFilledRow && row.some((cell) => cell.trim()))) break;
    row = [];
    index += text.startsWith('\r\n', index) ? 2 : 1;
  }
  return rows;
}

/**
 * Picks the delimiter from the header (the first row that is not blank): the one of `,` `;`
 * and tab that splits it into the most fields (a header names columns, so it holds no unquoted
 * delimiter of another kind more often than its own); `,` when none splits it.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 1;
  for (const delimiter of DELIMITERS) {
    const count = parseCsvRows(text, delimiter, true).pop()?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}
