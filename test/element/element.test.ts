import { expect, fixture, html, oneEvent as anyEvent, nextFrame, waitUntil } from '@open-wc/testing';
import { EntenteTimeline, type EntenteErrorDetail } from '../../src/index.js';
import { sampleDocument } from './fixtures.js';

/** `oneEvent`, typed by the element's events in HTMLElementEventMap. */
const oneEvent = <K extends keyof HTMLElementEventMap>(target: EventTarget, name: K) =>
  anyEvent(target, name) as Promise<HTMLElementEventMap[K]>;

const shadow = (element: EntenteTimeline) => element.shadowRoot!;
const marks = (element: EntenteTimeline) => [...shadow(element).querySelectorAll<SVGGElement>('[part~="event"]')];
const mark = (element: EntenteTimeline, id: string) =>
  shadow(element).querySelector<SVGGElement>(`[part~="event"][data-event-id="${id}"]`)!;

/** Mounts an element in a fixed-width column and waits for its first drawn chart. */
/** The next such event from anywhere on the page (they bubble and are composed). */
function nextEventOnPage<T>(type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    document.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true, capture: true }),
  );
}

async function mount(template: ReturnType<typeof html>, width = 900): Promise<EntenteTimeline> {
  // Listening before mounting: an element on screen with its data in hand draws within the mount.
  const rendered = nextEventOnPage('entente-render');
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const element = wrapper.querySelector('entente-timeline')!;
  await rendered;
  await element.updateComplete;
  return element;
}

describe('<entente-timeline> inputs', () => {
  it('draws the `data` property', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    expect(marks(element).map((m) => m.dataset.eventId)).to.have.members(['baku', 'statement', 'ministry', 'summit']);
    expect(shadow(element).querySelectorAll('[part="lane"]')).to.have.length(4);
  });

  it('draws an inline <script type="application/json"> child', async () => {
    const text = JSON.stringify(sampleDocument());
    const wrapper = document.createElement('div');
    wrapper.style.width = '800px';
    const element = document.createElement('entente-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    element.append(script);
    wrapper.append(element);
    const rendered = oneEvent(element, 'entente-render');
    document.body.append(wrapper);
    const { detail } = await rendered;
    expect(detail.events).to.equal(4);
    wrapper.remove();
  });

  it('fetches `src`, and only the last `src` wins', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        <entente-timeline src="/test-api/slow?ms=600&file=test/fixtures/element/two-events.json"></entente-timeline>
      </div>`,
    );
    const element = wrapper.querySelector('entente-timeline')!;
    // On screen, it waits for its renderer's module (a request of its own in the npm build), then shows the loading panel.
    await waitUntil(() => shadow(element).querySelector('[part="loading"]'), 'the loading panel');
    element.src = '/test/fixtures/element/one-event.json';
    const { detail } = await oneEvent(element, 'entente-render');
    expect(detail.events).to.equal(1);
    // The slow response arrives later and must not replace the newer document.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await element.updateComplete;
    expect(marks(element)).to.have.length(1);
  });

  it('shows an error panel with the reason for a 404', async () => {
    const failed = nextEventOnPage<EntenteErrorDetail>('entente-error');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        <entente-timeline src="/test/fixtures/element/missing.json"></entente-timeline>
      </div>`,
    );
    const element = wrapper.querySelector('entente-timeline')!;
    const { detail } = await failed;
    await element.updateComplete;
    expect(detail.reason).to.equal('http');
    expect(detail.status).to.equal(404);
    const panel = shadow(element).querySelector('[part="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('404');
    expect(panel.querySelector('[part="retry"]')).to.not.exist;
  });

  it('rejects a response that is not JSON, and a wrong version, with the path', async () => {
    const element = document.createElement('entente-timeline');
    document.body.append(element);
    element.data = '{"version": 1, "parties": [';
    let { detail } = await oneEvent(element, 'entente-error');
    expect(detail.reason).to.equal('not-json');
    element.data = { version: 2, parties: [], events: [] };
    ({ detail } = await oneEvent(element, 'entente-error'));
    expect(detail.reason).to.equal('invalid');
    expect(detail.fault?.path).to.equal('version');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="error"]')!.textContent).to.contain('version');
    expect(marks(element)).to.have.length(0);
    element.remove();
  });

  it('replaces an error with the next good document', async () => {
    const element = document.createElement('entente-timeline');
    document.body.append(element);
    element.data = { version: 1, parties: 'nope', events: [] };
    await oneEvent(element, 'entente-error');
    element.data = sampleDocument();
    await oneEvent(element, 'entente-render');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="error"]')).to.not.exist;
    element.remove();
  });
});

describe('<entente-timeline> drawing', () => {
  it('reports every dropped part as a warning in the event, and one summary line on the console', async () => {
    const calls: string[] = [];
    const originals = { warn: console.warn, error: console.error, log: console.log, info: console.info };
    for (const name of ['warn', 'error', 'log', 'info'] as const) {
      console[name] = (...args: unknown[]) => calls.push(`${name}: ${args.join(' ')}`);
    }
    try {
      const doc = sampleDocument();
      (doc.events as unknown[]).push(
        { id: 'bad-date', date: '2021-02-30', title: 'Impossible day', parties: ['RU', 'AZ'] },
        { id: 'ghost', date: '2021-01-01', title: 'Unknown party', parties: ['RU', 'XX'] },
      );
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const element = document.createElement('entente-timeline');
      element.data = doc;
      const rendered = oneEvent(element, 'entente-render');
      wrapper.append(element);
      const { detail } = await rendered;
      expect(detail.events).to.equal(4);
      const paths = detail.warnings.map((w) => w.path);
      expect(paths).to.include('events[4].date');
      expect(paths.some((p) => p.startsWith('events[5].parties'))).to.be.true;
      expect(paths.some((p) => p.startsWith('events[0].sources[1]'))).to.be.true;
      expect(detail.ms).to.be.a('number').and.to.be.at.least(0);
      expect(detail.warnings.length).to.be.at.least(3);
      expect(calls).to.deep.equal([`warn: entente-timeline: ${detail.warnings.length} warnings, see entente-render's detail.warnings`]);
    } finally {
      Object.assign(console, originals);
    }
  });

  it('gives "United States" and "United Arab Emirates" lane labels that differ at 520 px, without short names', async () => {
    const doc = {
      version: 1,
      parties: [
        { id: 'us', name: 'United States' },
        { id: 'ae', name: 'United Arab Emirates' },
      ],
      events: [{ id: 'e', date: '2020-09-15', title: 'Signing', parties: ['us', 'ae'] }],
    };
    const element = await mount(html`<entente-timeline .data=${doc}></entente-timeline>`, 520);
    const label = (id: string) =>
      shadow(element)
        .querySelector(`[part="lane"][data-party-id="${id}"] text`)!
        .textContent!.replace(/[\u2068\u2069]/g, '');
    expect(label('us')).to.not.equal(label('ae'));
    expect([label('us'), label('ae')]).to.deep.equal(['US', 'UAE']);
  });

  it('marks only the lanes of participating parties, with a shape per arity', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    const lanes = new Map(
      [...shadow(element).querySelectorAll<SVGGElement>('[part="lane"]')].map((lane) => [
        lane.dataset.partyId!,
        Number(lane.querySelector('line')!.getAttribute('y1')),
      ]),
    );
    const bilateral = mark(element, 'baku');
    const glyphYs = [...bilateral.querySelectorAll('.glyph')].map((g) => Number(g.getAttribute('cy')));
    expect(glyphYs).to.have.members([lanes.get('RU'), lanes.get('AZ')]);
    expect(bilateral.querySelectorAll('circle.glyph')).to.have.length(2);
    expect(mark(element, 'statement').querySelectorAll('path.glyph')).to.have.length(3);
    expect(mark(element, 'summit').querySelectorAll('rect.glyph')).to.have.length(4);
    expect(mark(element, 'ministry').querySelectorAll('.glyph')).to.have.length(1);
    expect(mark(element, 'ministry').querySelector('.connector')).to.not.exist;
    // The span is drawn from its start to its end.
    const span = mark(element, 'summit').querySelector('.span')!;
    expect(Number(span.getAttribute('x2'))).to.be.greaterThan(Number(span.getAttribute('x1')));
    // Armenia's lane lies between or beside the others, but the bilateral RU–AZ mark never touches it.
    expect(glyphYs).to.not.include(lanes.get('AM'));
  });

  it('gives every event an accessible name with date, arity, parties and title', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    const name = mark(element, 'baku').getAttribute('aria-label')!;
    expect(name).to.contain('11 May 2021');
    expect(name).to.contain('bilateral');
    expect(name).to.contain('Russia');
    expect(name).to.contain('Azerbaijan');
    expect(name).to.contain('Lavrov meets Aliyev in Baku');
    expect(mark(element, 'ministry').getAttribute('aria-label')).to.contain('May 2021');
  });

  it("keeps a calendar day on its day in the reader's time zone", async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    // Whatever zone the browser runs in (the suite runs under UTC−10 and UTC+14),
    // 11 May stays 11 May and 9 November stays 9 November.
    expect(mark(element, 'baku').getAttribute('aria-label')).to.match(/^11 May 2021/);
    expect(mark(element, 'statement').getAttribute('aria-label')).to.match(/^9 November 2020/);
  });

  it('sizes itself to its container', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`, 700);
    const svg = shadow(element).querySelector('[part="chart"] svg')!;
    expect(svg.getAttribute('width')).to.equal('700');
    (element.parentElement as HTMLElement).style.width = '520px';
    const { detail } = await oneEvent(element, 'entente-render');
    expect(detail.events).to.equal(4);
    expect(svg.getAttribute('width')).to.equal('520');
  });

  it('draws a new element on screen with its data in hand in the same task, waiting for no observer or frame', async () => {
    // The renderer as the drop-in files hold it, part of the script: a resolved promise, not a module request.
    const viewModule = await import('../../src/view/index.js');
    class DropInTimeline extends EntenteTimeline {
      protected static override importView() {
        return Promise.resolve(viewModule);
      }
    }
    customElements.define('drop-in-timeline', DropInTimeline);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const element = document.createElement('drop-in-timeline') as DropInTimeline;
    element.data = sampleDocument();
    // Observer reports and animation frames come in later tasks than this one.
    let laterTaskRan = false;
    setTimeout(() => (laterTaskRan = true), 0);
    const rendered = oneEvent(element, 'entente-render');
    wrapper.append(element);
    const { detail } = await rendered;
    expect(laterTaskRan, 'a later task ran before entente-render').to.equal(false);
    expect(detail.events).to.equal(4);
    expect(shadow(element).querySelector('[part="chart"] svg')!.getAttribute('width')).to.equal('700');
  });

  it('reserves its height before the data arrives', async () => {
    const element = await fixture<EntenteTimeline>(html`<entente-timeline></entente-timeline>`);
    expect(element.getBoundingClientRect().height).to.be.greaterThan(200);
  });
});

describe('<entente-timeline> selection', () => {
  it('selects on click, fires entente-select and shows the detail card', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    const selected = oneEvent(element, 'entente-select');
    mark(element, 'baku').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await selected;
    expect(detail.id).to.equal('baku');
    expect(detail.event?.title).to.equal('Lavrov meets Aliyev in Baku');
    await element.updateComplete;
    expect(element.getAttribute('selected')).to.equal('baku');
    const card = shadow(element).querySelector('[part="detail"]')!;
    expect(card.textContent).to.contain('Lavrov meets Aliyev in Baku');
    expect(card.textContent).to.contain('Baku, Azerbaijan');
    expect(card.textContent).to.contain('Azerbaijan is ready for this.');
    expect(card.textContent).to.contain('Ilham Aliyev');
    expect(card.textContent).to.contain('Transport links');
    const links = [...card.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/report']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(mark(element, 'baku').getAttribute('aria-pressed')).to.equal('true');
  });

  it('fires no entente-select when the page selects, clears or resets from code', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    const fired: unknown[] = [];
    element.addEventListener('entente-select', (event) => fired.push(event.detail));
    element.select('baku');
    await element.updateComplete;
    expect(element.selected).to.equal('baku');
    element.select(null);
    element.select('baku');
    element.reset();
    await element.updateComplete;
    expect(element.selected).to.equal(undefined);
    expect(fired).to.deep.equal([]);
  });

  it('opens a related event from the card and closes with the close button', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()} selected="baku"></entente-timeline>`);
    const card = shadow(element).querySelector('[part="detail"]')!;
    const related = card.querySelector<HTMLButtonElement>('[part="related-link"]')!;
    expect(related.textContent).to.contain('Trilateral statement');
    related.click();
    await element.updateComplete;
    expect(element.selected).to.equal('statement');
    const cleared = oneEvent(element, 'entente-select');
    shadow(element).querySelector<HTMLButtonElement>('[part="close"]')!.click();
    expect((await cleared).detail.id).to.equal(null);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="detail"]')).to.not.exist;
    expect(element.hasAttribute('selected')).to.be.false;
  });

  it('has one tab stop; arrows move through time, Enter opens, Escape closes', async () => {
    const element = await mount(html`<entente-timeline .data=${sampleDocument()}></entente-timeline>`);
    const focusable = marks(element).filter((m) => m.getAttribute('tabindex') === '0');
    expect(focusable).to.have.length(1);
    expect(focusable[0]!.dataset.eventId).to.equal('statement');
    focusable[0]!.focus();
    const key = (k: string) =>
      shadow(element).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('ArrowRight');
    await element.updateComplete;
    await nextFrame();
    expect((shadow(element).activeElement as SVGElement).dataset.eventId).to.equal('summit');
    key('End');
    await element.updateComplete;
    expect((shadow(element).activeElement as SVGElement).dataset.eventId).to.equal('ministry');
    key('Enter');
    await element.updateComplete;
    expect(element.selected).to.equal('ministry');
    // Keyboard focus shows the mark's preview: the first Escape hides it, the second closes the card.
    expect(shadow(element).querySelector('[part="preview"]') !== null, 'a preview').to.equal(true);
    key('Escape');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="preview"]') === null, 'no preview').to.equal(true);
    expect(element.selected).to.equal('ministry');
    key('Escape');
    await element.updateComplete;
    expect(element.selected).to.equal(undefined);
  });
});

describe('registration', () => {
  it('a second copy of the script on the page does nothing but warn once', async () => {
    const first = customElements.get('entente-timeline');
    expect(first).to.exist;
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // The drop-in file is self-contained: loading it is a second, separate copy
      // of the element (npm test builds it first).
      await import(/* @vite-ignore */ `/dist/entente-timeline.js?copy=${Date.now()}`);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('already defined'))).to.have.length(1);
    expect(customElements.get('entente-timeline')).to.equal(first);
  });
});
