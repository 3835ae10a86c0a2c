/**
 * One entry point for every format the widget reads: this package's JSON, TimelineJS3 JSON and
 * CSV. The format is recognised, converted when needed, then read by `parseTimeline`, so every
 * document meets the same validator; faults point at what the author wrote (a TimelineJS path,
 * a spreadsheet row and column).
 */
import { csvParseRows } from 'd3-dsv';
import type { ParseResult, Fault } from './model.js';
import { parseTimeline } from './parse.js';
import { fromCsv } from './csv.js';
import { fromTimelineJS, type ConversionResult } from './timelinejs.js';

/** Where the input came from, when known: its URL and the server's `Content-Type`. */
export interface InputHint {
  readonly url?: string;
  readonly contentType?: string | null;
}

/** `json` is this package's format (and anything unrecognised, which `parseTimeline` then explains). */
export type InputFormat = 'json' | 'timelinejs' | 'csv';

const CSV_TYPES = /^\s*(?:text\/csv|application\/csv|text\/comma-separated-values)\b/i;

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `.csv` file, or a spreadsheet's CSV export link (`…/pub?output=csv`, `…/export?format=csv`). */
function isCsvUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://localhost/');
  } catch {
    return false;
  }
  if (/\.csv$/i.test(parsed.pathname)) return true;
  const params = parsed.searchParams;
  return params.get('output') === 'csv' || params.get('format') === 'csv' || params.get('tqx') === 'out:csv';
}

/** Whether text that is not JSON starts with a header row naming `date` and `title`. */
function hasCsvHeader(text: string): boolean {
  const firstLine = text.replace(/^\s+/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const headers = new Set((csvParseRows(firstLine)[0] ?? []).map((cell) => cell.trim().toLowerCase()));
  return headers.has('date') && headers.has('title');
}

/** Whether a parsed JSON value is shaped like a TimelineJS3 document rather than ours. */
function isTimelineJS(value: unknown): boolean {
  if (!isObject(value) || 'version' in value || 'parties' in value) return false;
  if (Array.isArray(value.events) && value.events.some((event) => isObject(event) && isObject(event.start_date))) return true;
  return isObject(value.title) && isObject(value.title.text);
}

/** `events[4]…` → 4, `row 7, …` → 7, anything else (the document, a column) → -1. */
function computeSourceRank(path: string): number {
  const match = /^(?:events\[(\d+)\]|row (\d+))/.exec(path);
  return match ? Number(match[1] ?? match[2]) : -1;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The format and, for JSON text, its parsed value (so it is parsed once). */
function recognise(input: unknown, hint: InputHint): { format: InputFormat; value: unknown } {
  if (typeof input !== 'string') return { format: isTimelineJS(input) ? 'timelinejs' : 'json', value: input };
  const text = stripBom(input);
  if ((hint.contentType && CSV_TYPES.test(hint.contentType)) || (hint.url && isCsvUrl(hint.url))) {
    return { format: 'csv', value: text };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { format: hasCsvHeader(text) ? 'csv' : 'json', value: input };
  }
  return { format: isTimelineJS(value) ? 'timelinejs' : 'json', value };
}

/**
 * Tells which format an input is in: CSV by the URL (`.csv`, a spreadsheet's CSV export link),
 * the `text/csv` content type, or text that is not JSON but starts with a header row naming
 * `date` and `title`; TimelineJS by its shape (no `version`, and `events` with `start_date`
 * objects or a `title.text` slide); anything else is read as this package's JSON.
 */
export function detectInputFormat(input: unknown, hint: InputHint = {}): InputFormat {
  return recognise(input, hint).format;
}

/**
 * Converts TimelineJS or CSV input to this package's document, with what did not map; for
 * input already in this format, the document is returned as given (parsed from text) and not
 * checked: `parseTimeline` does that.
 */
export function convertInput(input: unknown, hint: InputHint = {}): ConversionResult & { readonly format: InputFormat } {
  const { format, value } = recognise(input, hint);
  if (format === 'csv') return { format, ...fromCsv(value as string) };
  if (format === 'timelinejs') return { format, ...fromTimelineJS(value) };
  return { format, document: value as ConversionResult['document'], warnings: [], locate: (path) => path };
}

/**
 * Reads a timeline in any supported format (JSON text or a parsed object in this package's
 * format or TimelineJS3's, or CSV text) into the model, like `parseTimeline`. The warnings of
 * the conversion come first, then those of `parseTimeline`, all located in the input as written.
 * `hint` carries what a fetch knows: `parseInput(text, { url, contentType })`.
 */
export function parseInput(input: unknown, hint: InputHint = {}): ParseResult {
  const conversion = convertInput(input, hint);
  // JSON text was parsed once already; text that is not JSON goes as it is, for parseTimeline's message.
  if (conversion.format === 'json') return parseTimeline(conversion.document);
  if (conversion.error) return { ok: false, error: conversion.error, warnings: conversion.warnings };
  const relocate = (fault: Fault): Fault => ({ ...fault, path: conversion.locate(fault.path) });
  const result = parseTimeline(conversion.document);
  const warnings = [...conversion.warnings, ...result.warnings.map(relocate)];
  // Stable: the document's own faults first, then by event or row, as the author reads the source.
  warnings.sort((a, b) => computeSourceRank(a.path) - computeSourceRank(b.path));
  return result.ok ? { ...result, warnings } : { ok: false, error: relocate(result.error), warnings };
}
