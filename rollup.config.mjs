// Two builds from one source:
//  - the npm entry (dist/index.js and its modules, with .d.ts), leaving lit and
//    the d3 modules as dependencies so applications share one copy;
//  - the drop-in files (dist/entente-timeline.js as an ES module and
//    dist/entente-timeline.iife.js as a classic script), with everything inside.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { reportSizes } from './scripts/report-size.mjs';

const isDependency = (id) => /^(lit|@lit\/|lit-html|lit-element|d3-)/.test(id);

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
};

export default [
  {
    input: 'src/index.ts',
    external: isDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist', sourceMap: true })],
  },
  {
    input: 'src/index.ts',
    output: [
      { file: 'dist/entente-timeline.js', format: 'es', sourcemap: true },
      { file: 'dist/entente-timeline.iife.js', format: 'iife', name: 'EntenteTimeline', sourcemap: true },
    ],
    plugins: [
      // Lit's production build: no dev-mode warnings or checks in what readers download.
      resolve({ exportConditions: ['production'], browser: true }),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, outDir: 'dist', sourceMap: true }),
      terser(terserOptions),
      reportSizes(),
    ],
  },
];
