// Under the strictest policy a news site sends (see STRICT_CSP in web-test-runner.config.mjs):
// the drop-in build loads the example by `src`, draws it and opens a detail card without a
// single Content-Security-Policy or Trusted Types violation.
import { expect } from '@open-wc/testing';
import type { EntenteTimeline } from '../../src/index.js';
import { sleep } from './helpers.js';

async function until<T>(probe: () => T | null | undefined, ms = 8000): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error('timed out');
    await sleep(25);
  }
}

describe('strict Content-Security-Policy', function () {
  this.timeout(20_000);

  it('serves the test page with exactly the policy of issue 4', async () => {
    const response = await fetch('/test-api/csp');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  /** Opens the CSP page, waits for the chart, opens a detail card; returns every violation (deduplicated). */
  async function renderUnderPolicy(): Promise<{ violations: string[]; width: number; card: boolean }> {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.src = '/test-api/csp';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __violations?: string[] };
      expect(win.__violations, 'the probe script ran').to.be.an('array');
      const element = await until(() => {
        const candidate = win.document.querySelector('entente-timeline') as EntenteTimeline | null;
        return candidate?.shadowRoot?.querySelector('[part~="event"]') ? candidate : null;
      });
      const first = element.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('data-event-id')!;
      element.select(first);
      await element.updateComplete;
      await sleep(100);
      return {
        violations: [...new Set(win.__violations!)],
        width: element.shadowRoot!.querySelector('[part="chart"] svg')!.getBoundingClientRect().width,
        card: !!element.shadowRoot!.querySelector('[part="detail"]'),
      };
    } finally {
      frame.remove();
    }
  }

  it('renders the example and its detail card with no script or Trusted Types violation', async () => {
    const { violations, width, card } = await renderUnderPolicy();
    expect(width).to.be.greaterThan(100);
    expect(card).to.be.true;
    expect(violations.filter((v) => !v.startsWith('style-src-attr'))).to.deep.equal([]);
  });

  // needs lead: Lit's styleMap writes a `style="--party: …"` attribute string on first render
  // (only later updates go through the CSSOM), which `style-src 'self'` blocks
  // (style-src-attr violations; lanes and glyphs lose their colour). In render/chart.ts and
  // render/detail.ts replace styleMap with an element directive that always uses the CSSOM, e.g.
  //   class PartyColor extends Directive { render(_c: string) { return noChange; }
  //     update(part: ElementPart, [c]: [string]) { (part.element as HTMLElement).style.setProperty('--party', c); return noChange; } }
  //   const partyColor = directive(PartyColor);   // usage: <circle ${partyColor(color)} …>
  it('renders the example and its detail card with no violation at all', async () => {
    const { violations } = await renderUnderPolicy();
    expect(violations).to.deep.equal([]);
  });
});
