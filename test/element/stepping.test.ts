// Story stepping: the detail card's Previous and Next buttons (and `[` / `]`) walk through the
// events shown, in time; the chart follows, and the reader's choice is reported.
import { expect, fixture, html, oneEvent as anyEvent, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';

const oneEvent = <K extends keyof HTMLElementEventMap>(target: EventTarget, name: K) =>
  anyEvent(target, name) as Promise<HTMLElementEventMap[K]>;

const KARABAKH = new URL('../../examples/karabakh-2020-2021.json', import.meta.url);
const ORDER = [
  'trilateral-statement-2020-11-09',
  'moscow-meeting-2021-01-11',
  'mfa-statement-2021-05',
  'lavrov-aliyev-2021-05-11',
  'lavrov-bayramov-2021-05-11',
];

async function settle(element: EntenteTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await element.updateComplete;
  }
}

async function mount({ layout = 'lanes', id = '' } = {}): Promise<EntenteTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const element = document.createElement('entente-timeline');
  element.loading = 'eager';
  element.setAttribute('layout', layout);
  element.setAttribute('locale', 'en-GB');
  if (id) {
    element.id = id;
    element.setAttribute('deep-link', '');
  }
  element.data = await (await fetch(KARABAKH)).json();
  const rendered = oneEvent(element, 'entente-render');
  wrapper.append(element);
  await rendered;
  await settle(element);
  return element;
}

const card = (element: EntenteTimeline) => element.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!;
const stepButton = (element: EntenteTimeline, which: 'previous' | 'next') =>
  card(element).querySelector<HTMLButtonElement>(`[data-step="${which}"]`)!;

async function press(element: EntenteTimeline, which: 'previous' | 'next'): Promise<string | null> {
  const selected = oneEvent(element, 'entente-select');
  stepButton(element, which).click();
  const { detail } = await selected;
  await settle(element);
  return detail.id;
}

describe('story stepping', function () {
  this.timeout(20_000);

  it('steps through Karabakh in time with Next and back with Previous, disabled (not hidden) at the ends', async () => {
    const element = await mount();
    element.select(ORDER[0]!);
    await settle(element);
    expect(stepButton(element, 'previous').disabled).to.be.true;
    expect(stepButton(element, 'previous').isConnected).to.be.true;
    const visited: (string | null | undefined)[] = [element.selected];
    for (let i = 1; i < ORDER.length; i++) visited.push(await press(element, 'next'));
    expect(visited).to.deep.equal(ORDER);
    expect(element.selected).to.equal(ORDER.at(-1));
    expect(stepButton(element, 'next').disabled).to.be.true;
    expect(await press(element, 'previous')).to.equal(ORDER.at(-2));
    expect(stepButton(element, 'next').disabled).to.be.false;
  });

  it("holds the target's date in each button's accessible name, with the visible text in it", async () => {
    const element = await mount();
    element.select(ORDER[1]!);
    await settle(element);
    const previous = stepButton(element, 'previous');
    const next = stepButton(element, 'next');
    expect(previous.getAttribute('aria-label')).to.equal('Previous: 9 November 2020');
    expect(next.getAttribute('aria-label')).to.equal('Next: May 2021');
    expect(previous.textContent!.replace(/\s+/g, ' ').trim()).to.equal('← Previous');
    expect(next.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Next →');
  });

  it('skips the events a party filter hides', async () => {
    const element = await mount();
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="legend"] button')]
      .find((button) => button.textContent!.includes('Armenia'))!
      .click();
    await settle(element);
    element.select('lavrov-aliyev-2021-05-11');
    await settle(element);
    expect(await press(element, 'previous')).to.equal('mfa-statement-2021-05');
    expect(stepButton(element, 'previous').disabled, 'the events with Armenia are hidden').to.be.true;
  });

  it('fires entente-select with the new id, updates selected and the deep link, and brings the mark into view', async () => {
    const element = await mount({ id: 'story' });
    element.zoomTo('2020-11-01', '2020-12-01');
    await settle(element);
    element.select(ORDER[0]!);
    await settle(element);
    const mark = (id: string) => element.shadowRoot!.querySelector<SVGGElement>(`[part~="event"][data-event-id="${id}"]`);
    expect(mark(ORDER[1]!), 'the next event is out of view before the step').to.not.exist;
    expect(await press(element, 'next')).to.equal(ORDER[1]);
    expect(element.selected).to.equal(ORDER[1]);
    expect(location.hash).to.equal(`#story/${ORDER[1]}`);
    const shown = mark(ORDER[1]!);
    expect(shown, 'the selected mark is drawn').to.exist;
    const plot = element.shadowRoot!.querySelector('[part="chart"] svg')!.getBoundingClientRect();
    const box = shown!.getBoundingClientRect();
    expect(box.left).to.be.at.least(plot.left);
    expect(box.right).to.be.at.most(plot.right);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('steps with ] and [ in the card and on the chart, and Escape returns focus to the mark', async () => {
    const element = await mount();
    element.select(ORDER[2]!);
    await settle(element);
    stepButton(element, 'next').focus();
    await sendKeys({ press: ']' });
    await settle(element);
    expect(element.selected).to.equal(ORDER[3]);
    expect(element.shadowRoot!.activeElement).to.equal(stepButton(element, 'next'));
    await sendKeys({ press: '[' });
    await settle(element);
    expect(element.selected).to.equal(ORDER[2]);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.selected).to.equal(undefined);
    expect((element.shadowRoot!.activeElement as Element | null)?.getAttribute('data-event-id')).to.equal(ORDER[2]);
    // On the chart, with a card open.
    element.select(ORDER[2]!);
    await settle(element);
    (element.shadowRoot!.querySelector(`[part~="event"][data-event-id="${ORDER[2]}"]`) as SVGGElement).focus();
    await sendKeys({ press: ']' });
    await settle(element);
    expect(element.selected).to.equal(ORDER[3]);
    expect((element.shadowRoot!.activeElement as Element | null)?.getAttribute('data-event-id')).to.equal(ORDER[3]);
  });

  it("offers the same in the list layout's expanded item, and Escape returns to its title", async () => {
    const element = await mount({ layout: 'list' });
    element.select(ORDER[0]!);
    await settle(element);
    expect(await press(element, 'next')).to.equal(ORDER[1]);
    const expanded = element.shadowRoot!.querySelector<HTMLElement>('[part="list-item"].expanded')!;
    expect(expanded.dataset.eventId).to.equal(ORDER[1]);
    expect(expanded.querySelector('[data-step="next"]')).to.exist;
    expect(element.shadowRoot!.activeElement).to.equal(stepButton(element, 'next'));
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.selected).to.equal(undefined);
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('list-toggle');
    expect(element.shadowRoot!.activeElement!.closest<HTMLElement>('[part="list-item"]')!.dataset.eventId).to.equal(ORDER[1]);
  });
});
