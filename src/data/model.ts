/**
 * The normalised timeline that the rest of the pipeline works on.
 *
 * `parseTimeline` turns a document (see `entente-timeline.schema.json` and
 * `document-types.ts`) into this model once per document: references resolved,
 * dates parsed with their precision, events sorted, every dropped part reported
 * as a {@link Fault}. Layout and rendering never look at the raw document.
 */

/** How much of a date the document stated. */
export type DatePrecision = 'year' | 'month' | 'day' | 'instant';

/**
 * A date as the document wrote it.
 *
 * Calendar dates (year, month, day precision) are *not* instants: `2021-05-11`
 * is 11 May for every reader. Their positions (`start`, `stop`) are the
 * calendar fields read as if they were UTC, so a UTC time scale places them on
 * the same day in every time zone. Instants keep the wall-clock time of the
 * offset they were written in (a meeting at 10:00 in Baku is drawn at 10:00 on
 * 11 May), and carry the true moment separately in `instant` for ordering.
 */
export interface TimelineDate {
  /** The text as written in the document, e.g. `"2021-05"`. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** Proleptic Gregorian year, astronomical numbering: 0 is 1 BCE, -43 is 44 BCE. */
  readonly year: number;
  /** 1–12, when the precision is month or finer. */
  readonly month?: number;
  /** 1–31, when the precision is day or finer. */
  readonly day?: number;
  /** Wall-clock time in the stated offset, for instants. */
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** The stated UTC offset in minutes (`+04:00` → 240), for instants. */
  readonly offsetMinutes?: number;
  /** Start of the stated period on the calendar axis (UTC milliseconds of the calendar fields). */
  readonly start: number;
  /** Exclusive end of the stated period (start of the next year/month/day); equals `start` for instants. */
  readonly stop: number;
  /** The true moment (epoch milliseconds), for instants only. */
  readonly instant?: number;
}

export type PartyKind = 'state' | 'organisation' | 'person' | 'other';
export type EventKind = 'visit' | 'meeting' | 'call' | 'statement' | 'agreement' | 'summit' | 'other';
/** Every arity, by party count. */
export const ARITIES = ['unilateral', 'bilateral', 'trilateral', 'multilateral'] as const;
export type Arity = (typeof ARITIES)[number];

/** 1 party: unilateral; 2: bilateral; 3: trilateral; 4 or more: multilateral. */
export const classifyArity = (partyCount: number): Arity => ARITIES[Math.min(partyCount, ARITIES.length) - 1]!;
/** 1 minor, 2 normal (the default), 3 major. */
export type Importance = 1 | 2 | 3;

export interface Party {
  readonly id: string;
  readonly name: string;
  readonly short?: string;
  /** A colour that passed validation as a CSS colour; absent otherwise. */
  readonly color?: string;
  readonly kind: PartyKind;
  readonly flag?: string;
  /** Position in the document's `parties` array (after dropped entries are removed). */
  readonly index: number;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  /** A known party id. */
  readonly party?: string;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
}

export interface Place {
  readonly name?: string;
  readonly country?: string;
}

export interface Quote {
  readonly text: string;
  /** A known person id. */
  readonly by?: string;
}

export interface Source {
  readonly title?: string;
  /** Always an absolute `http:` or `https:` URL. */
  readonly url: string;
}

export interface TimelineImage {
  /** Always an absolute `http:` or `https:` URL. */
  readonly url: string;
  readonly alt?: string;
  readonly credit?: string;
}

/** A diplomatic event: a visit, meeting, call, statement, agreement or summit. */
export interface TimelineEvent {
  readonly id: string;
  readonly date: TimelineDate;
  /** Present only when it is not before `date`. */
  readonly end?: TimelineDate;
  readonly title: string;
  /** A shorter headline for the chart, when the document gives one (trimmed, never blank); the title otherwise. */
  readonly label?: string;
  /** Known party ids, unique, in the document's order; at least one. */
  readonly parties: readonly string[];
  readonly arity: Arity;
  readonly kind: EventKind;
  /** A known party id. */
  readonly host?: string;
  readonly location?: Place;
  /** Known person ids. */
  readonly people: readonly string[];
  readonly summary?: string;
  readonly quotes: readonly Quote[];
  /** Known topic ids. */
  readonly topics: readonly string[];
  readonly sources: readonly Source[];
  readonly image?: TimelineImage;
  /** Ids of other events in this timeline (never the event itself). */
  readonly related: readonly string[];
  readonly importance: Importance;
  /** Position in the document's `events` array, for stable ordering. */
  readonly index: number;
}

/** A problem found in a document, with the JSON path where it was found. */
export interface Fault {
  /** JSON path in the form `events[3].date`; `""` for the document itself. */
  readonly path: string;
  /** Plain-language explanation, without the path: `"2021-02-30" is not a valid date`. */
  readonly message: string;
  /** Stable machine-readable code, e.g. `invalid-date`, `unknown-party`. */
  readonly code: string;
}

export interface TimelineModel {
  readonly version: 1;
  readonly title?: string;
  readonly description?: string;
  readonly locale?: string;
  /** In document order. */
  readonly parties: readonly Party[];
  readonly people: readonly Person[];
  readonly topics: readonly Topic[];
  /** Sorted by date (see `compareEvents`). */
  readonly events: readonly TimelineEvent[];
  readonly partyById: ReadonlyMap<string, Party>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly topicById: ReadonlyMap<string, Topic>;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
}

export type ParseResult =
  | { readonly ok: true; readonly model: TimelineModel; readonly warnings: readonly Fault[] }
  | { readonly ok: false; readonly error: Fault; readonly warnings: readonly Fault[] };

/** Formats a fault the way it is shown to data authors: `events[3].date: "2021-02-30" is not a valid date`. */
export function formatFault(fault: Fault): string {
  return fault.path ? `${fault.path}: ${fault.message}` : fault.message;
}
