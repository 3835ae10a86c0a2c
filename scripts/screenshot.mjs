#!/usr/bin/env node
// Takes the README's pictures from the built drop-in bundle, exactly as a
// reader's browser sees the example article:
//
//   docs/screenshot.png                   the <entente-timeline> element, page 1200 px wide
//   docs/screenshot-320.png               the element on a 320 px phone
//   docs/page-1200.png                    the whole article page, 1200 px wide
//   docs/screenshot-abraham-accords.png   the Abraham Accords fixture, 1200 px: labels on a busier chart
//   docs/screenshot-360-lanes.png         the lanes (layout="lanes") on a 360 px phone
//   docs/screenshot-preview.png           the hover preview of a mark, 1200 px
//   docs/screenshot-card.png              an event's card with Previous and Next, 1200 px
//
//   npm run build && node scripts/screenshot.mjs [--out DIR] [--timeout MS]
//
// Doubles as a smoke test of dist/: it fails (exit 1) when the page throws,
// logs a console error, a request fails, the element reports an error or
// warnings about the example data, or it never fires `entente-render`.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagePath = '/examples/index.html';
const deviceScaleFactor = 2;

/**
 * `attributes` are set on the element once it has drawn the example (a new
 * `src` or `layout` draws again); `hover` is the id of an event whose mark
 * the mouse then rests on, to show its preview; `wide` takes the element out
 * of the article's column to that many CSS pixels (after the page shot), as a
 * full-width graphic on a news page is; `select` opens that event's card.
 */
const shots = [
  { width: 1240, height: 900, element: 'screenshot.png', page: 'page-1200.png', wide: 1200 },
  { width: 320, height: 640, element: 'screenshot-320.png' },
  {
    width: 1240,
    height: 900,
    element: 'screenshot-abraham-accords.png',
    wide: 1200,
    attributes: { src: '../test/fixtures/documents/abraham-accords.json' },
  },
  { width: 360, height: 740, element: 'screenshot-360-lanes.png', attributes: { layout: 'lanes' } },
  { width: 1200, height: 900, element: 'screenshot-preview.png', hover: 'lavrov-aliyev-2021-05-11' },
  { width: 1240, height: 1100, element: 'screenshot-card.png', wide: 1200, select: 'moscow-meeting-2021-01-11' },
];

const usage = `Usage: node scripts/screenshot.mjs [--out DIR] [--timeout MS]

Serves the repository, opens ${pagePath} in headless Chromium and writes
screenshot.png, screenshot-320.png, page-1200.png, screenshot-abraham-accords.png,
screenshot-360-lanes.png, screenshot-preview.png and screenshot-card.png into DIR (default: docs).
Chromium is CHROME_PATH, else /usr/bin/chromium. Run \`npm run build\` first.`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(repositoryRoot, 'docs') },
      timeout: { type: 'string', default: '20000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new Error(`--timeout must be a positive number of milliseconds, not "${values.timeout}"`);
  return { out: resolve(values.out), timeout };
}

/**
 * Runs in the page before any of its scripts, so the first `entente-render`
 * or `entente-error` cannot be missed. Both bubble and are composed, so the
 * document sees them.
 */
function recordElementEvents() {
  window.__ententeScreenshot = { renders: [], error: null };
  document.addEventListener('entente-render', (event) => {
    const detail = event.detail ?? {};
    window.__ententeScreenshot.renders.push({
      // The count drawn; tolerate a list of drawn entries as well.
      events: Array.isArray(detail.events) ? detail.events.length : detail.events,
      warnings: (detail.warnings ?? []).map((warning) =>
        typeof warning === 'string' ? warning : warning?.path ? `${warning.path}: ${warning.message}` : String(warning?.message ?? warning),
      ),
    });
  });
  document.addEventListener('entente-error', (event) => {
    const detail = event.detail ?? {};
    window.__ententeScreenshot.error = String(detail.message ?? detail.error?.message ?? detail.error ?? 'entente-error without a message');
  });
}

async function waitForRender(page, timeout, count = 1) {
  try {
    await page.waitForFunction(
      (count) => window.__ententeScreenshot.renders.length >= count || window.__ententeScreenshot.error !== null,
      { timeout, polling: 50 },
      count,
    );
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    const defined = await page.evaluate(() => customElements.get('entente-timeline') !== undefined);
    throw new Error(
      defined
        ? `<entente-timeline> did not fire entente-render within ${timeout} ms.`
        : `<entente-timeline> was never defined within ${timeout} ms: did dist/entente-timeline.js load?`,
      { cause: error },
    );
  }
  const { error } = await page.evaluate(() => window.__ententeScreenshot);
  if (error !== null) throw new Error(`<entente-timeline> fired entente-error: ${error}`);
  // Let late layout settle (web fonts, a ResizeObserver re-render) before the picture.
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let frame = 0; frame < 10; frame += 1) await new Promise((done) => requestAnimationFrame(() => done()));
  });
  const { renders } = await page.evaluate(() => window.__ententeScreenshot);
  return renders.at(-1);
}

async function capture(browser, origin, shot, out, timeout, problems) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // The element aborts a fetch it no longer needs (a superseded src); a
    // render that never comes is caught by the wait for entente-render.
    if (reason === 'net::ERR_ABORTED') console.log(`  note: ${shot.width} px: request aborted by the page: ${request.url()}`);
    else problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    // Chromium asks for a favicon on its own; the example has none.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Only our own server: an example that reaches for the network is a bug.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:')) {
      request.continue();
    } else {
      problems.push(`request outside the example: ${request.url()}`);
      request.abort('blockedbyclient');
    }
  });

  await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor });
  await page.evaluateOnNewDocument(recordElementEvents);
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'load', timeout });
  // The element is lazy: it draws when a reader scrolls near it, so scroll as a reader would.
  await page.evaluate(() => document.querySelector('entente-timeline')?.scrollIntoView({ block: 'center' }));
  let render = await waitForRender(page, timeout);
  if (shot.attributes) {
    await page.evaluate((attributes) => {
      const element = document.querySelector('entente-timeline');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    }, shot.attributes);
    render = await waitForRender(page, timeout, 2);
  }
  if (shot.hover) {
    const glyph = await page.evaluateHandle(
      (id) => document.querySelector('entente-timeline').shadowRoot.querySelector(`.event[data-event-id="${id}"] .glyph`),
      shot.hover,
    );
    await glyph.hover();
    await page.waitForFunction(() => document.querySelector('entente-timeline').shadowRoot.querySelector('[part="preview"]'), { timeout });
  }
  if (render.warnings.length > 0) {
    problems.push(`the example data has ${render.warnings.length} warning(s):\n    ${render.warnings.join('\n    ')}`);
  }
  if (!(render.events > 0)) problems.push(`entente-render reported ${render.events} events drawn`);

  const element = await page.$('entente-timeline');
  const written = [];
  if (shot.page) {
    const pagePathOut = join(out, shot.page);
    await page.screenshot({ path: pagePathOut, fullPage: true });
    written.push(pagePathOut);
  }
  if (shot.wide) {
    await page.evaluate((width) => {
      const timeline = document.querySelector('entente-timeline');
      timeline.closest('main').style.maxWidth = 'none';
      timeline.style.width = `${width}px`;
    }, shot.wide);
    render = await waitForRender(page, timeout, shot.attributes ? 3 : 2);
  }
  if (shot.select) {
    // An event's card, opened as `selected` opens it (no new drawing: no entente-render to wait for).
    await page.evaluate((id) => document.querySelector('entente-timeline').setAttribute('selected', id), shot.select);
    await page.waitForFunction(() => document.querySelector('entente-timeline').shadowRoot.querySelector('[part~="step"]'), { timeout });
  }
  const elementPath = join(out, shot.element);
  await element.screenshot({ path: elementPath });
  written.push(elementPath);
  const box = await element.boundingBox();
  await page.close();
  return { written, render, box };
}

async function main() {
  const { out, timeout } = parseOptions();
  const executablePath = findChromium();
  if (!existsSync(join(repositoryRoot, 'dist', 'entente-timeline.js'))) {
    throw new Error('dist/entente-timeline.js is missing: run `npm run build` first.');
  }
  await mkdir(out, { recursive: true });

  const server = await startServer({ port: 0 });
  const userDataDir = await mkdtemp(join(tmpdir(), 'entente-screenshot-'));
  let browser;
  let failed = false;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: chromiumArgs,
    });
    for (const shot of shots) {
      // Filled as the page runs, so a timeout still shows the page errors that caused it.
      const problems = [];
      try {
        const { written, render, box } = await capture(browser, server.origin, shot, out, timeout, problems);
        const size = box ? `${Math.round(box.width)}×${Math.round(box.height)} CSS px` : 'not visible';
        console.log(`${shot.width} px: ${render.events} events drawn, element ${size}`);
        for (const file of written) console.log(`  wrote ${relative(process.cwd(), file) || file}`);
      } finally {
        for (const problem of problems) console.error(`  ${shot.width} px: ${problem}`);
      }
      if (problems.length > 0) failed = true;
    }
  } finally {
    await browser?.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('screenshot: the example page had problems (see above).');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`screenshot: ${error.message}`);
  process.exitCode = 1;
});
