// The interface language of the element's own panels (loading, renderer failure) follows
// the resolved locale through loadStrings + resolveStrings, and is there from the first
// render: no English shows while the language loads. Its own page, so that no language is
// loaded before a test asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import { EntenteTimeline } from '../../src/index.js';
import { defaultStrings, isStringsLoaded, loadStrings, resolveStrings } from '../../src/strings.js';
import { sampleDocument } from './fixtures.js';
import { mountTimeline } from './mount.js';

const SLOW = '/test-api/slow?ms=3000&file=test/fixtures/element/one-event.json';

/**
 * A column whose element sits far below the fold: a lazy element there shows its own
 * loading panel and does not load the renderer (whose panels the view draws).
 */
const FAR_BELOW = (lang?: string) =>
  fixture<HTMLDivElement>(html`<div lang=${lang ?? ''} style="width:700px"><div style="height:4000px"></div></div>`);

/** Mounts an element under `parent`, recording every text its shadow root ever shows. */
async function mountRecording(parent: HTMLElement, attributes: Record<string, string>) {
  const element = document.createElement('entente-timeline') as EntenteTimeline;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const texts: string[] = [];
  parent.append(element);
  // The shadow root exists once connected; Lit renders in a later microtask.
  const observer = new MutationObserver(() => texts.push(element.shadowRoot!.textContent ?? ''));
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
  await element.updateComplete;
  observer.disconnect();
  return { element, texts };
}

describe("the element in the reader's language", function () {
  this.timeout(10_000);

  afterEach(() => {
    for (const element of document.querySelectorAll('entente-timeline')) element.remove();
  });

  it('Arabic, right to left: nothing requested far below, the first render near the viewport already in Arabic', async () => {
    expect(isStringsLoaded('ar'), 'not loaded before the element asks').to.be.false;
    const wrapper = await FAR_BELOW();
    wrapper.removeAttribute('lang');
    const { element, texts } = await mountRecording(wrapper, { locale: 'ar', dir: 'rtl', src: SLOW });
    expect(isStringsLoaded('ar'), 'far below the fold, the language is not requested').to.be.false;
    const panel = () => element.shadowRoot!.querySelector('[part="loading"]')!;
    expect(panel().textContent!.trim(), 'no English while the language is unknown').to.equal('');
    const observer = new MutationObserver(() => texts.push(element.shadowRoot!.textContent ?? ''));
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    element.scrollIntoView();
    const until = Date.now() + 5000;
    while (!isStringsLoaded('ar') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    observer.disconnect();
    const arabic = resolveStrings(undefined, 'ar');
    expect(arabic.loading).to.equal('جارٍ تحميل الخط الزمني…');
    expect(texts.length, 'rendered').to.be.greaterThan(0);
    for (const text of texts) expect(text).to.not.contain(defaultStrings.loading);
    expect(panel().textContent!.trim()).to.equal(arabic.loading);
    expect(getComputedStyle(panel()).direction).to.equal('rtl');
  });

  it("Japanese: the marks' names and the related events in the card read with Japanese punctuation", async () => {
    await loadStrings('ja');
    const element = await mountTimeline(sampleDocument(), { attributes: { locale: 'ja', selected: 'baku' } });
    const root = element.shadowRoot!;
    expect(root.querySelector('[part~="event"][data-event-id="statement"]')!.getAttribute('aria-label')).to.equal(
      '2020年11月9日、三か国間：\u2068Russia\u2069、\u2068Azerbaijan\u2069、\u2068Armenia\u2069。\u2068Trilateral statement\u2069',
    );
    const card = root.querySelector('[part="detail"]')!;
    expect(card.querySelector('[part="related-link"]')!.textContent!.trim()).to.equal('2020年11月9日：Trilateral statement');
  });

  it('German: the zoom hint names the key as German keyboards do (Strg, not Ctrl)', async () => {
    await loadStrings('de');
    const element = await mountTimeline(sampleDocument(), { attributes: { locale: 'de' } });
    const svg = element.shadowRoot!.querySelector('[part="chart"] svg')!;
    const box = svg.getBoundingClientRect();
    const wheel = { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, deltaY: -400 };
    svg.dispatchEvent(new WheelEvent('wheel', wheel));
    await element.updateComplete;
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    expect(element.shadowRoot!.querySelector('.hint')?.textContent).to.equal(
      `Zum Zoomen ${mac ? '⌘' : 'Strg'} gedrückt halten und scrollen`,
    );
  });

  it("follows the page's nearest lang when the element has no locale, under a site's overrides", async () => {
    await loadStrings('uk');
    const wrapper = await FAR_BELOW('uk');
    const element = document.createElement('entente-timeline') as EntenteTimeline;
    element.strings = { loading: 'Зачекайте…' };
    element.src = SLOW;
    wrapper.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="loading"]')!.textContent!.trim(), 'the override').to.equal('Зачекайте…');
    element.strings = undefined;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="loading"]')!.textContent!.trim()).to.equal('Завантаження хронології…');
  });

  it("the renderer-failure panel is in the element's language too", async () => {
    class BrokenTimeline extends EntenteTimeline {
      protected static override importView() {
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
    }
    customElements.define('broken-locale-timeline', BrokenTimeline);
    const { error } = console;
    console.error = () => undefined;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="he" dir="rtl" style="width:700px"></div>`);
      const element = document.createElement('broken-locale-timeline') as BrokenTimeline;
      element.loading = 'eager';
      element.strings = { retry: 'שוב' };
      const failed = new Promise((resolve) => element.addEventListener('entente-error', resolve, { once: true }));
      wrapper.append(element);
      await failed;
      await element.updateComplete;
      const hebrew = resolveStrings(undefined, 'he');
      const panel = element.shadowRoot!.querySelector('[part="error"]')!;
      expect(panel.textContent).to.contain(hebrew.errorTitle).and.to.contain(hebrew.errors.code);
      expect(hebrew.errorTitle).to.not.equal(defaultStrings.errorTitle);
      expect(panel.querySelector('[part="retry"]')!.textContent!.trim(), "the site's override").to.equal('שוב');
    } finally {
      console.error = error;
    }
  });
});
