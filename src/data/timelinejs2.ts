/**
 * TimelineJS2 (the version before TimelineJS3) JSON documents:
 *
 * `{"timeline": {"headline", "type": "default", "text", "asset", "date": [{"startDate":
 * "2011,9,1", "endDate", "headline", "text", "tag", "asset": {"media", "credit", "caption"}}],
 * "era": […]}}`
 *
 * Each part is rewritten to its TimelineJS3 equivalent (`startDate` "2011,9,1" →
 * `start_date` {year: 2011, month: 9, day: 1}, `asset` → `media`, `tag` → `group`) and the
 * result goes through `fromTimelineJS`, so both versions map the same way; faults point at
 * the TimelineJS2 document (`timeline.date[3].startDate`).
 */
import type { Fault } from './model.js';
import { fromTimelineJS, type ConversionOptions, type ConversionResult } from './timelinejs.js';
import { isObject, quote, relocateConversion, renameField, warnUnknownFields, collectWarnings, type Json } from './conversion.js';

const DATE_KEYS = new Set(['startDate', 'endDate', 'headline', 'text', 'tag', 'asset']);
const ROOT_KEYS = new Set(['headline', 'type', 'text', 'startDate', 'asset', 'date', 'era', 'chart']);

/** TimelineJS3 fields of an event → the TimelineJS2 fields they came from. */
const FIELDS: [RegExp, string][] = [
  [/^\.start_date(?:\.\w+)?/, '.startDate'],
  [/^\.end_date(?:\.\w+)?/, '.endDate'],
  [/^\.text\.headline/, '.headline'],
  [/^\.text\.text/, '.text'],
  [/^\.media\.url/, '.asset.media'],
  [/^\.media\.(\w+)/, '.asset.$1'],
  [/^\.media/, '.asset'],
  [/^\.group/, '.tag'],
];

/**
 * `"2011,9,1"` → {year: "2011", month: "9", day: "1"}; `"2011"` → {year: "2011"}; up to
 * hour, minute and second. Text of another form is kept as the year, for `fromTimelineJS` to
 * report as not a whole number.
 */
/** `"2011,9,1"`, `"2011"`, `2011`: the comma-separated numbers TimelineJS2 writes. */
function isTimelineJS2Date(value: unknown): boolean {
  return /^\s*-?\d+(?:\s*,\s*\d*)*\s*$/.test(String(value));
}

function readDate(value: unknown): Json | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  if (!isTimelineJS2Date(text)) return { year: text };
  const keys = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  const date: Record<string, string> = {};
  text.split(',').forEach((part, index) => {
    if (part.trim() && keys[index]) date[keys[index]!] = part.trim();
  });
  return date;
}

function readAsset(asset: unknown): Json | undefined {
  if (!isObject(asset)) return undefined;
  const media: Record<string, unknown> = {};
  if (asset.media != null) media.url = asset.media;
  for (const key of ['credit', 'caption', 'thumbnail']) if (asset[key] != null && asset[key] !== '') media[key] = asset[key];
  return Object.keys(media).length ? media : undefined;
}

/** Converts a TimelineJS2 document to an entente-timeline document, through `fromTimelineJS`. */
export function fromTimelineJS2(doc: unknown, options: ConversionOptions = {}): ConversionResult {
  const [warnings, warn] = collectWarnings();
  const timeline = isObject(doc) && isObject(doc.timeline) ? doc.timeline : undefined;
  if (!timeline || !Array.isArray(timeline.date)) {
    const conversion = fromTimelineJS({ events: [] }, options);
    const error = {
      path: timeline ? 'timeline.date' : 'timeline',
      code: 'not-timelinejs',
      message: 'a TimelineJS2 document has a "timeline" object with a "date" array',
    };
    return { ...conversion, error };
  }
  warnUnknownFields(timeline, ROOT_KEYS, 'timeline.', 'TimelineJS2', warn);
  const title: Record<string, unknown> = { text: { headline: timeline.headline, text: timeline.text } };
  const titleMedia = readAsset(timeline.asset);
  if (titleMedia) title.media = titleMedia;
  const events = timeline.date.map((item: unknown, index: number) => {
    if (!isObject(item)) return item;
    warnUnknownFields(item, DATE_KEYS, `timeline.date[${index}].`, 'TimelineJS2', warn);
    const event: Record<string, unknown> = {
      start_date: readDate(item.startDate) ?? {},
      text: { headline: item.headline, text: item.text },
    };
    const end = readDate(item.endDate);
    // TimelineJS2 writes a one-day event with endDate equal to startDate: that is no span.
    if (end && String(item.endDate).trim() !== String(item.startDate).trim()) event.end_date = end;
    const media = readAsset(item.asset);
    if (media) event.media = media;
    if (item.tag != null && item.tag !== '') event.group = item.tag;
    return event;
  });
  const eras = Array.isArray(timeline.era) ? timeline.era : [];
  const conversion = fromTimelineJS({ title, events, eras }, options);
  const locateIn2 = (path: string): string => {
    const item = /^events\[(\d+)\]/.exec(path);
    if (item) return `timeline.date[${item[1]}]${renameField(path.slice(item[0].length), FIELDS)}`;
    if (path === 'events') return 'timeline.date';
    if (path === 'eras') return 'timeline.era';
    const slide = /^title(?:\.text)?\.(headline|text|media)/.exec(path);
    if (slide) return `timeline.${slide[1] === 'media' ? 'asset' : slide[1]}`;
    return path;
  };
  const relocate = (fault: Fault): Fault => {
    const path = locateIn2(fault.path);
    // A date not written "2011,9,1" reached fromTimelineJS as a year; say what TimelineJS2 expects.
    const date = /^timeline\.date\[(\d+)\]\.(startDate|endDate)$/.exec(path);
    const item = date ? (timeline.date as unknown[])[Number(date[1])] : undefined;
    const written = isObject(item) ? item[date![2]!] : undefined;
    if (fault.code !== 'invalid-date' || written === undefined || isTimelineJS2Date(written)) return { ...fault, path };
    const outcome = date![2] === 'startDate' ? 'this event is left out' : 'the end is ignored';
    return { ...fault, path, message: `${quote(written)} is not a TimelineJS2 date such as "2011,9,1" or "2011"; ${outcome}` };
  };
  return relocateConversion(conversion, warnings, locateIn2, relocate);
}
