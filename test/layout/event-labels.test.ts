import { expect } from '@open-wc/testing';
import { classifyArity } from '../../src/data/model.js';
import { placeEventLabels, type Box, type LabelPlacementInput, type PlacedLabel } from '../../src/layout/event-labels.js';
import { splitGraphemes } from '../../src/layout/text.js';
import { computeArc, computeArcBoxes } from '../../src/layout/arcs.js';
import { computeBadgeWidth, type ClusterLayout, type MarkLayout } from '../../src/layout/timeline.js';
import { layoutStory, loadStory, type StoryFrame } from './story.js';

/** Every grapheme 6.5 px wide: what a canvas would measure for a monospaced 11 px font. */
const measure = (text: string) => splitGraphemes(text).length * 6.5;
/** Radius of a glyph by importance (render/chart.ts); a trilateral's diamond reaches 1.35 × r. */
const RADIUS = { 1: 3.5, 2: 4.5, 3: 6 } as const;

const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function glyphBox(mark: MarkLayout): Box {
  const reach = RADIUS[mark.importance] * 1.35;
  return { x0: mark.cx - reach, y0: mark.yMin - reach, x1: mark.cx + reach, y1: mark.yMax + reach };
}

function badgeBoxes(cluster: ClusterLayout): Box[] {
  const width = computeBadgeWidth(String(cluster.eventIds.length).length);
  const middle = (cluster.yMin + cluster.yMax) / 2;
  return [
    { x0: cluster.cx - width / 2, y0: middle - 9, x1: cluster.cx + width / 2, y1: middle + 9 },
    { x0: cluster.cx - 3, y0: cluster.yMin - 3, x1: cluster.cx + 3, y1: cluster.yMax + 3 },
  ];
}

function storyInput(frame: StoryFrame, fields: Partial<LabelPlacementInput> = {}): LabelPlacementInput {
  return {
    marks: frame.window.marks,
    clusters: frame.window.clusters,
    clusterWidth: frame.options.clusterWidth!,
    laneYs: frame.prepared.lanes.map((lane) => lane.y),
    textOf: (id) => {
      const event = frame.model.eventById.get(id);
      return event && (event.label ?? event.title);
    },
    plotLeft: frame.plotLeft,
    plotRight: frame.plotRight,
    laneLabelColumn: frame.rtl ? [frame.labelEdge, frame.width] : [0, frame.labelEdge],
    axisY: frame.axisY,
    measure,
    rtl: frame.rtl,
    ...fields,
  };
}

/** The rules of issue 16, checked on the boxes alone. */
function expectClear(input: LabelPlacementInput, labels: readonly PlacedLabel[]): void {
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const { box } = label;
    for (let j = i + 1; j < labels.length; j++)
      expect(meets(box, labels[j]!.box), `${label.eventId} meets label ${labels[j]!.eventId}`).to.equal(false);
    for (const mark of input.marks) expect(meets(box, glyphBox(mark)), `${label.eventId} meets mark ${mark.eventId}`).to.equal(false);
    for (const cluster of input.clusters)
      for (const other of badgeBoxes(cluster)) expect(meets(box, other), `${label.eventId} meets cluster ${cluster.key}`).to.equal(false);
    for (const other of input.obstacles ?? []) expect(meets(box, other), `${label.eventId} meets an obstacle`).to.equal(false);
    for (const y of input.laneYs) expect(box.y0 < y && y < box.y1, `${label.eventId} sits on a lane line`).to.equal(false);
    const [c0, c1] = input.laneLabelColumn;
    expect(box.x1 <= Math.min(c0, c1) || box.x0 >= Math.max(c0, c1), `${label.eventId} meets the lane labels`).to.equal(true);
    expect(box.y1, `${label.eventId} reaches the axis`).to.be.below(input.axisY);
    expect(box.x0, `${label.eventId} leaves the plot`).to.be.at.least(input.plotLeft);
    expect(box.x1, `${label.eventId} leaves the plot`).to.be.at.most(input.plotRight);
    expect(box.x1 - box.x0).to.be.closeTo(label.width, 1e-9);
    expect(label.width).to.equal(measure(label.text));
    expect(label.anchor === 'start' ? box.x0 : box.x1).to.equal(label.x);
    const mark = input.marks.find((entry) => entry.eventId === label.eventId)!;
    if (label.leader) {
      expectLeader(input, labels, label, mark);
      continue;
    }
    // On the row of one of its parties' lanes, beside its mark.
    expect(
      mark.ys.some((y) => Math.abs(label.y - y) <= 12),
      `${label.eventId} is off its lanes`,
    ).to.equal(true);
    expect(Math.min(Math.abs(box.x0 - mark.cx), Math.abs(box.x1 - mark.cx)), `${label.eventId} is far from its mark`).to.be.at.most(13);
  }
}

/**
 * A label away from its mark: an event of importance 2 or 3, its leader a vertical line from its own
 * glyph to the label's far edge, beside the label's near edge, crossing no other label, mark or cluster.
 */
function expectLeader(input: LabelPlacementInput, labels: readonly PlacedLabel[], label: PlacedLabel, mark: MarkLayout): void {
  const { leader, box } = label;
  expect(mark.importance, `${label.eventId} has a leader`).to.be.at.least(2);
  expect(leader!.x).to.equal(mark.cx);
  const above = label.y < mark.yMin;
  expect(above || label.y > mark.yMax, `${label.eventId} is beside its mark`).to.equal(true);
  expect(leader!.y1).to.be.closeTo(above ? glyphBox(mark).y0 - 1 : glyphBox(mark).y1 + 1, 1e-9);
  expect(leader!.y2).to.equal(above ? box.y0 : box.y1);
  expect(label.anchor === 'start' ? box.x0 - leader!.x : leader!.x - box.x1).to.equal(3);
  const line: Box = {
    x0: leader!.x - 0.5,
    y0: Math.min(leader!.y1, leader!.y2),
    x1: leader!.x + 0.5,
    y1: Math.max(leader!.y1, leader!.y2),
  };
  for (const other of labels)
    if (other !== label) expect(meets(line, other.box), `${label.eventId}'s leader crosses label ${other.eventId}`).to.equal(false);
  for (const other of input.marks)
    if (other !== mark) expect(meets(line, glyphBox(other)), `${label.eventId}'s leader crosses mark ${other.eventId}`).to.equal(false);
  for (const cluster of input.clusters)
    for (const other of badgeBoxes(cluster))
      expect(meets(line, other), `${label.eventId}'s leader crosses cluster ${cluster.key}`).to.equal(false);
  for (const other of input.obstacles ?? []) expect(meets(line, other), `${label.eventId}'s leader crosses an obstacle`).to.equal(false);
}

describe('placeEventLabels', () => {
  for (const [file, widths] of [
    ['/examples/karabakh-2020-2021.json', [360, 760, 1200]],
    ['iran-talks.json', [360, 760, 1200]],
    ['abraham-accords.json', [360, 760, 1200]],
  ] as const) {
    for (const width of widths) {
      for (const rtl of [false, true]) {
        it(`keeps every label clear of the rest and inside the plot: ${file} at ${width} px${rtl ? ', right to left' : ''}`, async () => {
          const frame = layoutStory(await loadStory(file), width, { rtl, markGap: 12 });
          const input = storyInput(frame);
          const labels = placeEventLabels(input);
          expect(labels.length, 'some labels').to.be.above(0);
          expectClear(input, labels);
        });
      }
    }
  }

  it('labels all five Karabakh events at 1,200 px', async () => {
    const frame = layoutStory(await loadStory('/examples/karabakh-2020-2021.json'), 1200, { markGap: 12 });
    expect(frame.window.marks).to.have.length(5);
    const labels = placeEventLabels(storyInput(frame));
    expect(labels.map((label) => label.eventId).sort()).to.deep.equal(frame.model.events.map((event) => event.id).sort());
  });

  for (const width of [760, 1200]) {
    for (const rtl of [false, true]) {
      it(`labels every Abraham Accords event of importance 3 at ${width} px${rtl ? ', right to left' : ''}`, async () => {
        const frame = layoutStory(await loadStory('abraham-accords.json'), width, { rtl, markGap: 12 });
        const input = storyInput(frame);
        const labels = placeEventLabels(input);
        const important = frame.window.marks.filter((mark) => mark.importance === 3).map((mark) => mark.eventId);
        expect(important).to.include('uae-statement');
        const labelled = new Set(labels.map((label) => label.eventId));
        for (const id of important) expect(labelled.has(id), id).to.equal(true);
        expect(labelled.size, 'most events').to.be.above(frame.window.marks.length / 2);
        expectClear(input, labels);
      });
    }
  }

  it('writes the event’s short label when it has one, its title otherwise', async () => {
    const frame = layoutStory(await loadStory('iran-talks.json'), 1200, { markGap: 12 });
    const labels = new Map(placeEventLabels(storyInput(frame)).map((label) => [label.eventId, label.text]));
    const withdrawal = labels.get('us-withdrawal')!;
    expect('US withdraws'.startsWith(withdrawal.replace(/…$/, ''))).to.equal(true);
    expect(frame.model.eventById.get('sanctions-reimposed')!.label).to.equal(undefined);
    expect(labels.get('sanctions-reimposed')).to.match(/^United States reimposes/);
  });
});

// Hand-made frames: three lanes 46 px apart, a plot from 100 to 700 px, the axis at 150.
const LANE_YS = [29, 75, 121];
function mark(eventId: string, cx: number, lanes: number[], importance: 1 | 2 | 3 = 2): MarkLayout {
  const ys = lanes.map((lane) => LANE_YS[lane]!);
  const arity = classifyArity(ys.length);
  return { eventId, x: cx, cx, ys, yMin: Math.min(...ys), yMax: Math.max(...ys), arity, importance };
}
function frame(marks: MarkLayout[], texts: Record<string, string>, fields: Partial<LabelPlacementInput> = {}): LabelPlacementInput {
  return {
    marks,
    clusters: [],
    clusterWidth: (count) => computeBadgeWidth(String(count).length),
    laneYs: LANE_YS,
    textOf: (id) => texts[id],
    plotLeft: 100,
    plotRight: 700,
    laneLabelColumn: [0, 86],
    axisY: 150,
    measure,
    rtl: false,
    ...fields,
  };
}

describe('placeEventLabels on hand-made frames', () => {
  // One row (the axis takes the one under the lane); a at 300 and b at 500, walled in on the outer
  // sides: the first of them labelled takes the room between them, and the other has too little.
  const walled = (fields: Partial<LabelPlacementInput>, importance: Record<string, 1 | 2 | 3>) =>
    frame(
      [
        mark('wall-left', 290, [0], 3),
        mark('a', 300, [0], importance.a ?? 2),
        mark('b', 500, [0], importance.b ?? 2),
        mark('wall-right', 510, [0], 3),
      ],
      { a: 'Alpha talks, second round', b: 'Bravo talks, second round' },
      { laneYs: [29], axisY: 45, ...fields },
    );
  const cases: [string, LabelPlacementInput, string[]][] = [
    ['more important first, even further from the middle', walled({}, { a: 3, b: 1 }), ['a']],
    ['more important first, the other way round', walled({}, { a: 1, b: 3 }), ['b']],
    ['the default importance (2) before importance 1', walled({}, { a: 1 }), ['b']],
    ['at one importance, the selected event first', walled({ selectedId: 'a' }, {}), ['a']],
    ['at one importance, the focused event first', walled({ focusedId: 'a' }, {}), ['a']],
    ['at one importance, nearer the middle of the view (400) first', walled({ plotLeft: 100, plotRight: 840 }, {}), ['b']],
    ['at one importance and distance, the earlier first', walled({ plotLeft: 100, plotRight: 700 }, {}), ['a']],
    ['at one importance and distance, the earlier first, right to left (earlier is further right)', walled({ rtl: true }, {}), ['b']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const labels = placeEventLabels(input);
      expect(labels.map((label) => label.eventId)).to.deep.equal(expected);
      expectClear(input, labels);
    });
  }

  it('places a label after its mark, before it when after is taken, and on its right side in reading order', () => {
    const [after] = placeEventLabels(frame([mark('a', 300, [0, 1])], { a: 'Talks' }));
    expect(after).to.include({ anchor: 'start', text: 'Talks', y: 17 });
    expect(after!.x).to.be.above(300);
    const [before] = placeEventLabels(frame([mark('a', 690, [0, 1])], { a: 'Talks' }));
    expect(before).to.include({ anchor: 'end', text: 'Talks' });
    expect(before!.x).to.be.below(690);
    const [rtl] = placeEventLabels(frame([mark('a', 300, [0, 1])], { a: 'Talks' }, { rtl: true }));
    expect(rtl).to.include({ anchor: 'end' });
    expect(rtl!.box.x1).to.be.below(300);
  });

  it('shortens a label at a grapheme boundary with an ellipsis, or leaves it out below six graphemes', () => {
    const text = '🇦🇿🇦🇿 Bakı görüşü: e\u0301tude 👩🏽‍🚀 and more words';
    // A wall 150 px after the mark in every row: room for about 20 graphemes.
    // Importance 1: no leader to a row further away.
    const input = (wall: number) => frame([mark('a', 200, [1], 1), mark('wall', 200 + wall, [0, 1, 2], 3)], { a: text }, { plotLeft: 195 });
    const [short] = placeEventLabels(input(150));
    expect(short!.text.endsWith('…')).to.equal(true);
    const kept = splitGraphemes(short!.text.slice(0, -1).trimEnd());
    expect(splitGraphemes(text).slice(0, kept.length)).to.deep.equal(kept);
    expect(short!.width).to.be.at.most(150);
    // Room for five graphemes and the ellipsis: too little to be worth it.
    expect(placeEventLabels(input(6 * 6.5 + 2 * 9.1 + 6))).to.deep.equal([]);
  });

  it('shortens a label to the widest a label may be, where the row has room for all of it', () => {
    const text = 'Alpha talks, second round, in the capital';
    const [whole] = placeEventLabels(frame([mark('a', 200, [1])], { a: text }));
    expect(whole!.text).to.equal(text);
    const [capped] = placeEventLabels(frame([mark('a', 200, [1])], { a: text }, { maxWidth: 100 }));
    expect(capped!.text).to.match(/^Alpha talks.*…$/);
    expect(capped!.width).to.be.at.most(100);
    expect(capped!.width).to.be.above(100 - 2 * 6.5);
  });

  // 'a' on the middle lane, hemmed in on that lane by marks 20 px either side: no room in the rows beside it.
  const hemmed = (importance: 1 | 2 | 3, fields: Partial<LabelPlacementInput> = {}) =>
    frame([mark('left', 280, [1]), mark('a', 300, [1], importance), mark('right', 320, [1])], { a: 'Talks resume' }, fields);
  // Row centres: 17 and 41 about the top lane, 63 and 87 about the middle one, 109 and 133 about the bottom one.
  const leaderCases: [string, LabelPlacementInput, Partial<PlacedLabel> | undefined][] = [
    [
      'importance 3: on the nearest free row, above, after a leader from the glyph to the label’s far edge',
      hemmed(3),
      { text: 'Talks resume', anchor: 'start', x: 303, y: 41, leader: { x: 300, y1: 75 - 6 * 1.35 - 1, y2: 34.5 } },
    ],
    ['importance 2 as well', hemmed(2), { anchor: 'start', x: 303, y: 41, leader: { x: 300, y1: 75 - 4.5 * 1.35 - 1, y2: 34.5 } }],
    ['importance 1: no leader, no label', hemmed(1), undefined],
    ['right to left: the text before the leader', hemmed(3, { rtl: true }), { anchor: 'end', x: 297, y: 41 }],
    [
      'the row above taken where the leader would run: below',
      hemmed(3, { obstacles: [{ x0: 295, y0: 38, x1: 305, y1: 44 }] }),
      { anchor: 'start', x: 303, y: 109, leader: { x: 300, y1: 75 + 6 * 1.35 + 1, y2: 115.5 } },
    ],
    [
      'no room for the whole label on the nearest rows, up and down: the next row up, the leader passing the row between',
      hemmed(3, {
        obstacles: [
          { x0: 330, y0: 38, x1: 340, y1: 44 },
          { x0: 330, y0: 106, x1: 340, y1: 112 },
        ],
        plotLeft: 295,
      }),
      { text: 'Talks resume', y: 17, leader: { x: 300, y1: 75 - 6 * 1.35 - 1, y2: 10.5 } },
    ],
    [
      'no row reachable with room: the widest of them, shortened',
      hemmed(3, {
        obstacles: [17, 41, 109, 133].map((y) => ({ x0: 360, y0: y - 3, x1: 370, y1: y + 3 })),
        plotLeft: 295,
      }),
      { text: 'Talks r…', y: 41 },
    ],
    [
      'the leader blocked next to the glyph, up and down: no label',
      hemmed(3, {
        obstacles: [
          { x0: 299, y0: 44, x1: 301, y1: 46 },
          { x0: 299, y0: 100, x1: 301, y1: 104 },
        ],
      }),
      undefined,
    ],
  ];
  for (const [name, input, expected] of leaderCases) {
    it(`a hemmed-in event’s leader: ${name}`, () => {
      const labels = placeEventLabels(input);
      expectClear(input, labels);
      const label = labels.find((entry) => entry.eventId === 'a');
      if (expected) expect(label).to.deep.include(expected);
      else expect(label).to.equal(undefined);
    });
  }

  it('moves a label out of the way of a related event’s arc', () => {
    const input = frame([mark('a', 300, [0, 1]), mark('b', 500, [0, 2], 1)], { a: 'Talks resume' });
    const [free] = placeEventLabels(input).filter((label) => label.eventId === 'a');
    expect(free).to.include({ y: 17, anchor: 'start' });
    const obstacles = computeArcBoxes(computeArc(300, 29, 500, 29, 2));
    const withArc = { ...input, obstacles };
    const labels = placeEventLabels(withArc);
    expectClear(withArc, labels);
    expect(labels.find((label) => label.eventId === 'a')!.y).to.not.equal(17);
  });

  it('keeps clear of a cluster badge beside the mark', () => {
    const cluster: ClusterLayout = { key: 'k', eventIds: ['x', 'y', 'z'], cx: 330, ys: [29, 75], yMin: 29, yMax: 75, start: 0, stop: 1 };
    const input = frame([mark('a', 300, [0, 1])], { a: 'A long label for these talks' }, { clusters: [cluster] });
    const labels = placeEventLabels(input);
    expect(labels).to.have.length(1);
    expectClear(input, labels);
  });
});
