// The iframe embed in Chromium, as a newsroom uses it: `entente-timeline html --page` on one
// origin, the article with `html --iframe`'s snippet on another; the iframe follows the
// timeline's height. Also: the playground's "Copy embed code" gives what `html` prints.
// Needs the build (`npm run build`) and the system Chromium (scripts/chromium.mjs).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root, run } from './run.mjs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { buildEmbedPage } from '../../bin/embed.mjs';
import { parseInput } from '../../dist/data/index.js';

const TIMELINE = join(root, 'examples/karabakh-2020-2021.json');

let scratch;
let article;
let pages;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/entente-timeline.js')), 'dist/ is missing: run `npm run build` first');
  scratch = await mkdtemp(join(tmpdir(), 'entente-embed-'));
  // Two servers, two origins: the timeline's page is cross-origin to the article, as on a CDN.
  pages = await startServer({ port: 0, root: scratch });
  article = await startServer({ port: 0, root: scratch });
  const page = await run(['html', '--page', TIMELINE]);
  assert.equal(page.code, 0, page.stderr);
  await writeFile(join(scratch, 'timeline.html'), page.stdout);
  const snippet = await run(['html', '--iframe', `http://127.0.0.1:${pages.port}/timeline.html?id=karabakh`, TIMELINE]);
  assert.equal(snippet.code, 0, snippet.stderr);
  await writeFile(
    join(scratch, 'article.html'),
    `<!doctype html><meta charset="utf-8"><body style="margin:0"><p id="before">Before.</p>` +
      `<div id="column" style="width:360px">${snippet.stdout}</div><p id="after">After.</p>` +
      // What the article hears: every message, to check the AMP one is sent too.
      `<script>window.heard=[];addEventListener('message',(e)=>heard.push(e.data))</script>`,
  );
  browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await pages?.close();
  await article?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Polls until `check` holds, failing with `what` after ten seconds (the machine may be busy). */
async function until(check, what) {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('html --page in an iframe', () => {
  it('has the code, the data and the list inline, and makes no request of its own', async () => {
    const html = await readFile(join(scratch, 'timeline.html'), 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link|https:\/\/cdn/);
    assert.match(html, /<entente-timeline style="--entente-reserved-height:\d+px">\n {2}<script type="application\/json">/);
    assert.match(html, /<ol>\n {4}<li><time datetime=/);
    const tab = await browser.newPage();
    const requests = [];
    // The browser's own favicon request is not the page's.
    tab.on('request', (request) => !request.url().endsWith('/favicon.ico') && requests.push(request.url()));
    await tab.goto(`http://127.0.0.1:${pages.port}/timeline.html`);
    await until(
      () => tab.evaluate(() => !!document.querySelector('entente-timeline')?.shadowRoot?.querySelector('[part~="event"]')),
      'the chart',
    );
    assert.deepEqual(requests, [`http://127.0.0.1:${pages.port}/timeline.html`]);
    await tab.close();
  });

  it('inlines code that holds </script> and <!-- without ending its script element', async () => {
    const { model } = parseInput(JSON.stringify({ version: 1, parties: [{ id: 'a', name: 'A' }], events: [] }));
    const code = 'window.probe = "</SCRIPT><!--<script>" + `</script>` + /<\\/script>/.source;';
    await writeFile(join(scratch, 'probe.html'), buildEmbedPage({ document: {}, model, code }));
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${pages.port}/probe.html`);
    assert.equal(await tab.evaluate(() => window.probe), '</SCRIPT><!--<script></script><\\/script>');
    assert.equal(await tab.evaluate(() => document.querySelectorAll('script').length), 3);
    await tab.close();
  });

  it('the article resizes the iframe to the timeline: list at 360 px, lanes at 1,200 px, taller with a detail card', async () => {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    await tab.goto(`http://localhost:${article.port}/article.html`);
    const iframeHeight = () => tab.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    const frame = await until(() => tab.frames().find((candidate) => candidate.url().includes('/timeline.html')), 'the frame');
    /** The page's own height, once the iframe has taken it (and it has no scrollbar). */
    const settle = async (what, check = () => true) => {
      let height;
      await until(async () => {
        const content = await frame.evaluate(() => ({
          height: Math.ceil(document.documentElement.getBoundingClientRect().height),
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
        }));
        height = content.height;
        return !content.scrolls && (await iframeHeight()) === content.height && check(content.height);
      }, what);
      return height;
    };
    const shadow = (selector) =>
      frame.evaluate((s) => !!document.querySelector('entente-timeline')?.shadowRoot?.querySelector(s), selector);

    await until(() => shadow('[part~="list-item"]'), 'the list layout at 360 px');
    const list = await settle('the iframe to take the list height', (height) => height > 320);

    await tab.evaluate(() => (document.getElementById('column').style.width = '1200px'));
    await until(() => shadow('[part~="event"]'), 'the lanes at 1,200 px');
    const lanes = await settle('the iframe to take the lanes height', (height) => height !== list);

    await frame.evaluate(() => document.querySelector('entente-timeline').setAttribute('selected', 'trilateral-statement-2020-11-09'));
    await until(() => shadow('[part~="detail"]'), 'the detail card');
    const detail = await settle('the iframe to grow with the detail card', (height) => height > lanes);
    assert.ok(detail > lanes);

    await frame.evaluate(() => document.querySelector('entente-timeline').removeAttribute('selected'));
    assert.equal(await settle('the iframe to shrink back', (height) => height < detail), lanes);

    // The article's text follows the iframe: nothing overlaps it and no gap is left.
    const gap = await tab.evaluate(
      () => document.getElementById('after').getBoundingClientRect().top - document.querySelector('iframe').getBoundingClientRect().bottom,
    );
    assert.ok(gap >= 0 && gap <= 20, `the next paragraph follows the iframe (gap ${gap})`);

    // The page says who it is, and tells AMP its size too.
    const heard = await tab.evaluate(() => window.heard);
    assert.ok(heard.some((message) => message.type === 'entente-timeline:height' && message.id === 'karabakh' && message.height === lanes));
    assert.ok(heard.some((message) => message.sentinel === 'amp' && message.type === 'embed-size' && message.height === lanes));

    // A message from any other window is not believed.
    await tab.evaluate(() => window.postMessage({ type: 'entente-timeline:height', height: 5, id: 'karabakh' }, '*'));
    await new Promise((done) => setTimeout(done, 200));
    assert.equal(await iframeHeight(), lanes);
    await tab.close();
  });
});

describe('html --iframe in an article column', () => {
  it('is as tall before its page reports as after: the article does not jump', async () => {
    // The column the reserve is computed for (bin/embed.mjs): a 700 px article column.
    await writeFile(
      join(scratch, 'column.html'),
      `<!doctype html><meta charset="utf-8"><body style="margin:0"><div style="width:700px">` +
        (await run(['html', '--iframe', `http://127.0.0.1:${pages.port}/timeline.html`, TIMELINE])).stdout +
        `</div><p id="after">After.</p>` +
        `<script>window.heights=[];addEventListener('message',(e)=>e.data?.type==='entente-timeline:height'&&(window.reported=e.data.height))</script>`,
    );
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    // Every height the iframe takes, from the first layout on.
    await tab.evaluateOnNewDocument(() =>
      addEventListener('DOMContentLoaded', () => {
        const iframe = document.querySelector('iframe');
        new ResizeObserver(() => window.heights.push(iframe.getBoundingClientRect().height)).observe(iframe);
      }),
    );
    await tab.goto(`http://localhost:${article.port}/column.html`);
    const frame = await until(() => tab.frames().find((candidate) => candidate.url().includes('/timeline.html')), 'the frame');
    await until(
      () => frame.evaluate(() => !!document.querySelector('entente-timeline')?.shadowRoot?.querySelector('[part~="event"]')),
      'the chart',
    );
    const drawn = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // Once the page has reported its drawn height, every height the iframe took was within a pixel of it.
    await until(async () => (await tab.evaluate(() => window.reported)) === drawn, 'the page to report its drawn height');
    const heights = await tab.evaluate(() => window.heights);
    assert.ok(heights.length > 0);
    for (const height of heights) assert.ok(Math.abs(height - drawn) <= 1, `the iframe was ${height} px, its page ${drawn} px`);
    await tab.close();
  });
});

describe('the playground', () => {
  let server;
  before(async () => (server = await startServer({ port: 0 })));
  after(async () => server?.close());

  /** What "Copy embed code" gives for `text`, with the script address field set to `address` (or left as it is). */
  async function copyEmbedCode(text, address) {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/examples/playground.html`);
    await until(() => tab.evaluate(() => document.documentElement.dataset.ready === 'true'), 'the playground');
    const code = await tab.evaluate(
      async (text, address) => {
        const source = document.getElementById('source');
        source.value = text;
        source.dispatchEvent(new Event('input', { bubbles: true }));
        if (address !== undefined) document.getElementById('script-url').value = address;
        let copied;
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (code) => void (copied = code) } });
        document.getElementById('copy').click();
        while (copied === undefined) await new Promise((done) => setTimeout(done, 20));
        return copied;
      },
      text,
      address,
    );
    await tab.close();
    return code;
  }

  it('"Copy embed code" gives what `html` prints for the same document and script address', async () => {
    const json = await readFile(TIMELINE, 'utf8');
    const address = 'https://static.example.org/js/entente-timeline.js';
    const cli = await run(['html', '--script', address, TIMELINE]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(await copyEmbedCode(json, address), cli.stdout);
    // By default, the package's CDN address, as `html` without --script.
    const byDefault = await run(['html', TIMELINE]);
    assert.equal(await copyEmbedCode(json), byDefault.stdout);
    assert.match(byDefault.stdout, /src="https:\/\/cdn\.jsdelivr\.net\/npm\/entente-timeline@/);
    // A sheet is converted the same way in both.
    const csv = join(root, 'examples/template.csv');
    assert.equal(await copyEmbedCode(await readFile(csv, 'utf8'), address), (await run(['html', '--script', address, csv])).stdout);
  });

  /** The faults the playground lists for `text`, as their list items read. */
  async function listFaults(text) {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/examples/playground.html`);
    await until(() => tab.evaluate(() => document.documentElement.dataset.ready === 'true'), 'the playground');
    const faults = await tab.evaluate(async (text) => {
      const source = document.getElementById('source');
      source.value = text;
      source.dispatchEvent(new Event('input', { bubbles: true }));
      const list = document.getElementById('faults');
      while (!list.children.length) await new Promise((done) => setTimeout(done, 20));
      return [...list.children].map((item) => item.textContent);
    }, text);
    await tab.close();
    return faults;
  }

  it('tells an editor what `validate` tells: the ISO date a local one means, and a sheet column as the template spells it', async () => {
    const sheet = 'Year,Month,Day,Headline,Group\n2020,8,13,Israel–UAE statement,Israel; United Arab Emirates\n';
    const dates = [
      'date,title,parties',
      '13/08/2020,Israel–UAE statement,Israel; United Arab Emirates',
      '2020-09-15,Accords signed,Israel; Bahrain',
    ].join('\n');
    const local = await listFaults(dates);
    assert.ok(
      local.some((fault) => fault.includes('"13/08/2020" is not a valid date (write it year-month-day: "2020-08-13")')),
      local.join('\n'),
    );
    const misspelt = await listFaults(sheet.replace('Year', 'year'));
    assert.ok(
      misspelt.some((fault) => fault.startsWith('Error: ') && fault.includes('"Year", not "year"')),
      misspelt.join('\n'),
    );
    // The same words as the command line's.
    const file = join(scratch, 'local-dates.csv');
    await writeFile(file, dates);
    const cli = await run(['validate', file]);
    assert.ok(
      local.every((fault) => cli.stdout.includes(fault.replace(/^Warning: /, '')) || cli.stderr.includes(fault.replace(/^Warning: /, ''))),
      cli.stdout + cli.stderr,
    );
  });
});
