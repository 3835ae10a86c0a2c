// The page cannot break the widget and the widget changes nothing outside its shadow root:
// aggressive host CSS, globals and listeners, 30 instances side by side, 500 reconnections,
// and inputs that change while a load is in flight.
import { expect } from '@open-wc/testing';
import type { EntenteTimeline } from '../../src/index.js';
import { sampleDocument } from '../element/fixtures.js';
import { column, createTimeline, drawnEventIds, mountData, nextOutcome, sleep, unmount } from './helpers.js';

// The element reports each dropped part on the console; the repetitions here only slow the run.
const { warn } = console;
before(() => {
  console.warn = () => undefined;
});
after(() => {
  console.warn = warn;
});

const HOSTILE_CSS = `
  * { all: revert }
  svg { display: none }
  div { position: absolute }
  html { font-size: 40px }
  * { box-sizing: content-box }
`;

function within(inner: DOMRect, outer: DOMRect, slack = 1): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack &&
    inner.bottom <= outer.bottom + slack
  );
}

describe('hostile page CSS', function () {
  this.timeout(20_000);
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  // needs lead: with `* { all: revert }` the host element itself is reverted to `display: inline`
  // (page rules beat :host rules), and ResizeObserver reports 0 for an inline box, so nothing is
  // drawn. Either make the :host display rule `display: block !important` (and
  // `:host([hidden]) { display: none !important }`), or have ResizeController observe a block
  // element inside the shadow root (e.g. the `.base` figure) instead of the host.
  it('keeps its layout: chart visible with a size, marks inside the element, card visible', async () => {
    const { element, outcome } = await mountData(sampleDocument(), 800);
    expect(outcome.kind).to.equal('render');
    const root = element.shadowRoot!;
    const svg = root.querySelector('[part="chart"] svg')!;
    const box = element.getBoundingClientRect();
    const chart = svg.getBoundingClientRect();
    expect(getComputedStyle(svg).display).to.not.equal('none');
    expect(chart.width).to.be.greaterThan(100);
    expect(chart.height).to.be.greaterThan(50);
    for (const mark of root.querySelectorAll('[part~="event"]')) {
      expect(within(mark.getBoundingClientRect(), box), 'mark inside the element').to.be.true;
    }
    element.select('baku');
    await element.updateComplete;
    const card = root.querySelector('[part="detail"]')!;
    const cardBox = card.getBoundingClientRect();
    expect(cardBox.height).to.be.greaterThan(20);
    expect(within(cardBox, element.getBoundingClientRect()), 'card inside the element').to.be.true;
    unmount(element);
  });

  it('keeps its layout under the same CSS when the host is explicitly a block', async () => {
    // What survives today: page rules that reach into the shadow tree only by inheritance.
    style.textContent += 'entente-timeline { display: block }';
    const { element, outcome } = await mountData(sampleDocument(), 800);
    expect(outcome.kind).to.equal('render');
    const root = element.shadowRoot!;
    const svg = root.querySelector('[part="chart"] svg')!;
    expect(getComputedStyle(svg).display).to.not.equal('none');
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(100);
    const box = element.getBoundingClientRect();
    for (const mark of root.querySelectorAll('[part~="event"]')) expect(within(mark.getBoundingClientRect(), box)).to.be.true;
    element.select('baku');
    await element.updateComplete;
    expect(root.querySelector('[part="detail"]')!.getBoundingClientRect().height).to.be.greaterThan(20);
    unmount(element);
  });
});

describe('nothing outside the shadow root', function () {
  this.timeout(20_000);

  it('adds no global styles, no globals and no document-level listeners that outlive it', async () => {
    const targets = [document, window] as const;
    const active = new Map<string, number>();
    const originals = targets.map((target) => ({ add: target.addEventListener, remove: target.removeEventListener }));
    targets.forEach((target, i) => {
      const name = i === 0 ? 'document' : 'window';
      target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        active.set(`${name}:${type}`, (active.get(`${name}:${type}`) ?? 0) + 1);
        return (originals[i]!.add as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.addEventListener;
      target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        active.set(`${name}:${type}`, (active.get(`${name}:${type}`) ?? 0) - 1);
        return (originals[i]!.remove as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.removeEventListener;
    });
    const globals = new Set(Object.keys(window));
    const styles = document.querySelectorAll('style, link[rel="stylesheet"]').length;
    const sheets = document.adoptedStyleSheets.length;
    try {
      const { element } = await mountData(sampleDocument());
      element.select('baku');
      await element.updateComplete;
      const mark = element.shadowRoot!.querySelector<SVGElement>('[part~="event"]')!;
      mark.focus();
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await element.updateComplete;
      unmount(element);
      await sleep(50);
    } finally {
      targets.forEach((target, i) =>
        Object.assign(target, { addEventListener: originals[i]!.add, removeEventListener: originals[i]!.remove }),
      );
    }
    expect(
      [...active].filter(([, count]) => count > 0),
      'listeners left on document/window',
    ).to.deep.equal([]);
    expect(
      Object.keys(window).filter((key) => !globals.has(key)),
      'new globals',
    ).to.deep.equal([]);
    expect(document.querySelectorAll('style, link[rel="stylesheet"]').length, 'new <style>').to.equal(styles);
    expect(document.adoptedStyleSheets.length, 'new adopted sheets').to.equal(sheets);
  });

  it('handles keys only inside itself: a key on the page does nothing', async () => {
    const { element } = await mountData(sampleDocument());
    element.select('baku');
    await element.updateComplete;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await element.updateComplete;
    expect(element.selected).to.equal('baku');
    unmount(element);
  });
});

describe('30 instances on one page', function () {
  this.timeout(30_000);

  it('work independently, and ids in each shadow root are unique', async () => {
    const wrapper = column(700);
    const elements: EntenteTimeline[] = [];
    const outcomes: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      const element = createTimeline();
      element.data = sampleDocument();
      outcomes.push(nextOutcome(element));
      elements.push(element);
      wrapper.append(element);
    }
    await Promise.all(outcomes);
    await Promise.all(elements.map((element) => element.updateComplete));
    for (const element of elements) expect(drawnEventIds(element)).to.have.members(['baku', 'statement', 'ministry', 'summit']);
    elements[3]!.select('baku');
    elements[17]!.select('summit');
    await Promise.all(elements.map((element) => element.updateComplete));
    elements.forEach((element, i) => {
      const expected = i === 3 ? 'baku' : i === 17 ? 'summit' : undefined;
      expect(element.selected, `instance ${i}`).to.equal(expected);
      expect(!!element.shadowRoot!.querySelector('[part="detail"]'), `card of instance ${i}`).to.equal(expected !== undefined);
      const ids = [...element.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size, `unique ids in instance ${i}`).to.equal(ids.length);
      // aria references resolve inside the same shadow root.
      for (const node of element.shadowRoot!.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')) {
        for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
          for (const ref of (node.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
            expect(element.shadowRoot!.getElementById(ref), `${attr}=${ref} in instance ${i}`).to.exist;
          }
        }
      }
    });
    wrapper.remove();
  });
});

/** Counts live observations by wrapping the observer classes' methods. */
function trackObservers() {
  const live = new Map<object, Set<Element>>();
  const restores: (() => void)[] = [];
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
    const proto = (window[name] as unknown as { prototype: Record<string, (...args: unknown[]) => unknown> }).prototype;
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      if (!live.has(this)) live.set(this, new Set());
      live.get(this)!.add(target as Element);
      return observe!.call(this, target, ...rest);
    };
    // MutationObserver has no unobserve.
    if (name !== 'MutationObserver') {
      proto.unobserve = function (this: object, target: unknown) {
        live.get(this)?.delete(target as Element);
        return unobserve!.call(this, target);
      };
    }
    proto.disconnect = function (this: object) {
      live.delete(this);
      return disconnect!.call(this);
    };
    restores.push(() => Object.assign(proto, name === 'MutationObserver' ? { observe, disconnect } : { observe, unobserve, disconnect }));
  }
  return {
    observing: (element: Element) =>
      [...live.values()].filter((targets) => [...targets].some((t) => t === element || element.shadowRoot?.contains(t))).length,
    restore: () => restores.forEach((restore) => restore()),
  };
}

/** Counts fetches and how many of them were aborted. */
function trackFetches() {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  return {
    started: () => signals.length,
    aborted: () => signals.filter((signal) => signal.aborted).length,
    restore: () => {
      window.fetch = original;
    },
  };
}

describe('connect, disconnect, reconnect', function () {
  this.timeout(60_000);

  it('500 cycles leave no observer behind and show the latest data', async () => {
    const observers = trackObservers();
    try {
      const { element } = await mountData(sampleDocument());
      const parent = element.parentElement!;
      for (let i = 0; i < 500; i++) {
        element.remove();
        if (i === 250) element.data = { ...sampleDocument(), title: 'Latest' };
        parent.append(element);
        if (i % 50 === 0) await element.updateComplete;
      }
      await element.updateComplete;
      await sleep(50);
      await element.updateComplete;
      expect(observers.observing(element), 'observers while connected').to.be.at.most(3);
      expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Latest');
      expect(drawnEventIds(element)).to.have.length(4);
      element.remove();
      expect(observers.observing(element), 'observers after removal').to.equal(0);
      parent.remove();
    } finally {
      observers.restore();
    }
  });

  it('aborts a load cut short by disconnecting, and resumes it on reconnect', async () => {
    const fetches = trackFetches();
    try {
      const element = createTimeline();
      element.src = '/test-api/slow?ms=400&file=test/fixtures/element/one-event.json';
      const parent = column();
      parent.append(element);
      await element.updateComplete;
      for (let i = 0; i < 50; i++) {
        element.remove();
        parent.append(element);
      }
      const outcome = await nextOutcome(element);
      expect(outcome.kind).to.equal('render');
      expect(fetches.started()).to.be.at.least(2);
      expect(fetches.aborted(), 'every fetch but the last aborted').to.equal(fetches.started() - 1);
      parent.remove();
    } finally {
      fetches.restore();
    }
  });

  it('src and data changes while a load is in flight: the latest input wins', async () => {
    const fetches = trackFetches();
    try {
      const element = createTimeline();
      element.src = '/test-api/slow?ms=500&file=test/fixtures/element/two-events.json';
      const parent = column();
      parent.append(element);
      await element.updateComplete;
      // data replaces the slow src...
      let outcome = nextOutcome(element);
      element.data = sampleDocument();
      expect((await outcome).kind).to.equal('render');
      expect(fetches.aborted()).to.equal(1);
      // ...and removing data falls back to a new src; a slower, older one never lands.
      element.src = '/test-api/slow?ms=700&file=test/fixtures/element/two-events.json';
      element.data = undefined;
      await element.updateComplete;
      outcome = nextOutcome(element);
      element.src = '/test/fixtures/element/one-event.json';
      expect((await outcome).kind).to.equal('render');
      await sleep(900);
      await element.updateComplete;
      expect(drawnEventIds(element)).to.have.length(1);
      expect(fetches.aborted()).to.equal(2);
      parent.remove();
    } finally {
      fetches.restore();
    }
  });
});
