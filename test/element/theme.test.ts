import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { sampleDocument } from './fixtures.js';

async function mountThemed(pageScheme: string, theme?: string, pageBackground = 'transparent'): Promise<EntenteTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:600px; color-scheme:${pageScheme}; background:${pageBackground}"></div>`,
  );
  const element = document.createElement('entente-timeline') as EntenteTimeline;
  if (theme) element.setAttribute('theme', theme);
  // Several fixtures stack up in one test; the later ones are below the fold.
  element.loading = 'eager';
  element.data = sampleDocument();
  const rendered = oneEvent(element, 'entente-render');
  wrapper.append(element);
  await rendered;
  await element.updateComplete;
  return element;
}

async function textColor(pageScheme: string, theme?: string): Promise<string> {
  const element = await mountThemed(pageScheme, theme);
  return getComputedStyle(element.shadowRoot!.querySelector('[part="title"]')!).color;
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('colour scheme', () => {
  it('stays light on a light-only page and turns dark on request', async () => {
    const light = await textColor('light');
    expect(light).to.equal('rgb(29, 29, 27)');
    expect(await textColor('light', 'dark')).to.equal('rgb(236, 235, 230)');
    expect(await textColor('dark')).to.equal('rgb(236, 235, 230)');
    expect(await textColor('dark', 'light')).to.equal(light);
  });

  it('paints a dark background under theme="dark" on a white page, and a light one under theme="light" on a black page', async () => {
    const dark = await mountThemed('light', 'dark', '#fff');
    const darkBase = getComputedStyle(dark.shadowRoot!.querySelector('[part="base"]')!);
    expect(getComputedStyle(dark).backgroundColor, 'painted').to.not.equal('rgba(0, 0, 0, 0)');
    expect(luminance(getComputedStyle(dark).backgroundColor)).to.be.below(0.05);
    expect(luminance(darkBase.color) - luminance(getComputedStyle(dark).backgroundColor)).to.be.above(0.5);
    const light = await mountThemed('dark', 'light', '#000');
    expect(luminance(getComputedStyle(light).backgroundColor)).to.be.above(0.9);
    expect(luminance(getComputedStyle(light.shadowRoot!.querySelector('[part="base"]')!).color)).to.be.below(0.05);
  });

  it("keeps the page's background when no theme is forced, and --entente-background wins", async () => {
    const plain = await mountThemed('light');
    expect(getComputedStyle(plain).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const custom = await mountThemed('light', 'dark');
    custom.style.setProperty('--entente-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(custom).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it("draws the legend's arity glyphs in the ink colour, in the dark too", async () => {
    const element = await mountThemed('light', 'dark');
    const glyphs = [...element.shadowRoot!.querySelectorAll<SVGElement>('[part="legend"] svg:not(.unilateral) .glyph')];
    expect(glyphs.length).to.be.at.least(1);
    for (const glyph of glyphs) expect(getComputedStyle(glyph).fill).to.equal('rgb(214, 213, 207)'); // --entente-ink-color's dark default, #d6d5cf
    element.style.setProperty('--entente-ink-color', 'rgb(10, 200, 30)');
    for (const glyph of glyphs) expect(getComputedStyle(glyph).fill).to.equal('rgb(10, 200, 30)');
  });
});
