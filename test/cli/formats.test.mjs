// The data formats of issue 15 in Node (the CLI's and build scripts' environment), where
// JSON.parse words its errors differently from Chromium. Needs the build: `npm run build` first.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, formatFault, parseInput } from '../../dist/data/index.js';

const root = resolve(import.meta.dirname, '../..');
const SHEET = join(root, 'test/fixtures/documents/timelinejs-sheet.csv');

function validate(file) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin/entente-timeline.mjs'), 'validate', file], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout }));
  });
}

describe('data formats in Node', () => {
  it('places a JSON syntax error by line and column, whatever Node says', () => {
    const cases = [
      ['{\n  "version": 1,\n}', 'line 3, column 1'],
      ['{"version": 1, "parties": [}', 'line 1, column 28'],
      ['{"a":}', 'line 1, column 6'],
    ];
    for (const [text, place] of cases) {
      const result = parseInput(text);
      assert.equal(result.ok, false);
      assert.match(result.error.message, new RegExp(`^JSON syntax error: ${place}: `));
      assert.doesNotMatch(result.error.message, /at position/);
    }
  });

  it('reads the TimelineJS template sheet, and the CLI validates it with row and column', async () => {
    const text = await readFile(SHEET, 'utf8');
    assert.equal(detectFormat(text), 'timelinejs-sheet');
    const result = parseInput(text, { url: 'https://news.example/data/sheet.csv' });
    assert.ok(result.ok, result.ok ? '' : formatFault(result.error));
    assert.equal(result.model.events.length, 9);
    const { code, stdout } = await validate(SHEET);
    assert.equal(code, 0);
    assert.match(stdout, /9 events, 10 parties/);
    assert.match(stdout, /warning: row 3, column "Type": an era is not mapped/);
    // A file has no http(s) address: the relative image link is dropped, and said so.
    assert.match(stdout, /warning: row 9, column "Media": "images\/vienna-2015-07-14\.jpg" is a relative link/);
  });

  it('reads ;-separated and tab-separated exports, and reports unknown columns as a CSV problem', () => {
    for (const text of [
      'date;title;parties\r\n2015-07-14;Deal, at last;Iran [IR]\r\n',
      'date\ttitle\tparties\n2015-07-14\tDeal, at last\tIran [IR]\n',
    ]) {
      const result = parseInput(text);
      assert.ok(result.ok);
      assert.deepEqual(
        result.model.events.map((event) => event.title),
        ['Deal, at last'],
      );
      assert.equal(result.model.parties[0].short, 'IR');
    }
    const unknown = parseInput('Datum;Titel\n2015;Deal\n');
    assert.equal(unknown.ok, false);
    assert.match(formatFault(unknown.error), /^row 1: no column named date or Year/);
  });
});
