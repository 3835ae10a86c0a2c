import type { Fault } from './model.js';
import { documentSchema } from './schema.generated.js';

/**
 * A tiny interpreter for the JSON Schema subset that entente-timeline.schema.json uses:
 * type (arrays of types, "integer"), const, enum, minLength 1, minItems 1, pattern (dates),
 * required, properties, items, anyOf and `#/$defs/…` references (which the generated schema
 * has already replaced with the definitions themselves). The generator refuses a schema with
 * any other keyword, so this validator and the published schema cannot drift apart silently;
 * test/data/schema-agreement.test.ts checks both on a corpus of documents. A full
 * JSON-Schema engine would not fit in what every news reader downloads.
 *
 * The schema is compiled when this module loads into a function per node (see `compile`), so
 * that checking the hundreds of thousands of values of a large archive is mostly property
 * reads and comparisons, not reading the schema again for each, even before the engine has
 * warmed up; and the path of a value is written out only for a fault (see `trail`).
 */

// The generated schema is deeply readonly and literal-typed; here it is walked generically.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = { readonly [keyword: string]: any };
/** Where a value sits in its parent: a property name or an index; undefined for the document. */
type Key = string | number | undefined;
/** Checks a value against one schema node, adding a fault for each way it does not fit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON value, narrowed by each keyword's check
type Check = (value: any, key: Key, faults: Fault[]) => void;

function describeKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** `a string`, `an object`, `an integer`, `null`. */
function nameKind(kind: string): string {
  return kind === 'null' || kind === 'undefined' ? kind : (/^[aeiou]/.test(kind) ? 'an ' : 'a ') + kind;
}

/** Longest value quoted in a message: a 100 KB string must not become a 100 KB warning. */
const SHOWN_LENGTH = 60;

/**
 * Shows a scalar as written in JSON (`"2021-02-30"`, `4`), a long string shortened with `…`;
 * names the kind of anything else (objects, arrays, and values JSON cannot hold, such as a
 * BigInt or a function passed in through the `data` property).
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string' && value.length > SHOWN_LENGTH) return `${JSON.stringify(value.slice(0, SHOWN_LENGTH))}…`;
  const kind = describeKind(value);
  if (kind === 'string') return JSON.stringify(value);
  return /^(?:number|boolean|null)$/.test(kind) ? String(value) : nameKind(kind);
}

/**
 * The keys from the document down to the object or array being checked, pushed and popped on
 * the way: a path is written out only when a fault names it, not for each of the hundreds of
 * thousands of values in a large archive.
 */
const trail: Key[] = [];

/** `events[3].date` for the key `date` under the trail `events`, 3. */
function pathText(key: Key): string {
  let text = '';
  for (const part of [...trail, key]) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (part !== undefined) text += text ? `.${part}` : part;
  }
  return text;
}

/**
 * Checks a document's structure against the schema, returning every fault found (empty when
 * the document is structurally valid). Paths read like `events[3].date`; a missing property
 * is reported at its parent object (`events[3]`: `"title" is required`).
 */
export function validateDocument(value: unknown): Fault[] {
  const faults: Fault[] = [];
  // Left over only if an earlier call threw (a getter in an object passed as `data`).
  trail.length = 0;
  checkDocument(value, undefined, faults);
  return faults;
}

/** The document's check, compiled once when this module loads. */
const checkDocument = compile(documentSchema);

/** The check of a schema node: its keywords are read here once, not for every value. */
function compile(schema: Schema): Check {
  if (schema.anyOf) {
    const branches: Check[] = schema.anyOf.map(compile);
    return (value, key, faults) => {
      const mark = faults.length;
      for (let i = 0; i < branches.length; i++) {
        branches[i]!(value, key, faults);
        if (faults.length === mark) return;
        faults.length = mark;
      }
      // Reports the first branch's faults: the schema lists the real shape first and null last.
      branches[0]!(value, key, faults);
    };
  }
  const types: readonly string[] | undefined = schema.type && [].concat(schema.type);
  const pattern = schema.pattern && new RegExp(schema.pattern, 'u');
  const required: readonly string[] = schema.required ?? [];
  const keys = Object.keys(schema.properties ?? {});
  const properties = Object.values<Schema>(schema.properties ?? {}).map(compile);
  const items: Check | undefined = schema.items && compile(schema.items);
  return (value, key, faults) => {
    const kind = describeKind(value);
    let fits = !types;
    for (let i = 0; types && i < types.length; i++) fits ||= types[i] === kind || (types[i] === 'integer' && Number.isInteger(value));
    if (!fits) {
      const expected = types!.filter((t) => t !== 'null').map(nameKind);
      faults.push({ path: pathText(key), code: 'wrong-type', message: `expected ${expected.join(' or ')}, got ${nameKind(kind)}` });
      return;
    }
    if ('const' in schema && value !== schema.const) {
      faults.push({ path: pathText(key), code: 'invalid-value', message: `expected ${showValue(schema.const)}, got ${showValue(value)}` });
    }
    if (schema.enum && !schema.enum.includes(value)) {
      const allowed = schema.enum.filter((option: unknown) => option !== null);
      faults.push({ path: pathText(key), code: 'invalid-value', message: `${showValue(value)} is not one of ${allowed.join(', ')}` });
    }
    if (((schema.minLength && kind === 'string') || (schema.minItems && kind === 'array')) && !value.length) {
      faults.push({ path: pathText(key), code: 'empty', message: 'must not be empty' });
    }
    // The generator allows a pattern only in $defs/DateString, hence the wording.
    if (pattern && kind === 'string' && !pattern.test(value)) {
      faults.push({ path: pathText(key), code: 'invalid-date', message: `${showValue(value)} is not a valid date` });
    }
    if (kind === 'object') {
      for (let i = 0; i < required.length; i++) {
        if (value[required[i]!] === undefined)
          faults.push({ path: pathText(key), code: 'required', message: `"${required[i]}" is required` });
      }
      trail.push(key);
      for (let i = 0; i < keys.length; i++) {
        const child = value[keys[i]!];
        if (child !== undefined) properties[i]!(child, keys[i], faults);
      }
      trail.pop();
    }
    if (items && kind === 'array') {
      trail.push(key);
      // Indexes, not forEach: a hole in an array passed as `data` is a missing item, not nothing.
      for (let index = 0; index < value.length; index++) items(value[index], index, faults);
      trail.pop();
    }
  };
}
