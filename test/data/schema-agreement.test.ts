import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { parseDate } from '../../src/data/dates.js';
import { DateStringSchema, documentSchema } from '../../src/data/schema.generated.js';
import { parseTimeline } from '../../src/data/parse.js';
import { validateDocument } from '../../src/data/validate.js';

/**
 * The published schema is the single source of truth. These tests hold the shipped pieces to
 * it: the generated validator schema must be the schema minus annotations, and the tiny
 * validator must agree with a complete JSON-Schema engine on a corpus of documents.
 */

interface Manifest {
  valid: { file: string }[];
  invalid: { file: string; paths: string[] }[];
}

const FIXTURES = '/test/fixtures/documents';
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', '$schema', '$id', 'default']);

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

function parseJson(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * The same stripping as scripts/generate-types.mjs, written again so that the two check each
 * other; `#/$defs/…` references are replaced by the definitions, as in the generated schema.
 */
function stripAnnotations(
  node: Record<string, unknown>,
  defs = node.$defs as Record<string, Record<string, unknown>>,
): Record<string, unknown> {
  if (typeof node.$ref === 'string') return stripAnnotations(defs[node.$ref.replace('#/$defs/', '')]!, defs);
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(keyword) || keyword === '$defs') continue;
    if (keyword === 'properties') {
      out[keyword] = Object.fromEntries(
        Object.entries(value as Record<string, Record<string, unknown>>).map(([name, sub]) => [name, stripAnnotations(sub, defs)]),
      );
    } else if (keyword === 'items') {
      out[keyword] = stripAnnotations(value as Record<string, unknown>, defs);
    } else if (keyword === 'anyOf') {
      out[keyword] = (value as Record<string, unknown>[]).map((sub) => stripAnnotations(sub, defs));
    } else {
      out[keyword] = value;
    }
  }
  return out;
}

/** `#/events/0/date` → `events[0].date`. */
function toFaultPath(instanceLocation: string): string {
  return instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment, i) => (/^\d+$/.test(segment) ? `[${segment}]` : i ? `.${segment}` : segment))
    .join('');
}

/** Where the full engine found faults, ignoring the keywords that only say "a child failed". */
function computeEnginePaths(validator: Validator, document: unknown): string[] {
  const result = validator.validate(document);
  const leaves = result.errors.filter((error) => !['properties', 'items', '$ref', 'anyOf'].includes(error.keyword));
  return [...new Set(leaves.map((error) => toFaultPath(error.instanceLocation)))].sort();
}

function computeOwnPaths(document: unknown): string[] {
  return [...new Set(validateDocument(document).map((fault) => fault.path))].sort();
}

describe('schema agreement', () => {
  let schema: Record<string, unknown>;
  let manifest: Manifest;
  let validator: Validator;
  const documents = new Map<string, unknown>();

  before(async () => {
    schema = JSON.parse(await fetchText('/src/data/entente-timeline.schema.json'));
    manifest = JSON.parse(await fetchText(`${FIXTURES}/index.json`));
    validator = new Validator(schema as never, '2020-12', false);
    for (const { file } of [...manifest.valid, ...manifest.invalid]) {
      documents.set(file, parseJson(await fetchText(`${FIXTURES}/${file}`)));
    }
  });

  it('is a 2020-12 schema with the published id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://entente-timeline.dev/schema/v1.json');
    expect(schema.required).to.deep.equal(['version', 'parties', 'events']);
  });

  it('documents every property with a title and a description', () => {
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    const objects: [string, Record<string, unknown>][] = [['#', schema], ...Object.entries(defs)];
    for (const [name, node] of objects) {
      expect(node.title, `${name} title`).to.be.a('string');
      expect(node.description, `${name} description`).to.be.a('string');
      for (const [key, property] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        expect(property.title, `${name}.${key} title`).to.be.a('string');
        expect(property.description, `${name}.${key} description`).to.be.a('string');
      }
    }
  });

  it('ships a validator schema that is the published schema without annotations (the generated file is fresh)', () => {
    expect(documentSchema).to.deep.equal(stripAnnotations(schema));
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    expect(DateStringSchema).to.deep.equal(stripAnnotations(defs.DateString!, defs));
  });

  it('has its generated TypeScript types in place', async () => {
    const response = await fetch('/src/data/document-types.ts');
    expect(response.ok).to.equal(true);
  });

  it('has a corpus of at least 12 valid and 20 invalid documents', () => {
    expect(manifest.valid.length).to.be.at.least(12);
    expect(manifest.invalid.length).to.be.at.least(20);
  });

  it('agrees with the full engine that every valid document is valid', () => {
    for (const { file } of manifest.valid) {
      const document = documents.get(file);
      expect(validator.validate(document).errors, `${file} (engine)`).to.deep.equal([]);
      expect(validateDocument(document), `${file} (validateDocument)`).to.deep.equal([]);
    }
  });

  it('agrees with the full engine on which documents are invalid, and where', () => {
    for (const { file, paths } of manifest.invalid) {
      const document = documents.get(file);
      expect(validator.validate(document).valid, `${file} (engine)`).to.equal(false);
      expect(computeOwnPaths(document), `${file} (validateDocument)`).to.deep.equal([...new Set(paths)].sort());
      expect(computeOwnPaths(document), `${file} (engine vs validateDocument)`).to.deep.equal(computeEnginePaths(validator, document));
    }
  });

  it('parses every valid document, and rejects or trims every invalid one', () => {
    for (const { file } of manifest.valid) {
      expect(parseTimeline(documents.get(file)).ok, file).to.equal(true);
    }
    for (const { file, paths } of manifest.invalid) {
      const result = parseTimeline(documents.get(file));
      const faults = result.ok ? result.warnings : [result.error, ...result.warnings];
      for (const path of paths) {
        expect(
          faults.some((fault) => fault.path === path),
          `${file}: ${path}`,
        ).to.equal(true);
      }
    }
  });

  it('parses the byte-order-mark document from its raw text', async () => {
    // response.text() would strip the mark itself; decode the bytes as an inline <script> gets them.
    const bytes = await (await fetch(`${FIXTURES}/valid/byte-order-mark.json`)).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(parseTimeline(text).ok).to.equal(true);
  });

  describe('the date pattern and parseDate', () => {
    const texts = [
      '2021',
      '2021-05',
      '2021-05-11',
      '2021-05-11T10:00+04:00',
      '2021-05-11T10:00:00.5Z',
      '-0044-03-15',
      '0000',
      '+012021',
      '-002500-01',
      '2021-02-30',
      '2021-13',
      '2021-5',
      '2021-05-11T25:00Z',
      '2021-05-11T10:00+19:00',
      '2021-05-11T10:00+18:00',
      '2021-05-11T10:00',
      '+2021',
      '21',
      '2021-05-11T10:00:60Z',
      '2021-04-31',
    ];
    const pattern = new RegExp(DateStringSchema.pattern, 'u');
    for (const text of texts) {
      it(`agree on ${text}: whatever parses matches the pattern`, () => {
        if (parseDate(text)) expect(pattern.test(text)).to.equal(true);
        if (!pattern.test(text)) expect(parseDate(text)).to.equal(undefined);
      });
    }
  });
});
