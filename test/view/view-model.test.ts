import { expect } from '@open-wc/testing';
import { computeLabelLimit, computeLaneTexts, formatLaneLabel } from '../../src/view/view-model.js';
import { clusterNavId, eventNavId, isSameNavId } from '../../src/layout/nav-id.js';
import { findNeighbour } from '../../src/layout/navigation.js';

const fsi = (text: string) => `\u2068${text}\u2069`;

describe('computeLabelLimit', () => {
  const cases = [
    { name: 'narrow', geometry: { narrow: true, rtl: false, width: 400, plotLeft: 72, plotRight: 388 }, limit: 6 },
    { name: 'wide, left to right', geometry: { narrow: false, rtl: false, width: 900, plotLeft: 182, plotRight: 888 }, limit: 20 },
    { name: 'wide, right to left', geometry: { narrow: false, rtl: true, width: 900, plotLeft: 12, plotRight: 718 }, limit: 20 },
    { name: 'never under 8', geometry: { narrow: false, rtl: false, width: 600, plotLeft: 40, plotRight: 588 }, limit: 8 },
  ];
  for (const { name, geometry, limit } of cases) {
    it(name, () => expect(computeLabelLimit(geometry)).to.equal(limit));
  }
});

describe('formatLaneLabel', () => {
  const cases = [
    { name: 'an unknown party shows its id', party: undefined, limit: 10, narrow: false, label: 'XX' },
    { name: 'a name that fits', party: { name: 'Russia' }, limit: 10, narrow: false, label: fsi('Russia') },
    {
      name: 'the short name where the name is too long',
      party: { name: 'Azerbaijan Republic', short: 'AZ' },
      limit: 10,
      narrow: false,
      label: fsi('AZ'),
    },
    { name: 'the short name on narrow screens', party: { name: 'Russia', short: 'RU' }, limit: 10, narrow: true, label: fsi('RU') },
    {
      name: 'a long name without a short one is cut',
      party: { name: 'Azerbaijan Republic' },
      limit: 8,
      narrow: false,
      label: fsi('Azerbai…'),
    },
    { name: 'the flag before the name', party: { name: 'Russia', flag: '🇷🇺' }, limit: 10, narrow: false, label: `🇷🇺 ${fsi('Russia')}` },
    // A cut never splits a surrogate pair or a flag: graphemes, not code units.
    { name: 'cut between graphemes', party: { name: '🇦🇿🇦🇿🇦🇿🇦🇿🇦🇿' }, limit: 3, narrow: false, label: fsi('🇦🇿🇦🇿…') },
  ];
  for (const { name, party, limit, narrow, label } of cases) {
    it(name, () =>
      expect(formatLaneLabel(party, 'XX', party && computeLaneTexts([{ id: 'XX', ...party }], limit, narrow).get('XX'))).to.equal(label),
    );
  }
  it('tells parties apart whose cut names would read alike', () => {
    const texts = computeLaneTexts(
      [
        { id: 'us', name: 'United States' },
        { id: 'ae', name: 'United Arab Emirates' },
        { id: 'il', name: 'Israel' },
      ],
      6,
      true,
    );
    expect([...texts.values()]).to.deep.equal(['US', 'UAE', 'Israel']);
  });
});

describe('navigation ids', () => {
  const cases = [
    { a: eventNavId('a'), b: eventNavId('a'), same: true },
    { a: eventNavId('a'), b: eventNavId('b'), same: false },
    { a: eventNavId('1:2'), b: clusterNavId('1:2'), same: false },
    { a: clusterNavId('1:2'), b: clusterNavId('1:2'), same: true },
    { a: undefined, b: undefined, same: true },
    { a: eventNavId('a'), b: undefined, same: false },
  ];
  for (const { a, b, same } of cases) {
    it(`${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => expect(isSameNavId(a, b)).to.equal(same));
  }

  const items = [
    { nav: eventNavId('left'), cx: 10, yMin: 20, yMax: 60 },
    { nav: clusterNavId('0:1'), cx: 50, yMin: 20, yMax: 20 },
    { nav: eventNavId('low'), cx: 55, yMin: 60, yMax: 100 },
    { nav: eventNavId('right'), cx: 90, yMin: 20, yMax: 60 },
  ];
  const moves = [
    { from: eventNavId('left'), key: 'ArrowRight', to: clusterNavId('0:1') },
    { from: clusterNavId('0:1'), key: 'ArrowLeft', to: eventNavId('left') },
    { from: eventNavId('left'), key: 'ArrowLeft', to: eventNavId('left') },
    { from: clusterNavId('0:1'), key: 'End', to: eventNavId('right') },
    { from: eventNavId('right'), key: 'Home', to: eventNavId('left') },
    { from: clusterNavId('0:1'), key: 'ArrowDown', to: eventNavId('low') },
    { from: eventNavId('low'), key: 'ArrowUp', to: clusterNavId('0:1') },
    { from: eventNavId('left'), key: 'x', to: undefined },
  ];
  for (const { from, key, to } of moves) {
    it(`${key} from ${JSON.stringify(from)}`, () => expect(findNeighbour(items, from, key)).to.deep.equal(to));
  }
});
