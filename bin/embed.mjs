// The embed code of a timeline, written in one place for the command line (`entente-timeline
// html`) and the playground (examples/playground.html imports this file as it is): plain ES
// module, no Node API, no dependency beyond the package's own dist/. Every text from the data
// is escaped; the document goes inline as JSON that no `</script>` inside it can end.
import { computeChartHeight } from '../dist/layout/chart-height.js';
import { computeFilterCounts } from '../dist/layout/filters.js';

/** The script a snippet loads when none is given: this version of the drop-in on jsDelivr. */
export function computeDefaultScriptUrl(version) {
  return `https://cdn.jsdelivr.net/npm/entente-timeline@${version}/dist/entente-timeline.js`;
}

/**
 * The message an iframe page sends its parent whenever its height changes:
 * `{ type: HEIGHT_MESSAGE_TYPE, height, id }` (`height` in CSS pixels, `id` from the page's
 * `?id=` or null), and AMP's `{ sentinel: 'amp', type: 'embed-size', height }` for `<amp-iframe resizable>`.
 */
export const HEIGHT_MESSAGE_TYPE = 'entente-timeline:height';

/** The element's default reserved height (`--entente-reserved-height`), for a reserve not computed from data. */
const DEFAULT_RESERVED_HEIGHT = '24rem';

/**
 * Until the element is upgraded, it holds its reserved height (`--entente-reserved-height`).
 * Where scripts run, exactly that height (the fallback list inside is about to give way to the
 * chart: the page does not move); without JavaScript, at least that, and the whole list.
 */
export const FALLBACK_STYLE =
  `entente-timeline:not(:defined){display:block;min-block-size:var(--entente-reserved-height,${DEFAULT_RESERVED_HEIGHT})}` +
  `@media (scripting:enabled){entente-timeline:not(:defined){block-size:var(--entente-reserved-height,${DEFAULT_RESERVED_HEIGHT});overflow:hidden}}`;

/** The column an embed's reserve is computed for: an article's text column. */
const ARTICLE_COLUMN = 700;

/**
 * The height the drawn chart takes in an article column (lanes layout): the chart itself exactly,
 * as the view draws it (`computeChartHeight`), and the header, toolbar and legend above it from
 * the lengths of their texts, as the widget's stylesheets set them (measured in Chromium: a
 * title line 22.5 px of about 64 characters, a description line 21.75 px of about 85 and 4 px
 * above it, 12 below the header, the toolbar and its gaps 56.5 px, a legend row 27.7 px). A toolbar that wraps, or a narrow page's list, makes it grow once.
 */
export function estimateReservedHeight(model) {
  const titleLines = model.title ? Math.ceil(model.title.length / 64) : 0;
  const descriptionLines = model.description ? Math.ceil(model.description.length / 85) : 0;
  const header = titleLines || descriptionLines ? 12 + 22.5 * titleLines + 21.75 * descriptionLines + (descriptionLines ? 4 : 0) : 0;
  // The legend's chips, as it counts them with nothing hidden: "bilateral 8", "🇮🇱 Israel 15"…; a chip is
  // its text at about 6.75 px a character, its glyph and padding, a flag's 21 px; 5.6 px between chips.
  const counts = computeFilterCounts(model.events, { hiddenParties: new Set(), hiddenArities: new Set() });
  const chips = [
    ...[...counts.arities].map(([arity, count]) => `${arity} ${count}`.length * 6.75 + 26),
    ...model.parties.map((party) => `${party.name} ${counts.parties.get(party.id) ?? 0}`.length * 6.75 + 30 + (party.flag ? 21 : 0)),
  ];
  let rows = 1;
  let used = 0;
  for (const chip of chips) {
    if (used && used + 5.6 + chip > ARTICLE_COLUMN) [rows, used] = [rows + 1, 0];
    used += (used ? 5.6 : 0) + chip;
  }
  return Math.ceil(header + 56.5 + 25.3 + (rows - 1) * 27.7 + computeChartHeight(model.parties.length, false));
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);

/**
 * JSON for a <script type="application/json">: `<` is escaped so that no `</script>` or
 * `<!--` inside the data can end or change the script element; U+2028/2029 for old parsers.
 */
function serialiseForScript(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Code for an inline <script>: `</script` would end the element and `<!--` could change how
 * the HTML parser reads what follows, so both get a backslash (`<\/script`, `<\!--`), which
 * JavaScript strings, templates and regular expressions read as the same characters.
 */
function escapeInlineScript(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** A `datetime` attribute value that HTML accepts (years 1 and later), else undefined. */
function toDatetime(date) {
  if (date.year < 1) return undefined;
  return date.iso.replace(/^\+0*/, '');
}

/** The date as a reader sees it, in the document's language, never shifted by a time zone. */
function formatDate(date, locale) {
  const options = { timeZone: 'UTC', year: 'numeric' };
  if (date.year < 1) options.era = 'short';
  if (date.precision !== 'year') options.month = 'long';
  if (date.precision === 'day' || date.precision === 'instant') options.day = 'numeric';
  if (date.precision === 'instant') Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  let text;
  try {
    text = new Intl.DateTimeFormat(locale, options).format(new Date(date.start));
  } catch {
    text = new Intl.DateTimeFormat('en', options).format(new Date(date.start));
  }
  if (date.precision === 'instant') {
    const minutes = Math.abs(date.offsetMinutes);
    const offset = `${date.offsetMinutes < 0 ? '−' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    text += date.offsetMinutes ? ` (UTC${offset})` : ' (UTC)';
  }
  return text;
}

function renderTime(date, locale) {
  const datetime = toDatetime(date);
  const attribute = datetime ? ` datetime="${escapeHtml(datetime)}"` : '';
  return `<time${attribute}>${escapeHtml(formatDate(date, locale))}</time>`;
}

/** The static fallback: the events in order, as semantic HTML, every text escaped. */
function renderFallback(model) {
  const locale = model.locale ?? 'en';
  const lines = [];
  if (model.title) lines.push(`  <h2>${escapeHtml(model.title)}</h2>`);
  if (model.description) lines.push(`  <p>${escapeHtml(model.description)}</p>`);
  lines.push('  <ol>');
  for (const event of model.events) {
    const parties = event.parties.map((id) => model.partyById.get(id)?.name ?? id).join(', ');
    const when = event.end ? `${renderTime(event.date, locale)} – ${renderTime(event.end, locale)}` : renderTime(event.date, locale);
    const parts = [`${when}: <strong>${escapeHtml(event.title)}</strong> <span>(${escapeHtml(parties)})</span>`];
    if (event.summary) parts.push(`<p>${escapeHtml(event.summary)}</p>`);
    for (const source of event.sources) {
      parts.push(`<a href="${escapeHtml(source.url)}">${escapeHtml(source.title ?? new URL(source.url).hostname)}</a>`);
    }
    lines.push(`    <li>${parts.join(' ')}</li>`);
  }
  lines.push('  </ol>');
  return lines.join('\n');
}

/** The element with the data inline and, for readers without JavaScript, the events as a list. */
function renderElement(document, model) {
  return [
    // Until the element upgrades (or for good, without JavaScript) the list takes the height the
    // element reserves for its chart, so the page does not jump when the chart replaces it.
    `<style>${FALLBACK_STYLE}</style>`,
    `<entente-timeline style="--entente-reserved-height:${estimateReservedHeight(model)}px">`,
    `  <script type="application/json">${serialiseForScript(document)}</script>`,
    renderFallback(model),
    '</entente-timeline>',
  ].join('\n');
}

/**
 * The embed snippet (no trailing newline): the script that defines the element (`scriptUrl`;
 * null leaves it out), then the element with `document` inline and `model`'s events as a list.
 * `document` is what the element reads (converted to this package's format); `model` is
 * `parseInput`'s model of it.
 */
export function buildEmbedSnippet({ document, model, scriptUrl }) {
  const loader = scriptUrl ? `<script type="module" src="${escapeHtml(scriptUrl)}"></script>\n` : '';
  return loader + renderElement(document, model);
}

/**
 * What the iframe page runs: it tells its parent its height on load and whenever it changes
 * (a ResizeObserver on the root), in this package's message and in AMP's. Written as text
 * because it runs in the page, not here.
 */
const HEIGHT_REPORTER = `(() => {
  const id = new URLSearchParams(location.search).get('id');
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || parent === window) return;
    last = height;
    parent.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE_TYPE)}, height, id }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
})();`;

/**
 * A standalone page for an iframe (where a CMS strips scripts, in AMP, in syndication): the
 * drop-in `code` (the text of dist/entente-timeline.js), the data and the no-JavaScript list
 * all inline, so it makes no request of its own; it reports its height to the parent.
 */
export function buildEmbedPage({ document, model, code }) {
  const lang = model.locale ? ` lang="${escapeHtml(model.locale)}"` : '';
  return [
    '<!doctype html>',
    `<html${lang}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title ?? 'Timeline')}</title>`,
    // No margin, so the page is as tall as the timeline; the root contains its children's margins.
    '<style>html{display:flow-root}body{margin:0}</style>',
    '</head>',
    '<body>',
    `<script type="module">${escapeInlineScript(code)}</script>`,
    renderElement(document, model),
    `<script>${HEIGHT_REPORTER}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * The parent's half, once per page (a site template may hold it when the article body cannot):
 * it sets the height of each `iframe[data-entente-timeline]` from that iframe's own messages —
 * only a message whose `event.source` is the iframe's window is believed.
 */
export const RESIZER_SCRIPT = `<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!==${JSON.stringify(HEIGHT_MESSAGE_TYPE)}||typeof d.height!=='number'||!(d.height>=0))return;document.querySelectorAll('iframe[data-entente-timeline]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(d.height,100000)+'px'})})</script>`;

/**
 * The iframe that shows a page made by `buildEmbedPage` of `model`, at `pageUrl`, with the resizer
 * after it. Until its page reports a height, the iframe is as tall as the element reserves
 * (`estimateReservedHeight`: the page is the element and nothing else), so the article does not
 * jump when the report comes.
 */
export function buildIframeSnippet({ pageUrl, model }) {
  const iframe =
    `<iframe data-entente-timeline src="${escapeHtml(pageUrl)}" title="${escapeHtml(model.title ?? 'Timeline')}" ` +
    `loading="lazy" style="display:block;width:100%;height:${estimateReservedHeight(model)}px;border:0"></iframe>`;
  return `${iframe}\n${RESIZER_SCRIPT}`;
}
