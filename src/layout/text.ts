/**
 * Text that must fit a small place (lane labels, on-chart labels, accessible
 * names) is cut between user-perceived characters, never inside a flag, an
 * emoji sequence or a letter with combining marks, and never inside a UTF-16
 * surrogate pair. The detail card always shows the whole text.
 */

/**
 * Grapheme boundaries are the same in every locale; one segmenter serves every call. A constant
 * made on first use: making one loads the browser's break rules (70–150 ms on a slow phone), which
 * at module evaluation every page would pay, even one whose text is all ASCII.
 */
const GRAPHEMES = {
  get segmenter(): Intl.Segmenter {
    const value = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    Object.defineProperty(this, 'segmenter', { value });
    return value;
  },
};

/** Splits text into grapheme clusters (what a reader sees as one character). */
export function splitGraphemes(text: string): string[] {
  // Printable ASCII has one grapheme per code unit; most titles are short.
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  return Array.from(GRAPHEMES.segmenter.segment(text), (part) => part.segment);
}

/**
 * About how wide `text` is in a font of `fontSize` pixels, without a canvas: 0.6 em a character, a
 * whole em from U+2E80 on (the wide characters of Chinese, Japanese and Korean, and emoji). For
 * spacing where nothing is measured (the axis), so it errs wide.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += character >= '\u2e80' ? 1 : 0.6;
  return ems * fontSize;
}

/** The ellipsis that marks shortened text. */
export const ELLIPSIS = '…';

/**
 * Shortens text to at most `limit` graphemes, the last of them an ellipsis,
 * cutting at a grapheme boundary; text within the limit is returned as it is.
 */
export function shortenText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const graphemes = splitGraphemes(text);
  if (graphemes.length <= limit) return text;
  if (limit < 1) return '';
  return `${graphemes
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/**
 * Shortens text so that `measure` (a width in pixels, or any monotonic
 * measure) of the result is at most `maxWidth`; returns `undefined` when not
 * even the first grapheme and an ellipsis fit. Binary search over grapheme
 * counts: `measure` is called O(log n) times.
 */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string | undefined {
  if (measure(text) <= maxWidth) return text;
  const graphemes = splitGraphemes(text);
  let low = 0; // graphemes known to fit (with the ellipsis)
  let high = graphemes.length - 1; // at most this many can be kept before the ellipsis
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${graphemes.slice(0, middle).join('').trimEnd()}${ELLIPSIS}`) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? undefined : `${graphemes.slice(0, low).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Wraps text in first-strong isolates (U+2068 … U+2069), so that a label in
 * one script keeps its own direction and never reorders the text around it.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
