// The ISO date `validate` suggests for a date written in a local form. Needs the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suggestIsoDates } from '../../bin/hints.mjs';
import { run } from './run.mjs';

describe('suggestIsoDates', () => {
  const cases = [
    ['13/08/2020', ['2020-08-13']],
    ['8/13/2020', ['2020-08-13']],
    ['05/08/2020', ['2020-08-05', '2020-05-08']],
    ['01/01/2020', ['2020-01-01']],
    ['13.08.2020', ['2020-08-13']],
    ['13-08-2020', ['2020-08-13']],
    ['2020-8-13', ['2020-08-13']],
    ['2020/08/13', ['2020-08-13']],
    ['2020/8', ['2020-08']],
    ['August 13, 2020', ['2020-08-13']],
    ['13 August 2020', ['2020-08-13']],
    ['Sept. 17 1978', ['1978-09-17']],
    ['aug 2020', ['2020-08']],
    ['30/02/2020', []],
    ['13/13/2020', []],
    ['2020-08-13', []],
    ['Augustus 2020', []],
    ['13 August 14, 2020', []],
    ['last Tuesday', []],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected.join(' or ') || 'nothing'}`, () => {
      assert.deepEqual(suggestIsoDates(text), expected);
    });
  }
});

describe('validate explains dates in a local form', () => {
  it('in a CSV cell and in a JSON event, for a start and for an end', async () => {
    const csv =
      'date,end,title,parties\n13/08/2020,,Joint statement,Israel\n2020-09-15,15/09/2020,Signing,Israel\n2021-02-30,,Impossible,Israel\n';
    const { code, stdout } = await run(['validate', '-'], { input: csv });
    assert.equal(code, 1);
    assert.match(
      stdout,
      /row 2, column "date": "13\/08\/2020" is not a valid date \(write it year-month-day: "2020-08-13"\); this event is left out/,
    );
    assert.match(
      stdout,
      /row 3, column "end": "15\/09\/2020" is not a valid date \(write it year-month-day: "2020-09-15"\); the end is ignored/,
    );
    // An ISO date that does not exist has nothing to suggest.
    assert.match(stdout, /row 4, column "date": "2021-02-30" is not a valid date; this event is left out/);
    const json = JSON.stringify({
      version: 1,
      parties: [{ id: 'il', name: 'Israel' }],
      events: [{ id: 'a', date: 'August 13, 2020', title: 'Joint statement', parties: ['il'] }],
    });
    const report = JSON.parse((await run(['validate', '--format', 'json', '-'], { input: json })).stdout);
    assert.deepEqual(
      report.warnings.map((warning) => warning.message),
      ['"August 13, 2020" is not a valid date (write it year-month-day: "2020-08-13"); this event is left out'],
    );
  });
});

describe('validate explains a TimelineJS header written in another case', () => {
  const cases = [
    [' year , month ,Headline,Text,Group\n2020,8,13,Abraham Accords,x,Israel\n', '"Year", not "year"; "Month", not "month"'],
    ['\ufeffYEAR;END  YEAR;"HEADLINE"\r\n2020;2021;x\r\n', '"Year", not "YEAR"; "End Year", not "END  YEAR"; "Headline", not "HEADLINE"'],
  ];
  for (const [input, hint] of cases) {
    it(JSON.stringify(input.split(/\r?\n/)[0]), async () => {
      const { code, stdout } = await run(['validate', '--format', 'json', '-'], { input });
      assert.equal(code, 1);
      const { error } = JSON.parse(stdout);
      assert.equal(error.code, 'unknown-header');
      assert.ok(error.message.endsWith(`. A TimelineJS sheet writes its columns as the template does: ${hint}`), error.message);
    });
  }

  it('adds nothing to a header of unknown names', async () => {
    const { stdout } = await run(['validate', '-'], { input: 'When,What,Who\n2015-07-14,JCPOA,Iran\n' });
    assert.match(stdout, /it names "When", "What", "Who"\n$/);
  });
});
