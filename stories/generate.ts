// A small seeded generator of large, plausible timeline documents, for the
// stories that show the widget under load (many parties, hundreds of events
// over several years). The same seed always gives the same document, so a
// story looks the same on every build and in every screenshot.
import type { TimelineDocument, TimelineEventInput } from '../src/data/document-types.js';

export interface DenseTimelineOptions {
  /** Seed of the pseudo-random sequence. */
  seed?: number;
  /** Number of parties (lanes), at most the length of the built-in list (24). */
  parties?: number;
  /** Number of events. */
  events?: number;
  /** First year of the period. */
  startYear?: number;
  /** Length of the period in years. */
  years?: number;
}

/** Mulberry32: a tiny, fast, well-distributed 32-bit generator; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTIES: readonly (readonly [id: string, name: string, flag: string])[] = [
  ['FR', 'France', '🇫🇷'],
  ['DE', 'Germany', '🇩🇪'],
  ['IT', 'Italy', '🇮🇹'],
  ['ES', 'Spain', '🇪🇸'],
  ['PL', 'Poland', '🇵🇱'],
  ['GB', 'United Kingdom', '🇬🇧'],
  ['US', 'United States', '🇺🇸'],
  ['CA', 'Canada', '🇨🇦'],
  ['TR', 'Türkiye', '🇹🇷'],
  ['RU', 'Russia', '🇷🇺'],
  ['UA', 'Ukraine', '🇺🇦'],
  ['GE', 'Georgia', '🇬🇪'],
  ['AZ', 'Azerbaijan', '🇦🇿'],
  ['AM', 'Armenia', '🇦🇲'],
  ['KZ', 'Kazakhstan', '🇰🇿'],
  ['CN', 'China', '🇨🇳'],
  ['IN', 'India', '🇮🇳'],
  ['JP', 'Japan', '🇯🇵'],
  ['BR', 'Brazil', '🇧🇷'],
  ['ZA', 'South Africa', '🇿🇦'],
  ['EG', 'Egypt', '🇪🇬'],
  ['SA', 'Saudi Arabia', '🇸🇦'],
  ['EU', 'European Union', '🇪🇺'],
  ['UN', 'United Nations', '🇺🇳'],
];

const KINDS = ['visit', 'meeting', 'call', 'statement', 'agreement', 'summit'] as const;
const PLACES = ['Geneva', 'Vienna', 'Brussels', 'New York', 'Astana', 'Istanbul', 'Tbilisi', 'Paris', 'Berlin', 'Delhi'];

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * A document with many parties and hundreds of events. A few pairs meet far
 * more often than the rest (as in real diplomacy, where a handful of
 * relationships dominate), so lane ordering has something to do.
 */
export function generateDenseTimeline(options: DenseTimelineOptions = {}): TimelineDocument {
  const { seed = 2021, parties: partyCount = 12, events: eventCount = 400, startYear = 2015, years = 8 } = options;
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const parties = PARTIES.slice(0, Math.min(partyCount, PARTIES.length));
  const ids = parties.map(([id]) => id);
  const favourites = Array.from({ length: Math.max(1, Math.floor(ids.length / 3)) }, () => [pick(ids), pick(ids)] as const);

  const events: TimelineEventInput[] = [];
  for (let index = 0; index < eventCount; index += 1) {
    const roll = random();
    const arity = roll < 0.08 ? 1 : roll < 0.78 ? 2 : roll < 0.92 ? 3 : 4 + Math.floor(random() * 3);
    const chosen = new Set<string>();
    if (arity >= 2 && random() < 0.5) {
      const [a, b] = pick(favourites);
      chosen.add(a).add(b);
    }
    while (chosen.size < Math.min(arity, ids.length)) chosen.add(pick(ids));
    const year = startYear + Math.floor(random() * years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const date = precision < 0.05 ? `${year}` : precision < 0.15 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const kind = arity === 1 ? 'statement' : arity >= 4 ? 'summit' : pick(KINDS);
    const members = [...chosen];
    const event: TimelineEventInput = {
      id: `event-${index + 1}`,
      date,
      title: `${kind[0]!.toUpperCase()}${kind.slice(1)}: ${members.join(', ')}`,
      parties: members,
      kind,
      importance: random() < 0.1 ? 3 : random() < 0.3 ? 1 : 2,
    };
    if (kind === 'summit' && precision >= 0.15 && day < 26) event.end = `${year}-${pad(month)}-${pad(day + 2)}`;
    if (kind !== 'call' && random() < 0.6) event.location = { name: pick(PLACES) };
    if (kind === 'visit') event.host = members[members.length - 1]!;
    events.push(event);
  }
  return {
    version: 1,
    title: `${events.length} events between ${parties.length} parties, ${startYear}–${startYear + years - 1}`,
    description: `Generated with seed ${seed}: not real events.`,
    locale: 'en',
    parties: parties.map(([id, name, flag]) => ({
      id,
      name,
      short: id,
      flag,
      kind: id === 'EU' || id === 'UN' ? 'organisation' : 'state',
    })),
    events,
  };
}
