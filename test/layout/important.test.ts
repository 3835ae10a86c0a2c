import { expect } from '@open-wc/testing';
import { createTimeScale } from '../../src/layout/scale.js';
import { layoutWindow, prepareTimeline } from '../../src/layout/timeline.js';
import type { TimelineEvent } from '../../src/data/model.js';
import { calendar, entry, random, utc } from './fixtures.js';
import { layoutStory, loadStory } from './story.js';

const WITHDRAWAL = 'us-withdrawal';

describe('important events (importance 3)', () => {
  for (const width of [360, 760, 1200]) {
    it(`"United States withdraws from the deal" has a mark of its own at ${width} px, first view`, async () => {
      const model = await loadStory('iran-talks.json');
      expect(model.eventById.get(WITHDRAWAL)!.title).to.equal('United States withdraws from the deal');
      const { window } = layoutStory(model, width);
      expect(window.marks.map((mark) => mark.eventId)).to.include(WITHDRAWAL);
      for (const cluster of window.clusters) expect(cluster.eventIds).to.not.include(WITHDRAWAL);
      expect(window.drawn).to.equal(model.events.length);
    });
  }

  it('every important event in the Abraham Accords keeps its mark at 360 px', async () => {
    const model = await loadStory('abraham-accords.json');
    const { window } = layoutStory(model, 360);
    const marked = new Set(window.marks.map((mark) => mark.eventId));
    for (const event of model.events) if (event.importance === 3) expect(marked.has(event.id), event.id).to.equal(true);
  });

  it('clusters form around an important event, never swallow it, at every zoom of random documents', () => {
    const parties = ['A', 'B', 'C', 'D'];
    // Important events at least 50 days apart: never more than one in a bin at these widths.
    const importantDays = [5, 60, 115, 170, 225, 280, 335];
    for (let seed = 1; seed <= 6; seed++) {
      const next = random(seed);
      const events: TimelineEvent[] = [];
      for (let i = 0; i < 400; i++) {
        const important = i % 50 === 0 && i / 50 < importantDays.length;
        const day = important ? importantDays[i / 50]! : Math.floor(next() * 365);
        const a = parties[Math.floor(next() * 4)]!;
        const b = parties[Math.floor(next() * 4)]!;
        events.push(
          entry({
            id: `e${i}`,
            parties: a === b ? [a] : [a, b],
            date: calendar(2021, 1, 1 + day),
            importance: important ? 3 : 2,
            index: i,
          }),
        );
      }
      events.sort((x, y) => x.date.start - y.date.start || x.index - y.index);
      const prepared = prepareTimeline(events, parties, { laneHeight: 40, top: 20 });
      const important = events.filter((event) => event.importance === 3);
      expect(important.length).to.be.above(5);
      for (const width of [300, 600, 2400]) {
        const scale = createTimeScale([utc(2021), utc(2022)], [0, width]);
        const window = layoutWindow(prepared, scale, {
          markGap: 0,
          visible: [0, width],
          binWidth: 22,
          maxPerBin: 3,
          clusterWidth: (count) => 20 + String(count).length * 7,
        });
        const marked = new Set(window.marks.map((mark) => mark.eventId));
        for (const event of important) expect(marked.has(event.id), `${event.id} at ${width} px`).to.equal(true);
        if (width < 1000) expect(window.clusters.length, `clusters at ${width} px`).to.be.above(0);
        const keys = window.clusters.map((cluster) => cluster.key);
        expect(new Set(keys).size).to.equal(keys.length);
        expect(window.drawn).to.equal(events.length);
      }
    }
  });

  it('still clusters a timeline where a third of the events are important (more than two in a bin)', () => {
    const next = random(11);
    const parties = ['A', 'B', 'C', 'D'];
    const events = Array.from({ length: 3000 }, (_, i) =>
      entry({
        id: `e${i}`,
        parties: [parties[i % 4]!],
        date: calendar(2021, 1, 1 + Math.floor(next() * 365)),
        importance: (1 + Math.floor(next() * 3)) as 1 | 2 | 3,
        index: i,
      }),
    ).sort((x, y) => x.date.start - y.date.start || x.index - y.index);
    const prepared = prepareTimeline(events, parties, { laneHeight: 40, top: 20 });
    const scale = createTimeScale([utc(2021), utc(2022)], [0, 1000]);
    const window = layoutWindow(prepared, scale, { markGap: 14, visible: [0, 1000], binWidth: 22, maxPerBin: 3, clusterWidth: () => 30 });
    // Each bin (at least 22 px) holds at most two important marks, so few marks in all.
    expect(window.marks.length).to.be.below(2 * 4 * (1000 / 22) + 1);
    expect(window.drawn).to.equal(events.length);
  });
});
