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
