// Two builds from one source:
//  - the npm entry (dist/index.js and its modules, with .d.ts), leaving lit and
//    the d3 modules as dependencies so applications share one copy;
//  - the drop-in files (dist/entente-timeline.js as an ES module and
//    dist/entente-timeline.iife.js as a classic script), with everything inside.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { d3Shims } from './scripts/d3-shims.mjs';
import { reportSizes } from './scripts/report-size.mjs';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Resolves D3 modules that have a stand-in (scripts/d3-shims.mjs) to it. */
function shimD3() {
  return { name: 'shim-d3', resolveId: (source) => d3Shims[source] ?? null };
}

/**
 * Lit's css`` templates ship as written; their comments and indentation are
 * dead weight, so they are squeezed here: no comments, no whitespace that CSS
 * does not need (around `{};,>!` and after `:`, never before it, which would
 * turn `.a :is(…)` into `.a:is(…)`; spaces around `+` and `-` in calc() stay),
 * no `0` before a decimal point, no `;` before `}`. Quoted strings are left as
 * written. Every css`` in the package's modules is squeezed, whatever the file
 * is called; one with an interpolation fails the build rather than ship as written.
 */
function minifyCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,>!]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/(^|[^\w.-])0(\.\d)/g, '$1$2'),
      )
      .join('')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css',
    transform(code, id) {
      // Every css`` of the package's own modules, wherever it is written; dependencies ship as they are.
      if (/[\\/]node_modules[\\/]/.test(id) || !/\bcss\s*`/.test(code)) return null;
      let squeezed = 0;
      const out = code.replace(/\bcss\s*`((?:[^`\\$]|\\.)*)`/g, (_, text) => {
        squeezed += 1;
        return `css\`${squeeze(text)}\``;
      });
      // A css`` the pattern did not take (one with an interpolation) would ship as written: refuse it.
      const found = code.match(/\bcss\s*`/g).length;
      if (found !== squeezed) {
        this.error(
          `${id}: ${found - squeezed} css\`\` template(s) could not be minified (interpolations are not supported): write them as plain CSS`,
        );
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Lit's html`` and svg`` templates keep the indentation they are written with. A run of
 * whitespace in markup renders as one space wherever the templates put it (no <pre>, no
 * `white-space: pre`), so each run becomes one space: the same DOM to a reader, less to
 * download. The templates are found in the parsed module, so a backtick inside an
 * expression or a string cannot confuse it.
 */
function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    transform(code, id) {
      if (/[\\/]node_modules[\\/]/.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && /^(html|svg)$/.test(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const text = code.slice(quasi.start, quasi.end);
            const collapsed = text.replace(/\s+/g, ' ');
            if (collapsed !== text) edits.push([quasi.start, quasi.end, collapsed]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * The drop-in files hold everything but the languages other than English: each
 * is a file of its own beside them (entente-timeline-strings-<language>.js),
 * loaded from the script's address by src/strings/import-pack-drop-in.ts, which
 * takes the place of the npm build's import-pack.ts (bundler chunks).
 */
function importPacksBesideScript() {
  return {
    name: 'import-packs-beside-script',
    resolveId(source, importer) {
      if (!importer || !/[\\/]src[\\/]strings\.ts$/.test(importer) || !source.endsWith('/import-pack.js')) return null;
      return fileURLToPath(new URL('./src/strings/import-pack-drop-in.ts', import.meta.url));
    },
  };
}

/** The shipped languages other than English, one file each under src/strings/packs/. */
const packLanguages = readdirSync(new URL('./src/strings/packs/', import.meta.url))
  .map((name) => /^([a-z]{2,3})\.ts$/.exec(name)?.[1])
  .filter((language) => language && language !== 'en');

const isDependency = (id) => /^(lit|@lit\/|lit-html|lit-element|d3-)/.test(id);

// unsafe_arrows and unsafe_methods turn functions that never use `this` or `new` (every
// function constructor in the bundle uses `this`) into arrows and methods; pure_getters lets
// unused reads go (no code reads a property for its side effect, such as forcing a layout).
const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
  format: { comments: false },
};

export default [
  {
    // data/index.ts is an entry of its own: the `entente-timeline/data` export and the CLI.
    input: ['src/index.ts', 'src/data/index.ts'],
    external: isDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist', sourceMap: true }), minifyCss(), collapseTemplateWhitespace()],
  },
  {
    input: 'src/index.ts',
    output: [
      {
        // One file, like the classic script: uploaded alone to a CMS it still reads CSV and
        // TimelineJS, and the element's import('./view.js') resolves in a microtask, with no request.
        file: 'dist/entente-timeline.js',
        format: 'es',
        inlineDynamicImports: true,
        sourcemap: true,
      },
      // A classic script cannot load chunks: everything goes inside (languages load beside it).
      { file: 'dist/entente-timeline.iife.js', format: 'iife', name: 'EntenteTimeline', inlineDynamicImports: true, sourcemap: true },
    ],
    plugins: [
      importPacksBesideScript(),
      shimD3(),
      // Lit's production build: no dev-mode warnings or checks in what readers download.
      resolve({ exportConditions: ['production'], browser: true }),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, outDir: 'dist', sourceMap: true }),
      // After TypeScript, which compiles from the files on disk and ignores earlier transforms.
      minifyCss(),
      collapseTemplateWhitespace(),
      // V8's explicit compile hint (Chrome 136+): the element's code runs as soon as
      // it renders, so V8 compiles it eagerly on a background thread while the file
      // streams in, instead of function by function on the main thread during the
      // first render. It must be the file's first line; other engines ignore it.
      terser({ ...terserOptions, format: { ...terserOptions.format, preamble: '//# allFunctionsCalledOnLoad' } }),
      reportSizes(),
    ],
  },
  {
    // The languages of the drop-in files: plain data, one small ES module each, beside the script.
    input: Object.fromEntries(packLanguages.map((language) => [language, `src/strings/packs/${language}.ts`])),
    output: { dir: 'dist', format: 'es', entryFileNames: 'entente-timeline-strings-[name].js' },
    plugins: [
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, outDir: 'dist', sourceMap: false }),
      terser(terserOptions),
      reportSizes(),
    ],
  },
];
