/**
 * Lane labels that fit a narrow lane and still tell the parties apart, even when the data
 * gives no `short` names: "United States" and "United Arab Emirates" must not both become
 * "Unite…" in a lane five characters wide.
 */
import { shortenText, splitGraphemes, ELLIPSIS } from './text.js';

/** What a lane label is made from: a party's id, name and, when the data gives one, short name. */
export interface LabelledParty {
  readonly id: string;
  readonly name: string;
  readonly short?: string | null;
}

/** Words that initials leave out, as "UK" leaves out "of" (written in lower case in a name). */
const MINOR_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'el',
  'al',
  'und',
  'y',
  'et',
  'di',
  'da',
  'do',
  'van',
  'von',
]);

const compareKey = (label: string): string => label.toLocaleLowerCase('en');

/**
 * The initials of a name of two or more words ("United Arab Emirates" → "UAE", "Democratic
 * Republic of the Congo" → "DRC"), or undefined for a one-word name, whose initial alone
 * would say little.
 */
function makeInitials(name: string): string | undefined {
  const words = name.split(/[\s\-–—/]+/).filter((word) => /^\p{L}/u.test(word) && !MINOR_WORDS.has(word));
  if (words.length < 2) return undefined;
  return words.map((word) => splitGraphemes(word)[0]!.toLocaleUpperCase('en')).join('');
}

/** How many graphemes `a` and `b` share at their start, compared without case. */
function countCommonPrefix(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && compareKey(a[length]!) === compareKey(b[length]!)) length++;
  return length;
}

/**
 * Labels for a party whose shortened name is ambiguous, best first: its initials (when no
 * rival has the same), then its shortest distinct prefix squeezed to the width: the name's
 * start, an ellipsis and the graphemes where it parts from every rival ("Unit…S" for "United
 * States" beside "United Arab Emirates"), then the start and the end ("Aaa…x").
 */
function* proposeLabels(name: string, rivals: readonly string[], maxGraphemes: number): Generator<string> {
  const initials = makeInitials(name);
  if (initials && !rivals.some((rival) => makeInitials(rival) === initials)) yield initials;
  const graphemes = splitGraphemes(name);
  const rivalGraphemes = rivals.map(splitGraphemes);
  // The first grapheme (not a space) after which no rival shares the name's start.
  let parting = Math.max(0, ...rivalGraphemes.map((rival) => countCommonPrefix(graphemes, rival)));
  while (graphemes[parting] === ' ') parting++;
  for (let extra = 1; extra <= maxGraphemes - 2 && parting < graphemes.length; extra++) {
    const head = graphemes
      .slice(0, maxGraphemes - 1 - extra)
      .join('')
      .trimEnd();
    yield `${head}${ELLIPSIS}${graphemes
      .slice(parting, parting + extra)
      .join('')
      .trim()}`;
  }
  for (let tail = 1; tail <= maxGraphemes - 2; tail++) {
    const head = graphemes
      .slice(0, maxGraphemes - 1 - tail)
      .join('')
      .trimEnd();
    yield `${head}${ELLIPSIS}${graphemes
      .slice(graphemes.length - tail)
      .join('')
      .trimStart()}`;
  }
}

/**
 * Each party's label for a lane that fits `maxGraphemes` graphemes: the name when it fits,
 * else the party's `short` (shortened if need be), else the name shortened with an ellipsis.
 * When shortened names of two parties come out the same ("Unite…" for "United States" and
 * "United Arab Emirates"), each of those gets a distinct label that fits: its initials ("US",
 * "UAE") when they are distinct, else the shortest prefix no other of them shares, squeezed to
 * the width ("Unit…S"), else the name's start and end around the ellipsis. Names that fit and given
 * short names are never changed; labels are compared without case.
 */
export function deriveLaneLabels(parties: readonly LabelledParty[], maxGraphemes: number): Map<string, string> {
  const labels = new Map<string, string>();
  /** Parties whose label was made here by shortening, and may be made again. */
  const derived = new Set<string>();
  for (const party of parties) {
    const short = party.short?.trim();
    if (splitGraphemes(party.name).length <= maxGraphemes) labels.set(party.id, party.name);
    else if (short) labels.set(party.id, shortenText(short, maxGraphemes));
    else {
      labels.set(party.id, shortenText(party.name, maxGraphemes));
      derived.add(party.id);
    }
  }
  const byLabel = new Map<string, LabelledParty[]>();
  for (const party of parties) {
    const key = compareKey(labels.get(party.id)!);
    byLabel.set(key, [...(byLabel.get(key) ?? []), party]);
  }
  for (const group of byLabel.values()) {
    const clashing = group.filter((party) => derived.has(party.id));
    if (group.length < 2 || !clashing.length) continue;
    // Every label outside this clash, and those given to its members so far, are taken.
    const taken = new Set([...labels].filter(([id]) => !clashing.some((party) => party.id === id)).map(([, label]) => compareKey(label)));
    for (const party of clashing) {
      const rivals = group.filter((other) => other !== party).map((other) => other.name);
      for (const label of proposeLabels(party.name, rivals, maxGraphemes)) {
        if (splitGraphemes(label).length <= maxGraphemes && !taken.has(compareKey(label))) {
          labels.set(party.id, label);
          break;
        }
      }
      taken.add(compareKey(labels.get(party.id)!));
    }
  }
  return labels;
}
