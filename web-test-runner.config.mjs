// Browser tests for entente-timeline: every test file runs in the system
// Chromium (never a downloaded one), once per time zone below, so a calendar
// date that shifts with the reader's zone fails somewhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { d3Shims } from './scripts/d3-shims.mjs';

const executablePath = findChromium();

/**
 * Far-apart zones: UTC−10 is where `new Date('2021-05-11')` shows 10 May;
 * UTC+14 is the last place on Earth to leave a calendar day; UTC is where
 * the two mistakes (reading a day as UTC or as local) look the same.
 * `TIMEZONES=UTC npm test` narrows the run while developing.
 */
const timezones = (process.env.TIMEZONES ?? 'Pacific/Honolulu,Pacific/Kiritimati,UTC').split(',');

/**
 * `D3=real` runs the tests against the real d3-selection, d3-transition and
 * d3-interpolate, as an application that installs the package from npm gets
 * them; by default the tests use the drop-in's stand-ins (src/d3-lite/).
 */
const realD3 = process.env.D3 === 'real';

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
      // Every test file loads as a reader's first visit: nothing from an earlier file's HTTP cache
      // (a module that /test-api/break fails must not be served from it).
      await page.setCacheEnabled(false);
      return page;
    },
  });
  // Each zone reports as its own browser, so a failure says where it failed.
  launcher.name = `Chromium ${timezone}`;
  return launcher;
}

/** The exact policy of issue 4: what strict news sites send. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** A fixture file, only from test/fixtures or examples (the endpoints take paths from the query). */
function readFixture(path) {
  const file = resolve(path ?? '');
  if (!file.startsWith(resolve('test/fixtures')) && !file.startsWith(resolve('examples'))) return undefined;
  return readFileSync(file, 'utf8');
}

/** Source modules that answer 503 (/test-api/break), by path without extension. */
const brokenModules = new Set();

/** Requests seen per `key`, for endpoints that fail first and succeed later. */
const attempts = new Map();

/**
 * Test-only endpoints for hostile networks and pages (test/hostile):
 *   /test-api/flaky?key=k&status=500&file=path  the status on the first request for k, the file after
 *   /test-api/truncated?file=path               the first half of the file, as JSON
 *   /test-api/html-as-json                      an HTML page labelled application/json
 *   /test-api/huge?bytes=n&declare=1            n bytes of JSON, streamed; with Content-Length if declare
 *   /test-api/csp?src=path                      a page under STRICT_CSP that loads the drop-in build
 *   /test-api/raw?file=path                     a source, docs or d3-zoom/d3-drag file as plain text, untransformed
 *   /test-api/break?module=/src/x&on=1          from now on (until on=0), /src/x.js and /src/x.ts answer 503:
 *                                               a chunk of an npm build that fails to load
 *   /test-api/drop-in-only/<name>               a site with nothing but the built drop-in scripts:
 *                                               dist/entente-timeline.js or .iife.js, 404 for any other name
 */
async function hostileApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const query = (name) => url.searchParams.get(name) ?? undefined;
  if (brokenModules.has(url.pathname.replace(/\.[jt]s$/, ''))) {
    context.status = 503;
    context.body = 'unavailable';
    return;
  }
  if (url.pathname === '/test-api/break') {
    const module = query('module') ?? '';
    if (query('on') === '1') brokenModules.add(module);
    else brokenModules.delete(module);
    context.body = 'ok';
    return;
  }
  const dropIn = /^\/test-api\/drop-in-only\/(.*)$/.exec(url.pathname);
  if (dropIn) {
    if (dropIn[1] !== 'entente-timeline.js' && dropIn[1] !== 'entente-timeline.iife.js') {
      context.status = 404;
      context.body = 'not found';
      return;
    }
    context.type = 'text/javascript';
    context.body = readFileSync(resolve('dist', dropIn[1]), 'utf8');
    return;
  }
  switch (url.pathname) {
    case '/test-api/flaky': {
      const key = query('key') ?? '';
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      if (attempts.get(key) === 1) {
        context.status = Number(query('status') ?? 500);
        context.body = 'error';
        return;
      }
      const body = readFixture(query('file'));
      if (body === undefined) return next();
      context.type = 'application/json';
      context.body = body;
      return;
    }
    case '/test-api/truncated': {
      const body = readFixture(query('file'));
      if (body === undefined) return next();
      context.type = 'application/json';
      context.body = body.slice(0, Math.floor(body.length / 2));
      return;
    }
    case '/test-api/html-as-json':
      context.type = 'application/json';
      context.body = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in</body></html>';
      return;
    case '/test-api/huge': {
      const bytes = Number(query('bytes') ?? 1024);
      const chunk = 64 * 1024;
      let sent = 0;
      context.type = 'application/json';
      if (query('declare')) context.length = bytes;
      // A stream with no declared length is what a misconfigured proxy sends: only reading tells the size.
      context.body = Readable.from(
        (function* () {
          yield '[';
          sent = 1;
          while (sent < bytes - 1) {
            const size = Math.min(chunk, bytes - 1 - sent);
            yield ' '.repeat(size);
            sent += size;
          }
          yield ']';
        })(),
      );
      return;
    }
    case '/test-api/csp': {
      const src = query('src') ?? '/examples/karabakh-2020-2021.json';
      context.set('Content-Security-Policy', STRICT_CSP);
      context.type = 'text/html';
      context.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>entente-timeline under a strict CSP</title>
<script src="/test/hostile/csp-probe.js"></script>
<script type="module" src="/dist/entente-timeline.js"></script>
</head>
<body>
<main><entente-timeline src="${encodeURI(src).replace(/"/g, '%22')}"></entente-timeline></main>
</body>
</html>`;
      return;
    }
    case '/test-api/raw': {
      const file = resolve(query('file') ?? '');
      const readable = ['src', 'docs', 'node_modules/d3-zoom/dist', 'node_modules/d3-drag/dist'];
      if (!readable.some((folder) => file.startsWith(resolve(folder)))) return next();
      context.type = 'text/plain';
      context.body = readFileSync(file, 'utf8');
      return;
    }
    default:
      return next();
  }
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
  middleware: [hostileApi, testApi],
  files: ['test/**/*.test.ts'],
  // Lit's production build, as readers get it (and no dev-mode warnings in the logs).
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [
    // The same D3 stand-ins as the drop-in build, so the tests exercise what ships.
    ...(realD3 ? [] : [{ name: 'shim-d3', resolveImport: ({ source }) => (d3Shims[source] ? `/src/d3-lite/${source}.ts` : undefined) }]),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: timezones.map((timezone) => {
    const launcher = launcherFor(timezone);
    if (realD3) launcher.name += ' (real d3)';
    return launcher;
  }),
  concurrency: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
  testsFinishTimeout: 5 * 60 * 1000,
};
