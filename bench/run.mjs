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
import { ARTICLE_CONTENDERS } from './article.mjs';
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
  --sizes A,B,...     event counts, run smallest first (default 30,100,300,1000,10000,50000)
  --only X,Y,...      contenders among ${CONTENDERS.join(',')} (default all)
  --timeout S         seconds per phase of a run (render; zoom and pan) before "timeout" (default 60).
                      A contender that times out or fails is not run again at that size or a
                      larger one (entente is still run once more at each larger size); a zoom
                      and pan time-out skips only the zoom and pan from then on.
  --leak-cycles N     create/render/remove cycles for the leak check (default 100; 0 skips it)
  --leak-size N       events in the leak check's document (default 1000)
  --no-lazy           skip the nothing-before-visible check
  --out DIR           where RESULTS.md and results.json go (default bench/)
  --cpu-throttle N    slow the CPU N× in every page but the leak check (CDP Emulation.setCPUThrottlingRate),
                      as DevTools does to stand in for a mid-range phone (default 1: no throttling)
  --no-page-load      skip the page-load and new-element checks (run at every size ≤ 1,000 in --sizes)
  --bundle FILE       measure this build of the drop-in instead of dist/entente-timeline.js (a before/after)
Build first (npm run build): the element is measured as readers get it, dist/entente-timeline.js.`;

function parseArguments(argv) {
  const options = {
    runs: 5,
    sizes: [30, 100, 300, 1000, 10000, 50000],
    cpuThrottle: 1,
    pageLoad: true,
    bundle: null,
    only: CONTENDERS,
    timeout: 60,
    leakCycles: 100,
    leakSize: 1000,
    lazy: true,
    out: benchDir,
  };
  const list = (text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const count = (name, text, min = 0) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} needs a whole number ≥ ${min}, not "${text}"`);
    return value;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--runs':
        options.runs = count(flag, value(), 1);
        break;
      // Smallest first: a contender that times out is not tried at the larger sizes.
      case '--sizes':
        options.sizes = [...new Set(list(value()).map((size) => count(flag, size, 1)))].sort((a, b) => a - b);
        break;
      case '--only': {
        options.only = list(value());
        const unknown = options.only.filter((name) => !CONTENDERS.includes(name));
        if (unknown.length) throw new Error(`unknown contender(s): ${unknown.join(', ')}`);
        break;
      }
      case '--timeout':
        options.timeout = count(flag, value(), 1);
        break;
      case '--leak-cycles':
        options.leakCycles = count(flag, value());
        break;
      case '--leak-size':
        options.leakSize = count(flag, value(), 1);
        break;
      case '--no-lazy':
        options.lazy = false;
        break;
      case '--out':
        options.out = resolve(value());
        break;
      case '--cpu-throttle':
        options.cpuThrottle = count(flag, value(), 1);
        break;
      case '--no-page-load':
        options.pageLoad = false;
        break;
      case '--bundle':
        options.bundle = resolve(value());
        break;
      case '--help':
      case '-h':
        console.log(usage);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]}\n${usage}`);
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
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`timed out after ${seconds} s`)), seconds * 1000);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Waits for the page's next animation frame; resolves with its `performance.now()` then (page time, ms). */
const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now()))));

/**
 * Which input step each long task of the zoom and pan belongs to. Step i is the
 * time from the frame after step i − 1 (or the start of recording) to the
 * frame after step i: its input, the contender's handling of it and that frame.
 * `steps` are { at: 'zoom 3', end } in order; `index` counts all steps from 1
 * (0: before the first input; steps.length + 1: the frames after the last one).
 */
function attributeLongTasks(tasks, start, steps) {
  return tasks.map(([taskStart, ms]) => {
    if (taskStart < start) return { at: 'before input', index: 0, start: taskStart, ms };
    const index = steps.findIndex((step) => taskStart < step.end);
    return index === -1
      ? { at: 'after input', index: steps.length + 1, start: taskStart, ms }
      : { at: steps[index].at, index: index + 1, start: taskStart, ms };
  });
}

/** The first step of each gesture (the first wheel step, the press and first move of the drag): where warm-up lands. */
const FIRST_STEPS = new Set(['before input', 'zoom 1', 'pan 1']);

async function heapUsed(cdp, collections = 1) {
  for (let i = 0; i < collections; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** Opens a page in a fresh browser context; `close` disposes of the context even if the page is stuck. */
async function openPage(browser, origin, path, { cpuThrottle = 1 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  // A slower CPU for everything the page runs from here on, navigation included.
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const close = () => within(15, context.close()).catch(() => {});
  return {
    page,
    cdp,
    errors,
    close,
    open: () => page.goto(origin + path, { waitUntil: 'load' }).then(() => page.waitForFunction('window.benchReady === true')),
  };
}

/**
 * One contender, one size, one fresh context: render, count, weigh, then zoom
 * and pan (unless `interaction` is false: it timed out before at this size or a smaller one).
 */
async function runOnce(browser, origin, contender, size, options, { interaction = true } = {}) {
  const { page, cdp, errors, close, open } = await openPage(browser, origin, `/bench/pages/${contender}.html`, options);
  page.setDefaultTimeout(options.timeout * 1000);
  const result = { errors, phases: {} };
  let phaseStart = Date.now();
  // The phase under way, for a time-out to name.
  let current = 'context';
  const phase = (name, next) => {
    result.phases[name] = Date.now() - phaseStart;
    phaseStart = Date.now();
    current = next;
  };
  try {
    let renderStarted = null;
    try {
      await within(
        options.timeout,
        (async () => {
          phase('context', 'open');
          await open();
          phase('open', 'load');
          await page.evaluate((url) => window.bench.load(url), `/bench-data/${size}.json`);
          result.baseline = await heapUsed(cdp);
          phase('load', 'render');
          renderStarted = Date.now();
          result.render = await page.evaluate(() => window.bench.render());
          phase('render', 'weigh');
          result.dom = await page.evaluate(() => window.bench.count());
          const after = await heapUsed(cdp);
          phase('weigh', 'zoom');
          result.heap = { used: after.heap, added: after.heap - result.baseline.heap };
        })(),
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      const timedOutIn = current;
      phase(timedOutIn, 'close');
      // Timed out while rendering: the render took at least this long (less
      // 100 ms for the round trip and the frame waited for before timing starts).
      const renderAtLeastMs = timedOutIn === 'render' ? Math.max(0, Date.now() - renderStarted - 100) : null;
      return { ...result, timeout: 'render', timedOutIn, renderAtLeastMs };
    }
    if (!interaction) return result;
    try {
      result.interaction = await within(
        options.timeout,
        (async () => {
          const target = await page.evaluate(() => window.bench.target());
          await page.mouse.move(target.x, target.y);
          const start = await page.evaluate(() => window.bench.startFrames());
          const interactionEnd = Date.now() + Math.min(INTERACTION_BUDGET_MS, options.timeout * 500);
          const budgetEnd = Date.now() + Math.min(ZOOM_BUDGET_MS, options.timeout * 300);
          // The page time of the frame after each step: long tasks are attributed to steps by it.
          const steps = [];
          let zoomSteps = 0;
          let panSteps = 0;
          await page.keyboard.down('Control');
          // One step at a time, as a trackpad pinch or a fast wheel delivers them: each
          // waits until its input is delivered, then for the next frame (two frames when idle).
          for (; zoomSteps < ZOOM_STEPS && Date.now() < budgetEnd; zoomSteps += 1) {
            await page.mouse.wheel({ deltaY: -100 });
            steps.push({ at: `zoom ${zoomSteps + 1}`, end: await nextFrame(page) });
          }
          await page.keyboard.up('Control');
          phase('zoom', 'pan');
          // The press belongs to the drag's first step.
          await page.mouse.down();
          // The pan gets its share of the budget even when the zoom used it all up.
          const panEnd = Math.max(interactionEnd, Date.now() + Math.min(PAN_MIN_BUDGET_MS, options.timeout * 100));
          for (; panSteps < PAN_STEPS && Date.now() < panEnd; panSteps += 1) {
            await page.mouse.move(target.x - (panSteps + 1) * PAN_STEP_PX, target.y);
            steps.push({ at: `pan ${panSteps + 1}`, end: await nextFrame(page) });
          }
          await page.mouse.up();
          const recorded = await page.evaluate(() => window.bench.stopFrames());
          phase('pan', 'close');
          const tasks = attributeLongTasks(recorded.longTasks.list, start, steps);
          const longest = tasks.reduce((max, task) => (task.ms > (max?.ms ?? 0) ? task : max), null);
          const rest = tasks.filter((task) => !FIRST_STEPS.has(task.at));
          return {
            frames: recorded.frames.length,
            frameMedian: percentile(recorded.frames, 0.5),
            frameP95: percentile(recorded.frames, 0.95),
            frameMax: Math.max(0, ...recorded.frames),
            longTasks: { ...recorded.longTasks, list: tasks },
            // The longest task and the step it began in; then the longest outside each gesture's first step.
            longest: longest && { ms: longest.ms, at: longest.at, index: longest.index },
            longestAfterFirstStepsMs: rest.reduce((max, task) => Math.max(max, task.ms), 0),
            // Time from the frame after one step to the frame after the next (input, handling, frame), per step.
            startedAt: start,
            stepMs: steps.map((step, i) => Math.round((step.end - (i ? steps[i - 1].end : start)) * 10) / 10),
            mutations: recorded.mutations,
            ms: recorded.ms,
            zoomSteps,
            panSteps,
          };
        })(),
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      const timedOutIn = current;
      phase(timedOutIn, 'close');
      return { ...result, timeout: 'interaction', timedOutIn };
    }
    return result;
  } finally {
    await close();
    phase('close');
  }
}

/** Is nothing fetched, marked or drawn before the far-below-the-fold element is scrolled to? */
async function checkLazy(browser, server, options) {
  const { page, errors, close, open } = await openPage(browser, server.origin, '/bench/pages/lazy.html', options);
  try {
    return await within(
      options.timeout,
      (async () => {
        await open();
        await page.waitForFunction(() => customElements.get('entente-timeline'));
        // Idle time in which an eager element would fetch and draw.
        await new Promise((done) => setTimeout(done, 1500));
        const before = await page.evaluate(() => window.snapshot());
        const serverFetchesBefore = server.dataRequests.get('/bench-data/100.json?lazy') ?? 0;
        await page.evaluate(() => document.getElementById('far').scrollIntoView());
        const rendered = await page
          .waitForFunction(() => window.renders.length > 0, { timeout: 10_000 })
          .then(
            () => true,
            () => false,
          );
        const after = await page.evaluate(() => window.snapshot());
        const anyMarks = before.marks.length + after.marks.length > 0;
        return {
          before: { ...before, serverFetches: serverFetchesBefore },
          after: { ...after, serverFetches: server.dataRequests.get('/bench-data/100.json?lazy') ?? 0 },
          renderedAfterScroll: rendered,
          marks: anyMarks ? 'present' : 'not implemented',
          pass:
            serverFetchesBefore === 0 &&
            before.fetches === 0 &&
            before.marks.length === 0 &&
            before.renders === 0 &&
            before.longTasksAfterDefined === 0 &&
            rendered,
          errors,
        };
      })(),
    );
  } catch (error) {
    return { error: error.message, errors };
  } finally {
    await close();
  }
}

/**
 * The page-load scenario: an article with the contender's chart in the first
 * viewport, opened in a new context (empty cache) on the throttled CPU. From
 * navigation: when the chart was painted, the total blocking time until 2 s
 * after that (each long task's part above 50 ms), the bytes transferred (CDP
 * Network events) and the layout shift. For the element, also the animation
 * frames between its data's response arriving and `entente-render`.
 */
async function loadArticle(browser, origin, contender, size, options) {
  const { page, cdp, errors, close } = await openPage(browser, origin, '', options);
  try {
    return await within(
      options.timeout,
      (async () => {
        const urls = new Map();
        const bytes = new Map();
        await cdp.send('Network.enable');
        cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
        cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
        await page.goto(`${origin}/bench/article/${contender}.html?size=${size}`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.probe.paintedAt !== null, { timeout: options.timeout * 1000, polling: 50 });
        const paintedAt = await page.evaluate(() => window.probe.paintedAt);
        // Long tasks until 2 s after the paint count towards the blocking time.
        await page.waitForFunction((until) => performance.now() >= until, { polling: 100 }, paintedAt + 2000);
        const probe = await page.evaluate(() => {
          const data = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/bench-data/'));
          return { ...window.probe, dataResponseEnd: data?.responseEnd ?? null };
        });
        const until = probe.paintedAt + 2000;
        const tasks = probe.longTasks.filter(([start]) => start < until);
        const byKind = { page: 0, probe: 0, data: 0, widget: 0 };
        for (const [id, length] of bytes) {
          const path = new URL(urls.get(id) ?? origin).pathname;
          const kind = path.startsWith('/bench/article/') ? 'page' : path.startsWith('/bench-data/') ? 'data' : 'widget';
          byKind[kind] += length;
        }
        return {
          drawnMs: probe.drawnAt,
          paintedMs: probe.paintedAt,
          totalBlockingMs: Math.round(tasks.reduce((sum, [, ms]) => sum + Math.max(0, ms - 50), 0)),
          longTasks: tasks,
          bytes: { ...byKind, total: byKind.page + byKind.data + byKind.widget },
          cls: probe.shifts.reduce((sum, [, value]) => sum + value, 0),
          shifts: probe.shifts,
          dataResponseEnd: probe.dataResponseEnd,
          // Frames whose callbacks ran after the data arrived and before the chart was drawn.
          framesAfterData:
            probe.dataResponseEnd === null
              ? undefined
              : probe.frames.filter((at) => at > probe.dataResponseEnd && at < probe.drawnAt).length,
          events: probe.detail?.events,
          errors,
        };
      })(),
    );
  } finally {
    await close();
  }
}

/** A new element created, given its data and put on screen at once: time and frames to `entente-render` (and the next frame). */
async function renderNewElement(browser, origin, size, options) {
  const { page, errors, close, open } = await openPage(browser, origin, '/bench/pages/new-element.html', options);
  try {
    return await within(
      options.timeout,
      (async () => {
        await open();
        await page.evaluate((url) => window.bench.load(url), `/bench-data/${size}.json`);
        const render = await page.evaluate(() => window.bench.render());
        return { ms: render.ms, frameMs: render.frameMs, framesToDrawn: render.framesToDrawn, longestTaskMs: render.longTasks.max, errors };
      })(),
    );
  } finally {
    await close();
  }
}

/** Heap and DOM nodes after N create/render/remove cycles, against the figures after one warm-up cycle. */
async function checkLeak(browser, origin, options) {
  const { page, cdp, errors, close, open } = await openPage(browser, origin, '/bench/pages/leak.html');
  page.setDefaultTimeout(options.timeout * 1000 * 5);
  try {
    return await within(
      options.timeout * 5,
      (async () => {
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
      })(),
    );
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

const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

const clock = (ms) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

async function main() {
  const started = Date.now();
  const options = parseArguments(process.argv.slice(2));
  const bundle = options.bundle ?? join(repositoryRoot, 'dist', 'entente-timeline.js');
  const built = await stat(bundle).catch(() => null);
  if (!built) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
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
  const results = {
    date: new Date().toISOString(),
    machine: await describeMachine(browser),
    bundle: { path: options.bundle ?? 'dist/entente-timeline.js', builtAt: built.mtime.toISOString() },
    options: { ...options, out: undefined, viewport: VIEWPORT, zoomSteps: ZOOM_STEPS, panSteps: PAN_STEPS, order: 'rotating' },
    sizes: {},
    // Wall-clock seconds per size and per check; `seconds` is the whole run, browser start included.
    timing: { sizes: {} },
  };
  try {
    // A contender that timed out or failed (render or zoom and pan) is not run
    // again at that size, nor at larger ones: a time-out costs the full
    // --timeout and repeating it tells nothing new. The element under test is
    // the exception at larger sizes: it is run (once more, at least) at every size.
    const gaveUp = new Map();
    const noInteraction = new Map();
    const stillOn = (stop, contender, size) => stop && (stop.size === size || contender !== 'entente');
    for (const size of options.sizes) {
      const sizeStarted = Date.now();
      const runs = Object.fromEntries(options.only.map((name) => [name, []]));
      for (let run = 1; run <= options.runs; run += 1) {
        // Contenders take turns within each round, so that a noisy moment hits
        // them all, and each round starts with the next one, so that none is
        // always first (after a fresh browser, or after the heaviest contender).
        const order = rotate(options.only, run - 1);
        for (const [position, contender] of order.entries()) {
          const stop = gaveUp.get(contender);
          if (stillOn(stop, contender, size)) {
            runs[contender].push({ round: run, skipped: stop });
            log(
              `${clock(Date.now() - started).padStart(6)} ${String(size).padStart(6)} ${contender.padEnd(10)} run ${run}: not run (${stop.because === 'timeout' ? 'timed out' : 'failed'} at ${stop.size})`,
            );
            continue;
          }
          const skipInteraction = noInteraction.get(contender);
          const interaction = !stillOn(skipInteraction, contender, size);
          const t0 = Date.now();
          let outcome;
          try {
            outcome = await runOnce(browser, server.origin, contender, size, options, { interaction });
          } catch (error) {
            outcome = { failed: error.message, errors: [error.message] };
          }
          outcome = { round: run, position: position + 1, ...outcome, ...(interaction ? {} : { interactionSkipped: skipInteraction }) };
          runs[contender].push(outcome);
          const render = outcome.render ? `${outcome.render.ms.toFixed(1)} ms` : '—';
          const frames = outcome.interaction ? `p95 ${outcome.interaction.frameP95?.toFixed(1)} ms` : interaction ? '—' : 'not run';
          const longest = outcome.interaction?.longest
            ? `, longest task ${outcome.interaction.longest.ms} ms at ${outcome.interaction.longest.at}`
            : '';
          log(
            `${clock(Date.now() - started).padStart(6)} ${String(size).padStart(6)} ${contender.padEnd(10)} run ${run}: render ${render}, dom ${outcome.dom?.elements ?? '—'}, frames ${frames}${longest}` +
              `${outcome.timeout ? `, TIMEOUT (${outcome.timeout}, in ${outcome.timedOutIn})` : ''}${outcome.failed ? `, FAILED: ${outcome.failed}` : ''} [${((Date.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(
                outcome.phases ?? {},
              )
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}]`,
          );
          if (outcome.timeout === 'render' || outcome.failed) {
            gaveUp.set(contender, {
              because: outcome.timeout ? 'timeout' : 'failed',
              phase: outcome.timeout ? outcome.timedOutIn : undefined,
              size,
              run,
            });
          } else if (outcome.timeout === 'interaction') {
            noInteraction.set(contender, { because: 'timeout', phase: 'interaction', size, run });
          }
        }
      }
      results.sizes[size] = Object.fromEntries(
        Object.entries(runs).map(([name, list]) => [name, { summary: summarise(list), runs: list }]),
      );
      results.timing.sizes[size] = Math.round((Date.now() - sizeStarted) / 1000);
    }
    const smallSizes = options.sizes.filter((size) => size <= 1000);
    if (options.pageLoad && smallSizes.length) {
      const t0 = Date.now();
      results.pageLoad = {};
      results.newElement = {};
      // entente-html (the `html` snippet's article) runs with entente.
      const contenders = ARTICLE_CONTENDERS.filter((name) => options.only.includes(name.replace(/-html$/, '')));
      for (const size of smallSizes) {
        results.pageLoad[size] = Object.fromEntries(contenders.map((name) => [name, []]));
        results.newElement[size] = [];
        for (let run = 1; run <= options.runs; run += 1) {
          for (const contender of rotate(contenders, run - 1)) {
            const outcome = await loadArticle(browser, server.origin, contender, size, options).catch((error) => ({
              failed: error.message,
            }));
            results.pageLoad[size][contender].push(outcome);
            log(
              `${clock(Date.now() - started).padStart(6)} ${String(size).padStart(6)} page load ${contender.padEnd(10)} run ${run}: painted ${outcome.paintedMs?.toFixed(0) ?? '—'} ms, TBT ${outcome.totalBlockingMs ?? '—'} ms, ${outcome.bytes ? Math.round(outcome.bytes.widget / 1024) : '—'} KB, CLS ${outcome.cls?.toFixed(3) ?? '—'}${outcome.framesAfterData !== undefined ? `, ${outcome.framesAfterData} frames after the data` : ''}${outcome.failed ? `, FAILED: ${outcome.failed}` : ''}`,
            );
          }
          if (options.only.includes('entente')) {
            const outcome = await renderNewElement(browser, server.origin, size, options).catch((error) => ({ failed: error.message }));
            results.newElement[size].push(outcome);
            log(
              `${clock(Date.now() - started).padStart(6)} ${String(size).padStart(6)} new element run ${run}: render ${outcome.ms?.toFixed(1) ?? '—'} ms, next frame ${outcome.frameMs?.toFixed(1) ?? '—'} ms, ${outcome.framesToDrawn ?? '—'} frames between${outcome.failed ? `, FAILED: ${outcome.failed}` : ''}`,
            );
          }
        }
      }
      results.timing.pageLoad = Math.round((Date.now() - t0) / 1000);
    }
    if (options.lazy && options.only.includes('entente')) {
      log('lazy: checking that nothing happens before the element is near the viewport');
      const t0 = Date.now();
      results.lazy = await checkLazy(browser, server, options);
      results.timing.lazy = Math.round((Date.now() - t0) / 1000);
    }
    if (options.leakCycles > 0 && options.only.includes('entente')) {
      log(`leak: ${options.leakCycles} create/render/remove cycles at ${options.leakSize} events`);
      const t0 = Date.now();
      results.leak = await checkLeak(browser, server.origin, options);
      results.timing.leak = Math.round((Date.now() - t0) / 1000);
    }
  } finally {
    await within(15, browser.close()).catch(() => browser.process()?.kill('SIGKILL'));
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  await writeFile(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(options.out, 'RESULTS.md'), formatResults(results));
  log(`wrote ${join(options.out, 'RESULTS.md')} and results.json; the run took ${results.seconds} s (${clock(results.seconds * 1000)})`);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
