// Files as newsrooms make them (test/fixtures/newsroom/, see its README), through the command
// line as an editor runs it. Needs the build: `npm run build` first.
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root, run } from './run.mjs';

const fixture = (name) => join(root, 'test/fixtures/newsroom', name);

/** `validate --format json` of one file, parsed. */
async function report(name) {
  const { code, stdout } = await run(['validate', '--format', 'json', fixture(name)]);
  return { code, ...JSON.parse(stdout) };
}

describe('newsroom files through the CLI', () => {
  it('fails a TimelineJS2 document whose slide is left out, and marks that warning', async () => {
    const result = await report('minsk-timelinejs2.json');
    assert.equal(result.code, 1);
    assert.equal(result.format, 'timelinejs2');
    assert.equal(result.events, 3);
    assert.equal(result.eventsLeftOut, 1);
    const leftOut = result.warnings.filter((warning) => warning.eventLeftOut).map((warning) => warning.path);
    assert.deepEqual(leftOut, ['timeline.date[2].startDate']);
    const text = await run(['validate', fixture('minsk-timelinejs2.json')]);
    assert.match(text.stdout, /^✗ .*minsk-timelinejs2\.json: 3 events, 5 parties, 4 warnings — 1 event left out$/m);
  });
});

describe('newsroom spreadsheets through the CLI', () => {
  it('validates each file with the exit code its left-out events call for', async () => {
    const cases = [
      ['peace-google-sheet.csv', 0, 'timelinejs-sheet', 7, 0],
      ['minsk-excel-sheet.csv', 0, 'timelinejs-sheet', 4, 0],
      ['abraham-excel.csv', 1, 'csv', 5, 1],
      ['iran-timelinejs3.json', 1, 'timelinejs', 6, 1],
    ];
    for (const [name, code, format, events, eventsLeftOut] of cases) {
      const result = await report(name);
      assert.deepEqual([result.code, result.format, result.events, result.eventsLeftOut], [code, format, events, eventsLeftOut], name);
    }
  });

  it('locates a shifted row by row, and a left-out date by row and column, in --format json', async () => {
    const { warnings } = await report('abraham-excel.csv');
    assert.deepEqual(
      warnings.map(({ row, column, code, eventLeftOut }) => ({ row, column, code, eventLeftOut })),
      [
        { row: 2, column: 'Date', code: 'invalid-date', eventLeftOut: true },
        { row: 6, column: undefined, code: 'extra-cells', eventLeftOut: false },
        { row: 6, column: 'Kind', code: 'invalid-value', eventLeftOut: false },
      ],
    );
  });

  it('converts and embeds a sheet, its markup kept as text', async () => {
    const converted = await run(['convert', fixture('peace-google-sheet.csv')]);
    assert.equal(converted.code, 0);
    const document = JSON.parse(converted.stdout);
    assert.equal(document.events[0].summary, 'Carter hosts Sadat and Begin for 13 days at Camp David, Maryland.');
    assert.match(converted.stderr, /row 6, column "Type": an era is not mapped/);
    const html = await run(['html', '--no-script', fixture('peace-google-sheet.csv')]);
    assert.equal(html.code, 0);
    assert.match(html.stdout, /<time datetime="1978-09-17">/);
    assert.doesNotMatch(html.stdout, /<b>13 days<\/b>/);
  });
});
