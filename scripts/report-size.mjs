// Prints the gzip weight of each drop-in file after a build, and fails the
// build when the drop-in module is over its budget: every byte here is
// downloaded by every reader of every article that embeds the timeline.
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 40_000;

export function reportSizes() {
  return {
    name: 'report-sizes',
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gzip = gzipSync(file.code, { level: 9 }).length;
        const budget = file.fileName === 'entente-timeline.js' ? ` (budget ${BUDGET_GZIP_BYTES.toLocaleString('en')})` : '';
        console.log(`  ${file.fileName}: ${raw.toLocaleString('en')} bytes, ${gzip.toLocaleString('en')} gzip${budget}`);
        if (budget && gzip > BUDGET_GZIP_BYTES) {
          this.error(`${file.fileName} is ${gzip} bytes gzip, over the ${BUDGET_GZIP_BYTES}-byte budget.`);
        }
      }
    },
  };
}
