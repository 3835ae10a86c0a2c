// The article must not move when the chart replaces the loading panel: with the default
// --entente-reserved-height, the element's box is as tall while it loads as once drawn.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { settle } from './mount.js';

/** The element's outer box height: what the text below it is placed after. */
const boxHeight = (element: Element) => element.getBoundingClientRect().height;

async function loadFixture(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/${name}`)).json();
}

/** An eager element with no data yet (its loading panel), in a column of `width` pixels. */
async function mountLoading(width: number): Promise<EntenteTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const element = document.createElement('entente-timeline');
  element.loading = 'eager';
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

describe('the reserved height', () => {
  for (const [name, width] of [
    ['documents/iran-talks.json', 1200],
    ['documents/abraham-accords.json', 700],
    ['element/two-events.json', 900],
  ] as const) {
    it(`is the box of the loading panel and of the drawn chart alike (${name}, ${width} px)`, async () => {
      const data = await loadFixture(name);
      const element = await mountLoading(width);
      expect(element.shadowRoot!.querySelector('[part="loading"]'), 'the loading panel').to.exist;
      const loading = boxHeight(element);
      expect(loading, 'a height is reserved').to.be.greaterThan(400);

      const rendered = oneEvent(element, 'entente-render');
      element.data = data;
      await rendered;
      await settle(element);
      expect(element.shadowRoot!.querySelector('[part="chart"] svg'), 'the chart is drawn').to.exist;
      expect(boxHeight(element), 'the drawn box').to.equal(loading);
      element.parentElement!.remove();
    });
  }
});
