// Prints the gzip weight of each drop-in file after a build, and fails the
// build when a drop-in script (the ES module or the classic script) is over its
// budget: every byte here is downloaded by every reader of every article that
// embeds the timeline. Language files beside them are reported, not budgeted.
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 60_000;
/** The drop-in scripts: each holds the whole element, English included, and is budgeted. */
export const DROP_IN_SCRIPTS = ['entente-timeline.js', 'entente-timeline.iife.js'];

export function reportSizes() {
  return {
    name: 'report-sizes',
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gzip = gzipSync(file.code, { level: 9 }).length;
        const budget = DROP_IN_SCRIPTS.includes(file.fileName) ? ` (budget ${BUDGET_GZIP_BYTES.toLocaleString('en')})` : '';
        console.log(`  ${file.fileName}: ${raw.toLocaleString('en')} bytes, ${gzip.toLocaleString('en')} gzip${budget}`);
        if (budget && gzip > BUDGET_GZIP_BYTES) {
          this.error(`${file.fileName} is ${gzip} bytes gzip, over the ${BUDGET_GZIP_BYTES}-byte budget.`);
        }
      }
    },
  };
}
