// Readers for formats other than this package's own: TimelineJS3 and TimelineJS2 JSON,
// TimelineJS sheets and CSV spreadsheets. Kept in their own module so the drop-in file can load them on
// first use instead of sending them to every reader.
export { fromTimelineJS, type ConversionResult, type ConversionOptions } from './timelinejs.js';
export { extractText } from './html-text.js';
export { fromTimelineJS2 } from './timelinejs2.js';
export { fromTimelineJSSheet } from './timelinejs-sheet.js';
export { fromCsv, CSV_COLUMNS, type CsvOptions } from './csv.js';
export { parseInput, detectInputFormat, convertInput } from './input.js';
export { detectFormat, type InputHint, type InputFormat } from './detect.js';
export { findLooseMatch, sniffDelimiter, TIMELINEJS_SHEET_COLUMNS } from './csv-dialect.js';
