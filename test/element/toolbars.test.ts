// The legend and the zoom and view buttons are toolbars (WAI-ARIA toolbar pattern): one tab
// stop each, arrow keys inside, so a keyboard reader reaches the chart in a few presses.
import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { findToolbarIndex } from '../../src/layout/navigation.js';

const fixtureUrl = new URL('../fixtures/documents/abraham-accords.json', import.meta.url);
const load = async () => (await fetch(fixtureUrl)).json() as Promise<Record<string, unknown>>;

async function mount(dir = 'ltr'): Promise<EntenteTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width:900px"></div>`);
  const element = document.createElement('entente-timeline');
  element.loading = 'eager';
  element.data = await load();
  const rendered = oneEvent(element, 'entente-render');
  wrapper.append(element);
  await rendered;
  await element.updateComplete;
  await nextFrame();
  return element;
}

const active = (element: EntenteTimeline) => element.shadowRoot!.activeElement as HTMLElement | null;
const legendButtons = (element: EntenteTimeline) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="legend"] button')];

describe('findToolbarIndex', () => {
  const cases: [number, number, string, boolean, number | undefined][] = [
    [0, 5, 'ArrowRight', false, 1],
    [4, 5, 'ArrowRight', false, 0],
    [0, 5, 'ArrowLeft', false, 4],
    [0, 5, 'ArrowRight', true, 4],
    [0, 5, 'ArrowLeft', true, 1],
    [2, 5, 'ArrowDown', true, 3],
    [2, 5, 'ArrowUp', false, 1],
    [2, 5, 'Home', false, 0],
    [2, 5, 'End', true, 4],
    [2, 5, 'Enter', false, undefined],
    [0, 0, 'ArrowRight', false, undefined],
  ];
  for (const [current, count, key, rtl, expected] of cases) {
    it(`${key} from ${current} of ${count}${rtl ? ', right to left' : ''}`, () =>
      expect(findToolbarIndex(current, count, key, rtl)).to.equal(expected));
  }
});

describe('toolbars: one tab stop per control group', function () {
  this.timeout(20_000);

  it('reaches the chart from the first control in at most 4 Tab presses with 7 parties', async () => {
    const element = await mount();
    expect(legendButtons(element).length).to.be.at.least(9);
    const first = element.shadowRoot!.querySelector<HTMLElement>('select, button')!;
    first.focus();
    let presses = 0;
    while (presses < 20 && !active(element)?.closest('[part="chart"]')) {
      await sendKeys({ press: 'Tab' });
      presses++;
    }
    expect(active(element)?.closest('[part="chart"]'), 'focus in the chart').to.exist;
    expect(presses).to.be.at.most(4);
  });

  it('gives each toolbar exactly one tab stop, with a name', async () => {
    const element = await mount();
    const toolbars = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="toolbar"]')];
    expect(toolbars).to.have.length(2);
    for (const toolbar of toolbars) {
      expect(toolbar.getAttribute('aria-label')).to.be.a('string').and.not.empty;
      expect([...toolbar.querySelectorAll('button')].filter((button) => button.tabIndex === 0)).to.have.length(1);
    }
  });

  it('moves inside the legend with the arrow keys, Home and End, and keeps the last one as the tab stop', async () => {
    const element = await mount();
    const buttons = legendButtons(element);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(active(element)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(active(element)).to.equal(buttons.at(-1));
    await sendKeys({ press: 'ArrowRight' });
    expect(active(element), 'wraps').to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(element)).to.equal(buttons.at(-2));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    expect(active(element)).to.equal(buttons[1]);
    // Pressing a toggle re-renders; the reader's place stays the tab stop.
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('false');
    expect(legendButtons(element).filter((button) => button.tabIndex === 0)).to.deep.equal([buttons[1]]);
  });

  it('mirrors Left and Right in a right-to-left page', async () => {
    const element = await mount('rtl');
    const buttons = legendButtons(element);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(element)).to.equal(buttons[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(active(element)).to.equal(buttons[0]);
  });

  it('skips disabled zoom buttons: the tab stop of the zoom and view toolbar is an enabled one', async () => {
    const element = await mount();
    const controls = element.shadowRoot!.querySelector('[part="controls"]')!;
    const stop = [...controls.querySelectorAll('button')].find((button) => button.tabIndex === 0)!;
    expect(stop.disabled).to.be.false;
    stop.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect((active(element) as HTMLButtonElement).disabled).to.be.false;
    expect(active(element)).to.not.equal(stop);
  });
});
