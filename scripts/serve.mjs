#!/usr/bin/env node
// A static file server for the examples, with no dependencies, so that
// `npm start` works on a fresh clone and `scripts/screenshot.mjs` can serve
// the same files in-process. It serves the repository root (the examples load
// `../dist/entente-timeline.js`) on 127.0.0.1 only: it is a development tool,
// never something to expose on a network.
//
//   node scripts/serve.mjs            # port $PORT, else 8000, else the next free one
//   PORT=0 node scripts/serve.mjs     # any free port
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
// How many ports after the requested one to try before giving up.
const portAttempts = 20;

const contentTypes = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.webp', 'image/webp'],
  ['.ico', 'image/x-icon'],
  ['.csv', 'text/csv; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
  ['.woff2', 'font/woff2'],
]);

/** The content type for a file name; unknown files download rather than being sniffed. */
export function contentTypeFor(fileName) {
  return contentTypes.get(extname(fileName).toLowerCase()) ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file path inside `root`, or returns null when the
 * path is malformed or would leave the root. Dot segments such as `.git` are
 * refused too: nothing hidden in a repository belongs on a page.
 */
export function resolveRequestPath(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const filePath = resolve(root, ...segments);
  if (filePath !== root && !filePath.startsWith(root + sep)) return null;
  return filePath;
}

function sendText(response, status, text, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : text);
}

async function handleRequest(root, realRoot, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(302, { Location: '/examples/' });
    response.end();
    return;
  }
  let filePath = resolveRequestPath(root, url.pathname);
  if (filePath === null) {
    sendText(response, 404, 'Not found\n');
    return;
  }
  let info = await stat(filePath).catch(() => null);
  if (info?.isDirectory()) {
    // Relative links in an index page only work from a URL ending in a slash.
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    filePath = join(filePath, 'index.html');
    info = await stat(filePath).catch(() => null);
  }
  if (!info?.isFile()) {
    sendText(response, 404, 'Not found\n');
    return;
  }
  // A symbolic link inside the repository must not lead out of it.
  const realPath = await realpath(filePath);
  if (realPath !== realRoot && !realPath.startsWith(realRoot + sep)) {
    sendText(response, 404, 'Not found\n');
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': info.size,
    // Always the file on disk: a rebuilt bundle shows on the next reload.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

function listen(server, port) {
  return new Promise((resolveListen, rejectListen) => {
    const onError = (error) => {
      server.off('listening', onListening);
      rejectListen(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the server on `port`, or on the next free port when it is taken
 * (port 0 picks any free port). Resolves to the server, its port, and the
 * address of the examples.
 */
export async function startServer({ port = 8000, root = repositoryRoot } = {}) {
  const absoluteRoot = resolve(root);
  const realRoot = await realpath(absoluteRoot);
  const server = createServer((request, response) => {
    handleRequest(absoluteRoot, realRoot, request, response).catch((error) => {
      console.error(`serve: ${request.url}: ${error.message}`);
      if (!response.headersSent) sendText(response, 500, 'Internal server error\n');
      else response.destroy();
    });
  });
  for (let attempt = 0; ; attempt += 1) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      const boundPort = await listen(server, candidate);
      return {
        server,
        port: boundPort,
        origin: `http://localhost:${boundPort}`,
        examplesUrl: `http://localhost:${boundPort}/examples/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Idle keep-alive connections would hold close() open.
            server.closeAllConnections();
          }),
      };
    } catch (error) {
      const lastAttempt = port === 0 || attempt + 1 >= portAttempts || candidate >= 65535;
      if (error.code !== 'EADDRINUSE' || lastAttempt) throw error;
    }
  }
}

function parsePort(text) {
  if (text === undefined || text === '') return 8000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${text}"`);
  }
  return port;
}

async function main() {
  const requested = parsePort(process.env.PORT);
  const { port, examplesUrl, close } = await startServer({ port: requested });
  if (requested !== 0 && port !== requested) {
    console.log(`Port ${requested} is busy; using ${port}.`);
  }
  console.log(`entente-timeline examples: ${examplesUrl}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
