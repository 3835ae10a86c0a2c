// The model, item by item, from a document whose structure `parseTimeline` has checked.
import type { TimelineDocument } from './document-types.js';
import { classifyArity } from './model.js';
import type {
  Fault,
  ParseResult,
  Party,
  Person,
  Place,
  Quote,
  Source,
  TimelineDate,
  TimelineEvent,
  TimelineImage,
  TimelineModel,
  Topic,
} from './model.js';
import { compareDates, isEndBefore, parseDate } from './dates.js';
import { isCssColor, parseSafeUrl } from './sanitize.js';
// `quote` shows a document value in a message, escaped and shortened.
import { showValue as quote } from './validate.js';

/**
 * Text handling, the same everywhere: ids are kept exactly as written (an id is a key, and
 * `"az"` and `"az "` are different keys); every other text is trimmed, and a blank optional
 * text counts as absent. A blank required text (title, name, label, quote) leaves its item out.
 */

/** A fault inside one party, person, topic or event, which costs only that item. */
export const ITEM_PATH = /^(parties|people|topics|events)\[(\d+)\]/;
/** What one item of each section is called; the sections in the order their warnings come. */
const NOUNS: Record<string, string> = { parties: 'party', people: 'person', topics: 'topic', events: 'event' };
const SECTIONS = Object.keys(NOUNS);
/** No ids: an event's related ids, when it lists none, until every event is known. */
const NONE: readonly never[] = [];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Text longer than this is shortened where space is short (the chart, accessible names) and
 * reported; the detail card shows all of it. A headline is rarely a tenth of this.
 */
export const DISPLAY_TEXT_LIMIT = 500;

/** A character that can be seen; made once, as a literal in a function is made at each call. */
const VISIBLE = /[^\s\p{Cf}]/u;

/**
 * Whether text has something to see: whitespace, zero-width and bidi control characters alone
 * (`"\u200b"`, `"\u202e "`) would draw an invisible lane or title.
 */
function isVisible(text: string): boolean {
  return VISIBLE.test(text);
}

function trimText(text: string | null | undefined): string | undefined {
  return text && isVisible(text) ? text.trim() : undefined;
}

/**
 * Drops absent optional fields, so a model object only has the keys it means.
 * Copies rather than `delete`s: deleting a property turns an object into a slow
 * dictionary, and an archive has tens of thousands of these.
 */
function compact<T extends object>(object: T): T {
  const kept = {} as T;
  for (const key in object) if (object[key] !== undefined) kept[key] = object[key];
  return kept;
}

/** Orders warnings by section (root, parties, people, topics, events), then by item. */
function computeWarningRank(path: string): number {
  const match = ITEM_PATH.exec(path);
  return match ? (SECTIONS.indexOf(match[1]!) + 1) * 2 ** 32 + Number(match[2]) : 0;
}

/**
 * Builds the model from a document whose structural faults are known, item by item. This runs
 * on every page before anything is drawn, while the engine is still cold, so the work per event
 * is kept small: no closures, copies or throwaway arrays made for it, and no path text unless a
 * warning needs it.
 */
export function buildModel(doc: TimelineDocument, itemFaults: ReadonlyMap<string, Fault[]>): ParseResult {
  const warnings: Fault[] = [];
  const warn = (path: string, code: string, message: string): void => {
    warnings.push({ path, code, message });
  };
  // The item being read, `events[3]`: its warnings' paths are written out from these only when there is one.
  let section = '';
  let position = 0;
  const at = (rest = ''): string => `${section}[${position}]${rest}`;

  /** Reports the item's structural faults, each with its own path; true when there were any. */
  const hasFaults = (): boolean => {
    // A valid document has none, and then no key is written out for each item.
    const faults = itemFaults.size && itemFaults.get(at());
    if (faults) {
      for (const fault of faults) warnings.push({ ...fault, message: `${fault.message}; this ${NOUNS[section]} is left out` });
    }
    return !!faults;
  };
  const isBlank = (text: string, rest: string, noun = NOUNS[section]): boolean => {
    if (isVisible(text)) return false;
    warn(at(rest), 'blank-text', `must not be blank; this ${noun} is left out`);
    return true;
  };
  const isDuplicate = (ids: ReadonlyMap<string, unknown>, id: string): boolean => {
    if (!ids.has(id)) return false;
    const noun = NOUNS[section];
    warn(at('.id'), 'duplicate-id', `another ${noun} already has the id ${quote(id)}; this ${noun} is left out`);
    return true;
  };
  const warnLong = (text: string, rest: string): void => {
    const length = text.trim().length;
    if (length > DISPLAY_TEXT_LIMIT) {
      warn(at(rest), 'long-text', `is ${length} characters long; it is shortened in the chart (the detail card shows all of it)`);
    }
  };
  const keepKnownId = (
    id: string | null | undefined,
    known: ReadonlyMap<string, unknown>,
    code: string,
    noun: string,
    rest: string,
  ): string | undefined => {
    if (id == null) return undefined;
    if (known.has(id)) return id;
    warn(at(rest), code, `${quote(id)} is not ${noun} in this timeline; ignored`);
    return undefined;
  };
  /** Keeps the known, distinct ids of one of an event's reference lists and reports the rest. */
  const keepKnownIds = (
    ids: readonly string[] | null | undefined,
    known: ReadonlyMap<string, unknown>,
    code: string,
    noun: string,
    field: string,
    self?: string,
  ): string[] => {
    // Made at its full size and cut to what is kept: `push` would reserve room for 17 ids.
    const kept: string[] = new Array(ids?.length ?? 0);
    let count = 0;
    for (let k = 0; ids && k < ids.length; k++) {
      const id = ids[k]!;
      if (id === self) warn(at(`.${field}[${k}]`), 'self-reference', 'an event cannot be related to itself; ignored');
      else if (!known.has(id)) keepKnownId(id, known, code, noun, `.${field}[${k}]`);
      else if (kept.includes(id)) warn(at(`.${field}[${k}]`), 'duplicate-ref', `${quote(id)} is listed twice; counted once`);
      else kept[count++] = id;
    }
    // Setting the length is slow even when it does not change.
    if (count < kept.length) kept.length = count;
    return kept;
  };
  /**
   * Reads one section into a list and a map by id. `read` makes an item, or returns nothing
   * when it has warned why the item is left out; an item with structural faults is not read.
   * It is called once per item, as its own function, so that the engine optimises it early.
   */
  const readItems = <Input, Item extends { readonly id: string }>(
    name: string,
    inputs: readonly Input[] | null | undefined,
    read: (input: Input, byId: ReadonlyMap<string, Item>, index: number) => Item | undefined | void,
  ): [Item[], Map<string, Item>] => {
    const items: Item[] = [];
    const byId = new Map<string, Item>();
    section = name;
    // Indexes, not forEach: a hole (possible in a `data` object, never in JSON) is an item the validator has reported.
    for (let index = 0; inputs && index < inputs.length; index++) {
      position = index;
      const item = hasFaults() ? undefined : read(inputs[index]!, byId, index);
      if (item) {
        items.push(item);
        byId.set(item.id, item);
      }
    }
    return [items, byId];
  };

  let locale = trimText(doc.locale);
  if (locale !== undefined) {
    try {
      locale = Intl.getCanonicalLocales(locale)[0];
    } catch {
      warn('locale', 'invalid-locale', `${quote(locale)} is not a language tag; the page's language is used`);
      locale = undefined;
    }
  }

  const [parties, partyById] = readItems('parties', doc.parties, (input, byId): Party | undefined => {
    if (isBlank(input.name, '.name') || isDuplicate(byId, input.id)) return;
    warnLong(input.name, '.name');
    let color = trimText(input.color);
    if (color !== undefined && !isCssColor(color)) {
      warn(at('.color'), 'invalid-color', `${quote(color)} is not a CSS colour; the lane gets a default colour`);
      color = undefined;
    }
    return compact({
      id: input.id,
      name: input.name.trim(),
      short: trimText(input.short),
      color,
      kind: input.kind ?? 'other',
      flag: trimText(input.flag),
      index: byId.size,
    });
  });

  const [people, personById] = readItems('people', doc.people, (input, byId): Person | undefined => {
    if (isBlank(input.name, '.name') || isDuplicate(byId, input.id)) return;
    return compact({
      id: input.id,
      name: input.name.trim(),
      role: trimText(input.role),
      party: keepKnownId(input.party, partyById, 'unknown-party', 'a party', '.party'),
    });
  });

  const [topics, topicById] = readItems('topics', doc.topics, (input, byId): Topic | undefined => {
    if (isBlank(input.label, '.label') || isDuplicate(byId, input.id)) return;
    return { id: input.id, label: input.label.trim() };
  });

  // Related ids can point forwards: an event holds them as written until every event is known.
  const [events, eventById] = readItems('events', doc.events, (input, byId, index): Mutable<TimelineEvent> | void => {
    if (isBlank(input.title, '.title')) return;
    const date = parseDate(input.date);
    if (!date) return warn(at('.date'), 'invalid-date', `${quote(input.date)} is not a valid date; this event is left out`);

    // An event cannot be drawn truthfully without all of its parties: its arity would change.
    let hasUnknownParty = false;
    for (let k = 0; k < input.parties.length; k++) {
      const id = input.parties[k]!;
      if (partyById.has(id)) continue;
      hasUnknownParty = true;
      warn(at(`.parties[${k}]`), 'unknown-party', `${quote(id)} is not a party in this timeline; this event is left out`);
    }
    if (hasUnknownParty) return;
    const partyIds = keepKnownIds(input.parties, partyById, 'unknown-party', 'a party', 'parties');
    if (!partyIds.length) return warn(at('.parties'), 'no-parties', 'no party takes part; this event is left out');
    if (isDuplicate(byId, input.id)) return;
    warnLong(input.title, '.title');

    let end: TimelineDate | undefined;
    const endFaultList = itemFaults.size && itemFaults.get(at('.end'));
    if (endFaultList) {
      for (const fault of endFaultList) warnings.push({ ...fault, message: `${fault.message}; the end is ignored` });
    } else if (input.end != null) {
      end = parseDate(input.end);
      if (!end) {
        warn(at('.end'), 'invalid-date', `${quote(input.end)} is not a valid date; the end is ignored`);
      } else if (isEndBefore(end, date)) {
        warn(at('.end'), 'end-before-start', `ends (${quote(input.end)}) before it starts (${quote(input.date)}); the end is ignored`);
        end = undefined;
      }
    }

    const quotes: Quote[] = [];
    for (let k = 0; input.quotes && k < input.quotes.length; k++) {
      const { text, by } = input.quotes[k]!;
      if (isBlank(text, `.quotes[${k}].text`, 'quote')) continue;
      quotes.push(compact({ text: text.trim(), by: keepKnownId(by, personById, 'unknown-person', 'a person', `.quotes[${k}].by`) }));
    }

    const sources: Source[] = [];
    for (let k = 0; input.sources && k < input.sources.length; k++) {
      const source = input.sources[k]!;
      const url = parseSafeUrl(source.url);
      if (url) sources.push(compact({ title: trimText(source.title), url }));
      else
        warn(
          at(`.sources[${k}].url`),
          'unsafe-url',
          `${quote(source.url)} is not an absolute http: or https: link; this source is left out`,
        );
    }

    let image: TimelineImage | undefined;
    if (input.image) {
      const url = parseSafeUrl(input.image.url);
      if (!url)
        warn(at('.image.url'), 'unsafe-url', `${quote(input.image.url)} is not an absolute http: or https: link; this image is left out`);
      else image = compact({ url, alt: trimText(input.image.alt), credit: trimText(input.image.credit) });
    }

    const name = trimText(input.location?.name);
    const country = trimText(input.location?.country);
    const location: Place | undefined = name || country ? compact({ name, country }) : undefined;
    // In the order of the model's keys, as the warnings have always come.
    const host = keepKnownId(input.host, partyById, 'unknown-party', 'a party', '.host');
    const people = keepKnownIds(input.people, personById, 'unknown-person', 'a person', 'people');
    const summary = trimText(input.summary);
    const topics = keepKnownIds(input.topics, topicById, 'unknown-topic', 'a topic', 'topics');
    const title = input.title.trim();
    const label = trimText(input.label);
    const arity = classifyArity(partyIds.length);
    const kind = input.kind ?? 'other';
    const related = input.related ?? NONE;
    const importance = input.importance ?? 2;
    // Most events have none of the optional fields: one literal with every key then, not a
    // copy made by `compact`. The keys are in the same order either way.
    return end || label || host || location || summary || image
      ? compact({
          id: input.id,
          date,
          end,
          title,
          label,
          parties: partyIds,
          arity,
          kind,
          host,
          location,
          people,
          summary,
          quotes,
          topics,
          sources,
          image,
          related,
          importance,
          index,
        })
      : { id: input.id, date, title, parties: partyIds, arity, kind, people, quotes, topics, sources, related, importance, index };
  });

  // Still in the events section.
  for (const event of events) {
    position = event.index;
    event.related = keepKnownIds(event.related, eventById, 'unknown-event', 'an event', 'related', event.id);
  }
  events.sort((a, b) => compareDates(a.date, b.date) || a.index - b.index);
  // Related ids were checked last; report in document order all the same.
  warnings.sort((a, b) => computeWarningRank(a.path) - computeWarningRank(b.path));

  const model: TimelineModel = compact({
    version: 1 as const,
    title: trimText(doc.title),
    description: trimText(doc.description),
    locale,
    parties,
    people,
    topics,
    events,
    partyById,
    personById,
    topicById,
    eventById,
  });
  return { ok: true, model, warnings };
}
