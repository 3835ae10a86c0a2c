/**
 * Checks for the two kinds of document text that end up in attributes and styles:
 * link and image URLs, and party colours. Anything doubtful is refused, not repaired.
 */

/**
 * Control characters, whitespace (`\s` includes the byte-order mark U+FEFF) and invisible format
 * characters anywhere in a URL: the URL parser strips some of them (`java\tscript:`), so they
 * can only serve to disguise one.
 */
// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\s\0-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064]/u;

/**
 * Returns the normalised href of an absolute `http:` or `https:` URL, or undefined for
 * anything else: relative URLs, other schemes (`javascript:`, `data:`), hidden characters,
 * and user names or passwords (`https://trusted.example@evil.example/` misleads readers).
 * Surrounding whitespace, as left by CMS exports, is trimmed first.
 */
export function parseSafeUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || HIDDEN_CHARACTERS.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  return url.href;
}

/** Pieces of CSS that a colour never needs and an injection always does. */
const CSS_HAZARDS = /[;{}\\<>"']|\/\*|url\(|expression\(|var\(|attr\(|env\(/i;

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const COMPONENT = String.raw`(?:${NUMBER}(?:%|deg|grad|rad|turn)?|none)`;
/** Hex, legacy comma and modern space syntax of rgb()/hsl(), or a named colour (letters only). */
const COLOR_FALLBACK = new RegExp(
  String.raw`^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})` +
    String.raw`|(?:rgb|hsl)a?\(\s*${COMPONENT}(?:\s*,\s*${COMPONENT}){2,3}\s*\)` +
    String.raw`|(?:rgb|hsl)a?\(\s*${COMPONENT}(?:\s+${COMPONENT}){2}(?:\s*\/\s*${COMPONENT})?\s*\)` +
    String.raw`|[a-z]+)$`,
  'i',
);

/**
 * Whether text is a CSS colour that is safe to put in a style. In a browser the CSS engine
 * decides (so `oklch()` and `color-mix()` work); the hazard list comes first because
 * `CSS.supports('color', 'var(--x)')` is true whatever `--x` turns out to hold.
 * Without `CSS` (server-side rendering, Node) a strict parser accepts the common forms.
 */
export function isCssColor(text: string): boolean {
  const value = text.trim();
  if (!value || value.length > 100 || CSS_HAZARDS.test(value)) return false;
  const css = (globalThis as { CSS?: { supports?(property: string, value: string): boolean } }).CSS;
  return css?.supports ? css.supports('color', value) : COLOR_FALLBACK.test(value);
}
