#!/usr/bin/env node
// The entente-timeline command line: check, convert and pre-render timelines with the very
// validator the widget uses (the package's data layer, dist/data/index.js), so a document that
// passes here is drawn the same way on the page. It needs no DOM and no dependency beyond the
// package's own.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertInput, formatFault, parseInput } from '../dist/data/index.js';

const USAGE = `Usage: entente-timeline <command> [options] <file-or-url>…

Commands:
  validate <file-or-url>…   Check timelines (our JSON, TimelineJS JSON or CSV). Prints each fault
                            with its JSON path or CSV row and column. Exit code 1 when a file cannot
                            be shown; warnings are printed but do not fail.
  convert <file-or-url>     Convert a TimelineJS JSON document or a CSV sheet to entente-timeline
                            JSON, printed on standard output (what did not map goes to standard error).
  html <file-or-url>        Print an embed snippet: <entente-timeline> with the data inline and, for
                            readers without JavaScript and for search engines, the events as a list.

Options:
  --script <url>            (html) The script to load in the snippet
                            (default: the jsDelivr copy of this version). --no-script leaves it out.
  --quiet                   (validate) Print only errors, not warnings.
  -h, --help                Show this help.
  -v, --version             Show the version.

Use - to read standard input. URLs (http: or https:) are fetched.
Examples:
  npx entente-timeline validate data/timeline.json sheet.csv
  npx entente-timeline convert timelinejs.json > timeline.json
  npx entente-timeline html timeline.json > embed.html
`;

const MAX_BYTES = 10 * 1024 * 1024;

class UsageError extends Error {}

async function readVersion() {
  const path = fileURLToPath(new URL('../package.json', import.meta.url));
  return JSON.parse(await readFile(path, 'utf8')).version;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of a file, a URL or standard input, with what is known about its type. */
async function load(source) {
  if (source === '-') return { text: await readStdin(), hint: {}, name: 'stdin' };
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await fetch(source, {
        headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new Error(`could not fetch ${source}: ${error.cause?.message ?? error.message}`);
    }
    if (!response.ok) throw new Error(`could not fetch ${source}: HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_BYTES) throw new Error(`${source} is larger than 10 MB`);
    return { text, hint: { url: response.url || source, contentType: response.headers.get('content-type') }, name: source };
  }
  try {
    return { text: await readFile(source, 'utf8'), hint: { url: source }, name: source };
  } catch (error) {
    throw new Error(error.code === 'ENOENT' ? `${source}: no such file` : `${source}: ${error.message}`);
  }
}

function parseArguments(argv) {
  const options = { files: [], script: undefined, quiet: false };
  let command;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '-h' || argument === '--help') options.help = true;
    else if (argument === '-v' || argument === '--version') options.version = true;
    else if (argument === '--quiet' || argument === '-q') options.quiet = true;
    else if (argument === '--no-script') options.script = null;
    else if (argument === '--script') {
      if (argv[i + 1] === undefined) throw new UsageError('--script needs a URL');
      options.script = argv[++i];
    } else if (argument.startsWith('--script=')) options.script = argument.slice('--script='.length);
    else if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option ${argument}`);
    else if (command === undefined) command = argument;
    else options.files.push(argument);
  }
  return { command, options };
}

// ------------------------------------------------------------------------------------------
// validate

async function validate(files, { quiet }) {
  if (!files.length) throw new UsageError('validate needs at least one file or URL');
  let failed = false;
  for (const file of files) {
    let loaded;
    try {
      loaded = await load(file);
    } catch (error) {
      console.log(`✗ ${error.message}`);
      failed = true;
      continue;
    }
    const result = parseInput(loaded.text, loaded.hint);
    const lines = [];
    if (!result.ok) lines.push(`  error: ${formatFault(result.error)}`);
    if (!quiet) for (const warning of result.warnings) lines.push(`  warning: ${formatFault(warning)}`);
    const count = result.warnings.length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (result.ok) {
      const summary = `${plural(result.model.events.length, 'event')}, ${plural(result.model.parties.length, 'party').replace(/partys$/, 'parties')}`;
      console.log(`${count ? '!' : '✓'} ${loaded.name}: ${summary}${count ? `, ${plural(count, 'warning')}` : ''}`);
    } else {
      failed = true;
      console.log(`✗ ${loaded.name}: cannot be shown${count ? ` (and ${plural(count, 'warning')})` : ''}`);
    }
    for (const line of lines) console.log(line);
  }
  return failed ? 1 : 0;
}

// ------------------------------------------------------------------------------------------
// convert

async function convert(files) {
  if (files.length !== 1) throw new UsageError('convert takes one file or URL');
  const loaded = await load(files[0]);
  const conversion = convertInput(loaded.text, loaded.hint);
  if (conversion.format === 'json') {
    // Already in this format: print it back (checked and pretty-printed), as a no-op conversion.
    const result = parseInput(loaded.text, loaded.hint);
    if (!result.ok) {
      console.error(`error: ${formatFault(result.error)}`);
      return 1;
    }
    for (const warning of result.warnings) console.error(`warning: ${formatFault(warning)}`);
    console.log(JSON.stringify(conversion.document, null, 2));
    return 0;
  }
  for (const warning of conversion.warnings) console.error(`warning: ${formatFault(warning)}`);
  if (conversion.error) {
    console.error(`error: ${formatFault(conversion.error)}`);
    return 1;
  }
  // What parseTimeline would still drop from the converted document, located in the source.
  const result = parseInput(loaded.text, loaded.hint);
  const seen = new Set(conversion.warnings.map(formatFault));
  for (const warning of result.warnings) {
    if (!seen.has(formatFault(warning))) console.error(`warning: ${formatFault(warning)}`);
  }
  console.log(JSON.stringify(conversion.document, null, 2));
  return 0;
}

// ------------------------------------------------------------------------------------------
// html

const FALLBACK_STYLE =
  'entente-timeline:not(:defined){display:block;min-block-size:var(--entente-reserved-height,20rem)}';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);

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

async function renderHtml(files, { script }) {
  if (files.length !== 1) throw new UsageError('html takes one file or URL');
  const loaded = await load(files[0]);
  const result = parseInput(loaded.text, loaded.hint);
  for (const warning of result.warnings) console.error(`warning: ${formatFault(warning)}`);
  if (!result.ok) {
    console.error(`error: ${formatFault(result.error)}`);
    return 1;
  }
  // The inline data is the converted document, so the element reads it without converting again.
  const { document } = convertInput(loaded.text, loaded.hint);
  const version = await readVersion();
  const scriptUrl = script === undefined ? `https://cdn.jsdelivr.net/npm/entente-timeline@${version}/dist/entente-timeline.js` : script;
  const out = [];
  if (scriptUrl) out.push(`<script type="module" src="${escapeHtml(scriptUrl)}"></script>`);
  // Until the element upgrades (or for good, without JavaScript) the list takes the height the
  // element reserves for its chart, so the page does not jump when the chart replaces it.
  out.push(`<style>${FALLBACK_STYLE}</style>`);
  out.push('<entente-timeline>');
  out.push(`  <script type="application/json">${serialiseForScript(document)}</script>`);
  out.push(renderFallback(result.model));
  out.push('</entente-timeline>');
  console.log(out.join('\n'));
  return 0;
}

// ------------------------------------------------------------------------------------------

async function main(argv) {
  let parsed;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`entente-timeline: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { command, options } = parsed;
  if (options.version) {
    console.log(await readVersion());
    return 0;
  }
  if (options.help || command === undefined || command === 'help') {
    (command === undefined && !options.help ? console.error : console.log)(USAGE);
    return command === undefined && !options.help ? 2 : 0;
  }
  try {
    if (command === 'validate') return await validate(options.files, options);
    if (command === 'convert') return await convert(options.files);
    if (command === 'html') return await renderHtml(options.files, options);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`entente-timeline: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`${basename(process.argv[1] ?? 'entente-timeline')}: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
