// The command line as users run it: a separate Node process, real files, real exit codes.
// Needs the build (dist/data/index.js): `npm run build` first.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root, run } from './run.mjs';

const GOOD = {
  version: 1,
  title: 'Talks',
  parties: [
    { id: 'ru', name: 'Russia' },
    { id: 'az', name: 'Azerbaijan' },
  ],
  events: [{ id: 'a', date: '2021-05-11', title: 'Talks in Baku', parties: ['ru', 'az'] }],
};
const WITH_WARNINGS = {
  ...GOOD,
  events: [...GOOD.events, { id: 'b', date: '2021-02-30', title: 'Impossible', parties: ['ru'] }],
};
/** Warnings that drop nothing but a reference: every event is drawn. */
const HARMLESS = {
  ...GOOD,
  people: [{ id: 'lavrov', name: 'Sergey Lavrov', party: 'ru' }],
  events: [{ ...GOOD.events[0], quotes: [{ text: 'Progress.', by: 'nobody' }], topics: ['unknown-topic'] }],
};
const HOSTILE = {
  version: 1,
  title: 'A </script><script>alert(1)</script> & <b>',
  parties: [{ id: 'x', name: '<img src=x onerror=alert(1)>' }],
  events: [
    {
      id: 'e',
      date: '2021-05-11',
      title: '</script><!-- "quoted" & \'single\'',
      summary: 'Line\u2028separator <i>not markup</i>',
      parties: ['x'],
      sources: [{ title: '"><script>', url: 'https://example.org/?a=1&b="2"' }],
    },
  ],
};
const CSV_BAD = 'date,title,parties\n2021-05-11,Talks,Russia;Azerbaijan\n2021-02-30,Bad,Russia\n';
const CSV_GOOD = 'date,title,parties\n2021-05-11,Talks,Russia;Azerbaijan\n';
/** Day first, as a spreadsheet in many countries writes it: not one date can be read. */
const CSV_DAY_FIRST = 'date,title,parties\n13/08/2020,Talks,Russia;Azerbaijan\n14/08/2020,More talks,Russia\n';
/** Rows the converter cannot make an event of (no title, no party), beside a good one and a kept row with a bad kind. */
const CSV_UNCONVERTIBLE =
  'date,title,parties,kind\n2021-05-11,Talks,Russia,summit\n2021-05-12,,Russia,\n2021-05-13,Alone,,\n2021-05-14,Odd kind,Russia,party\n';
const TIMELINEJS_DROPPED = {
  events: [
    { start_date: { year: 2021 }, text: { headline: 'Kept' }, group: 'Russia' },
    { start_date: { year: 'x' }, text: { headline: 'Bad year' }, group: 'Russia' },
    3,
  ],
};
const TIMELINEJS = {
  title: { text: { headline: 'TL' } },
  events: [{ start_date: { year: 2021, month: 5 }, text: { headline: '<b>A</b>', text: '<p>x &amp; y</p>' }, group: 'Russia' }],
  eras: [{ start_date: { year: 2021 }, text: { headline: 'Era' } }],
};

let dir;
let server;
let origin;
const file = (name) => join(dir, name);

before(async () => {
  assert.ok(existsSync(join(root, 'dist/data/index.js')), 'dist/data/index.js is missing: run `npm run build` first');
  dir = await mkdtemp(join(tmpdir(), 'entente-cli-'));
  await writeFile(file('good.json'), JSON.stringify(GOOD));
  await writeFile(file('warnings.json'), JSON.stringify(WITH_WARNINGS));
  await writeFile(file('hostile.json'), JSON.stringify(HOSTILE));
  await writeFile(file('syntax.json'), '{"version": 1,');
  await writeFile(file('wrong-root.json'), JSON.stringify({ version: 2 }));
  await writeFile(file('bad.csv'), CSV_BAD);
  await writeFile(file('no-parties.csv'), 'date,title\n2021,A\n');
  await writeFile(file('timelinejs.json'), JSON.stringify(TIMELINEJS));
  await writeFile(file('harmless.json'), JSON.stringify(HARMLESS));
  await writeFile(file('empty.json'), JSON.stringify({ ...GOOD, events: [] }));
  await writeFile(file('good.csv'), CSV_GOOD);
  await writeFile(file('day-first.csv'), CSV_DAY_FIRST);
  await writeFile(file('unconvertible.csv'), CSV_UNCONVERTIBLE);
  await writeFile(file('timelinejs-dropped.json'), JSON.stringify(TIMELINEJS_DROPPED));
  server = createServer((request, response) => {
    if (request.url === '/sheet') {
      response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      response.end(CSV_BAD);
    } else if (request.url === '/good.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(GOOD));
    } else {
      response.writeHead(404);
      response.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('entente-timeline (CLI)', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /Usage: entente-timeline <command>/);
    assert.match(stdout, /validate <file-or-url>/);
  });

  it('no command, an unknown command or option exit 2 with the usage', async () => {
    for (const args of [[], ['frobnicate', 'x'], ['validate', '--frob', 'x'], ['validate']]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });

  describe('validate', () => {
    it('passes a good document', async () => {
      const { code, stdout } = await run(['validate', file('good.json')]);
      assert.equal(code, 0);
      assert.match(stdout, /✓ .*good\.json: 1 event, 2 parties/);
    });

    it('fails when an event is left out, showing why with its JSON path', async () => {
      const { code, stdout } = await run(['validate', file('warnings.json')]);
      assert.equal(code, 1);
      assert.match(stdout, /^✗ .*warnings\.json: 1 event, 2 parties, 1 warning — 1 event left out$/m);
      assert.match(stdout, /warning: events\[1\]\.date: "2021-02-30" is not a valid date; this event is left out/);
      const quiet = await run(['validate', '--quiet', file('warnings.json')]);
      assert.equal(quiet.code, 1);
      assert.doesNotMatch(quiet.stdout, /warning:/);
    });

    it('passes with warnings that leave no event out', async () => {
      const { code, stdout } = await run(['validate', file('harmless.json')]);
      assert.equal(code, 0);
      assert.match(stdout, /^! .*harmless\.json: 1 event, 2 parties, 2 warnings$/m);
      assert.match(stdout, /warning: events\[0\]\.quotes\[0\]\.by: "nobody" is not a person in this timeline; ignored/);
    });

    it('fails on a sheet whose every date is written day first', async () => {
      const { code, stdout } = await run(['validate', file('day-first.csv')]);
      assert.equal(code, 1);
      assert.match(stdout, /^✗ .*day-first\.csv: 0 events, 2 parties, 2 warnings — 2 events left out$/m);
      assert.match(stdout, /row 2, column "date": "13\/08\/2020" is not a valid date/);
    });

    it('counts rows and slides the converter leaves out, not the ones it keeps with a warning', async () => {
      const csv = await run(['validate', file('unconvertible.csv')]);
      assert.equal(csv.code, 1);
      assert.match(csv.stdout, /unconvertible\.csv: 2 events, 1 party, 3 warnings — 2 events left out$/m);
      const timelinejs = await run(['validate', file('timelinejs-dropped.json')]);
      assert.equal(timelinejs.code, 1);
      assert.match(timelinejs.stdout, /timelinejs-dropped\.json: 1 event, 1 party, 2 warnings — 2 events left out$/m);
    });

    it('fails on a document with no event to draw', async () => {
      const { code, stdout } = await run(['validate', file('empty.json')]);
      assert.equal(code, 1);
      assert.match(stdout, /^✗ .*empty\.json: 0 events, 2 parties — no event to draw$/m);
    });

    it('--max-warnings fails a file with more warnings than allowed', async () => {
      assert.equal((await run(['validate', '--max-warnings', '2', file('harmless.json')])).code, 0);
      const strict = await run(['validate', '--max-warnings=1', file('harmless.json'), file('good.json')]);
      assert.equal(strict.code, 1);
      assert.match(strict.stdout, /^✗ .*harmless\.json: .* — more than 1 warning allowed$/m);
      assert.match(strict.stdout, /^✓ .*good\.json/m);
      for (const value of ['-1', 'many', '1.5']) {
        assert.equal((await run(['validate', `--max-warnings=${value}`, file('good.json')])).code, 2, value);
      }
    });

    it('--format json prints one object per file, one per line, with every fault located', async () => {
      const files = ['good.json', 'harmless.json', 'bad.csv', 'syntax.json', 'missing.json'].map(file);
      const { code, stdout } = await run(['validate', '--format', 'json', '--max-warnings', '5', ...files]);
      assert.equal(code, 1);
      const lines = stdout.trimEnd().split('\n');
      assert.equal(lines.length, 5);
      const [good, harmless, csv, syntax, missing] = lines.map((line) => JSON.parse(line));
      assert.deepEqual(good, {
        file: files[0],
        ok: true,
        format: 'json',
        events: 1,
        eventsLeftOut: 0,
        parties: 2,
        error: null,
        warnings: [],
      });
      assert.equal(harmless.ok, true);
      assert.deepEqual(
        harmless.warnings.map((warning) => [warning.path, warning.code, warning.eventLeftOut]),
        [
          ['events[0].quotes[0].by', 'unknown-person', false],
          ['events[0].topics[0]', 'unknown-topic', false],
        ],
      );
      assert.deepEqual(
        { ...csv, warnings: undefined },
        { file: files[2], ok: false, format: 'csv', events: 1, eventsLeftOut: 1, parties: 2, error: null, warnings: undefined },
      );
      assert.deepEqual(csv.warnings, [
        {
          path: 'row 3, column "date"',
          row: 3,
          column: 'date',
          code: 'invalid-date',
          message: '"2021-02-30" is not a valid date; this event is left out',
          eventLeftOut: true,
        },
      ]);
      assert.equal(syntax.ok, false);
      assert.equal(syntax.error.code, 'not-json');
      assert.deepEqual(
        { ...missing, error: { ...missing.error, message: undefined } },
        {
          file: files[4],
          ok: false,
          format: null,
          events: 0,
          eventsLeftOut: 0,
          parties: 0,
          error: { path: '', code: 'unreadable', message: undefined },
          warnings: [],
        },
      );
      assert.equal((await run(['validate', '--format', 'yaml', files[0]])).code, 2);
    });

    it('fails on a syntax error, a wrong root and a missing file', async () => {
      for (const [name, pattern] of [
        ['syntax.json', /error: JSON syntax error/],
        ['wrong-root.json', /error: version: unsupported version 2/],
        ['missing.json', /no such file/],
      ]) {
        const { code, stdout } = await run(['validate', file(name)]);
        assert.equal(code, 1, name);
        assert.match(stdout, pattern, name);
      }
    });

    it('locates CSV faults by row and column', async () => {
      const { code, stdout } = await run(['validate', file('bad.csv')]);
      assert.equal(code, 1);
      assert.match(stdout, /warning: row 3, column "date": "2021-02-30" is not a valid date/);
      const missing = await run(['validate', file('no-parties.csv')]);
      assert.equal(missing.code, 1);
      assert.match(missing.stdout, /error: row 1: the header row has no "parties" column/);
    });

    it('checks every file given and fails when any fails', async () => {
      const { code, stdout } = await run(['validate', file('good.json'), file('syntax.json'), file('timelinejs.json')]);
      assert.equal(code, 1);
      assert.equal(stdout.match(/^[✓!✗] /gm).length, 3);
      assert.match(stdout, /timelinejs\.json: 1 event, 1 party, 1 warning/);
      assert.match(stdout, /warning: eras: an era is not mapped/);
    });

    it('reads standard input with -', async () => {
      const { code, stdout } = await run(['validate', '-'], { input: CSV_GOOD });
      assert.equal(code, 0);
      assert.match(stdout, /✓ stdin: 1 event, 2 parties$/m);
      const bad = await run(['validate', '-'], { input: CSV_BAD });
      assert.equal(bad.code, 1);
      assert.match(bad.stdout, /row 3, column "date"/);
    });

    it('fetches URLs, recognising CSV by its content type', async () => {
      const { code, stdout } = await run(['validate', `${origin}/sheet`, `${origin}/good.json`]);
      assert.equal(code, 1);
      assert.match(stdout, /\/sheet: 1 event, 2 parties, 1 warning — 1 event left out/);
      assert.match(stdout, /✓ .*\/good\.json: 1 event/);
      const missing = await run(['validate', `${origin}/nothing.json`]);
      assert.equal(missing.code, 1);
      assert.match(missing.stdout, /HTTP 404/);
    });
  });

  describe('convert', () => {
    it('converts TimelineJS to our JSON, with what did not map on stderr', async () => {
      const { code, stdout, stderr } = await run(['convert', file('timelinejs.json')]);
      assert.equal(code, 0);
      const document = JSON.parse(stdout);
      assert.deepEqual(document, {
        version: 1,
        title: 'TL',
        parties: [{ id: 'russia', name: 'Russia' }],
        events: [{ id: 'event-1', date: '2021-05', title: 'A', parties: ['russia'], summary: 'x & y' }],
      });
      assert.match(stderr, /warning: eras: an era is not mapped/);
    });

    it('converts CSV', async () => {
      const { code, stdout, stderr } = await run(['convert', file('bad.csv')]);
      assert.equal(code, 0);
      assert.deepEqual(
        JSON.parse(stdout).events.map((event) => event.date),
        ['2021-05-11', '2021-02-30'],
      );
      assert.match(stderr, /row 3, column "date"/);
    });

    it('fails on a CSV it cannot read, and on a broken document', async () => {
      assert.equal((await run(['convert', file('no-parties.csv')])).code, 1);
      const broken = await run(['convert', file('syntax.json')]);
      assert.equal(broken.code, 1);
      assert.equal(broken.stdout, '');
    });
  });

  describe('html', () => {
    it('prints the element with the data inline and an escaped static list', async () => {
      const { code, stdout } = await run(['html', file('hostile.json'), '--script', '/dist/entente-timeline.js']);
      assert.equal(code, 0);
      assert.match(
        stdout,
        /^<script type="module" src="\/dist\/entente-timeline\.js"><\/script>\n<style>entente-timeline:not\(:defined\)\{[^}]*\}@media \(scripting:enabled\)\{entente-timeline:not\(:defined\)\{[^}]*\}\}<\/style>\n<entente-timeline style="--entente-reserved-height:\d+px">/,
      );
      const json = /<script type="application\/json">([^]*?)<\/script>/.exec(stdout)[1];
      assert.doesNotMatch(json, /</, 'no < inside the JSON script');
      assert.deepEqual(JSON.parse(json), HOSTILE);
      // Two script elements, the loader and the data, and the data closes nothing.
      assert.equal(stdout.match(/<\/script/gi).length, 2);
      assert.doesNotMatch(stdout, /<img|<b>|<i>|<!--/);
      assert.match(stdout, /<h2>A &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;b&gt;<\/h2>/);
      assert.match(stdout, /<time datetime="2021-05-11">May 11, 2021<\/time>/);
      assert.match(stdout, /<strong>&lt;\/script&gt;&lt;!-- &quot;quoted&quot; &amp; &#39;single&#39;<\/strong>/);
      assert.match(stdout, /<span>\(&lt;img src=x onerror=alert\(1\)&gt;\)<\/span>/);
      assert.match(stdout, /<a href="https:\/\/example\.org\/\?a=1&amp;b=%222%22">&quot;&gt;&lt;script&gt;<\/a>/);
    });

    it('uses the jsDelivr copy of this version by default, and --no-script leaves it out', async () => {
      const { stdout } = await run(['html', file('good.json')]);
      assert.match(stdout, /src="https:\/\/cdn\.jsdelivr\.net\/npm\/entente-timeline@\d+\.\d+\.\d+[^"]*\/dist\/entente-timeline\.js"/);
      const bare = await run(['html', '--no-script', file('good.json')]);
      assert.match(bare.stdout, /^<style>[^<]*<\/style>\n<entente-timeline style="--entente-reserved-height:\d+px">/);
    });

    it("reserves the drawn chart's height on the element: more lanes, more height", async () => {
      const reserve = async (path) =>
        Number(/--entente-reserved-height:(\d+)px/.exec((await run(['html', '--no-script', path])).stdout)[1]);
      const karabakh = await reserve(fileURLToPath(new URL('../../examples/karabakh-2020-2021.json', import.meta.url)));
      // Measured in Chromium at 700 px (test/element/reserved-height.test.ts checks it against the drawn chart).
      assert.equal(karabakh, 340);
      const abraham = await reserve(fileURLToPath(new URL('../fixtures/documents/abraham-accords.json', import.meta.url)));
      assert.ok(abraham > karabakh + 4 * 46, `${abraham} for 7 lanes, ${karabakh} for 3`);
    });

    it('--iframe prints the iframe for a page and the resizer, every attribute escaped', async () => {
      const { code, stdout } = await run(['html', '--iframe', 'https://example.org/t.html?id=a&b="c"', file('hostile.json')]);
      assert.equal(code, 0);
      const [iframe, resizer, rest] = stdout.split('\n');
      assert.equal(rest, '');
      assert.match(
        iframe,
        /^<iframe data-entente-timeline src="https:\/\/example\.org\/t\.html\?id=a&amp;b=&quot;c&quot;" title="A &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;b&gt;" loading="lazy" style="[^"]*height:\d+px[^"]*"><\/iframe>$/,
      );
      // As tall as the element reserves (its page is the element alone), so the article does not jump.
      const snippet = (await run(['html', '--no-script', file('hostile.json')])).stdout;
      const reserve = /--entente-reserved-height:(\d+)px/.exec(snippet)[1];
      assert.match(iframe, new RegExp(`height:${reserve}px;`));
      assert.match(resizer, /^<script>[^<]*f\.contentWindow===e\.source[^<]*<\/script>$/);
      assert.equal((await run(['html', '--page', '--iframe', 'x.html', file('good.json')])).code, 2);
    });

    it('converts CSV and TimelineJS input, and fails on a broken document', async () => {
      const { stdout } = await run(['html', '--no-script', file('timelinejs.json')]);
      assert.match(stdout, /<time datetime="2021-05">May 2021<\/time>: <strong>A<\/strong> <span>\(Russia\)<\/span> <p>x &amp; y<\/p>/);
      const broken = await run(['html', file('wrong-root.json')]);
      assert.equal(broken.code, 1);
      assert.equal(broken.stdout, '');
      assert.match(broken.stderr, /error: version: unsupported version 2/);
    });
  });
});
