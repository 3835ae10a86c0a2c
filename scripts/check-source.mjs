// Data must never become markup or code. Fails on any API in src/ that turns
// a string into DOM or script, so a slip is caught before review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const forbidden = [
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, 'Lit unsafe directives'],
  [/\.innerHTML\b|\.outerHTML\b/, 'innerHTML/outerHTML'],
  [/insertAdjacentHTML|createContextualFragment|document\.write/, 'HTML string insertion'],
  [/\beval\s*\(|new\s+Function\s*\(/, 'eval/new Function'],
  [/\.setAttribute\(\s*['"]style['"]|\.style\.cssText|style="\$\{/, 'style strings (use styleMap / the CSSOM)'],
  [/document\.(addEventListener|onkeydown|onkeyup)|window\.addEventListener\(\s*['"]key/, 'document-level listeners'],
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
    for (const [pattern, what] of forbidden) {
      if (pattern.test(line)) {
        failures++;
        console.error(`${relative('.', file)}:${index + 1}: ${what} is not allowed in src/: ${line.trim()}`);
      }
    }
  });
}
if (failures) process.exit(1);
console.log('check-source: no markup-from-string APIs in src/');
