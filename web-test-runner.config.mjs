// Browser tests for entente-timeline: every test file runs in the system
// Chromium (never a downloaded one), once per time zone below, so a calendar
// date that shifts with the reader's zone fails somewhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();

/**
 * Far-apart zones: UTC−10 is where `new Date('2021-05-11')` shows 10 May;
 * UTC+14 is the last place on Earth to leave a calendar day.
 * `TIMEZONES=UTC npm test` narrows the run while developing.
 */
const timezones = (process.env.TIMEZONES ?? 'Pacific/Honolulu,Pacific/Kiritimati').split(',');

function launcherFor(timezone) {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: chromiumArgs,
    },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timezone);
      return page;
    },
  });
  // Each zone reports as its own browser, so a failure says where it failed.
  launcher.name = `Chromium ${timezone}`;
  return launcher;
}

/**
 * Test-only endpoints for the loading paths a real server produces:
 *   /test-api/slow?ms=600&file=path   the file, after a delay
 *   /test-api/status/503              an HTTP error
 *   /test-api/html                    an HTML page where JSON was expected
 */
async function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  if (url.pathname === '/test-api/slow') {
    await new Promise((done) => setTimeout(done, Number(url.searchParams.get('ms') ?? 500)));
    const file = resolve(url.searchParams.get('file') ?? '');
    if (!file.startsWith(resolve('test/fixtures'))) return next();
    context.type = 'application/json';
    context.body = readFileSync(file, 'utf8');
    return;
  }
  const status = /^\/test-api\/status\/(\d{3})$/.exec(url.pathname);
  if (status) {
    context.status = Number(status[1]);
    context.body = 'error';
    return;
  }
  if (url.pathname === '/test-api/html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>Sorry';
    return;
  }
  return next();
}

export default {
  middleware: [testApi],
  files: ['test/**/*.test.ts'],
  // Lit's production build, as readers get it (and no dev-mode warnings in the logs).
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: timezones.map(launcherFor),
  concurrency: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
  testsFinishTimeout: 5 * 60 * 1000,
};
