// The hostile corpus (test/fixtures/hostile, see generate.mjs there): every document is parsed,
// drawn, and every event's detail card opened, with a sentinel that any payload which runs
// would call. Data must stay text, prototypes must stay clean, and nothing may be lost silently.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/data/index.js';
import type { TimelineDocument } from '../../src/data/index.js';
import { drawnEventIds, markupFromData, mountData, pwned, sleep, snapshotPrototypes, unmount, unsafeHrefs } from './helpers.js';

interface Entry {
  readonly file: string;
  readonly about: string;
  readonly expect: {
    readonly ok: boolean;
    readonly error?: string;
    readonly events?: number;
    readonly warn?: readonly (readonly [string, string])[];
  };
}

const BASE = '/test/fixtures/hostile/';

/** Mocha needs the list of tests synchronously (and the build target has no top-level await). */
function readSync(url: string): string {
  const request = new XMLHttpRequest();
  request.open('GET', url, false);
  request.send();
  return request.responseText;
}

const manifest = JSON.parse(readSync(`${BASE}index.json`)) as Entry[];
const texts = new Map<string, string>();

/** Input events of a document that parsed as an object, for the nothing-lost check. */
function inputEventCount(text: string): number {
  try {
    const events = (JSON.parse(text.replace(/^\uFEFF/, '')) as TimelineDocument).events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

describe('hostile corpus', function () {
  this.timeout(60_000);
  const prototypesBefore = snapshotPrototypes();
  const { warn, error } = console;
  before(async () => {
    for (const entry of manifest) texts.set(entry.file, await (await fetch(BASE + entry.file)).text());
    // The element reports each warning on the console; thousands of them only slow the run.
    console.warn = console.error = () => undefined;
  });
  after(() => {
    Object.assign(console, { warn, error });
  });

  it('has at least 40 documents, each listed once', () => {
    expect(manifest.length).to.be.at.least(40);
    expect(new Set(manifest.map((entry) => entry.file)).size).to.equal(manifest.length);
  });

  for (const entry of manifest) {
    it(`${entry.file}: ${entry.about}`, async () => {
      const text = texts.get(entry.file)!;
      const result = parseTimeline(text);
      expect(result.ok, result.ok ? 'parsed' : `${result.error.code}: ${result.error.message}`).to.equal(entry.expect.ok);
      if (!result.ok && entry.expect.error) expect(result.error.code).to.equal(entry.expect.error);
      if (result.ok) {
        const warned = result.warnings.map((warning) => `${warning.path} ${warning.code}`);
        for (const [path, code] of entry.expect.warn ?? []) expect(warned).to.include(`${path} ${code}`);
        if (entry.expect.events !== undefined) expect(result.model.events).to.have.length(entry.expect.events);
        // Nothing lost silently: every input event that is not in the model has a warning on its path.
        const kept = new Set(result.model.events.map((event) => event.index));
        for (let i = 0; i < inputEventCount(text); i++) {
          if (kept.has(i)) continue;
          expect(
            result.warnings.some((w) => w.path === `events[${i}]` || w.path.startsWith(`events[${i}].`)),
            `events[${i}] dropped without a warning`,
          ).to.be.true;
        }
        // A message quotes a value shortened: a 100 KB string never becomes a 100 KB warning.
        for (const warning of result.warnings) expect(warning.message.length).to.be.below(400);
      }

      const { element, outcome } = await mountData(text);
      try {
        if (!result.ok) {
          expect(outcome.kind).to.equal('error');
          const panel = element.shadowRoot!.querySelector('[part="error"]');
          expect(panel, 'error panel').to.exist;
          expect(element.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(0);
        } else if (result.model.events.length) {
          expect(outcome.kind).to.equal('render');
          if (outcome.kind === 'render') expect(outcome.detail.events).to.equal(result.model.events.length);
          const drawn = new Set(drawnEventIds(element));
          for (const event of result.model.events) expect(drawn.has(event.id), `event ${event.id.slice(0, 40)} drawn`).to.be.true;
          // Open the detail card of (up to 12 of) the events, so every text field is rendered.
          for (const event of result.model.events.slice(0, 12)) {
            element.select(event.id);
            await element.updateComplete;
            const card = element.shadowRoot!.querySelector('[part="detail"]');
            expect(card, 'detail card').to.exist;
            expect(card!.textContent).to.contain(event.title);
          }
          await sleep(30); // a broken image reports its error now
          const card = element.shadowRoot!.querySelector('[part="detail"]') as HTMLElement;
          expect(card.getBoundingClientRect().height, 'card still laid out').to.be.greaterThan(0);
        }
        expect(unsafeHrefs(element.shadowRoot!)).to.deep.equal([]);
        expect(markupFromData(element)).to.deep.equal([]);
        expect(pwned, 'payload executed').to.deep.equal([]);
        expect(snapshotPrototypes()).to.equal(prototypesBefore);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      } finally {
        unmount(element);
      }
    });
  }

  it('no payload ran, during the corpus or after it', async () => {
    await sleep(100);
    expect(pwned).to.deep.equal([]);
    expect(unsafeHrefs(document)).to.deep.equal([]);
    expect(snapshotPrototypes()).to.equal(prototypesBefore);
  });
});
