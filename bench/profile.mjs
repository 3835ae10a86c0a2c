#!/usr/bin/env node
// Where does the element's first render go? Renders one seeded document in a
// fresh page under the CDP sampling profiler and prints the self time by
// source file and by function (mapped back through the bundle's sourcemap),
// plus the style/layout/paint time that follows before the next frame.
//
//   npm run build && node bench/profile.mjs --size 10000 [--top 25]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { startBenchServer } from './server.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** A position → original name and file lookup, if source-map-js is available (it comes with the toolchain). */
function createMapper(mapText) {
  try {
    const { SourceMapConsumer } = createRequire(import.meta.url)('source-map-js');
    const consumer = new SourceMapConsumer(JSON.parse(mapText));
    return (line, column) => {
      const position = consumer.originalPositionFor({ line: line + 1, column });
      return position.source ? { file: position.source.replace(/^(\.\.\/)+/, ''), line: position.line, name: position.name } : null;
    };
  } catch {
    console.error('profile: source-map-js not found; positions stay minified.');
    return () => null;
  }
}

async function main() {
  const size = option('size', 10000);
  const top = option('top', 25);
  const throttle = option('cpu-throttle', 1);
  const pageIndex = process.argv.indexOf('--page');
  const pageName = pageIndex === -1 ? 'entente' : process.argv[pageIndex + 1];
  const bundlePath = join(repositoryRoot, 'dist', 'entente-timeline.js');
  const [code, map] = await Promise.all([readFile(bundlePath, 'utf8'), readFile(`${bundlePath}.map`, 'utf8')]);
  const mapPosition = createMapper(map);
  const server = await startBenchServer(Buffer.from(code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')));
  const userDataDir = await mkdtemp(join(os.tmpdir(), 'entente-profile-'));
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, userDataDir, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    const cdp = await page.createCDPSession();
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${server.origin}/bench/pages/${pageName}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.benchReady === true');
    await page.evaluate((url) => window.bench.load(url), `/bench-data/${size}.json`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const render = await page.evaluate(() => window.bench.render());
    const { profile } = await cdp.send('Profiler.stop');

    // Self time per node from the samples and their time deltas.
    const selfTime = new Map();
    profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
    const byFile = new Map();
    const byFunction = new Map();
    for (const node of profile.nodes) {
      const ms = selfTime.get(node.id) ?? 0;
      if (!ms) continue;
      const frame = node.callFrame;
      let file = frame.url ? frame.url.replace(server.origin, '') : frame.functionName || '(native)';
      let name = frame.functionName || '(anonymous)';
      if (frame.url.endsWith('/dist/entente-timeline.js')) {
        const original = mapPosition(frame.lineNumber, frame.columnNumber);
        if (original) {
          file = original.file;
          name = `${original.name ?? name} (${original.file}:${original.line})`;
        }
      } else if (frame.url) {
        name = `${name} (${file}:${frame.lineNumber + 1})`;
      }
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
    const print = (title, table) => {
      console.log(`\n${title}`);
      for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`);
    };
    console.log(
      `${size.toLocaleString('en')} events: entente-render after ${render.ms.toFixed(1)} ms (element's own figure ${render.reportedMs?.toFixed(1)} ms), next frame after ${render.frameMs.toFixed(1)} ms — so ${(render.frameMs - render.ms).toFixed(1)} ms of style, layout and paint; ${render.events} events drawn`,
    );
    print('Self time by source file (JS only; style/layout/paint are not in a JS profile):', byFile);
    print('Self time by function:', byFunction);
  } finally {
    await browser.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`profile: ${error.message}`);
  process.exit(1);
});
