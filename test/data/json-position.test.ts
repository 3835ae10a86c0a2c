import { expect } from '@open-wc/testing';
import { findJsonSyntaxError, locateOffset } from '../../src/data/json-position.js';
import { parseInput } from '../../src/data/index.js';

describe('JSON syntax errors: line and column', () => {
  const cases: [string, string][] = [
    ['{"a":}', '1:6'],
    ['{\n  "version": 1,\n}', '3:1'],
    ['{\n  "a": [1, 2,, 3]\n}', '2:14'],
    ["{'version': 1}", '1:2'],
    ['{"a": 1 "b": 2}', '1:9'],
    ['{"a": tru}', '1:7'],
    ['{"a": 01}', '1:8'],
    ['{"a": "line\nbreak"}', '1:12'],
    ['{"a": "\\x"}', '1:9'],
    ['{"é🇦🇿": x}', '1:9'],
    ['{"a": 1} x', '1:10'],
    ['\r\n\r\n  nope', '3:3'],
    ['', '1:1'],
    ['[1, 2', '1:6'],
  ];
  for (const [text, place] of cases) {
    it(`${JSON.stringify(text)} → ${place}`, () => {
      const offset = findJsonSyntaxError(text);
      const { line, column } = locateOffset(text, offset);
      expect(`${line}:${column}`).to.equal(place);
    });
  }

  it('finds no error in JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n", {}]} ', '"x"', '0']) {
      expect(findJsonSyntaxError(text), text).to.equal(-1);
    }
  });

  it('survives hostile nesting', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).to.equal(200_000);
  });

  it('parseInput puts the line and column in the message, whatever the engine says', () => {
    const text = '\ufeff{\n  "version": 1,\n  "parties": [],\n  "events": [],\n}';
    for (const result of [parseInput(text), parseInput(text.replace('[],\n}', '[]\n') + '\n')]) {
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error.code).to.equal('not-json');
        expect(result.error.message).to.match(/^JSON syntax error: line \d, column 1: /);
        expect(result.error.message).to.not.match(/position \d/);
      }
    }
    // The cut-off file keeps its own explanation, now with its place.
    const cut = parseInput('{\n  "version": 1,\n  "parties": [');
    expect(!cut.ok && cut.error.message).to.equal(
      'JSON syntax error: line 3, column 15: the text ends before the document does (the file looks cut off); publish the whole file',
    );
  });
});
