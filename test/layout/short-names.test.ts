import { expect } from '@open-wc/testing';
import { deriveLaneLabels, type LabelledParty } from '../../src/layout/short-names.js';

const party = (id: string, name: string, short?: string): LabelledParty => ({ id, name, ...(short ? { short } : {}) });

describe('deriveLaneLabels', () => {
  const cases: [string, LabelledParty[], number, string[]][] = [
    ['names that fit stay', [party('ru', 'Russia'), party('az', 'Azerbaijan')], 10, ['Russia', 'Azerbaijan']],
    ['a given short name where the name does not fit', [party('az', 'Azerbaijan', 'AZ'), party('ru', 'Russia', 'RU')], 6, ['AZ', 'Russia']],
    ['a long given short name is shortened', [party('eu', 'European Union', 'EU Council')], 6, ['EU Co…']],
    ['a lone long name is shortened', [party('az', 'Azerbaijan'), party('ru', 'Russia')], 6, ['Azerb…', 'Russia']],
    ['initials tell apart names that shorten alike', [party('us', 'United States'), party('ae', 'United Arab Emirates')], 6, ['US', 'UAE']],
    [
      'initials leave out minor words',
      [party('cd', 'Democratic Republic of the Congo'), party('kp', "Democratic People's Republic of Korea")],
      8,
      ['DRC', 'DPRK'],
    ],
    [
      'initials alike give way to where the names part',
      [party('a', 'North Atlantic Council'), party('b', 'North Atlantic Congress')],
      8,
      ['North…u', 'North…n'],
    ],
    ['a one-word name gets where it parts from the other', [party('at', 'Austria-Hungary'), party('au', 'Australia')], 5, ['AH', 'Aus…a']],
    [
      'the distinct prefix squeezed to the width',
      [party('us', 'United States'), party('uk', 'United Kingdom'), party('x', 'US'), party('y', 'UK')],
      6,
      ['Unit…S', 'Unit…K', 'US', 'UK'],
    ],
    ['one-word names alike up to the width get start and end', [party('a', 'Aaaaaaaaax'), party('b', 'Aaaaaaaaay')], 5, ['Aaa…x', 'Aaa…y']],
    [
      'a derived label avoids a label already taken by another party',
      [party('us', 'United States'), party('ae', 'United Arab Emirates'), party('x', 'US')],
      6,
      ['Unit…S', 'UAE', 'US'],
    ],
    ['labels compare without case', [party('a', 'Union Europe'), party('b', 'UNION AFRICA')], 6, ['UE', 'UA']],
    ['initials skip a flag', [party('az', '🇦🇿 Azərbaycan Respublikası'), party('ao', '🇦🇿 Azərbaycan Ordusu')], 6, ['AR', 'AO']],
    ['graphemes, not code units', [party('a', '🇦🇿 Azərbaycan'), party('b', '🇦🇿 Azərbaycanlılar')], 6, ['🇦🇿 Az…n', '🇦🇿 Az…l']],
  ];
  for (const [name, parties, width, labels] of cases) {
    it(name, () => {
      const result = deriveLaneLabels(parties, width);
      expect(parties.map((item) => result.get(item.id))).to.deep.equal(labels);
    });
  }
});
