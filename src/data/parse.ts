import type { TimelineDocument } from './document-types.js';
import type { Fault, ParseResult } from './model.js';
import { EMPTY_FAULT, HTML_FAULT, isCutOff } from './json-text.js';
// `quote` shows a document value in a message, escaped and shortened.
import { showValue as quote, validateDocument } from './validate.js';
import { buildModel, ITEM_PATH } from './build-model.js';

export { DISPLAY_TEXT_LIMIT } from './build-model.js';

/** A structural fault in an event's `end` costs only the end: the event is kept as a point. */
const END_PATH = /^events\[\d+\]\.end(?![\w$])/;

function failWith(error: Fault, warnings: Fault[] = []): ParseResult {
  return { ok: false, error, warnings };
}

/**
 * Reads a timeline document (JSON text, with or without a UTF-8 byte-order mark, or an
 * already-parsed object) into the normalised model. A wrong root shape is an error; a bad
 * item or part of an item is left out and reported as a warning with its path, never silently.
 */
export function parseTimeline(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (!text.trim()) return failWith(EMPTY_FAULT);
    if (text.trimStart().startsWith('<')) return failWith(HTML_FAULT);
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = isCutOff(text)
        ? 'the text ends before the document does (the file looks cut off); publish the whole file'
        : (error as Error).message;
      return failWith({ path: '', code: 'not-json', message: `JSON syntax error: ${reason}` });
    }
  }

  const rootFaults: Fault[] = [];
  // By item (`events[3]`), and apart from them the faults of an event's end (`events[3].end`).
  const itemFaults = new Map<string, Fault[]>();
  for (const fault of validateDocument(value)) {
    const item = ITEM_PATH.exec(fault.path)?.[0];
    if (!item) {
      rootFaults.push(fault);
      continue;
    }
    const key = END_PATH.test(fault.path) ? `${item}.end` : item;
    itemFaults.set(key, [...(itemFaults.get(key) ?? []), fault]);
  }
  if (rootFaults.length) return rejectRoot(value, rootFaults);
  return buildModel(value as TimelineDocument, itemFaults);
}

/** Puts the most useful fault first: a wrong version explains every other mismatch. */
function rejectRoot(value: unknown, faults: Fault[]): ParseResult {
  if (faults[0]!.path === '' && faults[0]!.code === 'wrong-type') {
    return failWith({ ...faults[0]!, code: 'not-object' });
  }
  const version = (value as { version?: unknown }).version;
  if (version === 1) return failWith(faults[0]!, faults.slice(1));
  const error: Fault =
    version === undefined
      ? { path: '', code: 'required', message: '"version" is required; this widget reads version 1' }
      : { path: 'version', code: 'unsupported-version', message: `unsupported version ${quote(version)}; this widget reads version 1` };
  // Another version's shape is not expected to match this one's, so its other faults are noise.
  if (version !== undefined) return failWith(error);
  return failWith(
    error,
    faults.filter((fault) => fault.message !== '"version" is required'),
  );
}
