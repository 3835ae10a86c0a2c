import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { sampleDocument } from './fixtures.js';

async function textColor(pageScheme: string, theme?: string): Promise<string> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px; color-scheme:${pageScheme}"></div>`);
  const element = document.createElement('entente-timeline') as EntenteTimeline;
  if (theme) element.setAttribute('theme', theme);
  // Several fixtures stack up in one test; the later ones are below the fold.
  element.loading = 'eager';
  element.data = sampleDocument();
  const rendered = oneEvent(element, 'entente-render');
  wrapper.append(element);
  await rendered;
  const title = element.shadowRoot!.querySelector('[part="title"]')!;
  return getComputedStyle(title).color;
}

describe('colour scheme', () => {
  it('stays light on a light-only page and turns dark on request', async () => {
    const light = await textColor('light');
    expect(light).to.equal('rgb(29, 29, 27)');
    expect(await textColor('light', 'dark')).to.equal('rgb(236, 235, 230)');
    expect(await textColor('dark')).to.equal('rgb(236, 235, 230)');
    expect(await textColor('dark', 'light')).to.equal(light);
  });
});
