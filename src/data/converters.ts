// Readers for formats other than this package's own: TimelineJS3 JSON and CSV
// spreadsheets. Kept in their own module so the drop-in file can load them on
// first use instead of sending them to every reader.
export { fromTimelineJS, extractText, type ConversionResult } from './timelinejs.js';
export { fromCsv, CSV_COLUMNS, type CsvOptions } from './csv.js';
export { parseInput, detectInputFormat, convertInput, type InputHint, type InputFormat } from './input.js';
