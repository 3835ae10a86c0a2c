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

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The line of CSV text that starts at `from`, running on past line breaks inside quotes, with
 * the number of each delimiter found outside quotes; `end` is where the line ends in `text`.
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

/** The first line that is not blank, as scanned by `scanLine`. */
function scanHeaderLine(text: string): ReturnType<typeof scanLine> | undefined {
  for (let index = 0; index < text.length; ) {
    const scanned = scanLine(text, index);
    if (scanned.line.trim()) return scanned;
    index = scanned.end + (text.startsWith('\r\n', scanned.end) ? 2 : 1);
  }
  return undefined;
}

/**
 * Picks the delimiter from the header line: the one of `,` `;` and tab that occurs most often
 * outside quotes (a header names columns, so it holds no unquoted delimiter of another kind
 * more often than its own); `,` when there is none.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const header = scanHeaderLine(stripBom(text));
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header?.counts.get(delimiter) ?? 0;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}
