// Network faults for `src`: each one gets an error panel that says which, with Retry where
// loading again can help, and a later good load replaces the error. Endpoints: the
// middleware in web-test-runner.config.mjs.
import { expect } from '@open-wc/testing';
import type { EntenteTimeline } from '../../src/index.js';
import { defaultStrings } from '../../src/strings.js';
import { column, createTimeline, nextOutcome, type Outcome } from './helpers.js';

const ONE_EVENT = 'test/fixtures/element/one-event.json';
let element: EntenteTimeline;

async function load(src: string, setup: (element: EntenteTimeline) => void = () => undefined): Promise<Outcome> {
  element = createTimeline();
  setup(element);
  element.src = src;
  const outcome = nextOutcome(element, 8000);
  column().append(element);
  const result = await outcome;
  await element.updateComplete;
  return result;
}

const panel = () => element.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const retry = () => panel()?.querySelector<HTMLButtonElement>('[part="retry"]') ?? null;

describe('network faults for src', function () {
  this.timeout(20_000);
  const { error } = console;
  before(() => {
    console.error = () => undefined;
  });
  after(() => {
    console.error = error;
  });
  afterEach(() => element?.parentElement?.remove());

  it('404: says the server answered 404, offers no Retry (asking again gives the same answer)', async () => {
    const outcome = await load('/test/fixtures/hostile/no-such-file.json');
    expect(outcome.kind).to.equal('error');
    if (outcome.kind === 'error') expect(outcome.detail).to.include({ reason: 'http', status: 404 });
    expect(panel()!.textContent).to.contain('404');
    expect(retry()).to.not.exist;
  });

  for (const status of [408, 429, 503]) {
    it(`${status}: offers Retry (the way failed, not the data)`, async () => {
      const outcome = await load(`/test-api/status/${status}`);
      if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
      expect(outcome.detail.status).to.equal(status);
      expect(retry()).to.exist;
    });
  }

  it('500: says the server answered 500, offers Retry', async () => {
    const outcome = await load('/test-api/status/500');
    if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
    expect(outcome.detail.status).to.equal(500);
    expect(panel()!.textContent).to.contain('500');
    expect(retry()).to.exist;
  });

  it("timeout: abandons the load after the element's `timeout`, offers Retry", async () => {
    const started = performance.now();
    const outcome = await load(`/test-api/slow?ms=3000&file=${ONE_EVENT}`, (e) => {
      e.timeout = 300;
    });
    if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
    expect(outcome.detail.reason).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2500);
    expect(panel()!.textContent).to.contain(defaultStrings.errors.timeout);
    expect(retry()).to.exist;
  });

  for (const [what, src] of [
    ['an HTML page (text/html)', '/test-api/html'],
    ['an HTML page labelled application/json', '/test-api/html-as-json'],
  ]) {
    it(`${what}: says it is a web page, not a JSON syntax error`, async () => {
      const outcome = await load(src!);
      if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
      expect(outcome.detail.reason).to.equal('not-json');
      expect(outcome.detail.fault?.code).to.equal('html-not-json');
      expect(outcome.detail.message).to.contain('web page (HTML)');
      expect(outcome.detail.message).to.not.contain('Unexpected token');
      expect(panel()!.textContent).to.contain('web page (HTML)');
    });
  }

  it('truncated JSON: says the file looks cut off', async () => {
    const outcome = await load('/test-api/truncated?file=examples/karabakh-2020-2021.json');
    if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
    expect(outcome.detail.reason).to.equal('not-json');
    expect(panel()!.textContent).to.contain('cut off');
  });

  it('too large (declared length): refused before reading, says the limit', async () => {
    const outcome = await load('/test-api/huge?bytes=50000&declare=1', (e) => {
      e.maxBytes = 10_000;
    });
    if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
    expect(outcome.detail.reason).to.equal('too-large');
    expect(panel()!.textContent).to.contain('10000 bytes');
  });

  it('too large (streamed, no length): cut off at the limit', async () => {
    const outcome = await load('/test-api/huge?bytes=5000000', (e) => {
      e.maxBytes = 100_000;
    });
    if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
    expect(outcome.detail.reason).to.equal('too-large');
  });

  it('CORS or unreachable server: reason network, the message names CORS, offers Retry', async () => {
    const outcome = await load('http://127.0.0.1:9/timeline.json');
    if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
    expect(outcome.detail.reason).to.equal('network');
    expect(outcome.detail.message).to.contain('CORS');
    expect(outcome.detail.fault?.code).to.equal('cors');
    expect(panel()!.textContent).to.contain('CORS');
    expect(retry()).to.exist;
  });

  it('Retry after a failure loads again, and the good document replaces the error', async () => {
    const key = `retry-${Math.random()}`;
    const outcome = await load(`/test-api/flaky?key=${key}&status=503&file=${ONE_EVENT}`);
    expect(outcome.kind).to.equal('error');
    const rendered = nextOutcome(element);
    retry()!.click();
    const second = await rendered;
    await element.updateComplete;
    expect(second.kind).to.equal('render');
    expect(panel()).to.not.exist;
    expect(element.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(1);
  });

  it('a new src after an error replaces the error', async () => {
    await load('/test-api/html');
    const rendered = nextOutcome(element);
    element.src = `/${ONE_EVENT}`;
    expect((await rendered).kind).to.equal('render');
    await element.updateComplete;
    expect(panel()).to.not.exist;
  });

  it('HTML, truncated, too-large and 403 src responses offer no Retry; the fault is behind a closed disclosure for developers', async () => {
    for (const src of ['/test-api/html', '/test-api/truncated?file=examples/karabakh-2020-2021.json', '/test-api/status/403']) {
      await load(src);
      expect(retry(), src).to.not.exist;
      element.parentElement!.remove();
    }
    await load('/test-api/huge?bytes=50000&declare=1', (e) => {
      e.maxBytes = 1000;
    });
    expect(retry()).to.not.exist;
    const details = panel()!.querySelector<HTMLDetailsElement>('details[part="error-details"]')!;
    expect(details.open).to.be.false;
    expect(details.querySelector('summary')!.textContent).to.equal(defaultStrings.errorDetails);
    expect(details.querySelector('code')!.textContent).to.contain('1000 bytes');
    expect(panel()!.querySelector('.reason')!.textContent).to.not.contain('1000 bytes');
  });
});
