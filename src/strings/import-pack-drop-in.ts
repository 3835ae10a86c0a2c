import type { StringsPack } from './pack.js';

/**
 * The drop-in scripts' stand-in for import-pack.ts (rollup.config.mjs swaps
 * it in): a language is the file `entente-timeline-strings-<language>.js`
 * next to the script, so an upload of the script alone still works, in
 * English. `import.meta.url` is the script's address; in the classic script
 * Rollup turns it into `document.currentScript.src`, read while the script runs.
 */
const scriptUrl = import.meta.url;

/** Loads one language's pack from beside the script; `language` is one of SHIPPED_LANGUAGES, never text from the page or the data. */
export function importPack(language: string): Promise<{ readonly default: StringsPack }> {
  return import(/* @vite-ignore */ new URL(`entente-timeline-strings-${language}.js`, scriptUrl).href);
}
