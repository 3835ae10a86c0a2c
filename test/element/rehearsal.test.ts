import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';

// Its own file, so its own page: the rehearsal happens once per page, and here it is this element's.

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

describe('the rehearsal of a first render', () => {
  it('happens while the data is on its way, out of sight, and leaves no trace', async () => {
    const outside: string[] = [];
    const listen = (event: Event) => outside.push(event.type);
    for (const type of ['entente-render', 'entente-error', 'entente-select'] as const) document.addEventListener(type, listen);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:800px">
          <entente-timeline src="/test-api/slow?ms=1500&file=test/fixtures/element/two-events.json"></entente-timeline>
        </div>`,
      );
      const element = wrapper.querySelector<EntenteTimeline>('entente-timeline')!;
      const rendered = oneEvent(element, 'entente-render');
      await element.updateComplete;
      const panel = element.shadowRoot!.querySelector('[part="loading"]');
      expect(panel).to.exist;
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      observer.observe(wrapper, { subtree: true, childList: true, attributes: true });
      // Requests for anything but code (the view's modules load from the test server meanwhile).
      const requests = () =>
        performance.getEntriesByType('resource').filter((entry) => !/\.(ts|js|mjs)$/.test(new URL(entry.name).pathname)).length;
      const before = requests();
      // The view arrives once the element is seen near the viewport; the rehearsal at the first idle moment after.
      for (let i = 0; i < 50 && !performance.getEntriesByName('entente:rehearse').length; i++) await idle();
      // Its steps take an idle moment each.
      for (let i = 0; i < 6; i++) await idle();

      expect(performance.getEntriesByName('entente:rehearse'), 'rehearsed while the document was on its way').to.have.length(1);
      expect(mutations, 'nothing in the page or the shadow root changed').to.equal(0);
      expect(outside, 'no event reached the page').to.deep.equal([]);
      expect(requests(), 'nothing was requested').to.equal(before);
      expect(element.shadowRoot!.querySelector('[part="loading"]')).to.equal(panel);
      observer.disconnect();

      // The real document is drawn as if nothing had happened, and not rehearsed twice.
      const { detail } = (await rendered) as CustomEvent<{ events: number }>;
      expect(detail.events).to.equal(2);
      expect(element.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(2);
      expect(element.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.not.match(/\bA\b.*\bB\b.*\bC\b.*\bD\b/s);
      await idle();
      expect(performance.getEntriesByName('entente:rehearse')).to.have.length(1);
      expect(outside).to.deep.equal(['entente-render']);
    } finally {
      for (const type of ['entente-render', 'entente-error', 'entente-select'] as const) document.removeEventListener(type, listen);
    }
  });
});
