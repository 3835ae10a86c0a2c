// The parts of D3 that d3-zoom imports but the timeline never uses, and the
// small stand-ins that replace them in the drop-in files and in the browser
// tests (so what is tested is what ships). src/d3-lite/ says why each is safe.
import { fileURLToPath } from 'node:url';

export const d3Shims = Object.fromEntries(
  ['d3-selection', 'd3-transition', 'd3-interpolate'].map((name) => [
    name,
    fileURLToPath(new URL(`../src/d3-lite/${name}.ts`, import.meta.url)),
  ]),
);
