#!/usr/bin/env node
// The size budgets of issues 5 and 15, checked after `npm run build`:
//  - each drop-in script, dist/entente-timeline.js (ES module) and
//    dist/entente-timeline.iife.js (classic script), lit, d3, the renderer, the
//    converters and English inside: ≤ 48,000 bytes gzip each;
//  - the npm entry's own code, without lit and d3: ≤ 15,000 bytes gzip.
// The other languages (dist/entente-timeline-strings-<language>.js beside the
// drop-in scripts; chunks of the npm build) load only for their readers and
// are reported, not budgeted.
//
// The npm entry is measured as an application ships it: dist/index.js bundled
// by rollup with lit and d3-* left external (they are dependencies the
// application shares), minified with the same terser options as the drop-in
// build, then gzipped. Tree-shaking and minification are what every
// application bundler does, so this is the number readers download; the
// unminified bundle and the plain concatenation of dist/**/*.js are printed
// for reference but not budgeted.
//
// What counts is what a page loads at start: the entry chunk and the chunks it
// imports statically. The element's renderer (dist/view/index.js: layout, templates,
// stylesheets, zoom), loaded when the element comes near the viewport, the
// TimelineJS and CSV converters, loaded for those formats only, and the
// languages are reported beside it. Exits 1 when a budget is exceeded.
//
//   npm run build && npm run size
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { BUDGET_GZIP_BYTES as DROP_IN_BUDGET, DROP_IN_SCRIPTS } from './report-size.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(repositoryRoot, 'dist');

export { DROP_IN_BUDGET };
export const NPM_ENTRY_BUDGET = 15_000;

// The same test as rollup.config.mjs: what the npm entry leaves to the application.
const isDependency = (id) => /^(lit|@lit\/|lit-html|lit-element|d3-)/.test(id);
const terserOptions = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const bytes = (count) => count.toLocaleString('en');

async function listScripts(directory) {
  const found = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await listScripts(path)));
    else if (entry.name.endsWith('.js')) found.push(path);
  }
  return found.sort();
}

/** The chunks `start` loads with it: itself and its static imports, less those in `loaded`. */
function staticClosure(chunks, start, loaded = new Set()) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name) || loaded.has(name) || !chunks.has(name)) return;
    found.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  visit(start);
  return found;
}

async function bundleNpmEntry(minify) {
  const bundle = await rollup({
    input: join(dist, 'index.js'),
    external: isDependency,
    onwarn: (warning, warn) => {
      // Source maps of the npm build are not needed for a byte count.
      if (warning.code !== 'SOURCEMAP_ERROR') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', plugins: minify ? [terser(terserOptions)] : [] });
    const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
    const viewChunk = [...chunks.values()].find((chunk) => chunk.facadeModuleId === join(dist, 'view', 'index.js'));
    if (!viewChunk) throw new Error('no chunk for dist/view/index.js: does the element still load its view with import()?');
    const entry = staticClosure(chunks, entryChunk.fileName);
    const view = staticClosure(chunks, viewChunk.fileName, entry);
    const code = (names) => [...names].map((name) => chunks.get(name).code).join('\n');
    const isPack = (name) => /[\\/]strings[\\/]packs[\\/]/.test(chunks.get(name).facadeModuleId ?? '');
    const rest = [...chunks.keys()].filter((name) => !entry.has(name) && !view.has(name));
    return {
      entry: code(entry),
      view: code(view),
      converters: code(rest.filter((name) => !isPack(name))),
      packs: rest.filter(isPack).map((name) => gzipSize(chunks.get(name).code)),
    };
  } finally {
    await bundle.close();
  }
}

async function main() {
  const dropInPath = join(dist, 'entente-timeline.js');
  if (!(await stat(dropInPath).catch(() => null)) || !(await stat(join(dist, 'index.js')).catch(() => null))) {
    console.error('size: dist/entente-timeline.js or dist/index.js is missing; run `npm run build` first.');
    process.exit(1);
  }
  const failures = [];

  for (const name of DROP_IN_SCRIPTS) {
    const code = await readFile(join(dist, name));
    const gzip = gzipSize(code);
    console.log(
      `dist/${name} (drop-in, lit, d3 and English inside): ${bytes(code.length)} bytes, ${bytes(gzip)} gzip (budget ${bytes(DROP_IN_BUDGET)})`,
    );
    if (gzip > DROP_IN_BUDGET) failures.push(`dist/${name} is ${bytes(gzip)} bytes gzip, over ${bytes(DROP_IN_BUDGET)}`);
  }
  const packFiles = (await readdir(dist)).filter((name) => /^entente-timeline-strings-\w+\.js$/.test(name)).sort();
  const packSizes = await Promise.all(packFiles.map(async (name) => gzipSize(await readFile(join(dist, name)))));
  console.log(
    `  beside them, ${packFiles.length} language files (English is inside): ${bytes(Math.min(...packSizes))}–${bytes(Math.max(...packSizes))} gzip each, one loaded per page that needs it`,
  );

  const { entry: minified, view, converters, packs } = await bundleNpmEntry(true);
  const npmGzip = gzipSize(minified);
  console.log(
    `npm entry's own code (dist/index.js bundled, lit and d3 external, minified): ${bytes(Buffer.byteLength(minified))} bytes, ${bytes(npmGzip)} gzip (budget ${bytes(NPM_ENTRY_BUDGET)})`,
  );
  console.log(
    `  the renderer, loaded near the viewport: ${bytes(gzipSize(view))} gzip; the converters, loaded for TimelineJS or CSV: ${bytes(gzipSize(converters))} gzip; ${packs.length} languages: ${bytes(Math.min(...packs))}–${bytes(Math.max(...packs))} gzip each`,
  );
  if (npmGzip > NPM_ENTRY_BUDGET)
    failures.push(`the npm entry's own code is ${bytes(npmGzip)} bytes gzip, over ${bytes(NPM_ENTRY_BUDGET)}`);

  const { entry: unminified } = await bundleNpmEntry(false);
  const npmFiles = (await listScripts(dist)).filter(
    (path) => !DROP_IN_SCRIPTS.includes(relative(dist, path)) && !relative(dist, path).startsWith('entente-timeline-'),
  );
  const concatenated = Buffer.concat(await Promise.all(npmFiles.map((path) => readFile(path))));
  console.log(
    `  for reference: the entry unminified ${bytes(gzipSize(unminified))} gzip; ${npmFiles.length} dist/**/*.js files of the npm build concatenated as published ${bytes(gzipSize(concatenated))} gzip`,
  );

  if (failures.length) {
    for (const failure of failures) console.error(`size: ${failure}.`);
    process.exit(1);
  }
  console.log('size: within budget.');
}

main().catch((error) => {
  console.error(`size: ${error.message}`);
  process.exit(1);
});
