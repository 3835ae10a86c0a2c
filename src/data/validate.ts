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
  checkValue(value, documentSchema, '', faults);
  return faults;
}

function checkValue(value: any, schema: Schema, path: string, faults: Fault[]): void {
  const fail = (code: string, message: string): void => {
    faults.push({ path, message, code });
  };
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
  if (schema.type) {
    const types: string[] = [].concat(schema.type);
    if (!types.some((type) => type === kind || (type === 'integer' && Number.isInteger(value)))) {
      const expected = types.filter((type) => type !== 'null').map(nameKind);
      return fail('wrong-type', `expected ${expected.join(' or ')}, got ${nameKind(kind)}`);
    }
  }
  if ('const' in schema && value !== schema.const) {
    fail('invalid-value', `expected ${showValue(schema.const)}, got ${showValue(value)}`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const allowed = schema.enum.filter((option: unknown) => option !== null);
    fail('invalid-value', `${showValue(value)} is not one of ${allowed.join(', ')}`);
  }
  if (((schema.minLength && kind === 'string') || (schema.minItems && kind === 'array')) && !value.length) {
    fail('empty', 'must not be empty');
  }
  // The generator allows a pattern only in $defs/DateString, hence the wording.
  if (schema.pattern && kind === 'string' && !(patterns[schema.pattern] ??= new RegExp(schema.pattern, 'u')).test(value)) {
    fail('invalid-date', `${showValue(value)} is not a valid date`);
  }
  if (kind === 'object') {
    for (const key of schema.required ?? []) {
      if (value[key] === undefined) fail('required', `"${key}" is required`);
    }
    for (const key in schema.properties) {
      if (value[key] !== undefined) checkValue(value[key], schema.properties[key], path ? `${path}.${key}` : key, faults);
    }
  }
  if (schema.items && kind === 'array') {
    // Indexes, not forEach: a hole in an array passed as `data` is a missing item, not nothing.
    for (let index = 0; index < value.length; index++) checkValue(value[index], schema.items, `${path}[${index}]`, faults);
  }
}
