import { expect } from '@open-wc/testing';
import { computeConnector, computeConnectorPath } from '../../src/layout/connectors.js';

const LANE_YS = [20, 60, 100, 140, 180];
const LANES = LANE_YS.map((y) => ({ y }));

describe('computeConnector', () => {
  const cases: [string, number[], [number, number][]][] = [
    ['one party: no connector', [60], []],
    ['neighbouring lanes: one run', [20, 60], [[20, 60]]],
    ['every lane between taking part: one run', [20, 60, 100], [[20, 100]]],
    [
      'skipping the middle lane: broken around it',
      [20, 100],
      [
        [20, 55],
        [65, 100],
      ],
    ],
    [
      'parties in any order',
      [100, 20],
      [
        [20, 55],
        [65, 100],
      ],
    ],
    [
      'two absent lanes in a row',
      [20, 140],
      [
        [20, 55],
        [65, 95],
        [105, 140],
      ],
    ],
    [
      'a present lane between absent ones',
      [20, 100, 180],
      [
        [20, 55],
        [65, 135],
        [145, 180],
      ],
    ],
    ['lanes outside the connector are not its business', [60, 100], [[60, 100]]],
  ];
  for (const [name, ys, segments] of cases) {
    it(name, () => {
      const shape = computeConnector(ys, LANES);
      expect(shape.segments).to.deep.equal(segments);
      expect(shape.glyphs).to.deep.equal(ys);
      // It touches the line of a lane exactly when that lane's party took part.
      for (const lane of LANE_YS) {
        const touches = shape.segments.some(([y0, y1]) => y0 <= lane && lane <= y1);
        expect(touches, `lane ${lane}`).to.equal(ys.length > 1 && ys.includes(lane));
      }
    });
  }

  it('takes the size of the break', () => {
    expect(computeConnector([20, 100], LANES, 2).segments).to.deep.equal([
      [20, 58],
      [62, 100],
    ]);
  });

  it('writes the runs as path data at x = 0', () => {
    expect(
      computeConnectorPath([
        [20, 55],
        [65, 100],
      ]),
    ).to.equal('M0 20V55M0 65V100');
  });
});
