// The element is a shell; what draws (src/view/, with layout/, render/ and the
// stylesheets) loads when the element comes near the viewport. This file has a page
// of its own (one page per test file), so nothing else here has loaded the view yet.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

// A page of modules can outgrow the default buffer of 250 resource entries.
performance.setResourceTimingBufferSize(10_000);

/** Requests for the view's module so far, as the dev server serves src/ (view/index.js for view/index.ts). */
const viewRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/src\/view\/index\.[jt]s$/.test(path));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the reader sees of the loading panel. */
function panelLook(panel: Element) {
  const style = getComputedStyle(panel);
  const { width, height } = panel.getBoundingClientRect();
  const properties = [
    'color',
    'background-color',
    'border-top-style',
    'border-top-color',
    'border-radius',
    'padding-top',
    'font-size',
    'font-family',
    'align-items',
    'justify-content',
  ];
  return { width, height, ...Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])) };
}

describe('the renderer loads near the viewport', () => {
  it('is not requested for a lazy element far below the fold, and is once the reader scrolls near it', async () => {
    expect(viewRequests(), 'loaded with the element').to.deep.equal([]);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"><div style="height:4000px"></div></div>`);
    const element = document.createElement('entente-timeline');
    // Slow data, so the loading panel is still up when the renderer arrives.
    element.src = `/test-api/slow?ms=2500&file=test/fixtures/element/two-events.json&lazy-view=${Date.now()}`;
    wrapper.append(element);
    await element.updateComplete;
    // Long enough for the intersection observer to report and a dynamic import to arrive.
    await sleep(400);
    expect(viewRequests(), 'requested while far from the viewport').to.deep.equal([]);
    const panel = element.shadowRoot!.querySelector('[part="loading"]')!;
    expect(panel, 'the loading panel').to.exist;
    expect(element.getBoundingClientRect().height, 'the reserved height').to.be.greaterThan(200);

    const rendered = oneEvent(element, 'entente-render');
    element.scrollIntoView();
    const before = panelLook(panel);
    // The renderer's stylesheets take the place of the placeholder's one.
    while (element.shadowRoot!.adoptedStyleSheets.length < 2) await sleep(20);
    await element.updateComplete;
    expect(viewRequests()).to.have.length(1);
    expect(element.shadowRoot!.querySelector('[part="loading"]'), 'the same panel node').to.equal(panel);
    expect(panelLook(panel), 'the panel looks the same').to.deep.equal(before);

    await rendered;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(2);
    const chart = element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(getComputedStyle(chart).position, 'the chart is styled').to.equal('relative');
    wrapper.remove();
  });
});
