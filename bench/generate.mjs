// Seeded synthetic timeline documents (schema v1) for the benchmark: the same
// seed and size always give the same document, so every contender in every
// run draws exactly the same events.
//
//   node bench/generate.mjs 1000 [seed] > timeline.json

import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const PARTIES = [
  { id: 'RU', name: 'Russia', short: 'RU', kind: 'state' },
  { id: 'AZ', name: 'Azerbaijan', short: 'AZ', kind: 'state' },
  { id: 'AM', name: 'Armenia', short: 'AM', kind: 'state' },
  { id: 'TR', name: 'Türkiye', short: 'TR', kind: 'state' },
  { id: 'IR', name: 'Iran', short: 'IR', kind: 'state' },
  { id: 'GE', name: 'Georgia', short: 'GE', kind: 'state' },
  { id: 'FR', name: 'France', short: 'FR', kind: 'state' },
  { id: 'OSCE', name: 'Organization for Security and Co-operation in Europe', short: 'OSCE', kind: 'organisation' },
];
const KINDS = ['visit', 'meeting', 'call', 'statement', 'agreement', 'summit'];
const FIRST_DAY = Date.UTC(2004, 0, 1);
const DAY_MS = 86_400_000;

/** mulberry32: a small, fast, good-enough PRNG; returns floats in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks `count` distinct parties, in random order. */
function pickParties(random, count) {
  const pool = PARTIES.map((party) => party.id);
  const picked = [];
  for (let i = 0; i < count; i += 1) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return picked;
}

/**
 * A schema v1 document with `size` events over 8 parties and `years` years
 * from 2004-01-01: 70 % bilateral, 30 % trilateral, calendar-day dates,
 * uniformly spread, listed in random order (the element must sort them).
 */
export function generateDocument(size, { seed = 20240511, years = 20 } = {}) {
  const random = createRandom(seed + size);
  const days = Math.round(years * 365.2425);
  const events = [];
  for (let i = 0; i < size; i += 1) {
    const trilateral = random() < 0.3;
    const parties = pickParties(random, trilateral ? 3 : 2);
    const date = new Date(FIRST_DAY + Math.floor(random() * days) * DAY_MS).toISOString().slice(0, 10);
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    events.push({
      id: `e${i}`,
      date,
      title: `${kind[0].toUpperCase()}${kind.slice(1)} of ${parties.join(', ')} (${i})`,
      parties,
      kind,
      importance: 1 + Math.floor(random() * 3),
    });
  }
  return {
    version: 1,
    title: `Synthetic benchmark: ${size.toLocaleString('en')} events`,
    locale: 'en',
    parties: PARTIES.map((party) => ({ ...party })),
    events,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const size = Number(process.argv[2] ?? 100);
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  if (!Number.isInteger(size) || size < 0) {
    console.error('usage: node bench/generate.mjs <events> [seed]');
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(generateDocument(size, { seed })));
}
