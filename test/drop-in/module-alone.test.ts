// The drop-in module uploaded alone to a CMS: the site serves dist/entente-timeline.js and
// nothing beside it (/test-api/drop-in-only/ answers 404 for any other file). It must still
// read CSV and TimelineJS (the converters are inside, not a chunk beside it), and a language
// whose file is missing falls back to English with one console warning.
// This page loads no module of src/: the element here is the built file's.
import { expect } from '@open-wc/testing';
import type { EntenteRenderDetail, EntenteErrorDetail } from '../../src/element.js';

const SCRIPT = '/test-api/drop-in-only/entente-timeline.js';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Mounts an element of the built file, then waits for its first render or error. */
async function mount(attributes: Record<string, string>): Promise<{ element: HTMLElement; outcome: Event }> {
  const element = document.createElement('entente-timeline');
  element.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const outcome = new Promise<Event>((resolve) => {
    element.addEventListener('entente-render', resolve, { once: true });
    element.addEventListener('entente-error', resolve, { once: true });
  });
  const column = document.createElement('div');
  column.style.width = '800px';
  column.append(element);
  document.body.append(column);
  return { element, outcome: await outcome };
}

/** Scripts requested from the drop-in-only site so far. */
const scriptRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/test-api/drop-in-only/'));

describe('the drop-in module alone, with no file beside it', function () {
  this.timeout(20_000);
  const { warn } = console;
  const warnings: string[] = [];

  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    await import(/* @vite-ignore */ SCRIPT);
    await customElements.whenDefined('entente-timeline');
  });
  after(() => {
    console.warn = warn;
  });
  afterEach(() => {
    for (const element of document.querySelectorAll('entente-timeline')) element.parentElement!.remove();
  });

  for (const [format, src, events] of [
    ['CSV', '/examples/template.csv', 4],
    ['TimelineJS', '/examples/timelinejs-sample.json', 4],
  ] as const) {
    it(`reads ${format} by src and draws it`, async () => {
      const { element, outcome } = await mount({ src, layout: 'lanes' });
      const error = (outcome as CustomEvent<EntenteErrorDetail>).detail;
      expect(outcome.type, `${error.reason}: ${error.message}`).to.equal('entente-render');
      expect((outcome as CustomEvent<EntenteRenderDetail>).detail.events).to.equal(events);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot!.querySelectorAll('[part~="lane"]').length, 'lanes').to.be.greaterThan(0);
      expect(element.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length, 'marks').to.be.greaterThan(0);
      expect(scriptRequests(), 'one script, no chunk').to.deep.equal([SCRIPT]);
    });
  }

  it('shows English when the language file is missing, and warns once', async () => {
    warnings.length = 0;
    const first = await mount({ src: '/examples/template.csv', locale: 'fr' });
    await mount({ src: '/examples/timelinejs-sample.json', locale: 'fr-CA' });
    await sleep(50);
    expect(first.outcome.type).to.equal('entente-render');
    const about = warnings.filter((warning) => warning.includes('interface text'));
    expect(about, 'one warning for the language').to.have.length(1);
    expect(about[0]).to.contain('"fr"').and.to.contain('English');
    // The language's file is looked for beside the script.
    const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested).to.include('/test-api/drop-in-only/entente-timeline-strings-fr.js');
  });
});
