import type { TimelineDocument } from './document-types.js';
import type {
  Arity,
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
import { showValue, validateDocument } from './validate.js';

/**
 * Text handling, the same everywhere: ids are kept exactly as written (an id is a key, and
 * `"az"` and `"az "` are different keys); every other text is trimmed, and a blank optional
 * text counts as absent. A blank required text (title, name, label, quote) leaves its item out.
 */

/** A fault inside one party, person, topic or event, which costs only that item. */
const ITEM_PATH = /^(parties|people|topics|events)\[(\d+)\]/;
/** A structural fault in an event's `end` costs only the end: the event is kept as a point. */
const END_PATH = /^events\[\d+\]\.end(?![\w$])/;
const SECTIONS = ['parties', 'people', 'topics', 'events'];
const NOUNS: Record<string, string> = { parties: 'party', people: 'person', topics: 'topic', events: 'event' };
const ARITIES: readonly Arity[] = ['unilateral', 'bilateral', 'trilateral'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Quotes a document value in a message, escaped and shortened (see `showValue`). */
const quote = showValue;

/**
 * Text longer than this is shortened where space is short (the chart, accessible names) and
 * reported; the detail card shows all of it. A headline is rarely a tenth of this.
 */
export const DISPLAY_TEXT_LIMIT = 500;

/**
 * Whether text has something to see: whitespace, zero-width and bidi control characters alone
 * (`"\u200b"`, `"\u202e "`) would draw an invisible lane or title.
 */
function isVisible(text: string): boolean {
  return /[^\s\p{Cf}]/u.test(text);
}

function trimText(text: string | null | undefined): string | undefined {
  return text && isVisible(text) ? text.trim() : undefined;
}

/**
 * Whether JSON text stops inside a string or with brackets still open, as a file cut off in
 * transit or by an upload limit does. Only asked after JSON.parse has failed.
 */
function isCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** A web page where JSON was expected: an error page, a login wall, a wrong address. */
export const HTML_FAULT: Fault = {
  path: '',
  code: 'html-not-json',
  message: 'this is a web page (HTML), not JSON; check that the address points to the timeline\'s JSON file',
};

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

function computeArity(partyCount: number): Arity {
  return ARITIES[partyCount - 1] ?? 'multilateral';
}

/** Orders warnings by section (root, parties, people, topics, events), then by item. */
function computeWarningRank(path: string): number {
  const match = ITEM_PATH.exec(path);
  return match ? (SECTIONS.indexOf(match[1]!) + 1) * 2 ** 32 + Number(match[2]) : 0;
}

function failWith(error: Fault, warnings: Fault[] = []): ParseResult {
  return { ok: false, error, warnings };
}

/**
 * Reads a timeline document (JSON text, with or without a UTF-8 byte-order mark, or an
 * already-parsed object) into the normalised model. A wrong root shape is an error; a bad
 * item or part of an item is left out and reported as a warning with its path, never silently.
 */
export function parseTimeline(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trimStart().startsWith('<')) return failWith(HTML_FAULT);
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = isCutOff(text)
        ? 'the text ends before the document does (the file looks cut off); publish the whole file'
        : (error as Error).message;
      return failWith({ path: '', code: 'not-json', message: `JSON syntax error: ${reason}` });
    }
  }

  const rootFaults: Fault[] = [];
  const itemFaults = new Map<string, Fault[]>();
  const endFaults = new Map<string, Fault[]>();
  for (const fault of validateDocument(value)) {
    const item = ITEM_PATH.exec(fault.path)?.[0];
    if (!item) {
      rootFaults.push(fault);
      continue;
    }
    const byItem = END_PATH.test(fault.path) ? endFaults : itemFaults;
    byItem.set(item, [...(byItem.get(item) ?? []), fault]);
  }
  if (rootFaults.length) return rejectRoot(value, rootFaults);
  return buildModel(value as TimelineDocument, itemFaults, endFaults);
}

/** Puts the most useful fault first: a wrong version explains every other mismatch. */
function rejectRoot(value: unknown, faults: Fault[]): ParseResult {
  if (faults[0]!.path === '' && faults[0]!.code === 'wrong-type') {
    return failWith({ ...faults[0]!, code: 'not-object' });
  }
  const version = (value as { version?: unknown }).version;
  if (version === 1) return failWith(faults[0]!, faults.slice(1));
  const error: Fault =
    version === undefined
      ? { path: '', code: 'required', message: '"version" is required; this widget reads version 1' }
      : { path: 'version', code: 'unsupported-version', message: `unsupported version ${quote(version)}; this widget reads version 1` };
  // Another version's shape is not expected to match this one's, so its other faults are noise.
  if (version !== undefined) return failWith(error);
  return failWith(error, faults.filter((fault) => fault.message !== '"version" is required'));
}

function buildModel(
  doc: TimelineDocument,
  itemFaults: ReadonlyMap<string, Fault[]>,
  endFaults: ReadonlyMap<string, Fault[]>,
): ParseResult {
  const warnings: Fault[] = [];
  const warn = (path: string, code: string, message: string): void => {
    warnings.push({ path, code, message });
  };
  /** Reports an item's structural faults, each with its own path; true when there were any. */
  const hasFaults = (collection: string, index: number): boolean => {
    const faults = itemFaults.get(`${collection}[${index}]`);
    for (const fault of faults ?? []) {
      warnings.push({ ...fault, message: `${fault.message}; this ${NOUNS[collection]} is left out` });
    }
    return !!faults;
  };
  const isBlank = (text: string, path: string, noun: string): boolean => {
    if (isVisible(text)) return false;
    warn(path, 'blank-text', `must not be blank; this ${noun} is left out`);
    return true;
  };
  const isDuplicate = (ids: ReadonlyMap<string, unknown>, id: string, path: string, noun: string): boolean => {
    if (!ids.has(id)) return false;
    warn(`${path}.id`, 'duplicate-id', `another ${noun} already has the id ${quote(id)}; this ${noun} is left out`);
    return true;
  };
  const warnLong = (text: string, path: string): void => {
    const length = text.trim().length;
    if (length > DISPLAY_TEXT_LIMIT) {
      warn(path, 'long-text', `is ${length} characters long; it is shortened in the chart (the detail card shows all of it)`);
    }
  };
  const warnUnsafeUrl = (path: string, url: string, noun: string): void => {
    warn(path, 'unsafe-url', `${quote(url)} is not an absolute http: or https: link; this ${noun} is left out`);
  };
  /** Keeps the known, distinct ids of a reference list and reports the rest. */
  const keepKnownIds = (
    ids: readonly string[] | null | undefined,
    path: string,
    known: ReadonlyMap<string, unknown>,
    code: string,
    noun: string,
    self?: string,
  ): string[] => {
    const kept: string[] = [];
    (ids ?? []).forEach((id, index) => {
      const at = `${path}[${index}]`;
      if (id === self) warn(at, 'self-reference', 'an event cannot be related to itself; ignored');
      else if (!known.has(id)) warn(at, code, `${quote(id)} is not ${noun} in this timeline; ignored`);
      else if (kept.includes(id)) warn(at, 'duplicate-ref', `${quote(id)} is listed twice; counted once`);
      else kept.push(id);
    });
    return kept;
  };
  const keepKnownId = (
    id: string | null | undefined,
    path: string,
    known: ReadonlyMap<string, unknown>,
    code: string,
    noun: string,
  ): string | undefined => {
    if (id == null) return undefined;
    if (known.has(id)) return id;
    warn(path, code, `${quote(id)} is not ${noun} in this timeline; ignored`);
    return undefined;
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

  // Array.from turns holes (possible in a `data` object, never in JSON) into items the validator has reported.
  const parties: Party[] = [];
  const partyById = new Map<string, Party>();
  Array.from(doc.parties).forEach((input, index) => {
    const path = `parties[${index}]`;
    if (hasFaults('parties', index) || isBlank(input.name, `${path}.name`, 'party')) return;
    if (isDuplicate(partyById, input.id, path, 'party')) return;
    warnLong(input.name, `${path}.name`);
    let color = trimText(input.color);
    if (color !== undefined && !isCssColor(color)) {
      warn(`${path}.color`, 'invalid-color', `${quote(color)} is not a CSS colour; the lane gets a default colour`);
      color = undefined;
    }
    const party: Party = compact({
      id: input.id,
      name: input.name.trim(),
      short: trimText(input.short),
      color,
      kind: input.kind ?? 'other',
      flag: trimText(input.flag),
      index: parties.length,
    });
    parties.push(party);
    partyById.set(party.id, party);
  });

  const people: Person[] = [];
  const personById = new Map<string, Person>();
  Array.from(doc.people ?? []).forEach((input, index) => {
    const path = `people[${index}]`;
    if (hasFaults('people', index) || isBlank(input.name, `${path}.name`, 'person')) return;
    if (isDuplicate(personById, input.id, path, 'person')) return;
    const person: Person = compact({
      id: input.id,
      name: input.name.trim(),
      role: trimText(input.role),
      party: keepKnownId(input.party, `${path}.party`, partyById, 'unknown-party', 'a party'),
    });
    people.push(person);
    personById.set(person.id, person);
  });

  const topics: Topic[] = [];
  const topicById = new Map<string, Topic>();
  Array.from(doc.topics ?? []).forEach((input, index) => {
    const path = `topics[${index}]`;
    if (hasFaults('topics', index) || isBlank(input.label, `${path}.label`, 'topic')) return;
    if (isDuplicate(topicById, input.id, path, 'topic')) return;
    const topic: Topic = { id: input.id, label: input.label.trim() };
    topics.push(topic);
    topicById.set(topic.id, topic);
  });

  // Related ids can point forwards, so they are resolved once every event is known.
  const events: Mutable<TimelineEvent>[] = [];
  const eventById = new Map<string, TimelineEvent>();
  const pendingRelated: (readonly string[] | null | undefined)[] = [];
  Array.from(doc.events).forEach((input, index) => {
    const path = `events[${index}]`;
    if (hasFaults('events', index) || isBlank(input.title, `${path}.title`, 'event')) return;
    const date = parseDate(input.date);
    if (!date) return warn(`${path}.date`, 'invalid-date', `${quote(input.date)} is not a valid date; this event is left out`);

    // An event cannot be drawn truthfully without all of its parties: its arity would change.
    let hasUnknownParty = false;
    input.parties.forEach((id, k) => {
      if (partyById.has(id)) return;
      hasUnknownParty = true;
      warn(`${path}.parties[${k}]`, 'unknown-party', `${quote(id)} is not a party in this timeline; this event is left out`);
    });
    if (hasUnknownParty) return;
    const partyIds = keepKnownIds(input.parties, `${path}.parties`, partyById, 'unknown-party', 'a party');
    if (!partyIds.length) return warn(`${path}.parties`, 'no-parties', 'no party takes part; this event is left out');
    if (isDuplicate(eventById, input.id, path, 'event')) return;
    warnLong(input.title, `${path}.title`);

    let end: TimelineDate | undefined;
    const endFaultList = endFaults.get(path);
    if (endFaultList) {
      for (const fault of endFaultList) warnings.push({ ...fault, message: `${fault.message}; the end is ignored` });
    } else if (input.end != null) {
      end = parseDate(input.end);
      if (!end) {
        warn(`${path}.end`, 'invalid-date', `${quote(input.end)} is not a valid date; the end is ignored`);
      } else if (isEndBefore(end, date)) {
        warn(`${path}.end`, 'end-before-start', `ends (${quote(input.end)}) before it starts (${quote(input.date)}); the end is ignored`);
        end = undefined;
      }
    }

    const quotes: Quote[] = [];
    (input.quotes ?? []).forEach((quoteInput, k) => {
      const at = `${path}.quotes[${k}]`;
      if (isBlank(quoteInput.text, `${at}.text`, 'quote')) return;
      quotes.push(
        compact({
          text: quoteInput.text.trim(),
          by: keepKnownId(quoteInput.by, `${at}.by`, personById, 'unknown-person', 'a person'),
        }),
      );
    });

    const sources: Source[] = [];
    (input.sources ?? []).forEach((sourceInput, k) => {
      const url = parseSafeUrl(sourceInput.url);
      if (!url) return warnUnsafeUrl(`${path}.sources[${k}].url`, sourceInput.url, 'source');
      sources.push(compact({ title: trimText(sourceInput.title), url }));
    });

    let image: TimelineImage | undefined;
    if (input.image) {
      const url = parseSafeUrl(input.image.url);
      if (!url) warnUnsafeUrl(`${path}.image.url`, input.image.url, 'image');
      else image = compact({ url, alt: trimText(input.image.alt), credit: trimText(input.image.credit) });
    }

    const place: Place = compact({ name: trimText(input.location?.name), country: trimText(input.location?.country) });

    const event: Mutable<TimelineEvent> = compact({
      id: input.id,
      date,
      end,
      title: input.title.trim(),
      parties: partyIds,
      arity: computeArity(partyIds.length),
      kind: input.kind ?? 'other',
      host: keepKnownId(input.host, `${path}.host`, partyById, 'unknown-party', 'a party'),
      location: place.name || place.country ? place : undefined,
      people: keepKnownIds(input.people, `${path}.people`, personById, 'unknown-person', 'a person'),
      summary: trimText(input.summary),
      quotes,
      topics: keepKnownIds(input.topics, `${path}.topics`, topicById, 'unknown-topic', 'a topic'),
      sources,
      image,
      related: [],
      importance: input.importance ?? 2,
      index,
    });
    events.push(event);
    eventById.set(event.id, event);
    pendingRelated.push(input.related);
  });

  events.forEach((event, k) => {
    event.related = keepKnownIds(
      pendingRelated[k],
      `events[${event.index}].related`,
      eventById,
      'unknown-event',
      'an event',
      event.id,
    );
  });
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
