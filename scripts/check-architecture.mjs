// The architecture, checked rather than remembered (docs/architecture.md says why):
//  - no import circle in src/, type-only imports included;
//  - imports point down the layers: data/ → layout/ → render/ → view/ and the element;
//  - layout/ holds pure functions: no module-level `let`, Map, Set or WeakMap;
//  - no file in src/ over 400 lines, but for generated ones.
// Run by `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const MAX_LINES = 400;
const GENERATED = /GENERATED FILE, do not edit/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.ts')) yield relative('.', path).split('\\').join('/');
  }
}

const files = [...walk('src')];
const known = new Set(files);
const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

/** The src/ files a file imports or re-exports, statically, dynamically or for types only. */
function importsOf(file) {
  const found = [];
  for (const match of sources
    .get(file)
    .matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]/g)) {
    const target = relative('.', resolve(dirname(file), (match[1] ?? match[2]).replace(/\.js$/, '.ts')))
      .split('\\')
      .join('/');
    if (known.has(target)) found.push(target);
  }
  return found;
}

/** Layer of a file: a file may import its own layer and those below. */
function layerOf(file) {
  if (file.startsWith('src/data/')) return 0;
  if (file.startsWith('src/d3-lite/')) return 0;
  if (file.startsWith('src/layout/')) return 1;
  if (file === 'src/strings.ts' || file.startsWith('src/strings/')) return 1;
  if (file.startsWith('src/render/')) return 2;
  return 3;
}

const failures = [];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

for (const [file, targets] of graph) {
  for (const target of targets) {
    if (layerOf(target) > layerOf(file)) failures.push(`${file} imports ${target}, a layer above it`);
  }
  if (file.startsWith('src/view/') && graph.get(file).includes('src/element.ts'))
    failures.push(`${file} imports the element: use src/host.ts`);
}

// Depth-first search for cycles.
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const target of graph.get(file)) {
    if (state.get(target) === 'open') failures.push(`import circle: ${[...stack.slice(stack.indexOf(target)), target].join(' → ')}`);
    else if (!state.has(target)) visit(target);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);

for (const [file, source] of sources) {
  const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES && !GENERATED.test(source)) failures.push(`${file} has ${lines} lines (at most ${MAX_LINES}: split it by concern)`);
  if (file.startsWith('src/layout/')) {
    source.split('\n').forEach((line, index) => {
      // A constant lookup table typed read-only is fine; a collection that can be written is state.
      const collection = /^(?:export\s+)?const\s+\w+\s*(?::[^=]+)?=\s*new\s+(?:Weak)?(?:Map|Set)\b/.test(line);
      if (/^(?:export\s+)?let\s/.test(line) || (collection && !/:\s*Readonly(?:Map|Set)</.test(line))) {
        failures.push(`${file}:${index + 1}: module-level mutable state in layout/ (pure functions only): ${line.trim()}`);
      }
    });
  }
}

for (const failure of failures) console.error(`check-architecture: ${failure}`);
if (failures.length) process.exit(1);
console.log(
  `check-architecture: ${files.length} files, no import circle, imports point down the layers, layout/ is pure, no file over ${MAX_LINES} lines`,
);
