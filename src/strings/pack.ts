import type { Arity, EventKind } from '../data/model.js';

/**
 * A text for each plural category of a language (`Intl.PluralRules`): `one`,
 * `few`, `many`… as the language has them; `other` is required and stands in
 * for any category left out. `{count}` is the number, formatted for the locale.
 */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * One language's interface text, as plain data: a pack is a module of its own
 * (a chunk in an npm build, a sibling file of the drop-in scripts) with no
 * code, so it costs only its text. Placeholders in braces are filled in by
 * `compilePack`; the comments of `TimelineStrings` say what each text is.
 */
export interface StringsPack {
  readonly loading: string;
  readonly errorTitle: string;
  readonly retry: string;
  readonly empty: string;
  readonly close: string;
  readonly chartLabel: string;
  readonly arity: Readonly<Record<Arity, string>>;
  readonly kind: Readonly<Record<EventKind, string>>;
  readonly parties: string;
  readonly people: string;
  readonly topics: string;
  readonly sources: string;
  readonly related: string;
  readonly location: string;
  readonly host: string;
  /** `{count}`. */
  readonly eventCount: PluralText;
  /** `{events}` (the event count above) and `{dates}`. */
  readonly clusterName: string;
  /** `{date}`, `{arity}` (one of the arity names), `{parties}` (a list the locale formats) and `{title}`: the sentence's punctuation is the language's (、。：，،). */
  readonly eventName: string;
  /** `{date}` and `{title}`. */
  readonly datedTitle: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetZoom: string;
  /** `{modifier}`: "Ctrl" (or `controlKey`), or "⌘" on Apple devices. */
  readonly zoomHint: string;
  /** What the Ctrl key is called on the language's keyboards, where it is not "Ctrl" ("Strg" on German ones). */
  readonly controlKey?: string;
  readonly viewList: string;
  readonly viewChart: string;
  readonly relationship: string;
  readonly allRelationships: string;
  /** `{first}` and `{second}`: two party names. */
  readonly pair: string;
  readonly filters: string;
  readonly previous: string;
  readonly next: string;
  /** `{date}`: the previous event's date. */
  readonly previousEvent: string;
  /** `{date}`: the next event's date. */
  readonly nextEvent: string;
  readonly errorDetails: string;
  readonly viewControls: string;
  /** `{count}`: how many more. */
  readonly showMore: PluralText;
  readonly errors: {
    readonly network: string;
    /** `{status}`: the HTTP status. */
    readonly http: string;
    readonly notJson: string;
    readonly timeout: string;
    readonly tooLarge: string;
    readonly invalid: string;
    readonly code: string;
  };
}

/** Puts values in a pack's `{name}` placeholders; values are text (a party's name) and are never read as patterns. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Picks the text of `count`'s plural category in `locale`, or `other` when the pack has no text for it. */
export function selectPlural(texts: PluralText, rules: Intl.PluralRules, count: number, formatted: string): string {
  return fillPlaceholders(texts[rules.select(count)] ?? texts.other, { count: formatted });
}
