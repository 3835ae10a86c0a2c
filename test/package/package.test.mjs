// The package as a user gets it: `npm pack`, installed from the tarball into a scratch project,
// then type-checked, bundled, loaded in Chromium and used from React; plus publint and attw.
// Needs the build (`npm run build`) and the system Chromium (scripts/chromium.mjs).
import { execFile as execFileCallback } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const execFile = promisify(execFileCallback);
const root = resolve(import.meta.dirname, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let scratch;
let project;
let tarball;

const TIMELINE = {
  version: 1,
  title: 'Packed timeline',
  parties: [
    { id: 'ru', name: 'Russia' },
    { id: 'az', name: 'Azerbaijan' },
    { id: 'am', name: 'Armenia' },
  ],
  events: [
    { id: 'statement', date: '2020-11-09', title: 'Trilateral statement', parties: ['ru', 'az', 'am'], summary: 'Ceasefire.' },
    { id: 'moscow', date: '2021-01-11', title: 'Moscow meeting', parties: ['ru', 'az', 'am'] },
    {
      id: 'baku',
      date: '2021-05-11',
      title: 'Talks in Baku',
      parties: ['ru', 'az'],
      sources: [{ title: 'Report', url: 'https://example.org/r' }],
    },
  ],
};

before(async () => {
  assert.ok(existsSync(join(root, 'dist/data/index.js')), 'dist/data/index.js is missing: run `npm run build` first');
  scratch = await mkdtemp(join(tmpdir(), 'entente-package-'));
  const { stdout } = await execFile(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: root });
  tarball = join(scratch, JSON.parse(stdout)[0].filename);
  project = join(scratch, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // lit and the d3 modules come from the npm cache when they are there, else from the registry.
  await execFile(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], {
    cwd: project,
    timeout: 90_000,
  });
});

after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('contains the builds, the schema, the CLI and the docs, and nothing else of the repository', async () => {
    const { stdout } = await execFile('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    for (const file of [
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/dist/view/index.js',
      'package/dist/data/index.js',
      'package/dist/data/index.d.ts',
      'package/dist/entente-timeline.js',
      'package/dist/entente-timeline.iife.js',
      'package/dist/entente-timeline.schema.json',
      'package/bin/entente-timeline.mjs',
      'package/bin/embed.mjs',
      'package/README.md',
      'package/LICENSE',
      'package/package.json',
    ]) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    assert.deepEqual(
      files.filter((file) => /^package\/(src|test|examples|scripts|node_modules)\//.test(file)),
      [],
    );
  });

  it('installs a working CLI (node_modules/.bin/entente-timeline)', async () => {
    const input = join(project, 'timeline.json');
    await writeFile(input, JSON.stringify(TIMELINE));
    const { stdout } = await execFile(join(project, 'node_modules/.bin/entente-timeline'), ['validate', input]);
    assert.match(stdout, /✓ .*timeline\.json: 3 events, 3 parties/);
    // The iframe page inlines the installed package's own drop-in file.
    const { stdout: page } = await execFile(join(project, 'node_modules/.bin/entente-timeline'), ['html', '--page', input], {
      maxBuffer: 4 << 20,
    });
    const dropIn = await readFile(join(project, 'node_modules/entente-timeline/dist/entente-timeline.js'), 'utf8');
    assert.ok(page.includes(`<script type="module">${dropIn}</script>`), 'the drop-in, inline');
  });

  it('type-checks in a TypeScript project: element properties, tag name map, event detail', async () => {
    await writeFile(
      join(project, 'check.ts'),
      `import { EntenteTimeline, parseTimeline, type EntenteSelectDetail, type TimelineModel } from 'entente-timeline';
import { parseInput, fromCsv, fromTimelineJS, formatFault, type Fault } from 'entente-timeline/data';

const element = document.createElement('entente-timeline');
const typed: EntenteTimeline = element;
const queried: EntenteTimeline | null = document.querySelector('entente-timeline');
typed.src = '/data/timeline.json';
typed.data = { version: 1, parties: [], events: [] };
typed.laneOrder = 'document';
typed.selected = undefined;
typed.theme = 'dark';
typed.timeout = 5000;
// @ts-expect-error lane order is 'auto' or 'document'
typed.laneOrder = 'sideways';
// @ts-expect-error timeout is a number
typed.timeout = 'soon';
element.addEventListener('entente-select', (event) => {
  const detail: EntenteSelectDetail = event.detail;
  const id: string | null = event.detail.id;
  const title: string | undefined = event.detail.event?.title;
  // @ts-expect-error the detail has no such field
  event.detail.nonsense;
  void [detail, id, title];
});
const model: TimelineModel | undefined = queried?.model;
const result = parseInput('date,title,parties\\n2021,A,X', { contentType: 'text/csv' });
const faults: readonly Fault[] = result.warnings;
const parsed = parseTimeline({});
if (!parsed.ok) formatFault(parsed.error);
void [model, faults, fromCsv('').document.version, fromTimelineJS({ events: [] }).warnings];
`,
    );
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['check.ts'],
      }),
    );
    try {
      await execFile(bin('tsc'), ['-p', join(project, 'tsconfig.json')], { cwd: project });
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });

  it('tree-shakes: a bundle using only parseTimeline leaves Lit, the element and the converters out', async () => {
    const { rollup } = await import(join(root, 'node_modules/rollup/dist/es/rollup.js'));
    const { nodeResolve } = await import(join(root, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js'));
    await writeFile(
      join(project, 'only-parse.js'),
      "import { parseTimeline } from 'entente-timeline/data';\nconsole.log(parseTimeline('{}').ok);\n",
    );
    const bundle = await rollup({ input: join(project, 'only-parse.js'), plugins: [nodeResolve()], logLevel: 'silent' });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const code = output[0].code;
    const modules = Object.keys(output[0].modules).map((id) => id.replace(/\\/g, '/'));
    assert.deepEqual(
      modules.filter((id) => /\/node_modules\/(lit|@lit|lit-html|lit-element|d3-)/.test(id)),
      [],
    );
    assert.doesNotMatch(code, /customElements|LitElement|fromTimelineJS|csvParse/);
    assert.match(code, /function parseTimeline/);
    // Unminified: the parser, the validator and the model builder (40,247 bytes on 3 December); far more means
    // something else came in with them.
    assert.ok(code.length < 42_000, `the bundle is ${code.length} bytes`);
  });

  it('passes publint and attw (esm-only profile)', async () => {
    const [publint, attw] = await Promise.allSettled([
      execFile(bin('publint'), ['run', tarball, '--strict'], { cwd: root }),
      // The classic script (IIFE) has nothing to import, so it has no types to check.
      execFile(
        bin('attw'),
        [tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './entente-timeline.iife.js'],
        { cwd: root },
      ),
    ]);
    if (publint.status === 'rejected') assert.fail(`publint:\n${publint.reason.stdout}${publint.reason.stderr}`);
    if (attw.status === 'rejected') assert.fail(`attw:\n${attw.reason.stdout}${attw.reason.stderr}`);
  });

  describe('in Chromium', () => {
    let server;
    let browser;
    let userDataDir;

    before(async () => {
      const puppeteer = (await import(join(root, 'node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js'))).default;
      userDataDir = await mkdtemp(join(tmpdir(), 'entente-chromium-'));
      browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true, userDataDir });
      server = await startServer({ port: 0, root: project });
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    });

    async function openPage(html, { javaScript = true } = {}) {
      const name = `page-${Math.random().toString(36).slice(2)}.html`;
      await writeFile(join(project, name), html);
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(javaScript);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
      return { page, errors };
    }

    /** Waits until the element has drawn its lanes, then reports what the reader sees. */
    async function waitForChart(page) {
      await page.waitForFunction(() => document.querySelector('entente-timeline')?.shadowRoot?.querySelector('[part~="lane"]'), {
        timeout: 15_000,
      });
      return page.evaluate(() => {
        const element = document.querySelector('entente-timeline');
        return {
          lanes: element.shadowRoot.querySelectorAll('[part~="lane"]').length,
          height: element.getBoundingClientRect().height,
        };
      });
    }

    const PAGE = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<style>body { margin: 0; font: 16px/1.5 serif; } main { width: 720px; margin: 0 auto; }</style></head>
<body><main>${body}</main></body></html>`;

    it('loads dist/entente-timeline.js from the tarball and draws the timeline', async () => {
      const { page, errors } = await openPage(
        PAGE(`<script type="module" src="/node_modules/entente-timeline/dist/entente-timeline.js"></script>
<entente-timeline><script type="application/json">${JSON.stringify(TIMELINE).replace(/</g, '\\u003c')}</script></entente-timeline>`),
      );
      const { lanes } = await waitForChart(page);
      assert.equal(lanes, 3);
      const exported = await page.evaluate(async () => {
        const module = await import('/node_modules/entente-timeline/dist/entente-timeline.js');
        // The converters are inside the drop-in file: no request beside it.
        const converters = await module.loadConverters();
        return [
          ...['formatFault', 'parseTimeline', 'validateDocument'].filter((name) => typeof module[name] === 'function'),
          ...['parseInput', 'fromCsv', 'fromTimelineJS'].filter((name) => typeof converters[name] === 'function'),
        ];
      });
      assert.deepEqual(exported, ['formatFault', 'parseTimeline', 'validateDocument', 'parseInput', 'fromCsv', 'fromTimelineJS']);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('draws from one script request with either drop-in file: the renderer is inside, not a chunk beside it', async () => {
      const inline = `<entente-timeline><script type="application/json">${JSON.stringify(TIMELINE).replace(/</g, '\\u003c')}</script></entente-timeline>`;
      for (const script of [
        '<script type="module" src="/node_modules/entente-timeline/dist/entente-timeline.js"></script>',
        '<script src="/node_modules/entente-timeline/dist/entente-timeline.iife.js" defer></script>',
      ]) {
        const { page, errors } = await openPage(PAGE(`${script}\n${inline}`));
        const { lanes } = await waitForChart(page);
        const scripts = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => path.endsWith('.js')),
        );
        await page.close();
        assert.equal(lanes, 3, script);
        assert.deepEqual(scripts, [script.match(/src="([^"]+)"/)[1]]);
        assert.deepEqual(errors, [], script);
      }
    });

    it('`html` output: the list without JavaScript, the chart instead of it with JavaScript, no big jump', async () => {
      const input = join(project, 'fallback.json');
      await writeFile(input, JSON.stringify(TIMELINE));
      const { stdout: snippet } = await execFile(join(project, 'node_modules/.bin/entente-timeline'), [
        'html',
        input,
        '--script',
        '/node_modules/entente-timeline/dist/entente-timeline.js',
      ]);
      const html = PAGE(snippet);

      const off = await openPage(html, { javaScript: false });
      const without = await off.page.evaluate(() => {
        const element = document.querySelector('entente-timeline');
        const list = element.querySelector('ol');
        return {
          shadow: !!element.shadowRoot,
          listVisible: list.checkVisibility() && list.getBoundingClientRect().height > 0,
          items: [...list.querySelectorAll('li')].map((item) => item.querySelector('strong').textContent),
          times: [...list.querySelectorAll('time')].map((time) => time.getAttribute('datetime')),
          height: element.getBoundingClientRect().height,
        };
      });
      await off.page.close();
      assert.equal(without.shadow, false);
      assert.equal(without.listVisible, true);
      assert.deepEqual(without.items, ['Trilateral statement', 'Moscow meeting', 'Talks in Baku']);
      assert.deepEqual(without.times, ['2020-11-09', '2021-01-11', '2021-05-11']);

      const on = await openPage(html);
      const chart = await waitForChart(on.page);
      const withScript = await on.page.evaluate(() => {
        const list = document.querySelector('entente-timeline ol');
        return { listVisible: list.checkVisibility(), listHeight: list.getBoundingClientRect().height };
      });
      assert.deepEqual(on.errors, []);
      await on.page.close();
      assert.equal(chart.lanes, 3);
      assert.equal(withScript.listVisible, false);
      const change = Math.abs(chart.height - without.height) / without.height;
      console.log(
        `# static fallback: element ${without.height.toFixed(0)}px tall without JavaScript, ` +
          `${chart.height.toFixed(0)}px once upgraded (${(change * 100).toFixed(0)} % change)`,
      );
      assert.ok(change <= 0.2, `height jumps by ${(change * 100).toFixed(0)} % (${without.height} → ${chart.height})`);
    });

    it('works from React 19: data as a property, entente-select as an event', async () => {
      const esbuild = await import(join(root, 'node_modules/esbuild/lib/main.js'));
      await copyFile(join(root, 'examples/react/app.js'), join(project, 'react-app.js'));
      await writeFile(
        join(project, 'react-entry.js'),
        `import { mountTimelineApp } from './react-app.js';
window.selections = [];
window.root = mountTimelineApp(document.getElementById('root'), ${JSON.stringify(TIMELINE)}, {
  laneOrder: 'document',
  onSelect: (detail) => window.selections.push(detail.id),
});`,
      );
      await esbuild.build({
        entryPoints: [join(project, 'react-entry.js')],
        bundle: true,
        format: 'esm',
        outfile: join(project, 'react-bundle.js'),
        // React comes from the repository's devDependencies; entente-timeline from the installed tarball.
        nodePaths: [join(root, 'node_modules')],
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      const { page, errors } = await openPage(PAGE('<div id="root"></div><script type="module" src="/react-bundle.js"></script>'));
      const { lanes } = await waitForChart(page);
      assert.equal(lanes, 3);
      const state = await page.evaluate(() => {
        const element = document.querySelector('entente-timeline');
        return {
          dataIsProperty: typeof element.data === 'object' && element.data.title === 'Packed timeline',
          laneOrder: element.laneOrder,
        };
      });
      assert.deepEqual(state, { dataIsProperty: true, laneOrder: 'document' });
      // A selection made by the page's own code is not reported back: entente-select reports the reader's choices.
      await page.evaluate(async () => {
        const element = document.querySelector('entente-timeline');
        element.select('baku');
        await element.updateComplete;
      });
      assert.equal(await page.evaluate(() => document.querySelector('entente-timeline').selected), 'baku');
      assert.deepEqual(await page.evaluate(() => window.selections), []);
      // Clicks on marks, as a reader would.
      for (const id of ['baku', 'moscow']) {
        await page.evaluate((eventId) => {
          const mark = document.querySelector('entente-timeline').shadowRoot.querySelector(`[data-event-id="${eventId}"]`);
          mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        }, id);
      }
      await page.waitForFunction(() => window.selections.length === 2);
      // The first click closed baku, which the code had selected; the second opened moscow.
      assert.deepEqual(await page.evaluate(() => window.selections), [null, 'moscow']);
      assert.equal(await page.evaluate(() => document.querySelector('[data-testid="selected"]').textContent), 'Selected: Moscow meeting');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
});
