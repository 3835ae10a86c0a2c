// The benchmark's local server: the repository's files on 127.0.0.1 (through
// scripts/serve.mjs's path checks), a snapshot of the drop-in bundle, and the
// generated documents at /bench-data/<size>.json.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor, resolveRequestPath } from '../scripts/serve.mjs';
import { generateDocument } from './generate.mjs';
import { articlePage } from './article.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The repository's static files (through scripts/serve.mjs's path checks) plus
 * the generated documents at /bench-data/<size>.json, made once and kept in
 * memory. Counts data requests, so the lazy check sees fetches from outside the page too.
 */
export async function startBenchServer(bundle) {
  const documents = new Map();
  const dataRequests = new Map();
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const data = /^\/bench-data\/(\d+)\.json$/.exec(url.pathname);
      if (data) {
        dataRequests.set(url.pathname + url.search, (dataRequests.get(url.pathname + url.search) ?? 0) + 1);
        const size = Number(data[1]);
        if (!documents.has(size)) documents.set(size, Buffer.from(JSON.stringify(generateDocument(size))));
        const body = documents.get(size);
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
        response.end(body);
        return;
      }
      const article = /^\/bench\/article\/([\w-]+)\.html$/.exec(url.pathname);
      if (article) {
        const page = await articlePage(
          article[1],
          Number(url.searchParams.get('size') ?? 30),
          url.searchParams.has('far'),
          resolve(repositoryRoot, 'bench/pages/load-probe.js'),
        );
        if (page) {
          const body = Buffer.from(page);
          response.writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Length': body.length,
            'Cache-Control': 'no-store',
          });
          response.end(body);
          return;
        }
      }
      if (url.pathname === '/favicon.ico') {
        response.writeHead(204);
        response.end();
        return;
      }
      // The bundle as it was when the run began: a rebuild mid-run must not mix two versions in one table.
      if (url.pathname === '/dist/entente-timeline.js') {
        response.writeHead(200, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Content-Length': bundle.length,
          'Cache-Control': 'no-store',
        });
        response.end(bundle);
        return;
      }
      const filePath = resolveRequestPath(repositoryRoot, url.pathname);
      const info = filePath && (await stat(filePath).catch(() => null));
      if (!info?.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not found\n');
        return;
      }
      response.writeHead(200, { 'Content-Type': contentTypeFor(filePath), 'Content-Length': info.size, 'Cache-Control': 'no-store' });
      createReadStream(filePath).pipe(response);
    } catch (error) {
      response.destroy(error);
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    dataRequests,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
