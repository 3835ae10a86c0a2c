// Property-based: thousands of generated documents (valid, mutated, arbitrary JSON and
// arbitrary JavaScript values) through parseTimeline, and a couple of hundred through the
// element. Whatever comes in: nothing throws, every event kept is drawn, every event dropped
// is reported with its path, and only http(s) URLs reach an href.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isCssColor, parseTimeline } from '../../src/data/index.js';
import type { ParseResult } from '../../src/data/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { column, createTimeline, drawnEventIds, nextOutcome, pwned, snapshotPrototypes, unsafeHrefs } from './helpers.js';

const TRICKY_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'a b', 'A', ''];
const PAYLOADS = [
  '<img src=x onerror=window.__pwned("p")>',
  '"><svg onload=window.__pwned("p")>',
  'javascript:window.__pwned("p")',
  ' java\tscript:window.__pwned("p")',
  'data:text/html,<script>window.__pwned("p")</script>',
  'red;background:url(//x)',
  '\u202Eevil\u202C',
  '\u200B',
  '{{title}}',
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) },
);
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_IDS) },
);
const two = (n: number) => String(n).padStart(2, '0');
const date = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 1800, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1800, max: 2100 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2021-02-30',
      '2021-13-01',
      '2021-05-11T10:00+04:00',
      '2021-05-11T25:00Z',
      '-0044-03-15',
      '+275761-01-01',
      '2021/05/11',
      '',
    ),
  },
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom(...PAYLOADS), fc.constantFrom('https://example.org/a', '//x.example/', '/relative'));
const color = fc.oneof(fc.constantFrom('teal', '#0a7', 'rgb(0 120 80)', 'oklch(0.6 0.1 200)', 'var(--x)', 'expression(x)'), text);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

const party = fc.record(
  {
    id,
    name: text,
    short: maybe(text),
    color: maybe(color),
    kind: maybe(fc.constantFrom('state', 'organisation', 'person', 'other', 'bogus')),
    flag: maybe(text),
  },
  { requiredKeys: ['id', 'name'] },
);
const event = fc.record(
  {
    id,
    date,
    end: maybe(date),
    title: text,
    parties: fc.array(id, { minLength: 0, maxLength: 5 }),
    kind: maybe(fc.constantFrom('visit', 'meeting', 'call', 'statement', 'agreement', 'summit', 'other', 'party')),
    host: maybe(id),
    location: maybe(fc.record({ name: maybe(text), country: maybe(text) })),
    summary: maybe(text),
    quotes: maybe(fc.array(fc.record({ text, by: maybe(id) }), { maxLength: 2 })),
    sources: maybe(fc.array(fc.record({ title: maybe(text), url }), { maxLength: 3 })),
    image: maybe(fc.record({ url, alt: maybe(text), credit: maybe(text) })),
    related: maybe(fc.array(id, { maxLength: 3 })),
    importance: maybe(fc.constantFrom(1, 2, 3, 4, 2.5)),
  },
  { requiredKeys: ['id', 'date', 'title', 'parties'] },
);
const validish = fc.record({
  version: fc.constant(1),
  title: maybe(text),
  description: maybe(text),
  locale: maybe(fc.constantFrom('en-GB', 'ru', 'ar', 'not a locale', '')),
  parties: fc.array(party, { minLength: 1, maxLength: 6 }),
  people: maybe(fc.array(fc.record({ id, name: text, role: maybe(text), party: maybe(id) }), { maxLength: 3 })),
  topics: maybe(fc.array(fc.record({ id, label: text }), { maxLength: 3 })),
  events: fc.array(event, { maxLength: 12 }),
});

/** Replaces one value somewhere in a document with anything JSON can hold. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (!path.length || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (!keys.length) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  if (path[0]! % 7 === 6) delete copy[key];
  else copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}
const mutated = fc
  .tuple(validish, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([doc, path, replacement]) => mutate(doc, path, replacement));

const anyDocument = fc.oneof(
  { weight: 4, arbitrary: validish },
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withMap: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      maxDepth: 3,
    }),
  },
  {
    weight: 1,
    arbitrary: validish.map((doc) => JSON.stringify(doc)).chain((json) => fc.nat({ max: json.length }).map((cut) => json.slice(0, cut))),
  },
);

function inputEvents(input: unknown): number {
  try {
    const value = typeof input === 'string' ? JSON.parse(input) : input;
    const events = (value as { events?: unknown }).events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

/** The invariants every parse result keeps, whatever the input. */
function checkResult(input: unknown, result: ParseResult): void {
  if (!result.ok) {
    expect(result.error.message).to.be.a('string').and.not.equal('');
    return;
  }
  const { model, warnings } = result;
  const kept = new Set(model.events.map((e) => e.index));
  for (let i = 0; i < inputEvents(input); i++) {
    if (!kept.has(i) && !warnings.some((w) => w.path === `events[${i}]` || w.path.startsWith(`events[${i}].`))) {
      throw new Error(`events[${i}] was dropped without a warning`);
    }
  }
  for (const e of model.events) {
    expect(e.parties.length).to.be.at.least(1);
    for (const p of e.parties) expect(model.partyById.has(p)).to.be.true;
    for (const r of e.related) expect(r).to.not.equal(e.id);
    for (const link of [...e.sources.map((s) => s.url), ...(e.image ? [e.image.url] : [])]) {
      expect(new URL(link).protocol).to.match(/^https?:$/);
    }
  }
  for (const p of model.parties) if (p.color !== undefined) expect(isCssColor(p.color)).to.be.true;
  for (const w of warnings) expect(w.message.length).to.be.below(400);
}

describe('property: parseTimeline', function () {
  this.timeout(60_000);
  const prototypes = snapshotPrototypes();

  it('never throws and keeps its invariants for 3,000 generated documents', () => {
    fc.assert(
      fc.property(anyDocument, (input) => {
        checkResult(input, parseTimeline(input));
      }),
      { numRuns: 3000, seed: Number(new URLSearchParams(location.search).get('seed') ?? Date.now() % 1e9) },
    );
    expect(snapshotPrototypes()).to.equal(prototypes);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads any JSON text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (input) => {
        checkResult(input, parseTimeline(input));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('property: <entente-timeline>', function () {
  this.timeout(120_000);
  let element: EntenteTimeline;
  const { warn, error } = console;
  before(() => {
    console.warn = console.error = () => undefined;
    element = createTimeline();
    column(720).append(element);
  });
  after(() => {
    Object.assign(console, { warn, error });
    element.parentElement!.remove();
  });

  it('draws every kept event, reports every dropped one and links only to http(s), for 200 documents', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(validish, validish, mutated, fc.jsonValue({ maxDepth: 3 })), fc.nat(), async (input, pick) => {
          // null means "no data" to the element (it then looks for src or inline JSON).
          if (input === null) return;
          const result = parseTimeline(input);
          // Setting the value the property already holds is no change to Lit (true after
          // true, say, as fast-check shrinks): clear it first so every run is a new document.
          if (Object.is(element.data, input)) {
            element.data = undefined;
            await element.updateComplete;
          }
          const outcome = nextOutcome(element, 3000);
          element.data = input;
          const seen = await outcome;
          await element.updateComplete;
          if (!result.ok) {
            expect(seen.kind, 'error reported').to.equal('error');
            return;
          }
          if (!result.model.events.length) return;
          expect(seen.kind, 'drawn').to.equal('render');
          if (seen.kind === 'render') expect(seen.detail.events).to.equal(result.model.events.length);
          const drawn = new Set(drawnEventIds(element));
          for (const e of result.model.events) expect(drawn.has(e.id), `event ${JSON.stringify(e.id)} drawn`).to.be.true;
          const chosen = result.model.events[pick % result.model.events.length]!;
          element.select(chosen.id);
          await element.updateComplete;
          expect(element.shadowRoot!.querySelector('[part="detail"]'), 'detail card').to.exist;
          expect(unsafeHrefs(element.shadowRoot!)).to.deep.equal([]);
          expect(unsafeHrefs(document)).to.deep.equal([]);
        }),
        { numRuns: 200 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    expect(pwned).to.deep.equal([]);
  });
});
