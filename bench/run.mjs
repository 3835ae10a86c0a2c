#!/usr/bin/env node
// The side-by-side benchmark of issue 5: <entente-timeline>, a plain-SVG
// "floor", vis-timeline and d3-milestones render the same seeded documents in
// fresh browser contexts of the system Chromium; the medians and their ratios
// go to bench/RESULTS.md and bench/results.json. See bench/README.md.
//
//   npm run build && npm run bench
//   node bench/run.mjs --runs 5 --sizes 100,1000,10000,50000 --only entente,floor,vis,milestones
import { mkdir, mkdtemp, rm, stat, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { startBenchServer } from './server.mjs';
import { formatResults, percentile, summarise } from './report.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(repositoryRoot, 'bench');
const CONTENDERS = ['entente', 'floor', 'vis', 'milestones'];
const VIEWPORT = { width: 1200, height: 800 };
const ZOOM_STEPS = 30;
const PAN_STEPS = 30;
const PAN_STEP_PX = 10;
// Zoom and pan stop sending input after this long; the frames so far are the
// figures (a contender taking a second per frame shows that within a few steps).
const INTERACTION_BUDGET_MS = 10_000;
const ZOOM_BUDGET_MS = 6_000;
const PAN_MIN_BUDGET_MS = 3_000;

const usage = `usage: node bench/run.mjs [options]
  --runs N            runs per contender and size (default 5; medians need ≥ 5)
  --sizes A,B,...     event counts (default 100,1000,10000,50000)
  --only X,Y,...      contenders among ${CONTENDERS.join(',')} (default all)
  --timeout S         seconds per phase of a run (render; zoom and pan) before "timeout" (default 60)
  --leak-cycles N     create/render/remove cycles for the leak check (default 100; 0 skips it)
  --leak-size N       events in the leak check's document (default 1000)
  --no-lazy           skip the nothing-before-visible check
  --out DIR           where RESULTS.md and results.json go (default bench/)
Build first (npm run build): the element is measured as readers get it, dist/entente-timeline.js.`;

function parseArguments(argv) {
  const options = {
    runs: 5,
    sizes: [100, 1000, 10000, 50000],
    only: CONTENDERS,
    timeout: 60,
    leakCycles: 100,
    leakSize: 1000,
    lazy: true,
    out: benchDir,
  };
  const list = (text) => text.split(',').map((part) => part.trim()).filter(Boolean);
  const count = (name, text, min = 0) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} needs a whole number ≥ ${min}, not "${text}"`);
    return value;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--runs': options.runs = count(flag, value(), 1); break;
      case '--sizes': options.sizes = list(value()).map((size) => count(flag, size, 1)); break;
      case '--only': {
        options.only = list(value());
        const unknown = options.only.filter((name) => !CONTENDERS.includes(name));
        if (unknown.length) throw new Error(`unknown contender(s): ${unknown.join(', ')}`);
        break;
      }
      case '--timeout': options.timeout = count(flag, value(), 1); break;
      case '--leak-cycles': options.leakCycles = count(flag, value()); break;
      case '--leak-size': options.leakSize = count(flag, value(), 1); break;
      case '--no-lazy': options.lazy = false; break;
      case '--out': options.out = resolve(value()); break;
      case '--help': case '-h': console.log(usage); process.exit(0); break;
      default: throw new Error(`unknown option ${argv[i]}\n${usage}`);
    }
  }
  return options;
}

class Timeout extends Error {}

/** Resolves like `promise`, or rejects with Timeout after `seconds`. */
function within(seconds, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`timed out after ${seconds} s`)), seconds * 1000); }),
  ]).finally(() => clearTimeout(timer));
}

const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));

async function heapUsed(cdp, collections = 1) {
  for (let i = 0; i < collections; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** Opens a page in a fresh browser context; `close` disposes of the context even if the page is stuck. */
async function openPage(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const close = () => within(15, context.close()).catch(() => {});
  return { page, cdp, errors, close, open: () => page.goto(origin + path, { waitUntil: 'load' }).then(() => page.waitForFunction('window.benchReady === true')) };
}

/** One contender, one size, one fresh context: render, count, weigh, then zoom and pan. */
async function runOnce(browser, origin, contender, size, options) {
  const { page, cdp, errors, close, open } = await openPage(browser, origin, `/bench/pages/${contender}.html`);
  page.setDefaultTimeout(options.timeout * 1000);
  const result = { errors, phases: {} };
  let phaseStart = Date.now();
  const phase = (name) => { result.phases[name] = Date.now() - phaseStart; phaseStart = Date.now(); };
  try {
    try {
      await within(options.timeout, (async () => {
        phase('context');
        await open();
        phase('open');
        await page.evaluate((url) => window.bench.load(url), `/bench-data/${size}.json`);
        result.baseline = await heapUsed(cdp);
        phase('load');
        result.render = await page.evaluate(() => window.bench.render());
        phase('render');
        result.dom = await page.evaluate(() => window.bench.count());
        const after = await heapUsed(cdp);
        phase('weigh');
        result.heap = { used: after.heap, added: after.heap - result.baseline.heap };
      })());
    } catch (error) {
      if (error instanceof Timeout) return { ...result, timeout: 'render' };
      throw error;
    }
    try {
      result.interaction = await within(options.timeout, (async () => {
        const target = await page.evaluate(() => window.bench.target());
        await page.mouse.move(target.x, target.y);
        await page.evaluate(() => window.bench.startFrames());
        const interactionEnd = Date.now() + Math.min(INTERACTION_BUDGET_MS, options.timeout * 500);
        const budgetEnd = Date.now() + Math.min(ZOOM_BUDGET_MS, options.timeout * 300);
        let zoomSteps = 0;
        let panSteps = 0;
        await page.keyboard.down('Control');
        // One step per frame, as a trackpad pinch or a fast wheel delivers them.
        for (; zoomSteps < ZOOM_STEPS && Date.now() < budgetEnd; zoomSteps += 1) {
          await page.mouse.wheel({ deltaY: -100 });
          await nextFrame(page);
        }
        await page.keyboard.up('Control');
        phase('zoom');
        await page.mouse.down();
        // The pan gets its share of the budget even when the zoom used it all up.
        const panEnd = Math.max(interactionEnd, Date.now() + PAN_MIN_BUDGET_MS);
        for (; panSteps < PAN_STEPS && Date.now() < panEnd; panSteps += 1) {
          await page.mouse.move(target.x - (panSteps + 1) * PAN_STEP_PX, target.y);
          await nextFrame(page);
        }
        await page.mouse.up();
        const recorded = await page.evaluate(() => window.bench.stopFrames());
        phase('pan');
        return {
          frames: recorded.frames.length,
          frameMedian: percentile(recorded.frames, 0.5),
          frameP95: percentile(recorded.frames, 0.95),
          frameMax: Math.max(0, ...recorded.frames),
          longTasks: recorded.longTasks,
          mutations: recorded.mutations,
          ms: recorded.ms,
          zoomSteps,
          panSteps,
        };
      })());
    } catch (error) {
      if (error instanceof Timeout) return { ...result, timeout: 'interaction' };
      throw error;
    }
    return result;
  } finally {
    await close();
    phase('close');
  }
}

/** Is nothing fetched, marked or drawn before the far-below-the-fold element is scrolled to? */
async function checkLazy(browser, server, options) {
  const { page, errors, close, open } = await openPage(browser, server.origin, '/bench/pages/lazy.html');
  try {
    return await within(options.timeout, (async () => {
      await open();
      await page.waitForFunction(() => customElements.get('entente-timeline'));
      // Idle time in which an eager element would fetch and draw.
      await new Promise((done) => setTimeout(done, 1500));
      const before = await page.evaluate(() => window.snapshot());
      const serverFetchesBefore = server.dataRequests.get('/bench-data/100.json?lazy') ?? 0;
      await page.evaluate(() => document.getElementById('far').scrollIntoView());
      const rendered = await page
        .waitForFunction(() => window.renders.length > 0, { timeout: 10_000 })
        .then(() => true, () => false);
      const after = await page.evaluate(() => window.snapshot());
      const anyMarks = before.marks.length + after.marks.length > 0;
      return {
        before: { ...before, serverFetches: serverFetchesBefore },
        after: { ...after, serverFetches: server.dataRequests.get('/bench-data/100.json?lazy') ?? 0 },
        renderedAfterScroll: rendered,
        marks: anyMarks ? 'present' : 'not implemented',
        pass: serverFetchesBefore === 0 && before.fetches === 0 && before.marks.length === 0 && before.renders === 0 && rendered,
        errors,
      };
    })());
  } catch (error) {
    return { error: error.message, errors };
  } finally {
    await close();
  }
}

/** Heap and DOM nodes after N create/render/remove cycles, against the figures after one warm-up cycle. */
async function checkLeak(browser, origin, options) {
  const { page, cdp, errors, close, open } = await openPage(browser, origin, '/bench/pages/leak.html');
  page.setDefaultTimeout(options.timeout * 1000 * 5);
  try {
    return await within(options.timeout * 5, (async () => {
      await open();
      await page.evaluate((url) => window.loadDocument(url), `/bench-data/${options.leakSize}.json`);
      await page.evaluate(() => window.cycle(1));
      const baseline = await heapUsed(cdp, 3);
      const started = Date.now();
      await page.evaluate((count) => window.cycle(count), options.leakCycles);
      const seconds = (Date.now() - started) / 1000;
      await new Promise((done) => setTimeout(done, 500));
      const after = await heapUsed(cdp, 3);
      const heapDelta = after.heap - baseline.heap;
      const nodeDelta = after.nodes - baseline.nodes;
      return {
        cycles: options.leakCycles,
        size: options.leakSize,
        seconds,
        baseline,
        after,
        heapDelta,
        nodeDelta,
        listenerDelta: after.listeners - baseline.listeners,
        // A retained element would keep hundreds of nodes and its whole model.
        pass: heapDelta <= 512 * 1024 && nodeDelta <= 20,
        errors,
      };
    })());
  } catch (error) {
    return { error: error.message, errors };
  } finally {
    await close();
  }
}

async function describeMachine(browser) {
  const cpus = os.cpus();
  let distribution = '';
  try {
    distribution = /PRETTY_NAME="?([^"\n]*)/.exec(await readFile('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // Not Linux, or no os-release: the kernel line is enough.
  }
  return {
    os: `${distribution ? `${distribution}, ` : ''}${os.type()} ${os.release()} ${os.arch()}`,
    cpus: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: await browser.version(),
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const bundle = join(repositoryRoot, 'dist', 'entente-timeline.js');
  const built = await stat(bundle).catch(() => null);
  if (!built) throw new Error('dist/entente-timeline.js is missing: run `npm run build` first.');
  const log = (text) => process.stderr.write(`${text}\n`);

  // Without its sourcemap comment: the map on disk may already belong to a newer build.
  const bundleCode = Buffer.from((await readFile(bundle, 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  const server = await startBenchServer(bundleCode);
  const userDataDir = await mkdtemp(join(os.tmpdir(), 'entente-bench-'));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    userDataDir,
    args: [...chromiumArgs, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
    protocolTimeout: options.timeout * 1000 * 6,
  });
  await mkdir(options.out, { recursive: true });
  const started = Date.now();
  const results = {
    date: new Date().toISOString(),
    machine: await describeMachine(browser),
    bundle: { path: 'dist/entente-timeline.js', builtAt: built.mtime.toISOString() },
    options: { ...options, out: undefined, viewport: VIEWPORT, zoomSteps: ZOOM_STEPS, panSteps: PAN_STEPS },
    sizes: {},
  };
  try {
    // A contender that timed out at one size is not tried at larger ones.
    const gaveUp = new Map();
    for (const size of options.sizes) {
      const runs = Object.fromEntries(options.only.map((name) => [name, []]));
      for (let run = 1; run <= options.runs; run += 1) {
        // Contenders take turns within each round, so that a noisy moment hits them all.
        for (const contender of options.only) {
          if (gaveUp.has(contender)) {
            runs[contender].push({ skipped: gaveUp.get(contender) });
            continue;
          }
          const t0 = Date.now();
          let outcome;
          try {
            outcome = await runOnce(browser, server.origin, contender, size, options);
          } catch (error) {
            outcome = { failed: error.message, errors: [error.message] };
          }
          runs[contender].push(outcome);
          const render = outcome.render ? `${outcome.render.ms.toFixed(1)} ms` : '—';
          const frames = outcome.interaction ? `p95 ${outcome.interaction.frameP95?.toFixed(1)} ms` : '—';
          log(`${String(size).padStart(6)} ${contender.padEnd(10)} run ${run}: render ${render}, dom ${outcome.dom?.elements ?? '—'}, frames ${frames}` +
            `${outcome.timeout ? `, TIMEOUT (${outcome.timeout})` : ''}${outcome.failed ? `, FAILED: ${outcome.failed}` : ''} [${((Date.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(outcome.phases ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}]`);
          if (outcome.timeout === 'render' || outcome.failed) gaveUp.set(contender, outcome.timeout ? `timed out at ${size}` : `failed at ${size}`);
        }
      }
      // Skips caused by this size's own timeout read as timeouts of this size.
      results.sizes[size] = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { summary: summarise(list), runs: list }]));
    }
    if (options.lazy && options.only.includes('entente')) {
      log('lazy: checking that nothing happens before the element is near the viewport');
      results.lazy = await checkLazy(browser, server, options);
    }
    if (options.leakCycles > 0 && options.only.includes('entente')) {
      log(`leak: ${options.leakCycles} create/render/remove cycles at ${options.leakSize} events`);
      results.leak = await checkLeak(browser, server.origin, options);
    }
  } finally {
    await within(15, browser.close()).catch(() => browser.process()?.kill('SIGKILL'));
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  await writeFile(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(options.out, 'RESULTS.md'), formatResults(results));
  log(`wrote ${join(options.out, 'RESULTS.md')} and results.json in ${results.seconds} s`);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
