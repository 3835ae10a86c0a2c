import { expect } from '@open-wc/testing';
import { createTimeScale } from '../../src/layout/scale.js';
import { layoutWindow, prepareTimeline, type WindowOptions } from '../../src/layout/timeline.js';
import type { TimelineEvent } from '../../src/data/model.js';
import { calendar, entry, random, utc } from './fixtures.js';
import { layoutStory, loadStory } from './story.js';

const PARTIES = ['A', 'B', 'C', 'D', 'E'];

/** Days of the important events: never more than one in a bin (at most 31 days at these widths). */
const IMPORTANT_DAYS = [101, 20, 65, 155, 200, 245, 290, 335];

/** A random year of events on five lanes, many on three crowded days, every 40th important. */
function randomEvents(seed: number, count: number): TimelineEvent[] {
  const next = random(seed);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const important = i % 40 === 0 && i / 40 < IMPORTANT_DAYS.length;
    const crowded = next() < 0.3;
    const day = important ? IMPORTANT_DAYS[i / 40]! : crowded ? 100 + Math.floor(next() * 3) : Math.floor(next() * 365);
    const a = PARTIES[Math.floor(next() * PARTIES.length)]!;
    const b = PARTIES[Math.floor(next() * PARTIES.length)]!;
    events.push(
      entry({
        id: `e${i}`,
        parties: a === b ? [a] : [a, b],
        date: calendar(2021, 1, 1 + day),
        importance: important ? 3 : next() < 0.3 ? 1 : 2,
        index: i,
      }),
    );
  }
  return events.sort((x, y) => x.date.start - y.date.start || x.index - y.index);
}

describe('marks stay on their dates (maxNudge)', () => {
  const cases: [string, Partial<WindowOptions>][] = [
    ['the default bound, no clustering by bins', { binWidth: 0, maxPerBin: Infinity }],
    ['the default bound, with bins', { binWidth: 22, maxPerBin: 3 }],
    ['a bound of 3 px', { binWidth: 22, maxPerBin: 3, maxNudge: 3 }],
    ['no room at all', { binWidth: 0, maxPerBin: Infinity, maxNudge: 0 }],
  ];
  for (const [name, fields] of cases) {
    it(`every mark within the bound of its date, and clear of the marks sharing its lanes: ${name}`, () => {
      const bound = fields.maxNudge ?? 6;
      for (let seed = 1; seed <= 8; seed++) {
        const events = randomEvents(seed, 40 + seed * 30);
        const prepared = prepareTimeline(events, PARTIES, { laneHeight: 40, top: 20 });
        for (const width of [360, 760, 1200]) {
          const scale = createTimeScale([utc(2021), utc(2022)], [0, width]);
          const window = layoutWindow(prepared, scale, { markGap: 14, visible: [0, width], binWidth: 0, maxPerBin: Infinity, ...fields });
          const where = `seed ${seed} at ${width} px`;
          for (const mark of window.marks)
            expect(
              Math.abs(mark.cx - scale(events.find((e) => e.id === mark.eventId)!.date.start)),
              `${mark.eventId}, ${where}`,
            ).to.be.at.most(bound + 1e-9);
          for (let i = 0; i < window.marks.length; i++) {
            for (let j = i + 1; j < window.marks.length; j++) {
              const a = window.marks[i]!;
              const b = window.marks[j]!;
              const share = a.yMin <= b.yMax && b.yMin <= a.yMax;
              const bothImportant = a.importance === 3 && b.importance === 3;
              if (share && !bothImportant) expect(Math.abs(a.cx - b.cx), `${a.eventId} / ${b.eventId}, ${where}`).to.be.at.least(14 - 1e-9);
            }
          }
          expect(window.drawn, where).to.equal(events.length);
          const ids = [...window.marks.map((mark) => mark.eventId), ...window.clusters.flatMap((cluster) => cluster.eventIds)];
          expect(new Set(ids).size, where).to.equal(events.length);
          for (const event of events)
            if (event.importance === 3)
              expect(
                window.marks.some((mark) => mark.eventId === event.id),
                `${event.id}, ${where}`,
              ).to.equal(true);
        }
      }
    });
  }

  it('makes a cluster of same-day marks that cannot all stand within the bound, and leaves a pair that can', () => {
    const parties = ['RU', 'AZ'];
    const scale = createTimeScale([utc(2021), utc(2022)], [0, 365]);
    const layout = (count: number) =>
      layoutWindow(
        prepareTimeline(
          Array.from({ length: count }, (_, i) => entry({ id: `m${i}`, index: i })),
          parties,
          { laneHeight: 40, top: 20 },
        ),
        scale,
        { markGap: 12, visible: [0, 365], binWidth: 0, maxPerBin: Infinity },
      );
    const pair = layout(2);
    expect(pair.marks.map((mark) => mark.cx)).to.deep.equal([124, 136]);
    expect(pair.clusters).to.deep.equal([]);
    const triple = layout(3);
    expect(triple.marks).to.deep.equal([]);
    expect(triple.clusters.map((cluster) => [cluster.key, cluster.eventIds, cluster.cx])).to.deep.equal([
      ['n:m0', ['m0', 'm1', 'm2'], 130],
    ]);
  });

  it('moves a cluster of crowded marks off the important mark that crowded them out', () => {
    const scale = createTimeScale([utc(2021), utc(2022)], [0, 365]);
    const events = [entry({ id: 'key', importance: 3, index: 0 }), entry({ id: 'm1', index: 1 }), entry({ id: 'm2', index: 2 })];
    const window = layoutWindow(prepareTimeline(events, ['RU', 'AZ'], { laneHeight: 40, top: 20 }), scale, {
      markGap: 12,
      visible: [0, 365],
      binWidth: 0,
      maxPerBin: Infinity,
      clusterWidth: () => 20,
    });
    expect(window.marks.map((mark) => [mark.eventId, mark.cx])).to.deep.equal([['key', 130]]);
    expect(window.clusters.map((cluster) => [cluster.eventIds, cluster.cx])).to.deep.equal([[['m1', 'm2'], 130 + (20 + 12) / 2]]);
  });

  it('draws the interim deal of 24 November 2013 before the 2014 gridline at 360 px', async () => {
    const frame = layoutStory(await loadStory('iran-talks.json'), 360);
    const jpoa = frame.window.marks.find((mark) => mark.eventId === 'jpoa')!;
    expect(jpoa, 'the interim deal is important: a mark of its own').to.not.equal(undefined);
    expect(jpoa.cx).to.be.below(frame.scale(new Date(Date.UTC(2014, 0, 1))));
    expect(Math.abs(jpoa.cx - jpoa.x)).to.be.at.most(6);
  });
});
