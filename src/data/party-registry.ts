/**
 * Parties made from the names an author typed (a TimelineJS group, a CSV parties cell),
 * shared by every converter.
 */
import type { Party as PartyInput } from './document-types.js';

/** `United States [US]`: a name, then its short form in square brackets. */
const NAME_WITH_SHORT = /^(.*?)\s*\[\s*([^[\]]*?)\s*\]$/;

/**
 * Splits what an author wrote for a party into its name and short name:
 * `United States [US]` → `{ name: 'United States', short: 'US' }`; a name without brackets,
 * or with empty ones, has no short name. Spaces are collapsed.
 */
export function splitPartyName(text: string): { name: string; short?: string } {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = NAME_WITH_SHORT.exec(trimmed);
  if (!match || !match[1]) return { name: trimmed };
  return match[2] ? { name: match[1], short: match[2] } : { name: match[1] };
}

const normaliseName = (name: string): string => name.toLocaleLowerCase('en');

/**
 * Makes party ids from names: `Russia` → `russia`, `Côte d’Ivoire` → `cote-d-ivoire`,
 * `Россия` → `россия`. The same name (ignoring case and surrounding spaces) is the same party;
 * two names that make the same id get `-2`, `-3`. A name may carry its short name,
 * `United States [US]`; the first short name given for a party is kept.
 */
export class PartyRegistry {
  readonly parties: PartyInput[] = [];
  private readonly byName = new Map<string, PartyInput>();
  private readonly ids = new Set<string>();

  /** The id of the party with this name, creating the party the first time. */
  idFor(text: string): string {
    const { name, short } = splitPartyName(text);
    const key = normaliseName(name);
    const known = this.byName.get(key);
    if (known) {
      if (short && !known.short) known.short = short;
      return known.id;
    }
    const base =
      name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLocaleLowerCase('en')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'party';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    const party: PartyInput = { id, name, ...(short ? { short } : {}) };
    this.ids.add(id);
    this.byName.set(key, party);
    this.parties.push(party);
    return id;
  }

  /** Whether a party of this name (short name brackets aside) exists already. */
  has(text: string): boolean {
    return this.byName.has(normaliseName(splitPartyName(text).name));
  }
}
