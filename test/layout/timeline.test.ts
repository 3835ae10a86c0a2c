import { expect } from '@open-wc/testing';
import { createTimeScale } from '../../src/layout/scale.js';
import { groupByParties } from '../../src/layout/groups.js';
import { createZoomLevels, layoutTimeline, layoutWindow, prepareTimeline, prepareZoomNeighbours } from '../../src/layout/timeline.js';
import type { LayoutOptions, MarkLayout } from '../../src/layout/timeline.js';
import { calendar, entry, instant, model, random, utc } from './fixtures.js';

const options: LayoutOptions = { laneHeight: 40, top: 30, markGap: 12 };
/** One pixel per day through 2021. */
const scale = createTimeScale([utc(2021), utc(2022)], [0, 365]);
const ORDER = ['RU', 'AZ', 'AM'];

function byId(marks: MarkLayout[]): Map<string, MarkLayout> {
  return new Map(marks.map((m) => [m.eventId, m]));
}

/** Every pair of marks that share a lane (including lanes they only cross) must be markGap apart. */
function expectNoCrowding(marks: MarkLayout[], gap: number): void {
  for (let i = 0; i < marks.length; i++) {
    for (let j = i + 1; j < marks.length; j++) {
      const a = marks[i]!;
      const b = marks[j]!;
      const share = a.yMin <= b.yMax && b.yMin <= a.yMax;
      if (share) expect(Math.abs(a.cx - b.cx), `${a.eventId} / ${b.eventId}`).to.be.at.least(gap - 1e-9);
    }
  }
}

describe('layoutTimeline', () => {
  it('stacks lanes in the given order', () => {
    const layout = layoutTimeline(model(['AM', 'AZ', 'RU'], []), ORDER, scale, options);
    expect(layout.lanes).to.deep.equal([
      { partyId: 'RU', y: 30, index: 0 },
      { partyId: 'AZ', y: 70, index: 1 },
      { partyId: 'AM', y: 110, index: 2 },
    ]);
    expect(layout.height).to.equal(130);
    expect(layout.marks).to.deep.equal([]);
  });

  it('places a day-precision point at the start of its day, with its lanes', () => {
    const layout = layoutTimeline(
      model(ORDER, [entry({ id: 'visit', parties: ['AZ', 'RU'], date: calendar(2021, 5, 11) })]),
      ORDER,
      scale,
      options,
    );
    const [mark] = layout.marks;
    expect(mark).to.deep.equal({
      eventId: 'visit',
      x: 130,
      cx: 130,
      ys: [70, 30],
      yMin: 30,
      yMax: 70,
      arity: 'bilateral',
      importance: 2,
    });
  });

  it('places an instant at its wall-clock time', () => {
    const layout = layoutTimeline(
      model(ORDER, [entry({ id: 'call', parties: ['AZ', 'RU'], date: instant(2021, 5, 11, 12, 0, 240) })]),
      ORDER,
      scale,
      options,
    );
    expect(layout.marks[0]!.x).to.be.closeTo(130.5, 1e-9);
  });

  it('centres a month-precision point on its month, with a band over the month', () => {
    const layout = layoutTimeline(
      model(ORDER, [entry({ id: 'statement', parties: ['RU'], date: calendar(2021, 5) })]),
      ORDER,
      scale,
      options,
    );
    const mark = layout.marks[0]!;
    expect(mark.band).to.deep.equal([120, 151]);
    expect(mark.x).to.equal(135.5);
    expect(mark.xEnd).to.equal(undefined);
    expect(mark.arity).to.equal('unilateral');
  });

  it('bands a year-precision point over its year', () => {
    const layout = layoutTimeline(model(ORDER, [entry({ id: 'y', parties: ['RU', 'AM'], date: calendar(2021) })]), ORDER, scale, options);
    expect(layout.marks[0]!.band).to.deep.equal([0, 365]);
    expect(layout.marks[0]!.x).to.equal(182.5);
  });

  it('draws a span from the start of its first day to the end of its last', () => {
    const layout = layoutTimeline(
      model(ORDER, [entry({ id: 'talks', parties: ['RU', 'AZ', 'AM'], date: calendar(2021, 1, 9), end: calendar(2021, 1, 11) })]),
      ORDER,
      scale,
      options,
    );
    const mark = layout.marks[0]!;
    expect([mark.x, mark.xEnd, mark.band]).to.deep.equal([8, 11, undefined]);
    expect([mark.yMin, mark.yMax, mark.arity]).to.deep.equal([30, 110, 'trilateral']);
  });

  it('nudges three same-day bilateral events apart and keeps the group centred on the date', () => {
    const day = calendar(2021, 5, 11);
    const events = [
      entry({ id: 'a', parties: ['RU', 'AZ'], date: day }),
      entry({ id: 'b', parties: ['AZ', 'AM'], date: day }),
      entry({ id: 'c', parties: ['RU', 'AM'], date: day }),
    ];
    const layout = layoutTimeline(model(ORDER, events), ORDER, scale, options);
    expectNoCrowding(layout.marks, options.markGap);
    const cxs = layout.marks.map((m) => m.cx);
    expect(layout.marks.every((m) => m.x === 130)).to.equal(true);
    expect((Math.min(...cxs) + Math.max(...cxs)) / 2).to.be.closeTo(130, 1e-9);
    // Each pair shares a lane, so they sit a gap apart, in the model's order.
    expect(cxs).to.deep.equal([118, 130, 142]);
  });

  it('leaves same-day marks on separate lanes where they are', () => {
    const order = ['A', 'B', 'C', 'D'];
    const day = calendar(2021, 5, 11);
    const events = [
      entry({ id: 'ab', parties: ['A', 'B'], date: day }),
      entry({ id: 'cd', parties: ['C', 'D'], date: day }),
      entry({ id: 'ab2', parties: ['B', 'A'], date: day }),
    ];
    const marks = byId(layoutTimeline(model(order, events), order, scale, options).marks);
    expect(marks.get('cd')!.cx).to.equal(130);
    expect([marks.get('ab')!.cx, marks.get('ab2')!.cx]).to.deep.equal([124, 136]);
  });

  it('treats a lane that a connector only crosses as occupied', () => {
    const day = calendar(2021, 5, 11);
    const events = [entry({ id: 'outer', parties: ['RU', 'AM'], date: day }), entry({ id: 'inner', parties: ['AZ'], date: day })];
    const layout = layoutTimeline(model(ORDER, events), ORDER, scale, options);
    expectNoCrowding(layout.marks, options.markGap);
    expect(layout.marks.map((m) => m.cx)).to.deep.equal([124, 136]);
  });

  it('does not re-centre a group into the marks before it', () => {
    const events = [
      entry({ id: 'early', parties: ['RU', 'AZ'], date: instant(2021, 5, 10, 23, 0, 240) }),
      entry({ id: 'a', parties: ['RU', 'AZ'], date: calendar(2021, 5, 11) }),
      entry({ id: 'b', parties: ['RU', 'AZ'], date: calendar(2021, 5, 11) }),
    ];
    const layout = layoutTimeline(model(ORDER, events), ORDER, scale, options);
    expectNoCrowding(layout.marks, options.markGap);
    const marks = byId(layout.marks);
    // "early" sits 1/24 px before the day; the pair cannot move left of it + gap.
    expect(marks.get('a')!.cx).to.be.closeTo(marks.get('early')!.cx + 12, 1e-9);
  });

  it('skips events with a party that has no lane', () => {
    const events = [
      entry({ id: 'ok', parties: ['RU', 'AZ'], date: calendar(2021, 5, 11) }),
      entry({ id: 'lost', parties: ['RU', 'XX'], date: calendar(2021, 5, 11) }),
    ];
    const layout = layoutTimeline(model(ORDER, events), ORDER, scale, options);
    expect(layout.marks.map((m) => m.eventId)).to.deep.equal(['ok']);
    expect(layout.marks[0]!.cx).to.equal(130);
  });

  it('handles ids that are Object.prototype names', () => {
    const order = ['__proto__', 'constructor'];
    const layout = layoutTimeline(
      model(order, [entry({ id: 'toString', parties: order, date: calendar(2021, 5, 11) })]),
      order,
      scale,
      options,
    );
    expect(layout.marks[0]!.ys).to.deep.equal([30, 70]);
  });

  it('lays out 10,000 events on 20 lanes without crowding', () => {
    const order = Array.from({ length: 20 }, (_, i) => `P${i}`);
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const events = Array.from({ length: 10_000 }, (_, i) => {
      const a = Math.floor(next() * 20);
      const b = (a + 1 + Math.floor(next() * 19)) % 20;
      return entry({
        id: `e${i}`,
        parties: [order[a]!, order[b]!],
        date: calendar(2021, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28)),
      });
    }).sort((x, y) => x.date.start - y.date.start);
    const big = model(order, events);
    const wide = createTimeScale([utc(2021), utc(2022)], [0, 20_000]);
    const layout = layoutTimeline(big, order, wide, { ...options, markGap: 4 });
    expect(layout.marks).to.have.length(10_000);
    // Per lane, neighbouring marks (by cx) are at least a gap apart.
    const perLane = order.map(() => [] as number[]);
    for (const mark of layout.marks) {
      for (let lane = (mark.yMin - 30) / 40; lane <= (mark.yMax - 30) / 40; lane++) perLane[lane]!.push(mark.cx);
    }
    for (const xs of perLane) {
      xs.sort((p, q) => p - q);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).to.be.at.least(4 - 1e-6);
    }
  });
});

describe('prepareTimeline', () => {
  it('gives the same entries when events of one party group share their lanes', () => {
    const events = [
      entry({ id: 'a', parties: ['RU', 'AZ'], date: calendar(2021, 5, 11) }),
      entry({ id: 'b', parties: ['AM', 'RU'], date: calendar(2020, 1) }),
      entry({ id: 'c', parties: ['RU', 'AZ'], date: calendar(2019) }),
      entry({ id: 'd', parties: ['RU', 'XX'], date: calendar(2018, 3, 1) }),
      entry({ id: 'e', parties: ['RU', 'XX'], date: calendar(2017, 3, 1) }),
      entry({ id: 'f', parties: ['AM', 'RU'], date: calendar(2016, 3, 1) }),
    ];
    const { groupOf } = groupByParties(events);
    const options = { laneHeight: 40, top: 20 };
    const skipB = (_: unknown, index: number) => index !== 1;
    const plain = prepareTimeline(events, ['RU', 'AM', 'AZ'], options, skipB);
    const grouped = prepareTimeline(events, ['RU', 'AM', 'AZ'], options, skipB, groupOf);
    // d and e have a party without a lane; b is filtered out but f, of the same group, is not.
    expect(grouped.entries.map((e) => e.event.id)).to.deep.equal(['f', 'c', 'a']);
    expect(grouped).to.deep.equal(plain);
  });
});

describe('layoutWindow', () => {
  const DAY = 86_400_000;
  /** `count` bilateral meetings one day apart from 1 January 2021, and a scale putting `pixelsPerDay` between them. */
  function daily(count: number, pixelsPerDay: number, rtl = false) {
    const events = Array.from({ length: count }, (_, i) => {
      const day = new Date(utc(2021, 1, 1) + i * DAY);
      return entry({ id: `d${i}`, date: calendar(2021, day.getUTCMonth() + 1, day.getUTCDate()) });
    });
    const prepared = prepareTimeline(events, ['RU', 'AZ'], { laneHeight: 40, top: 20 });
    const start = utc(2021, 1, 1);
    const width = count * pixelsPerDay;
    const scale = createTimeScale([start, start + count * DAY], rtl ? [width, 0] : [0, width]);
    return { prepared, scale, width };
  }
  // The zoom levels cut so far, kept as the view's geometry keeps them (the cache empties itself for another timeline).
  const zoomLevels = createZoomLevels();
  const options = (width: number, binWidth: number) => ({ markGap: 0, visible: [0, width] as const, binWidth, maxPerBin: 1, zoomLevels });

  it('leaves events further apart than √2 bins alone, and clusters events within one bin', () => {
    for (const [pixelsPerDay, binWidth, clustered] of [
      [30, 20, false],
      [30, 21, false],
      [5, 20, true],
      [10, 10.5, true],
    ] as const) {
      const { prepared, scale, width } = daily(60, pixelsPerDay);
      const window = layoutWindow(prepared, scale, options(width, binWidth));
      expect(window.clusters.length > 0, `${pixelsPerDay} px a day, ${binWidth} px bins`).to.equal(clustered);
      expect(window.drawn).to.equal(60);
    }
  });

  it('keeps clusters, their keys and id lists while panning at one zoom level', () => {
    const { prepared, scale, width } = daily(400, 2);
    const before = layoutWindow(prepared, scale, options(width / 2, 24));
    const panned = scale.copy().range([-40, width - 40]);
    const after = layoutWindow(prepared, panned, options(width / 2, 24));
    const byKey = new Map(after.clusters.map((cluster) => [cluster.key, cluster]));
    const shared = before.clusters.filter((cluster) => byKey.has(cluster.key));
    expect(shared.length).to.be.greaterThan(5);
    for (const cluster of shared) {
      const moved = byKey.get(cluster.key)!;
      expect(moved.eventIds).to.equal(cluster.eventIds);
      expect(moved.cx).to.be.closeTo(cluster.cx - 40, 1e-6);
    }
  });

  it('centres a cluster on the mean position of its events', () => {
    const { prepared, scale, width } = daily(90, 1);
    for (const cluster of layoutWindow(prepared, scale, options(width, 16)).clusters) {
      const xs = cluster.eventIds.map((id) => scale(prepared.entries.find((e) => e.event.id === id)!.t));
      expect(cluster.cx).to.be.closeTo(xs.reduce((a, b) => a + b, 0) / xs.length, 1e-6);
    }
  });

  it('makes the same clusters when time runs right to left', () => {
    const ltr = daily(200, 3);
    const rtl = daily(200, 3, true);
    const ids = (window: ReturnType<typeof layoutWindow>) => window.clusters.map((c) => c.eventIds.join()).sort();
    expect(ids(layoutWindow(rtl.prepared, rtl.scale, options(rtl.width, 20)))).to.deep.equal(
      ids(layoutWindow(ltr.prepared, ltr.scale, options(ltr.width, 20))),
    );
  });

  /** The scale zoomed by `k` about pixel `centre`, as d3-zoom's rescaleX would make it. */
  const zoomed = (scale: ReturnType<typeof createTimeScale>, k: number, centre: number) =>
    scale.copy().domain([scale.invert(centre - centre / k), scale.invert(centre + (scale.range()[1] - centre) / k)]);

  it('prepares the levels a zoom step away without changing what they lay out', () => {
    for (const [k, centre] of [
      [Math.SQRT2, 300],
      [Math.SQRT2, 0],
      [Math.SQRT1_2, 500],
      [1.3, 450],
    ] as const) {
      const warmed = daily(400, 2);
      const cold = daily(400, 2);
      const view = options(600, 24);
      prepareZoomNeighbours(warmed.prepared, warmed.scale, view);
      const next = layoutWindow(warmed.prepared, zoomed(warmed.scale, k, centre), view);
      const expected = layoutWindow(cold.prepared, zoomed(cold.scale, k, centre), view);
      expect(next, `×${k.toFixed(2)} about ${centre}`).to.deep.equal(expected);
      expect(next.clusters.length, `×${k.toFixed(2)} about ${centre}`).to.be.greaterThan(3);
    }
  });

  it('makes the clusters of the next zoom steps ahead of time, over what is in view now', () => {
    for (const k of [Math.SQRT2, Math.SQRT1_2]) {
      const { prepared, scale } = daily(400, 2);
      const view = options(600, 24);
      prepareZoomNeighbours(prepared, scale, view);
      // Renamed after the fact: a cluster made before still lists the old id, one made now would list the new.
      for (const entry of prepared.entries) (entry.event as { id: string }).id = `renamed-${entry.event.id}`;
      const next = layoutWindow(prepared, zoomed(scale, k, 300), view);
      expect(next.clusters.length, `×${k.toFixed(2)}`).to.be.greaterThan(3);
      for (const cluster of next.clusters)
        expect(
          cluster.eventIds.every((id) => !id.startsWith('renamed-')),
          `×${k.toFixed(2)}`,
        ).to.equal(true);
    }
  });

  it('keeps the level in view while the reader visits others', () => {
    const { prepared, scale } = daily(400, 2);
    const view = options(600, 24);
    const before = layoutWindow(prepared, scale, view);
    // Five other levels, the one in view used again between them, as a zoom gesture that comes back does.
    for (const k of [1.5, 2.2, 3.3, 5, 7.5]) {
      layoutWindow(prepared, zoomed(scale, k, 300), view);
      layoutWindow(prepared, scale, view);
    }
    const after = layoutWindow(prepared, scale, view);
    expect(after.clusters.length).to.be.greaterThan(3);
    after.clusters.forEach((cluster, i) => expect(cluster.eventIds).to.equal(before.clusters[i]!.eventIds));
  });

  describe('with cluster badges kept apart', () => {
    const GAP = 6;
    /** A badge as the chart draws it: 7 px a character of the count, at least 20. */
    const badge = (count: number) => Math.max(20, String(count).length * 7 + 10);
    /** `count` events at random days of 2021 (a seeded, clumpy spread), on random pairs of three lanes. */
    function scattered(seed: number, count: number) {
      const next = random(seed);
      const lanes = ['RU', 'AZ', 'AM'];
      const events = Array.from({ length: count }, (_, i) => {
        const day = new Date(utc(2021, 1, 1) + Math.floor(next() ** 2 * 365) * DAY);
        const a = Math.floor(next() * 3);
        return entry({
          id: `s${i}`,
          parties: [lanes[a]!, lanes[(a + 1) % 3]!],
          date: calendar(2021, day.getUTCMonth() + 1, day.getUTCDate()),
        });
      });
      return prepareTimeline(events, lanes, { laneHeight: 40, top: 20 });
    }
    const withBadges = (width: number) => ({ ...options(width, 22), maxPerBin: 3, clusterWidth: badge });

    it('never draws two clusters whose badges come closer than the gap, at any zoom', () => {
      for (const [seed, count] of [
        [1, 300],
        [2, 2000],
        [3, 5000],
      ] as const) {
        const prepared = scattered(seed, count);
        const base = createTimeScale([utc(2021), utc(2022)], [0, 900]);
        for (let k = 1; k < 40; k *= 1.19) {
          for (const centre of [0, 450, 900]) {
            const window = layoutWindow(prepared, zoomed(base, k, centre), withBadges(900));
            const clusters = [...window.clusters].sort((a, b) => a.cx - b.cx);
            for (let i = 1; i < clusters.length; i++) {
              const [a, b] = [clusters[i - 1]!, clusters[i]!];
              const room = (badge(a.eventIds.length) + badge(b.eventIds.length)) / 2 + GAP;
              expect(b.cx - a.cx, `seed ${seed}, ×${k.toFixed(2)} about ${centre}: ${a.key} and ${b.key}`).to.be.at.least(room - 1e-6);
            }
            // Merging loses nothing: each event in view is drawn once, alone or in one cluster.
            const ids = [...window.marks.map((mark) => mark.eventId), ...window.clusters.flatMap((cluster) => cluster.eventIds)];
            expect(new Set(ids).size, `seed ${seed}, ×${k.toFixed(2)}`).to.equal(ids.length);
            expect(window.drawn).to.equal(ids.length);
          }
        }
      }
    });

    it('merges crowded clusters, with the marks between them, and leaves ones with room alone', () => {
      // At one pixel a day, 22 px bins make this level's bins 2^31 ms (24.9 days) wide, drawn
      // 22 px wide at the level's widest view: 0.885 px a day. Badges of "4" are 20 px, so two
      // clusters need their means 26 px (29.4 days) apart. Per row: the days of the events.
      const four = (day: number) => [day, day, day, day];
      for (const [days, sizes] of [
        // Neighbouring bins, 25 days apart: merged.
        [[...four(0), ...four(25)], [8]],
        // Two bins apart: room enough.
        [
          [...four(0), ...four(50)],
          [4, 4],
        ],
        // A lone mark between two crowded clusters, their means 27 days apart, goes into the merged one.
        [[0, ...four(48), 50, ...four(75)], [9]],
        // A mark between clusters with room stays a mark (as does the first event, alone in its bin).
        [
          [0, ...four(48), 50, ...four(100)],
          [4, 4],
        ],
      ] as const) {
        const events = days.map((day, i) => {
          const date = new Date(utc(2021, 1, 1) + day * DAY);
          return entry({ id: `m${i}`, date: calendar(2021, date.getUTCMonth() + 1, date.getUTCDate()) });
        });
        const prepared = prepareTimeline(events, ['RU', 'AZ'], { laneHeight: 40, top: 20 });
        const start = utc(2021, 1, 1);
        const scale = createTimeScale([start, start + 120 * DAY], [0, 120]);
        const window = layoutWindow(prepared, scale, withBadges(120));
        expect(
          window.clusters.map((cluster) => cluster.eventIds.length),
          `days ${days}`,
        ).to.deep.equal([...sizes]);
        expect(window.drawn).to.equal(days.length);
      }
    });

    it('keeps a level’s merged clusters while panning', () => {
      const prepared = scattered(4, 3000);
      const base = createTimeScale([utc(2021), utc(2022)], [0, 2400]);
      const view = withBadges(600);
      const before = layoutWindow(prepared, base, view);
      const panned = layoutWindow(prepared, base.copy().range([-300, 2100]), view);
      const byKey = new Map(panned.clusters.map((cluster) => [cluster.key, cluster]));
      const shared = before.clusters.filter((cluster) => byKey.has(cluster.key));
      expect(shared.length).to.be.greaterThan(3);
      for (const cluster of shared) expect(byKey.get(cluster.key)!.eventIds).to.equal(cluster.eventIds);
    });
  });

  it('draws a span that began before the window and reaches into it', () => {
    const events = [
      entry({ id: 'long', date: calendar(2020, 1, 1), end: calendar(2021, 12, 31) }),
      entry({ id: 'inside', date: calendar(2021, 6, 1) }),
    ];
    const prepared = prepareTimeline(events, ['RU', 'AZ'], { laneHeight: 40, top: 20 });
    const scale = createTimeScale([utc(2021, 5, 1), utc(2021, 7, 1)], [0, 600]);
    const window = layoutWindow(prepared, scale, options(600, 12));
    expect(window.marks.map((mark) => mark.eventId).sort()).to.deep.equal(['inside', 'long']);
  });
});
