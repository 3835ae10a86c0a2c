import type { StringsPack } from './pack.js';

type PackModule = Promise<{ readonly default: StringsPack }>;

/**
 * Each language as a module of its own, so that a bundler makes it a chunk that
 * only its readers download. The drop-in builds replace this module with
 * import-pack-drop-in.ts (rollup.config.mjs): one file, no chunks of its own.
 * The keys are SHIPPED_LANGUAGES less English, which is built in.
 */
const packs: Readonly<Record<string, () => PackModule>> = {
  ar: () => import('./packs/ar.js'),
  de: () => import('./packs/de.js'),
  es: () => import('./packs/es.js'),
  fa: () => import('./packs/fa.js'),
  fr: () => import('./packs/fr.js'),
  he: () => import('./packs/he.js'),
  ja: () => import('./packs/ja.js'),
  pt: () => import('./packs/pt.js'),
  ru: () => import('./packs/ru.js'),
  tr: () => import('./packs/tr.js'),
  uk: () => import('./packs/uk.js'),
  zh: () => import('./packs/zh.js'),
};

/** Loads one language's pack. */
export function importPack(language: string): PackModule {
  const load = packs[language];
  return load ? load() : Promise.reject(new Error(`no interface text for "${language}"`));
}
