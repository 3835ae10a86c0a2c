// Data must never become markup or code, and the widget makes no request the page did not
// ask for. Fails on any API in src/ that turns a string into DOM, script or style, or that
// reaches the network outside the source controller, so a slip is caught before review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * [pattern, what, files allowed to use it]. The drop-in scripts' language loader imports our own
 * files by an address computed from the script's (a shipped language's file beside it).
 */
const forbidden = [
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b|\bunsafeMathML\b/, 'Lit unsafe directives'],
  [/\.innerHTML\b|\.outerHTML\b|\.srcdoc\b/, 'innerHTML/outerHTML/srcdoc'],
  [/insertAdjacentHTML|createContextualFragment|document\.write|setHTMLUnsafe|parseHTMLUnsafe|\bDOMParser\b/, 'HTML string insertion'],
  [/\beval\s*\(|new\s+Function\s*\(|\bset(?:Timeout|Interval)\(\s*['"`]/, 'eval/new Function/string timers'],
  [
    /\.setAttribute\(\s*['"](?:style|on\w+|href|src)['"]|\.style\.cssText|style="\$\{/,
    'attribute strings for style, handlers or URLs (use the CSSOM / bindings)',
  ],
  [/document\.(addEventListener|onkeydown|onkeyup)|window\.addEventListener\(\s*['"]key/, 'document-level listeners'],
  [
    /\bfetch\(|XMLHttpRequest|sendBeacon|new\s+(?:WebSocket|EventSource|Worker)\b|\bimport\((?!\s*['"]\.\.?\/)/,
    'network requests outside the source controller (a dynamic import of our own module is fine)',
    ['src/controllers/source-controller.ts', 'src/strings/import-pack-drop-in.ts'],
  ],
  [/@import\b|@font-face\b/, 'stylesheet or font requests'],
];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|js|mjs)$/.test(name)) yield path;
  }
}

let failures = 0;
for (const file of walk('src')) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (/^\s*(\/\/|\*)/.test(line)) return;
    for (const [pattern, what, allowed = []] of forbidden) {
      if (pattern.test(line) && !allowed.includes(relative('.', file).split('\\').join('/'))) {
        failures++;
        console.error(`${relative('.', file)}:${index + 1}: ${what} is not allowed in src/: ${line.trim()}`);
      }
    }
  });
}
if (failures) process.exit(1);
console.log('check-source: no markup-from-string APIs in src/');
