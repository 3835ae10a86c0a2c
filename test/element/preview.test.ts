import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { sampleDocument } from './fixtures.js';
import { mountTimeline, settle } from './mount.js';

const root = (element: EntenteTimeline) => element.shadowRoot!;
const card = (element: EntenteTimeline) => root(element).querySelector<HTMLElement>('[part="preview"]');
const mark = (element: EntenteTimeline, id: string) => root(element).querySelector<SVGGElement>(`.event[data-event-id="${id}"]`)!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const mount = (width = 900) => mountTimeline(sampleDocument(), { width });

/** What a mouse (or a touch) does when it moves from `from` onto `to`. */
function move(from: Element | null, to: Element | null, pointerType = 'mouse'): void {
  const init = { bubbles: true, composed: true, pointerType };
  from?.dispatchEvent(new PointerEvent('pointerout', { ...init, relatedTarget: to }));
  to?.dispatchEvent(new PointerEvent('pointerover', { ...init, relatedTarget: from }));
}

const escape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectPlaced(element: EntenteTimeline, target: Element): void {
  const box = card(element)!.getBoundingClientRect();
  const widget = element.getBoundingClientRect();
  expect(intersects(box, target.getBoundingClientRect()), 'the card covers its mark').to.equal(false);
  expect(box.left).to.be.at.least(widget.left - 0.5);
  expect(box.right).to.be.at.most(widget.right + 0.5);
  expect(box.top).to.be.at.least(widget.top - 0.5);
  expect(box.bottom).to.be.at.most(widget.bottom + 0.5);
}

describe('the hover and focus preview', () => {
  it('shows the event’s date, parties and title when the pointer is on its mark, beside it and inside the element', async () => {
    const element = await mount();
    const baku = mark(element, 'baku');
    move(null, baku.querySelector('.glyph'));
    await settle(element);
    const preview = card(element)!;
    expect(preview.getAttribute('role')).to.equal('tooltip');
    expect(preview.textContent).to.contain('Lavrov meets Aliyev in Baku');
    expect(preview.textContent).to.contain('11 May 2021');
    expect(preview.textContent).to.match(/Russia.+Azerbaijan/);
    expect(baku.getAttribute('aria-describedby')).to.equal(preview.id);
    expectPlaced(element, baku);
  });

  it('stays while the pointer moves onto the card, and goes after it leaves', async () => {
    const element = await mount();
    const glyph = mark(element, 'baku').querySelector('.glyph')!;
    move(null, glyph);
    await settle(element);
    move(glyph, card(element));
    await wait(450);
    await settle(element);
    expect(card(element) !== null, 'kept while the pointer is on it').to.equal(true);
    move(card(element), root(element).querySelector('svg'));
    await wait(450);
    await settle(element);
    expect(card(element) === null, 'no card').to.equal(true);
    expect(mark(element, 'baku').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('hides with Escape without moving focus; a second Escape closes the detail card', async () => {
    const element = await mount();
    element.select('baku');
    await settle(element);
    const baku = mark(element, 'baku');
    baku.focus();
    move(null, baku.querySelector('.glyph'));
    await settle(element);
    expect(card(element) !== null, 'a card').to.equal(true);
    escape(baku);
    await settle(element);
    expect(card(element) === null, 'no card').to.equal(true);
    expect(element.selected).to.equal('baku');
    expect(root(element).activeElement === baku, 'focus stays on the mark').to.equal(true);
    // The pointer moving on within the mark does not bring it back.
    move(baku.querySelector('.hit'), baku.querySelector('.glyph'));
    await settle(element);
    expect(card(element) === null, 'still hidden').to.equal(true);
    escape(baku);
    await settle(element);
    expect(element.selected).to.equal(undefined);
  });

  it('shows for keyboard focus on a mark, and goes when focus leaves the chart', async () => {
    const element = await mount();
    const summit = mark(element, 'summit');
    summit.focus();
    await settle(element);
    expect(card(element)?.textContent).to.contain('Regional summit');
    expect(summit.getAttribute('aria-describedby')).to.equal(card(element)!.id);
    expectPlaced(element, summit);
    root(element).querySelector<HTMLButtonElement>('[part="layout-toggle"]')!.focus();
    await settle(element);
    expect(card(element) === null, 'no card').to.equal(true);
  });

  it('describes a cluster: its count, dates and first titles', async () => {
    const data = sampleDocument() as { events: Record<string, unknown>[] };
    data.events.push(
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `c${i}`,
        date: `2021-05-1${i}`,
        title: `Call ${i}`,
        parties: ['RU', 'TR'],
      })),
    );
    const element = await mountTimeline(data, { width: 700 });
    const cluster = root(element).querySelector('.cluster')!;
    move(null, cluster.querySelector('.badge'));
    await settle(element);
    const text = card(element)!.textContent!;
    expect(text).to.match(/\d+ events/);
    expect(text).to.match(/Call \d.*Call \d/);
    expectPlaced(element, cluster);
  });

  it('is not shown by touch: a tap opens the detail card', async () => {
    const element = await mount();
    move(null, mark(element, 'baku').querySelector('.glyph'), 'touch');
    await settle(element);
    expect(card(element) === null, 'no card').to.equal(true);
  });
});
