/**
 * What the converters share: reading JSON values, quoting them in messages, and pointing a
 * conversion made through another converter back at the document it came from.
 */
import type { Fault } from './model.js';
import type { TimelineDocument } from './document-types.js';

/** What the converters know besides the document. */
export interface ConversionOptions {
  /**
   * The absolute http(s) address the document was loaded from: relative media links are
   * resolved against it. Without it (or when it is not an absolute http: or https: URL),
   * relative links are dropped with a warning.
   */
  readonly baseUrl?: string;
}

/** What a converter returns: the document, what did not map, and a way back to the source. */
export interface ConversionResult {
  readonly document: TimelineDocument;
  /** Everything that could not be mapped, located in the source (a JSON path, or a CSV row and column). */
  readonly warnings: Fault[];
  /** Set when the source cannot be read as this format at all; `document` then has no events. */
  readonly error?: Fault;
  /**
   * Translates a path in the converted document (`events[2].date`) to where it came from in the
   * source (`events[5].start_date`, `row 7, column "date"`), so that `parseTimeline`'s faults
   * point at what the author wrote.
   */
  readonly locate: (path: string) => string;
}

export type Json = { readonly [key: string]: unknown };

// The element's file has it (to recognise formats); the converters import only what it
// exports, so that a bundler keeps them in a chunk of their own (see input.ts).
export { isObject } from './detect.js';

/** Adds a warning: where in the source, a code, and what happened to it. */
export type Warn = (path: string, code: string, message: string) => void;

/** The warnings of one conversion, and the function that adds one. */
export function collectWarnings(): [Fault[], Warn] {
  const warnings: Fault[] = [];
  return [warnings, (path, code, message) => void warnings.push({ path, code, message })];
}

/** Warns about each field of `object` that `known` lacks (`format` has no such field); `at` prefixes its path. */
export function warnUnknownFields(object: Json, known: ReadonlySet<string>, at: string, format: string, warn: Warn): void {
  for (const key of Object.keys(object)) if (!known.has(key)) warn(at + key, 'not-mapped', `unknown ${format} field; ignored`);
}

/** A value as a message shows it: `"text"`, `5`, `{"year":2021}`. */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** The rest of a path (`.text.headline`) with its first field renamed by the first rule that matches it. */
export function renameField(rest: string, fields: readonly (readonly [RegExp, string])[]): string {
  const rule = fields.find(([field]) => field.test(rest));
  return rule ? rest.replace(rule[0], rule[1]) : rest;
}

/**
 * A conversion made through another converter (`fromTimelineJS`), its faults and `locate`
 * pointed at the original document by `relocate`, after the caller's own `warnings`.
 */
export function relocateConversion(
  conversion: ConversionResult,
  warnings: readonly Fault[],
  locateIn: (path: string) => string,
  relocate = (fault: Fault): Fault => ({ ...fault, path: locateIn(fault.path) }),
): ConversionResult {
  return {
    document: conversion.document,
    warnings: [...warnings, ...conversion.warnings.map(relocate)],
    ...(conversion.error ? { error: relocate(conversion.error) } : {}),
    locate: (path) => locateIn(conversion.locate(path)),
  };
}
