import type { Fault } from './model.js';
import { documentSchema } from './schema.generated.js';

/**
 * A tiny interpreter for the JSON Schema subset that entente-timeline.schema.json uses:
 * type (arrays of types, "integer"), const, enum, minLength 1, minItems 1, pattern (dates),
 * required, properties, items, anyOf and `#/$defs/…` references. The generator refuses a
 * schema with any other keyword, so this validator and the published schema cannot drift
 * apart silently; test/data/schema-agreement.test.ts checks both on a corpus of documents.
 * A full JSON-Schema engine would not fit in what every news reader downloads.
 */

// The generated schema is deeply readonly and literal-typed; here it is walked generically.
type Schema = { readonly [keyword: string]: any };

const DEFS: Schema = documentSchema.$defs;
/** Compiled once per pattern, not per call. */
const patterns: Record<string, RegExp> = {};

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
 * Checks a document's structure against the schema, returning every fault found (empty when
 * the document is structurally valid). Paths read like `events[3].date`; a missing property
 * is reported at its parent object (`events[3]`: `"title" is required`).
 */
export function validateDocument(value: unknown): Fault[] {
  const faults: Fault[] = [];
  checkValue(value, documentSchema, undefined, faults);
  return faults;
}

/**
 * Where a value sits, as a chain from its parent: the path text is built only
 * when a fault needs it, not for each of the hundreds of thousands of values
 * in a large archive.
 */
interface Path {
  readonly parent: Path | undefined;
  readonly key: string | number;
}

function pathText(path: Path | undefined): string {
  if (!path) return '';
  const parent = pathText(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent ? `${parent}.${path.key}` : path.key;
}

function matchesType(type: string, kind: string, value: unknown): boolean {
  return type === kind || (type === 'integer' && Number.isInteger(value));
}

function checkValue(value: any, schema: Schema, path: Path | undefined, faults: Fault[]): void {
  if (schema.$ref) return checkValue(value, DEFS[schema.$ref.slice(8)], path, faults);
  if (schema.anyOf) {
    // Reports the first branch's faults: the schema lists the real shape first and null last.
    let firstFaults: Fault[] | undefined;
    for (const branch of schema.anyOf) {
      const branchFaults: Fault[] = [];
      checkValue(value, branch, path, branchFaults);
      if (!branchFaults.length) return;
      firstFaults ??= branchFaults;
    }
    faults.push(...firstFaults!);
    return;
  }
  const kind = describeKind(value);
  const type = schema.type;
  if (type && !(typeof type === 'string' ? matchesType(type, kind, value) : type.some((t: string) => matchesType(t, kind, value)))) {
    const expected = ([] as string[]).concat(type).filter((t) => t !== 'null').map(nameKind);
    faults.push({ path: pathText(path), code: 'wrong-type', message: `expected ${expected.join(' or ')}, got ${nameKind(kind)}` });
    return;
  }
  if ('const' in schema && value !== schema.const) {
    faults.push({ path: pathText(path), code: 'invalid-value', message: `expected ${showValue(schema.const)}, got ${showValue(value)}` });
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const allowed = schema.enum.filter((option: unknown) => option !== null);
    faults.push({ path: pathText(path), code: 'invalid-value', message: `${showValue(value)} is not one of ${allowed.join(', ')}` });
  }
  if (((schema.minLength && kind === 'string') || (schema.minItems && kind === 'array')) && !value.length) {
    faults.push({ path: pathText(path), code: 'empty', message: 'must not be empty' });
  }
  // The generator allows a pattern only in $defs/DateString, hence the wording.
  if (schema.pattern && kind === 'string' && !(patterns[schema.pattern] ??= new RegExp(schema.pattern, 'u')).test(value)) {
    faults.push({ path: pathText(path), code: 'invalid-date', message: `${showValue(value)} is not a valid date` });
  }
  if (kind === 'object') {
    if (schema.required) {
      for (const key of schema.required) {
        if (value[key] === undefined) faults.push({ path: pathText(path), code: 'required', message: `"${key}" is required` });
      }
    }
    const properties = schema.properties;
    for (const key in properties) {
      const child = value[key];
      if (child !== undefined) checkValue(child, properties[key], { parent: path, key }, faults);
    }
  }
  if (schema.items && kind === 'array') {
    // Indexes, not forEach: a hole in an array passed as `data` is a missing item, not nothing.
    for (let index = 0; index < value.length; index++) checkValue(value[index], schema.items, { parent: path, key: index }, faults);
  }
}
