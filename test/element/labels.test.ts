import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { mountTimeline, settle } from './mount.js';

const root = (element: EntenteTimeline) => element.shadowRoot!;

const documents = new Map<string, unknown>();
async function load(url: string): Promise<unknown> {
  if (!documents.has(url)) documents.set(url, await (await fetch(url)).json());
  return structuredClone(documents.get(url));
}

const KARABAKH = '/examples/karabakh-2020-2021.json';
const ABRAHAM = '/test/fixtures/documents/abraham-accords.json';

/** The lanes at any width, so that every width tried has labels to place. */
const mount = (data: unknown, width: number, dir: 'ltr' | 'rtl' = 'ltr') =>
  mountTimeline(data, { width, dir, attributes: { layout: 'lanes' } });

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Whether two boxes overlap by more than half a pixel (anti-aliasing and font rounding). */
const intersects = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const rects = (element: EntenteTimeline, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => node.getBoundingClientRect());

const labels = (element: EntenteTimeline) => [...root(element).querySelectorAll<SVGTextElement>('[part="event-label"]')];

/** Every rule a label keeps: no two meet; none meets a glyph, connector, cluster, lane label or the axis; all inside the plot. */
function expectCleanLabels(element: EntenteTimeline): void {
  const boxes = labels(element).map((label) => label.getBoundingClientRect());
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!), `labels ${i} and ${j} overlap`).to.equal(false);
  }
  const obstacles = rects(
    element,
    '.event .glyph, .event .connector, .cluster .badge, .cluster .dot, .cluster .spine, .lane text, .tick text',
  );
  for (const box of boxes) {
    for (const obstacle of obstacles)
      expect(intersects(box, obstacle), 'a label covers a mark, cluster, lane label or tick').to.equal(false);
  }
  // A leader line (beside the label it leads to) crosses no other label and no other event's mark.
  for (const line of root(element).querySelectorAll<SVGLineElement>('.event-leader')) {
    const own = (line.nextElementSibling as SVGElement).dataset['labelFor']!;
    const leader = line.getBoundingClientRect();
    for (const label of labels(element))
      if (label.dataset['labelFor'] !== own)
        expect(intersects(leader, label.getBoundingClientRect()), `${own}'s leader crosses a label`).to.equal(false);
    for (const mark of root(element).querySelectorAll(
      `.event:not([data-event-id="${own}"]) :is(.glyph, .connector), .cluster :is(.badge, .dot, .spine)`,
    ))
      expect(intersects(leader, mark.getBoundingClientRect()), `${own}'s leader crosses a mark`).to.equal(false);
  }
  const lanes = rects(element, '.lane line');
  const plot = { left: Math.min(...lanes.map((r) => r.left)), right: Math.max(...lanes.map((r) => r.right)) };
  const axis = Math.min(...rects(element, '.tick text').map((r) => r.top));
  for (const box of boxes) {
    expect(box.left).to.be.at.least(plot.left - 0.5);
    expect(box.right).to.be.at.most(plot.right + 0.5);
    expect(box.bottom).to.be.at.most(axis);
  }
}

const labelledIds = (element: EntenteTimeline) => new Set(labels(element).map((label) => label.dataset['labelFor']!));

async function zoomIn(element: EntenteTimeline, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    [...root(element).querySelectorAll<HTMLButtonElement>('[part="controls"] button')]
      .find((button) => button.textContent === '+')!
      .click();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle(element);
  }
}

describe('on-chart event labels', () => {
  for (const width of [360, 760, 1200]) {
    it(`never overlap each other or the chart at ${width} px, and before and after zooming in`, async () => {
      for (const url of [KARABAKH, ABRAHAM]) {
        const element = await mount(await load(url), width);
        expect(labels(element).length, `${url} at ${width} px`).to.be.above(0);
        expectCleanLabels(element);
        // Ctrl + wheel over the last mark (the busiest part of both documents), twice.
        const marks = rects(element, '.event .glyph');
        const target = marks[marks.length - 1]!;
        for (let i = 0; i < 2; i++) {
          const svg = root(element).querySelector('[part="chart"] svg')!;
          svg.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              ctrlKey: true,
              deltaY: -300,
              clientX: target.left,
              clientY: target.top,
            }),
          );
          await new Promise((resolve) => setTimeout(resolve, 300));
          await settle(element);
        }
        expect(labels(element).length, `${url} at ${width} px, zoomed`).to.be.above(0);
        expectCleanLabels(element);
      }
    });
  }

  it('labels all five Karabakh events at 1,200 px', async () => {
    const element = await mount(await load(KARABAKH), 1200);
    expect(labelledIds(element).size).to.equal(5);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`labels every important Abraham Accords event at 1,200 px, the hemmed-in first one by a leader, and most others${dir === 'rtl' ? ', right to left' : ''}`, async () => {
      const data = (await load(ABRAHAM)) as { events: { id: string; importance?: number; label?: string }[] };
      const element = await mount(data, 1200, dir);
      expectCleanLabels(element);
      const labelled = labelledIds(element);
      const important = data.events.filter((event) => event.importance === 3);
      expect(important.map((event) => event.id)).to.include('uae-statement');
      const marks = rects(element, '.event .glyph, .event .connector, .cluster .badge, .cluster .dot, .cluster .spine');
      for (const event of important) {
        const label = labels(element).find((node) => node.dataset['labelFor'] === event.id);
        expect(label, event.id).to.not.equal(undefined);
        // Visible: drawn, with its text, in ink; clear of every other label and of every mark.
        const box = label!.getBoundingClientRect();
        expect(box.width * box.height, event.id).to.be.above(20);
        expect(label!.textContent!.replace(/[\u2068\u2069…]/g, '').length, event.id).to.be.at.least(6);
        expect(getComputedStyle(label!).visibility).to.equal('visible');
        expect(getComputedStyle(label!).fillOpacity).to.not.equal('0');
        for (const other of labels(element))
          if (other !== label) expect(intersects(box, other.getBoundingClientRect()), `${event.id} meets a label`).to.equal(false);
        for (const mark of marks) expect(intersects(box, mark), `${event.id} meets a mark`).to.equal(false);
      }
      expect(labels(element).find((label) => label.dataset['labelFor'] === 'signing')!.textContent).to.contain('Accords signed');
      expect(labels(element)[0]!.getAttribute('aria-hidden')).to.equal('true');
      // The first mark's label sits away from it, at the end of a leader that starts at its glyph.
      const leaders = [...root(element).querySelectorAll<SVGLineElement>('.event-labels line.event-leader')];
      expect(leaders.length).to.be.at.least(1);
      const first = root(element).querySelector('.event[data-event-id="uae-statement"]')!.getBoundingClientRect();
      expect(leaders.some((line) => Math.abs(line.getBoundingClientRect().left - (first.left + first.right) / 2) < 1)).to.equal(true);
      const others = data.events.filter((event) => event.importance !== 3);
      expect(others.filter((event) => labelled.has(event.id)).length).to.be.above(others.length / 2);
    });
  }

  it('moves labels out of the way of the selected event’s related arcs', async () => {
    const data = (await load(ABRAHAM)) as { events: { id: string; related?: string[] }[] };
    data.events.find((event) => event.id === 'uae-statement')!.related = ['lapid-manama', 'morocco-statement', 'sudan-statement'];
    data.events.find((event) => event.id === 'lapid-rabat')!.related = ['first-flight'];
    for (const selected of ['uae-statement', 'lapid-rabat']) {
      const element = await mount(data, 1200);
      element.selected = selected;
      await settle(element);
      const arcs = [...root(element).querySelectorAll<SVGPathElement>('[part="related-arc"]')];
      expect(arcs.length, selected).to.be.above(0);
      expect(labels(element).length, selected).to.be.above(5);
      expectCleanLabels(element);
      // Every 2 px along every arc: inside no label (both in the chart's own coordinates).
      const boxes = labels(element).map((label) => label.getBBox());
      for (const arc of arcs) {
        for (let at = 0; at <= arc.getTotalLength(); at += 2) {
          const { x, y } = arc.getPointAtLength(at);
          for (const box of boxes)
            expect(
              x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height,
              `${selected}: an arc crosses a label`,
            ).to.equal(false);
        }
      }
    }
  });

  it('shows more labels as the reader zooms in on a dense chart', async () => {
    const parties = ['RU', 'AZ', 'AM', 'TR'];
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2021, 0, 1 + Math.floor((i * 365) / 300))).toISOString().slice(0, 10),
      title: `Meeting number ${i}`,
      parties: [parties[i % 4]!, parties[(i + 1 + (i % 3)) % 4]!],
    }));
    const element = await mount({ version: 1, locale: 'en-GB', parties: parties.map((id) => ({ id, name: id })), events }, 900);
    const before = labelledIds(element).size;
    await zoomIn(element, 5);
    expectCleanLabels(element);
    expect(labelledIds(element).size).to.be.above(before);
  });

  it('places labels on right-to-left pages, before each mark in time, without overlaps', async () => {
    const element = await mount(await load(KARABAKH), 1200, 'rtl');
    expect(labelledIds(element).size).to.equal(5);
    expectCleanLabels(element);
    const lane = rects(element, '.lane text')[0]!;
    const plot = rects(element, '.lane line')[0]!;
    expect(lane.left).to.be.above(plot.right - 1);
  });
});
