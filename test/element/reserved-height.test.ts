// The article must not move when the chart replaces the loading panel, and a drawn chart is
// never padded with blank space: the element holds --entente-reserved-height while it loads
// (its title and panel together), and once drawn it is as tall as its chart. With the reserve
// that `entente-timeline html` writes for the document, both heights are the same.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { parseInput, type TimelineModel } from '../../src/data/index.js';
import { settle } from './mount.js';

/** The element's outer box height: what the text below it is placed after. */
const boxHeight = (element: Element) => element.getBoundingClientRect().height;

/** The embed code's module, as the CLI and the playground use it (it reads the built dist/). */
const embedModule = '/bin/embed.mjs';
const { estimateReservedHeight } = (await import(/* @vite-ignore */ embedModule)) as {
  estimateReservedHeight(model: TimelineModel): number;
};

async function loadFixture(name: string): Promise<string> {
  return (await fetch(`/test/fixtures/${name}`)).text();
}

/** An eager element with no data yet (its loading panel), in a column of `width` pixels. */
async function mountLoading(width: number, reserve?: number): Promise<EntenteTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const element = document.createElement('entente-timeline');
  element.loading = 'eager';
  if (reserve !== undefined) element.style.setProperty('--entente-reserved-height', `${reserve}px`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

async function draw(element: EntenteTimeline, data: unknown): Promise<void> {
  const rendered = oneEvent(element, 'entente-render');
  element.data = data;
  await rendered;
  await settle(element);
  expect(element.shadowRoot!.querySelector('[part="chart"] svg'), 'the chart is drawn').to.exist;
}

describe('the reserved height', () => {
  it('is held while the element loads: 24rem by default, or --entente-reserved-height', async () => {
    const byDefault = await mountLoading(800);
    expect(byDefault.shadowRoot!.querySelector('[part="loading"]'), 'the loading panel').to.exist;
    expect(boxHeight(byDefault)).to.equal(24 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    const set = await mountLoading(800, 517);
    expect(boxHeight(set)).to.equal(517);
  });

  it('is not padded once drawn: the box ends where the chart does', async () => {
    const element = await mountLoading(1000, 900);
    await draw(element, JSON.parse(await loadFixture('element/two-events.json')));
    const figure = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(boxHeight(element)).to.be.below(400);
    expect(boxHeight(element)).to.equal(figure.getBoundingClientRect().height);
  });

  for (const [name, width] of [
    ['../../examples/karabakh-2020-2021.json', 700],
    ['element/two-events.json', 700],
    ['documents/abraham-accords.json', 1000],
  ] as const) {
    it(`with the reserve entente-timeline html writes, is as tall loading as drawn (${name.split('/').pop()}, ${width} px)`, async () => {
      const text = await loadFixture(name);
      const parsed = parseInput(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const reserve = estimateReservedHeight(parsed.model);
      const element = await mountLoading(width, reserve);
      const loading = boxHeight(element);
      expect(loading).to.equal(reserve);
      await draw(element, JSON.parse(text));
      // Chromium does not count a movement under 3 px as a layout shift; the reserve is within 1.
      expect(Math.abs(boxHeight(element) - loading), `drawn ${boxHeight(element)}, reserved ${loading}`).to.be.at.most(1);
      element.parentElement!.remove();
    });
  }
});
