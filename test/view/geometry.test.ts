import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { groupByParties } from '../../src/layout/groups.js';
import { chooseLayout, computeClusterRange, computeFrame, computeGeometry, NARROW_WIDTH } from '../../src/view/geometry.js';
import { computeRelatedArcs } from '../../src/view/view-model.js';
import { calendar, entry, model } from '../layout/fixtures.js';

// The view's geometry and frames are pure: a document, a width and a zoom transform in, plain objects out.

const document = model(
  ['RU', 'AZ', 'AM'],
  [
    entry({ id: 'a', parties: ['RU', 'AZ'], date: calendar(2020, 11, 10), related: ['b'] }),
    entry({ id: 'b', parties: ['RU', 'AZ', 'AM'], date: calendar(2021, 1, 11) }),
    entry({ id: 'c', parties: ['AZ', 'AM'], date: calendar(2021, 5, 11) }),
  ],
);

function geometryAt(width: number, rtl = false, shown?: boolean[]) {
  const groups = groupByParties(document.events);
  return computeGeometry({
    model: document,
    width,
    locale: 'en',
    rtl,
    laneOrder: 'document',
    groups,
    shown: shown ?? groups.groups.map(() => true),
  });
}

describe('computeGeometry', () => {
  const cases = [
    { name: 'wide, left to right', width: 900, rtl: false, narrow: false, plot: [182, 888], labelX: 0 },
    { name: 'wide, right to left', width: 900, rtl: true, narrow: false, plot: [12, 718], labelX: 900 },
    { name: 'narrow', width: NARROW_WIDTH - 1, rtl: false, narrow: true, plot: [72, 547], labelX: 0 },
  ];
  for (const { name, width, rtl, narrow, plot, labelX } of cases) {
    it(name, () => {
      const geometry = geometryAt(width, rtl);
      expect(geometry.narrow).to.equal(narrow);
      expect([geometry.plotLeft, geometry.plotRight]).to.deep.equal(plot);
      expect(geometry.labelX).to.equal(labelX);
      // Time runs right to left in a right-to-left page.
      const [r0, r1] = geometry.scale.range();
      expect(r0 < r1).to.equal(!rtl);
      expect(geometry.prepared.lanes.map((lane) => lane.partyId)).to.deep.equal(['RU', 'AZ', 'AM']);
    });
  }

  it('owns a zoom-level cache of its own: a new geometry starts empty', () => {
    const first = geometryAt(900);
    computeFrame(first, zoomIdentity);
    const second = geometryAt(900);
    expect(second.zoomLevels).to.not.equal(first.zoomLevels);
    expect(second.zoomLevels.levels).to.deep.equal([]);
  });

  it('leaves out the events of hidden party groups', () => {
    const groups = groupByParties(document.events);
    const shown = groups.groups.map((group) => group.parties.length !== 3);
    expect(
      computeFrame(geometryAt(900, false, shown), zoomIdentity)
        .window.marks.map((mark) => mark.eventId)
        .sort(),
    ).to.deep.equal(['a', 'c']);
  });
});

describe('computeFrame', () => {
  it('gives the keyboard every mark in drawing order, by typed navigation id', () => {
    const frame = computeFrame(geometryAt(900), zoomIdentity);
    expect(frame.items.map((item) => item.nav)).to.deep.equal([
      { kind: 'event', id: 'a' },
      { kind: 'event', id: 'b' },
      { kind: 'event', id: 'c' },
    ]);
    expect(frame.ticks.length).to.be.greaterThan(1);
    for (const tick of frame.ticks) expect(tick.x).to.be.within(181, 889);
  });

  // Axis labels (centred on their ticks, about 13 px type at 0.55 em a character) never meet: with long
  // month names or BC years the axis takes fewer ticks rather than overlapping them.
  const spans: [string, string, number, ReturnType<typeof calendar>, ReturnType<typeof calendar>][] = [
    ['Russian months on a phone', 'ru', 340, calendar(2020, 10, 1), calendar(2021, 10, 1)],
    ['Portuguese months on a phone', 'pt', 340, calendar(2020, 10, 1), calendar(2021, 10, 1)],
    ['BC years on a desktop', 'en', 1200, calendar(-1259), calendar(2015)],
  ];
  for (const [name, locale, width, start, end] of spans) {
    it(`spaces the axis labels apart: ${name}`, () => {
      const span = model(
        ['A', 'B'],
        [entry({ id: 'x', parties: ['A', 'B'], date: start }), entry({ id: 'y', parties: ['A', 'B'], date: end })],
      );
      const groups = groupByParties(span.events);
      const shown = groups.groups.map(() => true);
      const geometry = computeGeometry({ model: span, width, locale, rtl: false, laneOrder: 'document', groups, shown });
      const all = computeFrame(geometry, zoomIdentity).ticks;
      // Every tick keeps its line; where labels would meet, only every other tick (or fewer) has one.
      const ticks = all.filter((tick) => tick.label);
      expect(ticks.length, all.map((tick) => tick.label).join(' | ')).to.be.at.least(2);
      expect(
        ticks.some((tick) => /\d{4}/.test(tick.label)),
        'a label names the year',
      ).to.equal(true);
      for (let i = 1; i < ticks.length; i++) {
        const room = ticks[i]!.x - ticks[i - 1]!.x;
        const needed = ((ticks[i]!.label.length + ticks[i - 1]!.label.length) * 0.55 * 13) / 2 + 2;
        expect(room, `${ticks[i - 1]!.label} | ${ticks[i]!.label}`).to.be.at.least(needed);
      }
    });
  }

  it('zooms with the transform: twice the scale, twice the distance between marks', () => {
    const geometry = geometryAt(900);
    const at = (k: number) => {
      const marks = computeFrame(geometry, zoomIdentity.scale(k)).window.marks;
      return marks.find((mark) => mark.eventId === 'b')!.cx - marks.find((mark) => mark.eventId === 'a')!.cx;
    };
    expect(at(2)).to.be.closeTo(2 * at(1), 1e-6);
  });
});

describe('computeRelatedArcs and computeClusterRange', () => {
  const geometry = geometryAt(900);
  const frame = computeFrame(geometry, zoomIdentity);
  const cases = [
    { selected: 'a', arcs: 1 },
    { selected: 'b', arcs: 0 },
    { selected: undefined, arcs: 0 },
    { selected: 'missing', arcs: 0 },
  ];
  for (const { selected, arcs } of cases) {
    it(`${selected ?? 'nothing'} selected: ${arcs} arc(s)`, () =>
      expect(computeRelatedArcs(document, frame, selected)).to.have.length(arcs));
  }

  it('pads a cluster’s range by a quarter of its span, at least a day, in pixels from left to right', () => {
    const cluster = {
      key: 'k',
      eventIds: ['a', 'b'],
      cx: 0,
      ys: [],
      yMin: 0,
      yMax: 0,
      start: document.events[0]!.date.start,
      stop: document.events[1]!.date.stop,
    };
    const [x0, x1] = computeClusterRange(geometry, cluster);
    expect(x0).to.be.lessThan(geometry.scale(cluster.start));
    expect(x1).to.be.greaterThan(geometry.scale(cluster.stop));
    const [r0, r1] = computeClusterRange(geometryAt(900, true), cluster);
    expect(r0).to.be.lessThan(r1);
  });
});

describe('chooseLayout', () => {
  const cases: { requested: 'auto' | 'lanes' | 'list'; printing: boolean; width: number; expected: 'lanes' | 'list' }[] = [
    { requested: 'auto', printing: false, width: 1200, expected: 'lanes' },
    { requested: 'auto', printing: false, width: 479, expected: 'list' },
    { requested: 'auto', printing: false, width: 480, expected: 'lanes' },
    { requested: 'auto', printing: false, width: 0, expected: 'lanes' },
    { requested: 'lanes', printing: false, width: 320, expected: 'lanes' },
    { requested: 'list', printing: false, width: 1200, expected: 'list' },
    { requested: 'lanes', printing: true, width: 1200, expected: 'list' },
  ];
  for (const { requested, printing, width, expected } of cases) {
    it(`${requested} at ${width} px${printing ? ', printing' : ''}: ${expected}`, () => {
      expect(chooseLayout(requested, printing, width)).to.equal(expected);
    });
  }
});
