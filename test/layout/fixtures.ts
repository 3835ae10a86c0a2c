import { type Party, type TimelineDate, type TimelineEvent, type TimelineModel, classifyArity } from '../../src/data/model.js';

/** UTC milliseconds of calendar fields; setUTCFullYear keeps years 0–99 from becoming 19xx. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

/** A calendar date whose precision follows the fields given: `calendar(2021, 5)` is May 2021, written "2021-05". */
export function calendar(year: number, month?: number, day?: number): TimelineDate {
  const iso = formatIso(year, month, day);
  if (month === undefined) return { iso, precision: 'year', year, start: utc(year), stop: utc(year + 1) };
  if (day === undefined) return { iso, precision: 'month', year, month, start: utc(year, month), stop: utc(year, month + 1) };
  return { iso, precision: 'day', year, month, day, start: utc(year, month, day), stop: utc(year, month, day + 1) };
}

/** An instant written with a UTC offset (`+04:00` → 240): the fields are the wall clock in that offset. */
export function instant(year: number, month: number, day: number, hour: number, minute = 0, offsetMinutes = 0): TimelineDate {
  const start = utc(year, month, day, hour, minute);
  return {
    iso: `${formatIso(year, month, day)}T${pad(hour)}:${pad(minute)}${formatOffset(offsetMinutes)}`,
    precision: 'instant',
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    offsetMinutes,
    start,
    stop: start,
    instant: start - offsetMinutes * 60_000,
  };
}

/** A bilateral RU–AZ meeting on 11 May 2021 with id and title "e", unless `fields` says otherwise; arity follows the parties. */
export function entry(fields: Partial<TimelineEvent> = {}): TimelineEvent {
  const id = fields.id ?? 'e';
  const parties = fields.parties ?? ['RU', 'AZ'];
  return {
    id,
    date: calendar(2021, 5, 11),
    title: id,
    parties,
    arity: classifyArity(parties.length),
    kind: 'meeting',
    people: [],
    quotes: [],
    topics: [],
    sources: [],
    related: [],
    importance: 2,
    index: 0,
    ...fields,
  };
}

/** States named by their ids, indexed in the order given. */
export function parties(...ids: string[]): Party[] {
  return ids.map((id, index) => ({ id, name: id, kind: 'state', index }));
}

/** A model of the given parties and events, the events indexed in the order given and nothing else in it. */
export function model(partyIds: string[], events: TimelineEvent[]): TimelineModel {
  const all = parties(...partyIds);
  const indexed = events.map((e, index) => ({ ...e, index }));
  return {
    version: 1,
    parties: all,
    people: [],
    topics: [],
    events: indexed,
    partyById: new Map(all.map((p) => [p.id, p])),
    personById: new Map(),
    topicById: new Map(),
    eventById: new Map(indexed.map((e) => [e.id, e])),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** As a document writes it: four-digit years (`-0043` is 44 BCE), six digits with a sign beyond ±9999. */
function formatIso(year: number, month?: number, day?: number): string {
  const digits = Math.abs(year) <= 9999 ? pad(Math.abs(year), 4) : pad(Math.abs(year), 6);
  const sign = year < 0 ? '-' : Math.abs(year) > 9999 ? '+' : '';
  return `${sign}${digits}${month === undefined ? '' : `-${pad(month)}`}${month === undefined || day === undefined ? '' : `-${pad(day)}`}`;
}

function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Small deterministic PRNG (mulberry32), so random documents are the same on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
