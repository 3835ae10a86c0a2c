import { expect } from '@open-wc/testing';
import { classifyArity } from '../../src/data/model.js';
import { render } from 'lit';
import { renderChart, type ChartView } from '../../src/render/chart.js';
import type { ClusterLayout, MarkLayout } from '../../src/layout/timeline.js';

// The chart is a pure template: it is rendered here from hand-made layouts, without the element.

const LANES = [
  { partyId: 'RU', index: 0, y: 20 },
  { partyId: 'AZ', index: 1, y: 60 },
  { partyId: 'AM', index: 2, y: 100 },
];

function mark(eventId: string, cx: number, ys: number[], fields: Partial<MarkLayout> = {}): MarkLayout {
  const arity = classifyArity(ys.length);
  return { eventId, x: cx, cx, ys, yMin: Math.min(...ys), yMax: Math.max(...ys), arity, importance: 2, ...fields };
}

function cluster(key: string, eventIds: string[], cx: number, ys: number[]): ClusterLayout {
  return { key, eventIds, cx, ys, yMin: Math.min(...ys), yMax: Math.max(...ys), start: 0, stop: 1 };
}

function view(fields: Partial<ChartView>): ChartView {
  return {
    width: 600,
    height: 140,
    plotLeft: 80,
    plotRight: 590,
    labelX: 0,
    rtl: false,
    axisY: 120,
    lanes: LANES,
    marks: [],
    clusters: [],
    ticks: [],
    arcs: [],
    laneLabel: (id) => id,
    partyColor: () => 'rgb(47, 95, 138)',
    eventParties: () => ['RU', 'AZ', 'AM'],
    eventName: (id) => `event ${id}`,
    clusterName: (c) => `${c.eventIds.length} events`,
    clusterCount: (count) => String(count),
    label: 'chart',
    ...fields,
  };
}

function draw(container: SVGSVGElement, chart: ChartView): void {
  render(renderChart(chart), container);
}

function newCanvas(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  return svg;
}

/** Text nodes of nothing but whitespace under `root`: each is a node made and removed with its mark for nothing. */
function blankTextNodes(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (!walker.currentNode.textContent!.trim()) count += 1;
  return count;
}

describe('renderChart', () => {
  let svg: SVGSVGElement;
  beforeEach(() => {
    svg = newCanvas();
  });
  afterEach(() => svg.remove());

  it('draws each arity with its glyph, a connector across its lanes, and nothing else', () => {
    for (const [ys, shape, connectors] of [
      [[20], 'circle', 0],
      [[20, 60], 'circle', 1],
      [[20, 60, 100], 'path', 1],
      [[20, 40, 60, 100], 'rect', 1],
    ] as const) {
      draw(svg, view({ marks: [mark('e', 200, [...ys])] }));
      const g = svg.querySelector('.event')!;
      expect(
        [...g.querySelectorAll('.glyph')].map((glyph) => glyph.localName),
        `${ys.length} parties`,
      ).to.deep.equal(ys.map(() => shape));
      expect(g.querySelectorAll('.connector'), `${ys.length} parties`).to.have.length(connectors);
      expect(g.querySelectorAll('.band, .span, .halo'), `${ys.length} parties`).to.have.length(0);
      // Each glyph sits on its own lane, at the mark's x (its group carries the x).
      for (const [i, glyph] of [...g.querySelectorAll<SVGGraphicsElement>('.glyph')].entries()) {
        const box = glyph.getBBox();
        expect(box.y + box.height / 2, `${ys.length} parties, glyph ${i}`).to.be.closeTo(ys[i]!, 1e-3);
        expect(box.x + box.width / 2, `${ys.length} parties, glyph ${i}`).to.be.closeTo(0, 1e-3);
      }
      render(null, svg);
    }
  });

  it("breaks a connector around the lane of a party that did not take part, with glyphs only on its parties' lanes", () => {
    // Lanes at 20, 60 and 100: [20, 100] skips the middle lane, [20, 60, 100] takes all three.
    for (const [ys, skipped] of [
      [[20, 100], [60]],
      [[20, 60, 100], []],
      [[20, 60], []],
    ] as const) {
      draw(svg, view({ marks: [mark('e', 200, [...ys])] }));
      const g = svg.querySelector('.event')!;
      const connectors = [...g.querySelectorAll<SVGGeometryElement>('.connector')];
      expect(connectors, `${ys}`).to.have.length(1);
      const touches = (y: number) => {
        const point = svg.createSVGPoint();
        point.x = 0;
        point.y = y;
        return connectors[0]!.isPointInStroke(point);
      };
      for (const lane of LANES) {
        const within = lane.y >= Math.min(...ys) && lane.y <= Math.max(...ys);
        expect(touches(lane.y), `${ys}: lane ${lane.y}`).to.equal(within && !(skipped as readonly number[]).includes(lane.y));
        // Nor anywhere within 3 px of a skipped lane's line.
        if ((skipped as readonly number[]).includes(lane.y))
          for (const dy of [-3, -1, 1, 3]) expect(touches(lane.y + dy), `${ys}: lane ${lane.y} ${dy}`).to.equal(false);
      }
      // It still runs between the lanes it joins.
      expect(touches((Math.min(...ys) + Math.max(...ys)) / 2 + (skipped.length ? 20 : 0)), `${ys}`).to.equal(true);
      expect(
        [...g.querySelectorAll<SVGGraphicsElement>('.glyph')].map((glyph) => Math.round(glyph.getBBox().y + glyph.getBBox().height / 2)),
      ).to.deep.equal([...ys]);
      render(null, svg);
    }
  });

  it('draws the band, span and halos of a mark under its glyphs', () => {
    draw(
      svg,
      view({
        marks: [mark('e', 200, [20, 60], { xEnd: 260, band: [190, 230] })],
        selectedId: 'e',
      }),
    );
    const order = [...svg.querySelector('.event')!.children].map((child) => child.getAttribute('class'));
    expect(order).to.deep.equal(['hit', 'band', 'band', 'span', 'span', 'connector', 'halo', 'halo', 'glyph', 'glyph']);
  });

  it('leaves no blank text nodes between the shapes of marks, clusters, ticks and lanes', () => {
    draw(
      svg,
      view({
        marks: [mark('a', 120, [20, 60]), mark('b', 160, [20, 60, 100]), mark('c', 200, [60])],
        clusters: [cluster('4:1', ['x', 'y', 'z'], 300, [20, 60, 100])],
        ticks: [{ value: 0, label: '2021', major: true, x: 150 }],
      }),
    );
    for (const selector of ['.event', '.cluster', '.tick', '.lane']) {
      const nodes = [...svg.querySelectorAll(selector)];
      expect(nodes.length, selector).to.be.greaterThan(0);
      for (const node of nodes) expect(blankTextNodes(node), selector).to.equal(0);
    }
  });

  it('draws a cluster’s dots as one path with a circle per lane, and a spine only across lanes', () => {
    draw(svg, view({ clusters: [cluster('4:1', ['x', 'y'], 300, [20, 60, 100]), cluster('4:2', ['p', 'q'], 400, [60])] }));
    const [wide, narrow] = [...svg.querySelectorAll('.cluster')];
    const dots = wide!.querySelectorAll('.dot');
    expect(dots).to.have.length(1);
    // Each circle is two arcs from its leftmost point: one move per lane.
    expect(dots[0]!.getAttribute('d')!.match(/M/g)).to.have.length(3);
    const box = (dots[0] as SVGPathElement).getBBox();
    expect([box.y, box.height]).to.deep.equal([17, 86]);
    expect(wide!.querySelector('.spine')).to.exist;
    expect(narrow!.querySelector('.spine')).to.not.exist;
    expect(narrow!.querySelector('.dot')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
  });

  it('draws a new zoom level’s clusters into the nodes of the last one’s, in order, and drops the rest', () => {
    draw(svg, view({ clusters: [cluster('4:10', ['a', 'b', 'c'], 300, [20, 60]), cluster('4:11', ['d', 'e'], 340, [20, 60])] }));
    const before = [...svg.querySelectorAll('.cluster')];
    const shapes = before.map((node) => [...node.querySelectorAll('*')]);
    // One level in: the bins are cut anew, so neither key nor first event need survive.
    draw(svg, view({ clusters: [cluster('5:14', ['b', 'c'], 295, [20, 100]), cluster('5:15', ['d', 'e', 'f', 'g'], 330, [60, 100])] }));
    const after = [...svg.querySelectorAll('.cluster')];
    expect(after).to.deep.equal(before);
    expect(after.map((node) => [...node.querySelectorAll('*')])).to.deep.equal(shapes);
    expect(after.map((node) => node.getAttribute('data-cluster-key'))).to.deep.equal(['5:14', '5:15']);
    expect(after.map((node) => node.getAttribute('data-event-ids'))).to.deep.equal(['b c', 'd e f g']);
    expect(after.map((node) => node.getAttribute('aria-label'))).to.deep.equal(['2 events', '4 events']);
    expect(after.map((node) => node.getAttribute('transform'))).to.deep.equal(['translate(295 0)', 'translate(330 0)']);
    expect(after[1]!.querySelector('.count')!.textContent).to.equal('4');
    expect(after[0]!.querySelector('.spine')!.getAttribute('y2')).to.equal('100');
    draw(svg, view({ clusters: [cluster('6:20', ['c', 'd'], 310, [60])] }));
    const last = [...svg.querySelectorAll('.cluster')];
    expect(last).to.deep.equal([before[0]]);
    expect(last[0]!.querySelector('.spine'), 'one lane: no spine').to.not.exist;
    expect(before[1]!.isConnected).to.be.false;
  });
});
