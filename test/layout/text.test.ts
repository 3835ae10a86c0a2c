import { expect } from '@open-wc/testing';
import { estimateTextWidth, fitText, shortenText, splitGraphemes } from '../../src/layout/text.js';

describe('splitGraphemes', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'ASCII', text: 'Baku', expected: ['B', 'a', 'k', 'u'] },
    { name: 'a flag is one grapheme', text: '🇦🇿AZ', expected: ['🇦🇿', 'A', 'Z'] },
    { name: 'a family emoji is one grapheme', text: 'a👨‍👩‍👧b', expected: ['a', '👨‍👩‍👧', 'b'] },
    { name: 'combining marks stay with their letter', text: 'e\u0301t', expected: ['e\u0301', 't'] },
    { name: 'astral characters are not split', text: '𝒜𝒷', expected: ['𝒜', '𝒷'] },
    { name: 'empty', text: '', expected: [] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => expect(splitGraphemes(text)).to.deep.equal(expected));
  }
});

describe('shortenText', () => {
  const cases: { name: string; text: string; limit: number; expected: string }[] = [
    { name: 'within the limit', text: 'Azerbaijan', limit: 10, expected: 'Azerbaijan' },
    { name: 'cut with an ellipsis', text: 'Azerbaijan', limit: 5, expected: 'Azer…' },
    { name: 'no space before the ellipsis', text: 'United States', limit: 8, expected: 'United…' },
    { name: 'never inside a flag', text: '🇦🇿🇦🇲🇷🇺', limit: 2, expected: '🇦🇿…' },
    { name: 'never inside a surrogate pair', text: '𝒜𝒷𝒸𝒹', limit: 3, expected: '𝒜𝒷…' },
    { name: 'counts graphemes, not code units', text: '🇦🇿🇦🇲', limit: 2, expected: '🇦🇿🇦🇲' },
    { name: 'limit 1 is the ellipsis alone', text: 'Baku', limit: 1, expected: '…' },
    { name: 'limit 0 is nothing', text: 'Baku', limit: 0, expected: '' },
  ];
  for (const { name, text, limit, expected } of cases) {
    it(name, () => expect(shortenText(text, limit)).to.equal(expected));
  }
});

describe('fitText', () => {
  // One unit per grapheme: the result's measure must not pass the width.
  const measure = (text: string) => splitGraphemes(text).length;
  const cases: { name: string; text: string; width: number; expected: string | undefined }[] = [
    { name: 'fits whole', text: 'Trilateral statement', width: 30, expected: 'Trilateral statement' },
    { name: 'shortened to the widest that fits', text: 'Trilateral statement', width: 8, expected: 'Trilate…' },
    { name: 'a trailing space is dropped before the ellipsis', text: 'Lavrov in Baku', width: 8, expected: 'Lavrov…' },
    { name: 'flags stay whole', text: '🇷🇺🇦🇿🇦🇲 meet', width: 3, expected: '🇷🇺🇦🇿…' },
    { name: 'nothing fits', text: 'Baku', width: 1, expected: undefined },
  ];
  for (const { name, text, width, expected } of cases) {
    it(name, () => {
      const result = fitText(text, width, measure);
      expect(result).to.equal(expected);
      if (result) expect(measure(result)).to.be.at.most(width);
    });
  }
});

describe('estimateTextWidth', () => {
  const cases: [string, string, number][] = [
    ['Latin', 'Jan 2021', 8 * 0.6 * 10],
    ['Cyrillic, as narrow as Latin', 'янв. 2021 г.', 12 * 0.6 * 10],
    ['Chinese characters a whole em', '2021年1月', 5 * 0.6 * 10 + 2 * 10],
    ['a flag, one code point pair at a time', '🇷🇺', 2 * 10],
    ['nothing', '', 0],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(estimateTextWidth(text, 10)).to.be.closeTo(expected, 1e-9));
});
