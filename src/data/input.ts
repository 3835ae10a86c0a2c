/**
 * One entry point for every format the widget reads: this package's JSON and CSV, TimelineJS3
 * JSON, TimelineJS sheets (CSV) and TimelineJS2 JSON. The format is recognised (`detectFormat`),
 * converted when needed, then read by `parseTimeline`, so every document meets the same validator; faults point at what the author wrote (a TimelineJS path,
 * a spreadsheet row and column).
 */
import type { ParseResult, Fault } from './model.js';
import { parseTimeline } from './parse.js';
import { fromCsv } from './csv.js';
import { fromTimelineJS, type ConversionOptions, type ConversionResult } from './timelinejs.js';
import { fromTimelineJS2 } from './timelinejs2.js';
import { fromTimelineJSSheet } from './timelinejs-sheet.js';
import { detectFormat, type InputFormat, type InputHint } from './detect.js';
import { stripBom } from './csv-dialect.js';
import { placeJsonSyntaxError } from './json-position.js';

export type { InputFormat, InputHint };

/** `events[4]…` and `timeline.date[4]…` → 4, `row 7, …` → 7, anything else (the document, a column) → -1. */
function computeSourceRank(path: string): number {
  const match = /^(?:(?:events|timeline\.date)\[(\d+)\]|row (\d+))/.exec(path);
  return match ? Number(match[1] ?? match[2]) : -1;
}

/**
 * Tells which format an input is in: the shared detector (`detectFormat`, module `detect.ts`),
 * under the name this module has always exported.
 */
export const detectInputFormat = detectFormat;

/** The value of JSON text, or `otherwise` when it is not JSON. */
function parseJsonOr(text: string, otherwise: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return otherwise;
  }
}

/**
 * Converts TimelineJS or CSV input to this package's document, with what did not map; for
 * input already in this format, the document is returned as given (parsed from text) and not
 * checked: `parseTimeline` does that.
 */
export function convertInput(input: unknown, hint: InputHint = {}): ConversionResult & { readonly format: InputFormat } {
  // The converters' file imports only what the element's file exports (detectFormat): anything
  // else shared would make the bundler split the drop-in file. So JSON is parsed again here.
  const format = detectFormat(input, hint);
  const text = typeof input === 'string' ? stripBom(input) : undefined;
  const value = text !== undefined && format !== 'csv' && format !== 'timelinejs-sheet' ? parseJsonOr(text, input) : (text ?? input);
  // fromTimelineJS resolves against it only when it is an absolute http(s) URL.
  const options: ConversionOptions = hint.url ? { baseUrl: hint.url } : {};
  if (format === 'csv') return { format, ...fromCsv(value as string) };
  if (format === 'timelinejs-sheet') return { format, ...fromTimelineJSSheet(value as string, options) };
  if (format === 'timelinejs') return { format, ...fromTimelineJS(value, options) };
  if (format === 'timelinejs2') return { format, ...fromTimelineJS2(value, options) };
  return { format, document: value as ConversionResult['document'], warnings: [], locate: (path) => path };
}

/**
 * Reads a timeline in any supported format (JSON text or a parsed object in this package's
 * format, TimelineJS3's or TimelineJS2's, or CSV text in this package's columns or the
 * TimelineJS sheet template's) into the model, like `parseTimeline`. The warnings of
 * the conversion come first, then those of `parseTimeline`, all located in the input as written.
 * `hint` carries what a fetch knows: `parseInput(text, { url, contentType })`; an absolute
 * http(s) `url` is also the base against which relative TimelineJS media links are resolved.
 */
export function parseInput(input: unknown, hint: InputHint = {}): ParseResult {
  const conversion = convertInput(input, hint);
  // JSON text was parsed already; text that is not JSON goes as it is, for parseTimeline's message.
  if (conversion.format === 'json') {
    const result = parseTimeline(conversion.document);
    if (result.ok || result.error.code !== 'not-json' || typeof conversion.document !== 'string') return result;
    // A JSON syntax error, placed by line and column.
    const message = placeJsonSyntaxError(stripBom(conversion.document), result.error.message);
    return { ...result, error: { ...result.error, message } };
  }
  if (conversion.error) return { ok: false, error: conversion.error, warnings: conversion.warnings };
  const relocate = (fault: Fault): Fault => ({ ...fault, path: conversion.locate(fault.path) });
  const result = parseTimeline(conversion.document);
  const warnings = [...conversion.warnings, ...result.warnings.map(relocate)];
  // Stable: the document's own faults first, then by event or row, as the author reads the source.
  warnings.sort((a, b) => computeSourceRank(a.path) - computeSourceRank(b.path));
  return result.ok ? { ...result, warnings } : { ok: false, error: relocate(result.error), warnings };
}
