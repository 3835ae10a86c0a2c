import { expect } from '@open-wc/testing';
import { computeChartHeight, computeLaneHeight, computeLanesTop } from '../../src/layout/chart-height.js';
import { prepareTimeline } from '../../src/layout/timeline.js';

describe('computeChartHeight', () => {
  // laneCount, narrow, height: the first lane at half a lane + 6, a lane between lines, half a
  // lane under the last, then the axis (2 + 30).
  const table: [number, boolean, number][] = [
    [0, false, 32],
    [1, false, 29 + 23 + 32],
    [2, false, 130],
    [3, false, 176],
    [7, false, 360],
    [8, false, 406],
    [3, true, 26 + 80 + 20 + 32],
  ];
  for (const [laneCount, narrow, height] of table) {
    it(`is ${height} px for ${laneCount} lane(s)${narrow ? ', narrow' : ''}`, () => {
      expect(computeChartHeight(laneCount, narrow)).to.equal(height);
    });
  }

  it('agrees with the lanes the layout stacks, whatever their number', () => {
    for (const narrow of [false, true]) {
      const laneHeight = computeLaneHeight(narrow);
      for (let count = 1; count <= 12; count++) {
        const lanes = Array.from({ length: count }, (_, i) => `P${i}`);
        const prepared = prepareTimeline([], lanes, { laneHeight, top: computeLanesTop(laneHeight) });
        expect(computeChartHeight(count, narrow) - 32, `${count} lanes`).to.equal(prepared.height);
      }
    }
  });
});
