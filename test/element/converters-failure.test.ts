// In an npm build the TimelineJS and CSV converters are a chunk of their own, loaded the
// first time such data arrives. When that chunk cannot be loaded (offline, or missing from
// the deployment) the reader's data is not at fault: the error is a network one, with
// Retry. Its own page, so that no other test has loaded the converters' module yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import type { EntenteErrorDetail } from '../../src/element.js';

const CONVERTERS = '/src/data/input';

describe('when the converters cannot be loaded', function () {
  this.timeout(10_000);
  const { error } = console;

  before(async () => {
    console.error = () => undefined;
    await fetch(`/test-api/break?module=${CONVERTERS}&on=1`);
  });
  after(async () => {
    console.error = error;
    await fetch(`/test-api/break?module=${CONVERTERS}&on=0`);
  });

  it('a CSV src fails with reason network, not invalid, and offers Retry', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const element = document.createElement('entente-timeline') as EntenteTimeline;
    element.loading = 'eager';
    element.src = '/examples/template.csv';
    const failed = new Promise<CustomEvent<EntenteErrorDetail>>((resolve) =>
      element.addEventListener('entente-error', (event) => resolve(event), { once: true }),
    );
    wrapper.append(element);
    const { detail } = await failed;
    await element.updateComplete;
    expect(detail.reason).to.equal('network');
    expect(detail.message).to.contain('converter');
    expect(element.shadowRoot!.querySelector('[part="retry"]'), 'Retry').to.exist;
  });
});
