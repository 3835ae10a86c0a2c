/**
 * Knight Lab TimelineJS3 documents, converted to this package's format.
 *
 * The mapping (each event of `events[]`):
 *
 * | TimelineJS                      | entente-timeline                                               |
 * | ------------------------------- | -------------------------------------------------------------- |
 * | `start_date` {year, month, …}   | `date`, with the precision given (`2021`, `2021-05`, `2021-05-11`) |
 * | `end_date`                      | `end`                                                          |
 * | `hour`, `minute`, `second`      | a date-time in UTC (`2021-05-11T10:00Z`): TimelineJS has no zone, so the time is shown as written, with a warning |
 * | negative `year`                 | a BCE year: TimelineJS shows `-44` as 44 BCE, our format writes it `-0043` (astronomical numbering) |
 * | `group`                         | `parties`: the group names the parties, split at `;` `,` `/` `|`, `+` (not in `P5+1`) or a spaced dash (`Russia – Azerbaijan`); a party per distinct name, its id made from the name; `United States [US]` gives the party a short name |
 * | no `group`                      | one party, "Other", with a warning                             |
 * | `text.headline`                 | `title` (HTML reduced to text); when blank, the start of `text.text`, else the media's caption or credit, with a warning |
 * | `text.text`                     | `summary`, HTML reduced to plain text                          |
 * | `media.url` (an image file)     | `image` (`alt` from `media.alt` or `media.caption`, `credit` from `media.credit`) |
 * | `media.url` `//host/…`          | read as `https://host/…`                                       |
 * | `media.url` relative (`img/a.jpg`) | resolved against the document's address (`baseUrl`), or dropped with a warning when it is not known |
 * | `media.url` (any other link)    | `sources[0]` (title from `media.caption` or `media.title`)     |
 * | `media.link`                    | a source too                                                   |
 * | `unique_id`                     | `id` (else `event-1`, `event-2`, … by position)                |
 * | `title` slide `text`            | `title` and `description`                                      |
 *
 * Only `http:` and `https:` links are kept. Everything else (`eras`, `display_date`,
 * `background`, `media.thumbnail`, the title slide's media, `scale: "cosmological"`, unknown
 * fields) is reported as a warning with its path in the TimelineJS document, never silently lost.
 * The result is a version 1 document: keep it, or hand it to `parseTimeline`.
 */
import type { TimelineDocument, TimelineEventInput } from './document-types.js';
import type { Fault } from './model.js';
import { parseDate } from './dates.js';
import { parseSafeUrl } from './sanitize.js';
import { extractText } from './html-text.js';
import { PartyRegistry } from './party-registry.js';
import {
  collectWarnings,
  isObject,
  quote,
  renameField,
  warnUnknownFields,
  type Warn,
  type ConversionOptions,
  type ConversionResult,
  type Json,
} from './conversion.js';

export { extractText, PartyRegistry };
export type { ConversionOptions, ConversionResult };

// ---------------------------------------------------------------------------------------------
// The TimelineJS document.

/**
 * Splits a TimelineJS group into party names: at `;` `,` `/` `|`, at `+` unless a number follows
 * (`P5+1` and `E3+3` name one group of states in the Iran talks), and at a spaced dash
 * (`Russia – Azerbaijan`; `Guinea-Bissau` is one name).
 */
export const GROUP_SEPARATORS = /\s*(?:[;,/|]|\+(?!\s*\d))\s*|\s+[-–—]\s+/;

const EVENT_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'unique_id',
  'display_date',
  'background',
  'autolink',
  'type',
]);
const ROOT_KEYS = new Set(['title', 'events', 'eras', 'scale']);
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)/i;
const MAX_YEAR = 999_999;

/** Text of a TimelineJS text field, which may hold HTML; undefined when blank or not text. */
function readText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? extractText(value) || undefined : undefined;
}

/** A date part: TimelineJS writes them as numbers or strings ("05"), and "" as absent. */
function readPart(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) ? number : null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Years in our notation: `2021`, `-0043`, `+012021`. */
function formatYear(year: number): string {
  const digits = Math.abs(year);
  if (digits <= 9999) return (year < 0 ? '-' : '') + pad(digits, 4);
  return (year < 0 ? '-' : '+') + pad(digits, 6);
}

/**
 * Converts a TimelineJS date object to a date string with its precision, or explains why not.
 * `warn` receives smaller problems that drop only part of the date.
 */
function convertDate(value: unknown, path: string, warn: Warn): string | Fault {
  const fail = (at: string, code: string, message: string): Fault => ({ path: at, code, message });
  if (!isObject(value)) return fail(path, 'wrong-type', `expected an object such as {"year": 2021, "month": 5}, got ${quote(value)}`);
  const parts: Record<string, number | undefined> = {};
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond']) {
    const part = readPart(value[key]);
    if (part === null) return fail(`${path}.${key}`, 'invalid-date', `${quote(value[key])} is not a whole number`);
    parts[key] = part;
  }
  if (value.display_date != null)
    warn(`${path}.display_date`, 'not-mapped', "a display date is not mapped; the date is shown in the reader's language");
  let { year } = parts;
  const { month, day, hour, minute, second, millisecond } = parts;
  if (year === undefined) return fail(`${path}.year`, 'required', '"year" is required');
  if (year === 0) warn(`${path}.year`, 'year-zero', 'there is no year 0 in the BCE/CE calendar; read as 1 BCE');
  // TimelineJS labels year -44 as "44 BCE"; astronomical numbering (ours) calls that year -43.
  else if (year < 0) year += 1;
  if (Math.abs(year) > MAX_YEAR)
    return fail(`${path}.year`, 'not-mapped', `${quote(value.year)} is beyond the years this timeline draws (±999999)`);
  let text = formatYear(year);
  if (month !== undefined) {
    text += `-${pad(month)}`;
    if (day !== undefined) {
      text += `-${pad(day)}`;
      if (hour !== undefined) {
        text += `T${pad(hour)}:${pad(minute ?? 0)}`;
        if (second !== undefined || millisecond !== undefined) text += `:${pad(second ?? 0)}`;
        if (millisecond !== undefined) text += `.${pad(millisecond, 3)}`;
        text += 'Z';
        warn(`${path}.hour`, 'time-zone-assumed', 'TimelineJS dates have no time zone; the time is kept as written and read as UTC');
      }
    } else if (hour !== undefined) {
      warn(`${path}.hour`, 'not-mapped', 'a time without a day is ignored');
    }
  } else if (day !== undefined || hour !== undefined) {
    warn(`${path}.${day !== undefined ? 'day' : 'hour'}`, 'not-mapped', 'a day or time without a month is ignored');
  }
  if (!parseDate(text)) return fail(path, 'invalid-date', `${quote(text)} is not a valid date`);
  return text;
}

/** A short title from the start of a longer text, cut at a word. */
function excerpt(text: string, length = 80): string {
  const line = text.replace(/\s+/g, ' ');
  if (line.length <= length) return line;
  const cut = line.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : length).trimEnd()}…`;
}

/** Maps converted-document field names back to the TimelineJS fields they came from. */
const EVENT_FIELDS: [RegExp, string][] = [
  [/^\.date/, '.start_date'],
  [/^\.end/, '.end_date'],
  [/^\.title/, '.text.headline'],
  [/^\.summary/, '.text.text'],
  [/^\.parties(?:\[\d+\])?/, '.group'],
  [/^\.image\.url/, '.media.url'],
  [/^\.image(?:\.\w+)?/, '.media'],
  [/^\.sources(?:\[\d+\])?(?:\.\w+)?/, '.media'],
  [/^\.id/, '.unique_id'],
];

/**
 * Converts a TimelineJS3 document (`{ title, events, eras }`) to an entente-timeline document.
 * See the table at the top of this module for the mapping; what cannot be mapped is in
 * `warnings`, each with its path in the TimelineJS document.
 */
export function fromTimelineJS(doc: unknown, options: ConversionOptions = {}): ConversionResult {
  const baseUrl = readBaseUrl(options.baseUrl);
  const [warnings, warn] = collectWarnings();
  const registry = new PartyRegistry();
  const events: TimelineEventInput[] = [];
  /** For each converted event, its index in the TimelineJS `events`. */
  const sourceIndex: number[] = [];
  /** For each party, the path of the group that first named it. */
  const partySource: string[] = [];
  const document: TimelineDocument = { version: 1, parties: registry.parties, events };
  const locate = (path: string): string => {
    const item = /^events\[(\d+)\]/.exec(path);
    if (item) return `events[${sourceIndex[Number(item[1])] ?? item[1]}]${renameField(path.slice(item[0].length), EVENT_FIELDS)}`;
    const party = /^parties\[(\d+)\]/.exec(path);
    if (party) return partySource[Number(party[1])] ?? path;
    if (path === 'title') return 'title.text.headline';
    if (path === 'description') return 'title.text.text';
    return path;
  };

  if (!isObject(doc) || !Array.isArray(doc.events)) {
    const error: Fault = {
      path: isObject(doc) ? 'events' : '',
      code: 'not-timelinejs',
      message: isObject(doc) ? 'a TimelineJS document needs an "events" array' : 'a TimelineJS document is a JSON object',
    };
    return { document, warnings, error, locate };
  }

  warnUnknownFields(doc, ROOT_KEYS, '', 'TimelineJS', warn);
  if (doc.title != null) {
    if (!isObject(doc.title)) {
      warn('title', 'wrong-type', 'expected the title slide, an object; ignored');
    } else {
      const text = isObject(doc.title.text) ? doc.title.text : {};
      const title = readText(text.headline);
      const description = readText(text.text);
      if (title) document.title = title;
      if (description) document.description = description;
      for (const key of ['media', 'background', 'start_date', 'end_date', 'group', 'display_date']) {
        if (doc.title[key] != null) warn(`title.${key}`, 'not-mapped', `the title slide's ${key.replace('_', ' ')} is not mapped`);
      }
    }
  }
  if (Array.isArray(doc.eras) && doc.eras.length) {
    warn(
      'eras',
      'not-mapped',
      `${doc.eras.length === 1 ? 'an era is' : `${doc.eras.length} eras are`} not mapped: this timeline has no eras`,
    );
  }
  if (doc.scale === 'cosmological') warn('scale', 'not-mapped', 'the cosmological scale is not mapped; years beyond ±999999 are left out');

  const ids = new Set<string>();
  const ungrouped: number[] = [];
  doc.events.forEach((input, index) => {
    const path = `events[${index}]`;
    if (!isObject(input)) return warn(path, 'wrong-type', 'expected an object; this event is left out');
    warnUnknownFields(input, EVENT_KEYS, `${path}.`, 'TimelineJS', warn);

    const date = convertDate(input.start_date, `${path}.start_date`, warn);
    if (typeof date !== 'string') {
      return warnings.push({ ...date, message: `${date.message}; this event is left out` });
    }
    let end: string | undefined;
    if (input.end_date != null) {
      const converted = convertDate(input.end_date, `${path}.end_date`, warn);
      if (typeof converted === 'string') end = converted;
      else warnings.push({ ...converted, message: `${converted.message}; the end is ignored` });
    }

    const text = isObject(input.text) ? input.text : {};
    const summary = readText(text.text);
    let title = readText(text.headline);
    if (!title) {
      // A slide of a picture alone is common: its caption (or credit) says what it shows.
      const media = isObject(input.media) ? input.media : {};
      const caption = readText(media.caption) ?? readText(media.credit);
      if (summary) {
        title = excerpt(summary);
        warn(`${path}.text.headline`, 'blank-text', `no headline; the title is the start of the text, ${quote(title)}`);
      } else if (caption) {
        title = excerpt(caption);
        warn(
          `${path}.text.headline`,
          'blank-text',
          `no headline and no text; the title is the media's ${readText(media.caption) ? 'caption' : 'credit'}, ${quote(title)}`,
        );
      } else {
        return warn(`${path}.text.headline`, 'blank-text', 'no headline, no text and no media caption; this event is left out');
      }
    }

    const parties: string[] = [];
    const group = typeof input.group === 'string' || typeof input.group === 'number' ? String(input.group).trim() : '';
    if (group) {
      for (const name of group.split(GROUP_SEPARATORS)) {
        if (!name.trim()) continue;
        const isNew = !registry.has(name);
        const id = registry.idFor(name);
        if (isNew) partySource.push(`${path}.group`);
        if (!parties.includes(id)) parties.push(id);
      }
    }
    if (!parties.length) ungrouped.push(index);

    let id = typeof input.unique_id === 'string' && input.unique_id.trim() ? input.unique_id.trim() : `event-${index + 1}`;
    if (ids.has(id)) {
      const original = id;
      for (let n = 2; ids.has(id); n++) id = `${original}-${n}`;
      warn(`${path}.unique_id`, 'duplicate-id', `another event already has the id ${quote(original)}; this one is ${quote(id)}`);
    }
    ids.add(id);

    const event: TimelineEventInput = { id, date, title, parties };
    if (end !== undefined) event.end = end;
    if (summary) event.summary = summary;
    if (isObject(input.media)) convertMedia(input.media, `${path}.media`, event, baseUrl, warn);
    else if (input.media != null) warn(`${path}.media`, 'wrong-type', 'expected an object; ignored');
    if (input.background != null) warn(`${path}.background`, 'not-mapped', 'a slide background is not mapped');
    if (input.display_date != null)
      warn(`${path}.display_date`, 'not-mapped', "a display date is not mapped; the date is shown in the reader's language");
    events.push(event);
    sourceIndex.push(index);
  });

  if (ungrouped.length) {
    const other = registry.idFor(registry.has('Other') ? 'Other (no group)' : 'Other');
    partySource.push(`events[${ungrouped[0]}].group`);
    if (ungrouped.length === events.length) {
      warn('events', 'no-group', 'no event has a "group"; all events are in one lane, "Other"');
    }
    for (const index of ungrouped) {
      const event = events[sourceIndex.indexOf(index)];
      if (event) event.parties = [other];
      if (ungrouped.length !== events.length) warn(`events[${index}].group`, 'no-group', 'no group; this event is in the lane "Other"');
    }
  }
  return { document, warnings, locate };
}

/** The base URL when it is an absolute http: or https: URL; anything else is no base. */
function readBaseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const UNSAFE_LINK = 'is not an absolute http: or https: link without user name or password';

/**
 * Reads a TimelineJS media link: `//host/x.jpg` (protocol-relative, common in TimelineJS
 * sheets) is read as `https:`, and a relative link is resolved against the document's address.
 * Returns the safe absolute URL, or why there is none.
 */
function resolveMediaUrl(link: string, baseUrl: URL | undefined): { url: string } | { problem: string; code: string } {
  const text = link.trim();
  let absolute = text;
  if (text.startsWith('//')) absolute = `https:${text}`;
  else if (!/^[a-z][a-z\d+.-]*:/i.test(text)) {
    if (!baseUrl)
      return { code: 'relative-url', problem: 'is a relative link, and the address of the document is not known to resolve it against' };
    try {
      absolute = new URL(text, baseUrl).href;
    } catch {
      return { code: 'not-mapped', problem: UNSAFE_LINK };
    }
  }
  const url = parseSafeUrl(absolute);
  return url ? { url } : { code: 'not-mapped', problem: UNSAFE_LINK };
}

function convertMedia(media: Json, path: string, event: TimelineEventInput, baseUrl: URL | undefined, warn: Warn): void {
  const caption = readText(media.caption);
  const credit = readText(media.credit);
  const sources: { title?: string; url: string }[] = [];
  /** The safe absolute URL of a link field, or nothing, with a warning when it has one. */
  const readLink = (key: 'url' | 'link', outcome: string): string | undefined => {
    const link = media[key];
    if (typeof link !== 'string' || !link.trim()) return undefined;
    const resolved = resolveMediaUrl(link, baseUrl);
    if ('url' in resolved) return resolved.url;
    warn(`${path}.${key}`, resolved.code, `${quote(excerpt(link, 60))} ${resolved.problem}; ${outcome}`);
  };
  const url = readLink('url', 'the media is not mapped');
  if (url && IMAGE_FILE.test(new URL(url).pathname)) {
    const alt = readText(media.alt) ?? caption;
    event.image = { url, ...(alt ? { alt } : {}), ...(credit ? { credit } : {}) };
  } else if (url) {
    const title = caption ?? readText(media.title);
    sources.push({ ...(title ? { title } : {}), url });
    if (credit) warn(`${path}.credit`, 'not-mapped', 'the credit of a media link is not mapped');
  }
  const link = readLink('link', 'ignored');
  if (link && !sources.some((source) => source.url === link)) sources.push({ ...(caption ? { title: caption } : {}), url: link });
  if (sources.length) event.sources = sources;
  if (media.thumbnail != null) warn(`${path}.thumbnail`, 'not-mapped', 'a media thumbnail is not mapped');
}
