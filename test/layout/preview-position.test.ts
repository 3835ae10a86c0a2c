import { expect } from '@open-wc/testing';
import { placePreview, type PreviewPositionInput } from '../../src/layout/preview-position.js';
import type { Box } from '../../src/layout/event-labels.js';
import { random } from './fixtures.js';

const BOUNDS: Box = { x0: 0, y0: 0, x1: 600, y1: 300 };
const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });
const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placePreview', () => {
  const cases: [string, Partial<PreviewPositionInput>, string, number, number][] = [
    ['above the mark when there is room, centred on it', { anchor: box(290, 150, 310, 200) }, 'above', 220, 82],
    ['below when the mark is near the top', { anchor: box(290, 20, 310, 60) }, 'below', 220, 68],
    ['right of a tall mark, its reading side', { anchor: box(100, 20, 120, 280) }, 'right', 128, 120],
    ['left of a tall mark near the right edge', { anchor: box(500, 20, 520, 280) }, 'left', 332, 120],
    ['left of a tall mark in right-to-left pages', { anchor: box(300, 20, 320, 280), rtl: true }, 'left', 132, 120],
    ['slid back inside at the left edge', { anchor: box(0, 150, 20, 200) }, 'above', 0, 82],
    ['slid back inside at the right edge', { anchor: box(590, 150, 600, 200) }, 'above', 440, 82],
  ];
  for (const [name, fields, placement, x, y] of cases) {
    it(name, () => {
      const position = placePreview({ anchor: box(0, 0, 0, 0), width: 160, height: 60, bounds: BOUNDS, ...fields });
      expect(position).to.deep.equal({ placement, x, y, fits: true });
    });
  }

  it('never covers the mark and never leaves the widget, wherever the mark is, when any side has room', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const x0 = next() * 600;
      const y0 = next() * 300;
      const anchor = box(x0, y0, Math.min(600, x0 + 4 + next() * 30), Math.min(300, y0 + 4 + next() * 200));
      const width = 40 + next() * 260;
      const height = 20 + next() * 120;
      const position = placePreview({ anchor, width, height, bounds: BOUNDS, rtl: next() < 0.5 });
      const card = box(position.x, position.y, position.x + width, position.y + height);
      const roomy = anchor.y0 - 8 >= height || 300 - anchor.y1 - 8 >= height || anchor.x0 - 8 >= width || 600 - anchor.x1 - 8 >= width;
      expect(position.fits, `case ${i}`).to.equal(roomy);
      expect(card.x0, `case ${i}`).to.be.at.least(0);
      expect(card.y0, `case ${i}`).to.be.at.least(0);
      expect(card.x1, `case ${i}`).to.be.at.most(600 + 1e-9);
      expect(card.y1, `case ${i}`).to.be.at.most(300 + 1e-9);
      if (roomy) expect(meets(card, anchor), `case ${i}`).to.equal(false);
    }
  });
});
