import type { Arity, EventKind } from './data/model.js';
import { english } from './strings/packs/en.js';
import { fillPlaceholders, selectPlural, type StringsPack } from './strings/pack.js';
import { importPack } from './strings/import-pack.js';

/**
 * Every piece of interface text the element shows. It ships in several
 * languages (see `SHIPPED_LANGUAGES`), chosen by the element's locale; a site
 * changes any text by setting the element's `strings` property to a partial
 * object, and anything left out comes from the locale's language, else English.
 */
export interface TimelineStrings {
  loading: string;
  errorTitle: string;
  retry: string;
  empty: string;
  close: string;
  chartLabel: string;
  arity: Record<Arity, string>;
  kind: Record<EventKind, string>;
  parties: string;
  people: string;
  topics: string;
  sources: string;
  related: string;
  location: string;
  host: string;
  /** "3 events"; receives the count already formatted for the locale. */
  eventCount: (count: number, formatted: string) => string;
  /** Accessible name of a cluster mark: "4 events, 11–15 September 2020". */
  clusterName: (count: number, formatted: string, dates: string) => string;
  /** Accessible name of an event's mark: "9 November 2020, trilateral: Russia, Azerbaijan and Armenia. Trilateral statement". */
  eventName: (date: string, arity: string, parties: string, title: string) => string;
  /** A related event in the detail card: "9 November 2020: Trilateral statement". */
  datedTitle: (date: string, title: string) => string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  /** Shown when the reader scrolls over the chart without the zoom modifier; receives "Ctrl" (the language's name for it goes into the text) or "⌘". */
  zoomHint: (modifier: string) => string;
  viewList: string;
  viewChart: string;
  /** Label of the relationship (pair focus) menu. */
  relationship: string;
  allRelationships: string;
  /** Option of the relationship menu: "Russia and Azerbaijan". */
  pair: (first: string, second: string) => string;
  /** Label of the party and arity filter group. */
  filters: string;
  /** Visible text of the detail card's step buttons ("← Previous", "Next →" with the arrow drawn by the view). */
  previous: string;
  next: string;
  /** Accessible names of the step buttons: "Previous: 9 November 2020". */
  previousEvent: (date: string) => string;
  nextEvent: (date: string) => string;
  /** Summary of the error panel's disclosure that holds the fault's JSON path. */
  errorDetails: string;
  /** Label of the zoom and view toolbar. */
  viewControls: string;
  /** "Show more (120 more)" under a long list. */
  showMore: (remaining: number, formatted: string) => string;
  /** Reasons for the error panel. */
  errors: {
    network: string;
    http: (status: number) => string;
    notJson: string;
    timeout: string;
    tooLarge: string;
    invalid: string;
    /** The widget's own code (its renderer, a separate file in an npm build) could not be loaded. */
    code: string;
  };
}

/** The languages whose interface text ships with the element, by ISO 639-1 code; English is built in, the others load when needed. */
export const SHIPPED_LANGUAGES = ['en', 'ar', 'de', 'es', 'fa', 'fr', 'he', 'ja', 'pt', 'ru', 'tr', 'uk', 'zh'] as const;
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

/** Turns a pack's data into the strings the view calls, with `locale`'s plural rules. */
export function compilePack(pack: StringsPack, locale: string): TimelineStrings {
  const plurals = new Intl.PluralRules(locale);
  const eventCount = (count: number, formatted: string) => selectPlural(pack.eventCount, plurals, count, formatted);
  return {
    ...pack,
    arity: { ...pack.arity },
    kind: { ...pack.kind },
    eventCount,
    clusterName: (count, formatted, dates) => fillPlaceholders(pack.clusterName, { events: eventCount(count, formatted), dates }),
    eventName: (date, arity, parties, title) => fillPlaceholders(pack.eventName, { date, arity, parties, title }),
    datedTitle: (date, title) => fillPlaceholders(pack.datedTitle, { date, title }),
    zoomHint: (modifier) => fillPlaceholders(pack.zoomHint, { modifier: (modifier === 'Ctrl' && pack.controlKey) || modifier }),
    pair: (first, second) => fillPlaceholders(pack.pair, { first, second }),
    previousEvent: (date) => fillPlaceholders(pack.previousEvent, { date }),
    nextEvent: (date) => fillPlaceholders(pack.nextEvent, { date }),
    showMore: (remaining, formatted) => selectPlural(pack.showMore, plurals, remaining, formatted),
    errors: { ...pack.errors, http: (status) => fillPlaceholders(pack.errors.http, { status: String(status) }) },
  };
}

export const defaultStrings: TimelineStrings = compilePack(english, 'en');

/**
 * The shipped language for a BCP 47 tag, or `undefined` (then English):
 * `pt-BR` → `pt`, `iw` → `he`, `zh`/`zh-CN`/`zh-Hans` → `zh` (Simplified), while
 * `zh-TW`, `zh-HK` and `zh-Hant` get English rather than the wrong script.
 */
export function matchLanguage(locale: string | undefined): ShippedLanguage | undefined {
  if (!locale) return undefined;
  if (!matchedLanguages.has(locale)) matchedLanguages.set(locale, findLanguage(locale));
  return matchedLanguages.get(locale);
}

const matchedLanguages = new Map<string, ShippedLanguage | undefined>();

function findLanguage(locale: string): ShippedLanguage | undefined {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale).maximize();
  } catch {
    return undefined;
  }
  const language = parsed.language === 'iw' ? 'he' : parsed.language;
  if (language === 'zh' && parsed.script !== 'Hans') return undefined;
  return (SHIPPED_LANGUAGES as readonly string[]).includes(language) ? (language as ShippedLanguage) : undefined;
}

const chosenLocales = new Map<string, string>();

/**
 * The locale the interface follows: the first candidate the browser can format
 * dates in — in order the element's `locale`, the document's, the nearest
 * `lang` on the page, the browser's — else `en`. Results are kept, as the
 * element asks on every update.
 */
export function pickLocale(candidates: readonly (string | null | undefined)[]): string {
  const key = candidates.join('\n');
  let chosen = chosenLocales.get(key);
  if (chosen === undefined) {
    chosen = candidates.find((candidate) => candidate && isFormattable(candidate)) ?? 'en';
    chosenLocales.set(key, chosen);
  }
  return chosen;
}

function isFormattable(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    // A malformed tag from the page or the data: the next candidate is tried.
    return false;
  }
}

/**
 * The languages loaded so far: a pack, or `null` for one that could not be
 * loaded (English is then used, with one warning). Loading is idempotent and
 * every element shares it, so this is a cache of what the page fetched, not state
 * of any one element.
 */
const loadedPacks = new Map<ShippedLanguage, StringsPack | null>([['en', english]]);
const pendingPacks = new Map<ShippedLanguage, Promise<void>>();
/** Compiled strings per locale (plural rules differ between `pt-PT` and `pt-BR`), built once. */
const compiled = new Map<string, TimelineStrings>();

/** Whether `resolveStrings(…, locale)` would already use `locale`'s language (or there is nothing to load for it). */
export function isStringsLoaded(locale: string | undefined): boolean {
  const language = matchLanguage(locale);
  return !language || loadedPacks.has(language);
}

/**
 * Loads the interface text of `locale`'s language, when it ships and is not
 * loaded yet. It never rejects: a pack that cannot be loaded (offline, or the
 * drop-in script uploaded without its language files) leaves English, with
 * one console warning.
 */
export function loadStrings(locale: string | undefined): Promise<void> {
  const language = matchLanguage(locale);
  if (!language || loadedPacks.has(language)) return Promise.resolve();
  let pending = pendingPacks.get(language);
  if (!pending) {
    pending = importPack(language).then(
      (module) => {
        loadedPacks.set(language, module.default);
      },
      (error: unknown) => {
        loadedPacks.set(language, null);
        console.warn(
          `entente-timeline: the interface text in "${language}" could not be loaded, so it is shown in English (${String(error)})`,
        );
      },
    );
    pendingPacks.set(language, pending);
  }
  return pending;
}

/**
 * The interface text for `locale` (English without one), with a site's
 * partial `overrides` laid over it one level deep. Synchronous: it uses the
 * languages `loadStrings` has loaded, and English for any other.
 */
export function resolveStrings(overrides: Partial<TimelineStrings> | undefined, locale?: string): TimelineStrings {
  const base = stringsFor(locale);
  if (!overrides) return base;
  return {
    ...base,
    ...overrides,
    arity: { ...base.arity, ...overrides.arity },
    kind: { ...base.kind, ...overrides.kind },
    errors: { ...base.errors, ...overrides.errors },
  };
}

function stringsFor(locale: string | undefined): TimelineStrings {
  const language = matchLanguage(locale);
  const pack = language && loadedPacks.get(language);
  if (!locale || !pack || language === 'en') return defaultStrings;
  let strings = compiled.get(locale);
  if (!strings) compiled.set(locale, (strings = compilePack(pack, locale)));
  return strings;
}
