import { expect, fixture, html, oneEvent as anyEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';
import { sampleDocument } from './fixtures.js';
import { mountTimeline, settle } from './mount.js';

const oneEvent = <K extends keyof HTMLElementEventMap>(target: EventTarget, name: K) =>
  anyEvent(target, name) as Promise<HTMLElementEventMap[K]>;

const root = (element: EntenteTimeline) => element.shadowRoot!;
const eventIds = (element: EntenteTimeline) =>
  [...root(element).querySelectorAll<SVGGElement>('[part~="event"]')].map((mark) => mark.dataset.eventId!);
const ticks = (element: EntenteTimeline) => [...root(element).querySelectorAll('[part="axis"] text')].map((text) => text.textContent!);
const button = (element: EntenteTimeline, label: string) =>
  [...root(element).querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.getAttribute('aria-label') === label || candidate.textContent!.trim() === label,
  )!;

/** An element with `data` in a column `width` wide (900 by default). */
const mount = (data: unknown, options: { width?: number; attributes?: Record<string, string>; dir?: 'ltr' | 'rtl' } = {}) =>
  mountTimeline(data, options);

/** A year of dense diplomacy between four parties: far more events than fit side by side. */
function denseDocument(count = 240): Record<string, unknown> {
  const parties = ['RU', 'AZ', 'AM', 'TR'];
  const events = Array.from({ length: count }, (_, i) => {
    const a = parties[i % 4]!;
    const b = parties[(i + 1 + (i % 3)) % 4]!;
    const day = new Date(Date.UTC(2021, 0, 1 + Math.floor((i * 365) / count)));
    return { id: `e${i}`, date: day.toISOString().slice(0, 10), title: `Meeting ${i}`, parties: a === b ? [a, 'TR'] : [a, b] };
  });
  return { version: 1, locale: 'en-GB', parties: parties.map((id) => ({ id, name: id })), events };
}

function wheel(element: EntenteTimeline, options: WheelEventInit): void {
  const svg = root(element).querySelector('[part="chart"] svg')!;
  const box = svg.getBoundingClientRect();
  svg.dispatchEvent(
    new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
      deltaY: -400,
      ...options,
    }),
  );
}

describe('zoom and pan', () => {
  it('zooms with Ctrl + wheel, and leaves a plain wheel to the page with a hint', async () => {
    const element = await mount(sampleDocument());
    const before = ticks(element);
    wheel(element, {});
    await settle(element);
    expect(ticks(element)).to.deep.equal(before);
    expect(root(element).querySelector('.hint')?.textContent).to.match(/Hold (Ctrl|⌘) and scroll to zoom/);
    wheel(element, { ctrlKey: true });
    await settle(element);
    expect(ticks(element)).to.not.deep.equal(before);
    expect(button(element, 'Show all').disabled).to.be.false;
  });

  it('zooms with the buttons and the keyboard, and re-ticks to finer units', async () => {
    const element = await mount(denseDocument(), { attributes: { 'lane-order': 'document' } });
    const yearLevel = ticks(element);
    expect(button(element, 'Zoom out').disabled, 'nothing to zoom out of').to.be.true;
    for (let i = 0; i < 4; i++) button(element, 'Zoom in').click();
    await settle(element);
    const zoomed = ticks(element);
    expect(zoomed).to.not.deep.equal(yearLevel);
    // A few weeks in view: day ticks such as "5 Jul".
    expect(zoomed.some((label) => /^\d{1,2} [A-Z][a-z]{2}/.test(label))).to.be.true;
    button(element, 'Show all').click();
    await settle(element);
    expect(ticks(element)).to.deep.equal(yearLevel);

    const mark = root(element).querySelector<SVGElement>('[part="chart"] [tabindex="0"]')!;
    mark.focus();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true }));
    await settle(element);
    expect(ticks(element)).to.not.deep.equal(yearLevel);
  });

  it('opens on the window given by start and end, and zoomTo moves it', async () => {
    const element = await mount(denseDocument(), { attributes: { start: '2021-03', end: '2021-04' } });
    const labels = ticks(element);
    expect(labels.join(' ')).to.match(/Mar/);
    expect(labels.join(' ')).to.not.match(/Sep|Oct|Nov/);
    element.zoomTo('2021-10-01', '2021-10-31');
    await settle(element);
    expect(ticks(element).join(' ')).to.match(/Oct/);
    expect(ticks(element).join(' ')).to.not.match(/Mar/);
  });
});

describe('clusters', () => {
  it('merges what cannot be told apart, counts every event, and opens up when activated', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const element = document.createElement('entente-timeline');
    element.loading = 'eager';
    element.data = denseDocument(400);
    const rendered = oneEvent(element, 'entente-render');
    wrapper.append(element);
    const { detail } = await rendered;
    await settle(element);
    expect(detail.events).to.equal(400);
    const clusters = [...root(element).querySelectorAll<SVGGElement>('[part="cluster"]')];
    expect(clusters.length).to.be.greaterThan(0);
    const clustered = clusters.flatMap((cluster) => cluster.dataset.eventIds!.split(' '));
    expect(clustered.length + eventIds(element).length).to.equal(400);
    // Bounded DOM: far fewer nodes than events.
    expect(root(element).querySelectorAll('*').length).to.be.below(1500);
    const first = clusters[0]!;
    expect(first.getAttribute('aria-label')).to.match(/^\d+ events, .*2021/);
    expect(first.getAttribute('role')).to.equal('button');
    const members = first.dataset.eventIds!.split(' ');
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    const visible = new Set(eventIds(element));
    expect(
      members.some((id) => visible.has(id)),
      'some of its events now have marks of their own',
    ).to.be.true;
  });
  it('keeps keyboard focus on a cluster’s first event when + zooms into it', async () => {
    const element = await mount(denseDocument(400), { width: 700 });
    const focused = () => root(element).activeElement as SVGGElement | null;
    const press = async (key: string) => {
      focused()!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await settle(element);
    };
    root(element).querySelector<SVGGElement>('[part="chart"] [tabindex="0"]')!.focus();
    // Right along the chart to a cluster well inside it, so the leftmost item is something else.
    for (let step = 0; step < 40; step++) {
      const current = focused()!;
      if (current.matches('[part="cluster"]') && current.getBoundingClientRect().left > 250) break;
      await press('ArrowRight');
    }
    const cluster = focused()!;
    expect(cluster.matches('[part="cluster"]'), 'a cluster has focus').to.be.true;
    const firstEvent = cluster.dataset.eventIds!.split(' ')[0]!;
    await press('+');
    const now = focused()!;
    expect(now, 'focus stays in the chart').to.exist;
    const holds = now.dataset.eventId === firstEvent || now.dataset.eventIds!.split(' ').includes(firstEvent);
    expect(holds, `focus on ${now.dataset.eventId ?? now.dataset.clusterKey}, which holds ${firstEvent}`).to.be.true;
    expect(now.getAttribute('tabindex')).to.equal('0');
  });

  it('moves focus with the reader’s event when a wheel zoom redraws the focused node as another cluster', async () => {
    const element = await mount(denseDocument(400), { width: 700 });
    const focused = () => root(element).activeElement as SVGGElement | null;
    const holders = (id: string) =>
      [...root(element).querySelectorAll<SVGGElement>('[part~="event"], [part="cluster"]')].filter(
        (item) => item.dataset.eventId === id || item.dataset.eventIds?.split(' ').includes(id),
      );
    // Along the chart by keyboard to a cluster near its middle: the tab stop and the focus agree.
    root(element).querySelector<SVGGElement>('[part="chart"] [tabindex="0"]')!.focus();
    const middle = root(element).querySelector('[part="chart"] svg')!.getBoundingClientRect();
    for (let step = 0; step < 60; step++) {
      const current = focused()!;
      if (current.matches('[part="cluster"]') && current.getBoundingClientRect().left > middle.left + middle.width / 2) break;
      focused()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await settle(element);
    }
    expect(focused()!.matches('[part="cluster"]'), 'a cluster has focus').to.be.true;
    let recycled = 0;
    for (let step = 0; step < 8; step++) {
      const node = focused()!;
      const id = node.dataset.clusterKey ?? node.dataset.eventId;
      const reading = node.dataset.eventIds?.split(' ') ?? [node.dataset.eventId!];
      wheel(element, { ctrlKey: true, deltaY: -100 });
      await settle(element);
      if (node.isConnected && (node.dataset.clusterKey ?? node.dataset.eventId) !== id) recycled++;
      const now = focused()!;
      expect(now, `step ${step}: focus stays in the chart`).to.exist;
      expect(now.getAttribute('tabindex'), `step ${step}: focus is on the tab stop`).to.equal('0');
      // While all the events the reader was on are still drawn, focus is on one of them.
      if (reading.every((event) => holders(event).length)) {
        const held = now.dataset.eventIds?.split(' ') ?? [now.dataset.eventId!];
        expect(
          reading.some((event) => held.includes(event)),
          `step ${step}: ${now.dataset.clusterKey ?? now.dataset.eventId} holds one of ${reading.join(' ')}`,
        ).to.be.true;
      }
    }
    expect(recycled, 'a zoom step redrew the focused node as another item').to.be.greaterThan(0);
  });
});

describe('filters and relationships', () => {
  it('toggles arities and parties from the legend, with counts', async () => {
    const element = await mount(sampleDocument());
    const count = () => root(element).querySelector('[part="count"]')!.textContent;
    expect(count()).to.equal('4 events');
    const trilateral = [...root(element).querySelectorAll<HTMLButtonElement>('[part="filter"]')].find((chip) =>
      chip.textContent!.includes('trilateral'),
    )!;
    expect(trilateral.getAttribute('aria-pressed')).to.equal('true');
    trilateral.click();
    await settle(element);
    expect(trilateral.getAttribute('aria-pressed')).to.equal('false');
    expect(eventIds(element)).to.not.include('statement');
    expect(count()).to.equal('3 events');
    const armenia = [...root(element).querySelectorAll<HTMLButtonElement>('[part="filter"]')].find((chip) =>
      chip.textContent!.includes('Armenia'),
    )!;
    armenia.click();
    await settle(element);
    expect(eventIds(element).sort()).to.deep.equal(['baku', 'ministry']);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`wraps a long party name in the legend with its count after the last word, under the name (${dir})`, async () => {
      const data = sampleDocument() as { parties: { id: string; name: string }[] };
      const long = 'Organization for Security and Co-operation in Europe';
      data.parties[0]!.name = long;
      const element = await mount(data, { width: 300, dir });
      const chip = [...root(element).querySelectorAll<HTMLButtonElement>('[part="filter"]')].find((candidate) =>
        candidate.textContent!.includes(long),
      )!;
      const name = [...chip.querySelectorAll('bdi')].find((bdi) => bdi.textContent === long)!;
      const count = chip.querySelector('.filter-count')!;
      const dot = chip.querySelector('.dot')!;
      const lines = [...name.getClientRects()];
      expect(lines.length, 'the name wraps').to.be.above(1);
      const [first, last] = [lines[0]!, lines.at(-1)!];
      const countBox = count.getBoundingClientRect();
      // The count follows the last word on its line, not the far edge of the chip.
      expect(Math.abs(countBox.top - last.top), 'count on the last line').to.be.below(2);
      const gap = dir === 'ltr' ? countBox.left - last.right : last.left - countBox.right;
      expect(gap, 'count beside the last word').to.be.within(0, 12);
      // The lines start under each other, beside the dot (a hanging indent).
      const start = (box: DOMRect) => (dir === 'ltr' ? box.left : box.right);
      expect(Math.abs(start(last) - start(first)), 'lines aligned').to.be.below(1.5);
      const dotBox = dot.getBoundingClientRect();
      expect(dir === 'ltr' ? first.left > dotBox.right : first.right < dotBox.left, 'name beside the dot').to.equal(true);
    });
  }

  it('focuses on one relationship from the attribute and from the menu', async () => {
    const element = await mount(sampleDocument(), { attributes: { focus: 'AM,RU' } });
    expect(eventIds(element).sort()).to.deep.equal(['statement', 'summit']);
    expect(root(element).querySelector('[part="count"]')!.textContent).to.equal('2 events');
    const select = root(element).querySelector<HTMLSelectElement>('[part="pair-focus"] select')!;
    const option = [...select.options].find((entry) => entry.textContent!.startsWith('\u2068Russia\u2069 and \u2068Azerbaijan\u2069'))!;
    select.value = option.value;
    select.dispatchEvent(new Event('change'));
    await settle(element);
    expect(element.getAttribute('focus')).to.equal(option.value);
    expect(eventIds(element).sort()).to.deep.equal(['baku', 'statement', 'summit']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await settle(element);
    expect(eventIds(element)).to.have.length(4);
  });

  it('draws arcs from the selected event to its related events', async () => {
    const element = await mount(sampleDocument());
    expect(root(element).querySelectorAll('[part="related-arc"]')).to.have.length(0);
    element.select('baku');
    await settle(element);
    expect(root(element).querySelectorAll('[part="related-arc"]')).to.have.length(1);
  });

  it('reset() brings back everything', async () => {
    const element = await mount(sampleDocument(), { attributes: { focus: 'AM,RU', selected: 'statement' } });
    element.reset();
    await settle(element);
    expect(eventIds(element)).to.have.length(4);
    expect(element.selected).to.equal(undefined);
  });
});

describe('list layout, narrow screens and print', () => {
  it('shows a chronological list below the width threshold, with expandable items', async () => {
    const element = await mount(sampleDocument(), { width: 320 });
    const items = [...root(element).querySelectorAll<HTMLElement>('[part="list-item"]')];
    expect(items.map((item) => item.dataset.eventId)).to.deep.equal(['statement', 'summit', 'ministry', 'baku']);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2020-11-09');
    expect(element.scrollWidth).to.be.at.most(320);
    const toggle = items[3]!.querySelector<HTMLButtonElement>('[part="list-toggle"]')!;
    toggle.click();
    await settle(element);
    expect(element.selected).to.equal('baku');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(items[3]!.textContent).to.contain('Azerbaijan is ready for this.');
  });

  it('switches between chart and list with the toggle, whatever the width', async () => {
    const element = await mount(sampleDocument());
    const toggle = () => root(element).querySelector<HTMLButtonElement>('[part="layout-toggle"]')!;
    expect(toggle().textContent!.trim()).to.equal('List view');
    toggle().click();
    await settle(element);
    expect(root(element).querySelector('[part="list"]')).to.exist;
    expect(root(element).querySelector('[part="chart"]')).to.not.exist;
    expect(element.getAttribute('layout')).to.equal('list');
    toggle().click();
    await settle(element);
    expect(root(element).querySelector('[part="chart"]')).to.exist;
  });

  it('prints the list with every detail open', async () => {
    const element = await mount(sampleDocument());
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    const toggles = [...root(element).querySelectorAll('[part="list-toggle"]')];
    expect(toggles).to.have.length(4);
    expect(toggles.every((toggle) => toggle.getAttribute('aria-expanded') === 'true')).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect(root(element).querySelector('[part="chart"]')).to.exist;
  });
});

describe('accessibility', () => {
  it('passes axe in the lanes layout, with the detail card open, and in the list layout', async () => {
    const element = await mount(sampleDocument());
    await expect(element).to.be.accessible();
    element.select('baku');
    await settle(element);
    await expect(element).to.be.accessible();
    element.layout = 'list';
    await settle(element);
    await expect(element).to.be.accessible();
  });

  it('names the chart after the document', async () => {
    const element = await mount(sampleDocument());
    const svg = root(element).querySelector('[part="chart"] svg')!;
    expect(svg.getAttribute('role')).to.equal('group');
    expect(svg.getAttribute('aria-label')).to.contain('Test relations');
  });
});

describe('locale and direction', () => {
  it('formats dates in Russian and Arabic', async () => {
    const ru = await mount(sampleDocument(), { attributes: { locale: 'ru' } });
    const baku = () => root(ru).querySelector('[data-event-id="baku"]')!.getAttribute('aria-label')!;
    expect(baku()).to.match(/^11 мая 2021/);
    const ar = await mount(sampleDocument(), { attributes: { locale: 'ar' } });
    const label = root(ar).querySelector('[data-event-id="baku"]')!.getAttribute('aria-label')!;
    expect(label).to.match(/مايو/);
  });

  it('runs time from right to left on a right-to-left page', async () => {
    const element = await mount(sampleDocument(), { dir: 'rtl', attributes: { locale: 'ar' } });
    const x = (id: string) => {
      const box = root(element).querySelector(`[data-event-id="${id}"] .glyph`)!.getBoundingClientRect();
      return box.x + box.width / 2;
    };
    expect(x('statement')).to.be.greaterThan(x('baku'));
    const label = root(element).querySelector<SVGTextElement>('[part="lane"] text')!;
    expect(Number(label.getAttribute('x'))).to.be.greaterThan(element.getBoundingClientRect().width / 2);
  });

  it('takes interface text from the strings property', async () => {
    const element = await mount(sampleDocument());
    element.strings = { viewList: 'Liste', eventCount: (_count, formatted) => `${formatted} Ereignisse` };
    await settle(element);
    expect(root(element).querySelector('[part="layout-toggle"]')!.textContent!.trim()).to.equal('Liste');
    expect(root(element).querySelector('[part="count"]')!.textContent).to.equal('4 Ereignisse');
  });
});

describe('lazy loading and deep links', () => {
  it('fetches nothing until the element comes near the viewport', async () => {
    const url = `/test/fixtures/element/one-event.json?lazy=${Date.now()}`;
    const requested: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input));
      return originalFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><div style="height:4000px"></div></div>`);
      const element = document.createElement('entente-timeline');
      element.src = url;
      wrapper.append(element);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requested).to.deep.equal([]);
      expect(root(element).querySelector('[part~="event"]')).to.not.exist;
      const rendered = oneEvent(element, 'entente-render');
      element.scrollIntoView();
      await rendered;
      expect(requested).to.deep.equal([url]);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('puts the selected event in the address, and opens the event an address names', async () => {
    const original = location.href;
    try {
      const element = await mount(sampleDocument(), { attributes: { id: 'karabakh', 'deep-link': '' } });
      element.select('baku');
      expect(location.hash).to.equal('#karabakh/baku');
      element.select(null);
      expect(location.hash).to.equal('');
      history.replaceState(null, '', '#second/summit');
      const second = await mount(sampleDocument(), { attributes: { id: 'second', 'deep-link': '' } });
      await settle(second);
      expect(second.selected).to.equal('summit');
      expect(root(second).querySelector('[part="detail"]')!.textContent).to.contain('Regional summit');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
