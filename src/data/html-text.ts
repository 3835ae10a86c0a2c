/**
 * HTML to text, without a DOM: this also runs in Node, and its output is only ever text.
 * TimelineJS text fields (JSON or a sheet's cells) hold HTML.
 */

// The entities that editors and CMS exports actually write; others are rare enough to stay as written.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  euro: '€',
  pound: '£',
  times: '×',
  minus: '−',
  thinsp: '\u2009',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

/** Elements whose content is never text a reader saw. */
const HIDDEN_ELEMENTS = /<(script|style|template|noscript|iframe|object|svg|math)\b[^]*?(?:<\/\1\s*>|$)/gi;
/** Elements that end a line or a paragraph when rendered. */
const BREAKING_TAGS =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|figure|figcaption|hr|dd|dt|dl|pre)\b[^>]*>/gi;

function decodeEntity(entity: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // NUL, surrogates and numbers beyond Unicode become the replacement character, as in HTML.
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body]! : entity;
}

/**
 * Reduces an HTML fragment (TimelineJS `text.text`, a headline with `<b>`) to plain text:
 * comments and scripts dropped, tags removed, block ends turned into paragraph breaks,
 * entities decoded, spaces collapsed. It never builds DOM, so nothing in the fragment runs
 * or loads; the output is plain text (`&lt;b&gt;` comes out as the characters `<b>`),
 * to be shown with `textContent`, never as markup.
 */
export function extractText(html: string): string {
  const text = html
    // `-{2}`: a built file holding `<!--` changes when it is inlined in a <script> (bin/embed.mjs escapes it).
    .replace(/<!-{2}[^]*?(?:-->|$)/g, '')
    .replace(HIDDEN_ELEMENTS, '')
    .replace(BREAKING_TAGS, '\n')
    // A tag runs to the next `>`; a lone `<` that starts no tag ("a < b") is text.
    .replace(/<\/?[a-z!?][^>]*(?:>|$)/gi, '')
    .replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, decodeEntity);
  return text
    .split(/\n/)
    .map((line) => line.replace(/[\t\r\f ]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/(?<!\n)\n(?!\n)/g, ' ');
}
