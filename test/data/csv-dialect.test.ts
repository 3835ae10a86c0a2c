import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import { parseCsvRows, type CsvDelimiter } from '../../src/data/csv-dialect.js';

describe('parseCsvRows', () => {
  const cases: [string, string, CsvDelimiter, string[][]][] = [
    ['nothing', '', ',', []],
    ['a line end alone is one blank row', '\n', ',', [['']]],
    [
      'plain fields',
      'a,b,c\n1,2,3',
      ',',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    ['a closing LF ends no row', 'a,b\n', ',', [['a', 'b']]],
    ['a closing CR LF ends no row', 'a,b\r\n', ',', [['a', 'b']]],
    ['CR LF and lone CR line ends', 'a\r\nb\rc\nd', ',', [['a'], ['b'], ['c'], ['d']]],
    ['blank rows kept', 'a\n\nb', ',', [['a'], [''], ['b']]],
    ['empty fields, a trailing delimiter', ',a,,\n', ',', [['', 'a', '', '']]],
    ['quoted delimiter, doubled quotes', '"x, ""y""",z', ',', [['x, "y"', 'z']]],
    ['quoted line breaks', '"one\r\ntwo\nthree",4\n5', ',', [['one\r\ntwo\nthree', '4'], ['5']]],
    ['an empty quoted field', '"",a', ',', [['', 'a']]],
    ['a quote inside a plain field is text', 'a"b,c', ',', [['a"b', 'c']]],
    ['text after a closing quote is kept', '"a"b,c', ',', [['ab', 'c']]],
    ['an unclosed quote runs to the end', '"a,b\nc', ',', [['a,b\nc']]],
    [
      'semicolons, commas as text',
      'a;b\n1,5;"2;5"',
      ';',
      [
        ['a', 'b'],
        ['1,5', '2;5'],
      ],
    ],
    [
      'tabs',
      'a\tb\n"1\t2"\t3',
      '\t',
      [
        ['a', 'b'],
        ['1\t2', '3'],
      ],
    ],
  ];
  for (const [name, text, delimiter, rows] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => expect(parseCsvRows(text, delimiter)).to.deep.equal(rows));
  }

  it('stops after the first filled row when asked', () => {
    expect(parseCsvRows('\n ;\na;b\nc', ';', true)).to.deep.equal([[''], [' ', ''], ['a', 'b']]);
    expect(parseCsvRows('\n\n\n', ',', true)).to.deep.equal([[''], [''], ['']]);
  });

  it('reads what d3-dsv writes as d3-dsv reads it (400 random tables)', () => {
    // A small seeded generator, so that a failure can be reproduced.
    let seed = 20261203;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r\n', '\r', 'é', '""'];
    for (let table = 0; table < 400; table++) {
      const delimiter = ([',', ';', '\t'] as const)[random(3)]!;
      const width = 1 + random(4);
      const rows = Array.from({ length: 1 + random(5) }, () =>
        Array.from({ length: width }, () => Array.from({ length: random(6) }, () => alphabet[random(alphabet.length)]).join('')),
      );
      const dsv = dsvFormat(delimiter);
      const text = dsv.formatRows(rows) + ['', '\n', '\r\n'][random(3)];
      expect(parseCsvRows(text, delimiter), JSON.stringify(text)).to.deep.equal(dsv.parseRows(text));
    }
  });
});
