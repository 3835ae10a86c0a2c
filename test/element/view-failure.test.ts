// In an npm build the renderer is a file of its own (dist/view/index.js), which can fail to
// load: offline, or a deployment that left it out. The element then says so and offers
// to try again. Its own page, so that no other test's element is on it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { EntenteTimeline } from '../../src/index.js';
import { defaultStrings } from '../../src/strings.js';
import { sampleDocument } from './fixtures.js';

/** Fails the renderer's import as often as asked, then loads it. */
class FlakyTimeline extends EntenteTimeline {
  static failures = 0;
  static attempts = 0;
  protected static override importView() {
    FlakyTimeline.attempts++;
    if (FlakyTimeline.failures-- > 0) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return super.importView();
  }
}
customElements.define('flaky-timeline', FlakyTimeline);

async function mountFlaky(failures: number): Promise<{ element: FlakyTimeline; errors: CustomEvent[] }> {
  FlakyTimeline.failures = failures;
  FlakyTimeline.attempts = 0;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
  const element = document.createElement('flaky-timeline') as FlakyTimeline;
  element.loading = 'eager';
  element.data = sampleDocument();
  const errors: CustomEvent[] = [];
  element.addEventListener('entente-error', (event) => errors.push(event as CustomEvent));
  const failed = oneEvent(element, 'entente-error');
  wrapper.append(element);
  await failed;
  await element.updateComplete;
  return { element, errors };
}

describe('when the renderer cannot be loaded', () => {
  it('shows an error panel in place of the loading panel, and fires entente-error once', async () => {
    const { element, errors } = await mountFlaky(1);
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="loading"]'), 'no loading panel').to.not.exist;
    const panel = root.querySelector('[part="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.include(defaultStrings.errorTitle);
    expect(panel.textContent).to.include(defaultStrings.errors.code);
    expect(panel.getBoundingClientRect().height, 'the reserved height').to.be.greaterThan(200);
    const retry = root.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal(defaultStrings.retry);
    // Drawn by the element's own stylesheet, as the renderer draws its buttons.
    const style = getComputedStyle(retry);
    expect([style.borderTopStyle, style.borderTopWidth, style.cursor]).to.deep.equal(['solid', '1px', 'pointer']);
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(errors.map((event) => event.detail.reason)).to.deep.equal(['network']);
    expect(errors[0]!.detail.message).to.match(/code could not be loaded/);
    // Other updates do not try again on their own.
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    expect(FlakyTimeline.attempts).to.equal(1);
    expect(errors).to.have.length(1);
  });

  it('loads the renderer and draws when the reader tries again, and says so again if it fails again', async () => {
    const { element, errors } = await mountFlaky(2);
    const root = element.shadowRoot!;
    const failed = oneEvent(element, 'entente-error');
    root.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await failed;
    await element.updateComplete;
    expect(FlakyTimeline.attempts).to.equal(2);
    expect(errors).to.have.length(2);
    expect(root.querySelector('[part="error"]'), 'the error panel again').to.exist;

    const rendered = oneEvent(element, 'entente-render');
    root.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await rendered;
    expect(FlakyTimeline.attempts).to.equal(3);
    expect(root.querySelector('[part="error"]')).to.not.exist;
    expect(root.querySelectorAll('[part~="event"]').length).to.be.greaterThan(0);
    expect(errors).to.have.length(2);
  });
});
