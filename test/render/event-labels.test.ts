import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { renderEventLabels } from '../../src/render/event-labels.js';
import { eventLabelStyles } from '../../src/render/event-labels.styles.js';
import type { PlacedLabel } from '../../src/layout/event-labels.js';

function label(eventId: string, text: string, x: number, anchor: 'start' | 'end', y = 17): PlacedLabel {
  const width = text.length * 6;
  return {
    eventId,
    text,
    x,
    y,
    anchor,
    width,
    box: anchor === 'start' ? { x0: x, y0: y - 6.5, x1: x + width, y1: y + 6.5 } : { x0: x - width, y0: y - 6.5, x1: x, y1: y + 6.5 },
  };
}

describe('renderEventLabels', () => {
  let host: HTMLElement;
  let root: ShadowRoot;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [eventLabelStyles.styleSheet!];
  });
  afterEach(() => host.remove());

  const draw = (labels: PlacedLabel[]) => render(svg`<svg width="600" height="200">${renderEventLabels(labels)}</svg>`, root);
  const texts = () => [...root.querySelectorAll<SVGTextElement>('text')];

  it('draws one hidden, isolated text per label at its place and anchor', () => {
    draw([label('a', 'Trilateral statement', 120, 'start'), label('b', 'بيان مشترك', 400, 'end', 63)]);
    const [a, b] = texts();
    expect(texts()).to.have.length(2);
    for (const [text, id, x, y, anchor, content] of [
      [a!, 'a', '120', '17', 'start', 'Trilateral statement'],
      [b!, 'b', '400', '63', 'end', 'بيان مشترك'],
    ] as const) {
      expect(text.getAttribute('part')).to.equal('event-label');
      expect(text.getAttribute('aria-hidden')).to.equal('true');
      expect(text.dataset.labelFor).to.equal(id);
      expect([
        text.getAttribute('x'),
        text.getAttribute('y'),
        text.getAttribute('text-anchor'),
        text.getAttribute('dominant-baseline'),
      ]).to.deep.equal([x, y, anchor, 'central']);
      expect(text.textContent).to.equal(`\u2068${content}\u2069`);
      // Left to right, so that the anchor is a physical edge; the text inside keeps its own direction.
      expect(getComputedStyle(text).direction).to.equal('ltr');
    }
    expect(root.querySelector('g.event-labels')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('puts the end of an end-anchored label, whatever its script, at x, in a right-to-left page too', () => {
    host.dir = 'rtl';
    draw([label('b', 'بيان مشترك', 400, 'end'), label('c', 'Joint statement', 100, 'start')]);
    const [b, c] = texts().map((text) => text.getBBox());
    expect(b!.x + b!.width).to.be.closeTo(400, 1.5);
    expect(c!.x).to.be.closeTo(100, 1.5);
    // Not the other way round.
    expect(b!.x).to.be.below(390);
    expect(c!.x + c!.width).to.be.above(110);
  });

  it('takes its size and colour from --entente-label-font-size and --entente-label-color', () => {
    draw([label('a', 'Talks', 120, 'start')]);
    expect(getComputedStyle(texts()[0]!).fontSize).to.equal('11px');
    host.style.setProperty('--entente-label-font-size', '13px');
    host.style.setProperty('--entente-label-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(texts()[0]!).fontSize).to.equal('13px');
    expect(getComputedStyle(texts()[0]!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('keeps the node of a label that stays, and writes data as text, never markup', () => {
    draw([label('a', 'Talks', 120, 'start'), label('b', '<img src=x onerror=alert(1)>', 300, 'start')]);
    const kept = texts()[0];
    expect(root.querySelector('img')).to.equal(null);
    draw([label('x', 'New', 50, 'start'), label('a', 'Talks', 140, 'start')]);
    expect(texts()[1]).to.equal(kept);
    expect(kept!.getAttribute('x')).to.equal('140');
  });

  it('draws a leader line where a label has one, in the labels’ colour, and drops it when the label moves back beside its mark', () => {
    host.style.setProperty('--entente-label-color', 'rgb(1, 2, 3)');
    draw([{ ...label('a', 'Talks', 123, 'start', 41), leader: { x: 120, y1: 66, y2: 34.5 } }, label('b', 'Other', 300, 'start')]);
    const lines = root.querySelectorAll<SVGLineElement>('line.event-leader');
    expect(lines).to.have.length(1);
    const line = lines[0]!;
    expect(['x1', 'x2', 'y1', 'y2'].map((name) => line.getAttribute(name))).to.deep.equal(['120', '120', '66', '34.5']);
    expect(line.closest('[aria-hidden="true"]')).to.equal(root.querySelector('g.event-labels'));
    expect(line.getAttribute('part')).to.equal('event-leader');
    expect(line.dataset['labelFor']).to.equal('a');
    expect(getComputedStyle(line).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(line).pointerEvents).to.equal('none');
    draw([label('a', 'Talks', 130, 'start'), label('b', 'Other', 300, 'start')]);
    expect(root.querySelectorAll('line.event-leader')).to.have.length(0);
    expect(texts()).to.have.length(2);
  });
});
