import type { Party } from '../data/model.js';

/**
 * Muted, print-friendly hues that stay apart from each other and keep at
 * least 3:1 contrast on white as marks (never as text).
 */
export const PARTY_PALETTE = [
  '#2f5f8a', // slate blue
  '#a23b2a', // brick
  '#3e7a4f', // moss
  '#7a4f94', // plum
  '#b07216', // ochre
  '#1f7a7a', // teal
  '#8a3d62', // mulberry
  '#5d6b2f', // olive
  '#56595e', // graphite
  '#9b5a2e', // rust
] as const;

/** Each party's mark colour: its own (already validated) colour, else the next palette colour in document order. */
export function assignPartyColors(parties: readonly Party[]): Map<string, string> {
  const colors = new Map<string, string>();
  let next = 0;
  for (const party of parties) {
    colors.set(party.id, party.color ?? PARTY_PALETTE[next++ % PARTY_PALETTE.length]!);
  }
  return colors;
}
