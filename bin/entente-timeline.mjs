#!/usr/bin/env node
// The entente-timeline command line: check, convert and pre-render timelines with the very
// validator the widget uses (the package's data layer, dist/data/index.js), so a document that
// passes here is drawn the same way on the page. It needs no DOM and no dependency beyond the
// package's own.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertInput, formatFault, parseInput } from '../dist/data/index.js';
import { buildEmbedPage, buildEmbedSnippet, buildIframeSnippet, computeDefaultScriptUrl } from './embed.mjs';
import { explainHeaderSpelling, explainLocalDates } from './hints.mjs';

const USAGE = `Usage: entente-timeline <command> [options] <file-or-url>…

Commands:
  validate <file-or-url>…   Check timelines (our JSON, TimelineJS JSON or CSV). Prints each fault
                            with its JSON path or CSV row and column. Exit code 1 when a file cannot
                            be shown, when any event is left out or none is drawn; other warnings
                            are printed but do not fail.
  convert <file-or-url>     Convert a TimelineJS JSON document or a CSV sheet to entente-timeline
                            JSON, printed on standard output (what did not map goes to standard error).
  html <file-or-url>        Print an embed snippet: <entente-timeline> with the data inline and, for
                            readers without JavaScript and for search engines, the events as a list.

Options:
  --script <url>            (html) The script to load in the snippet
                            (default: the jsDelivr copy of this version). --no-script leaves it out.
  --page                    (html) Print a standalone page for an <iframe> instead: the code, the data
                            and the list all inline; it tells its parent its height (postMessage).
  --iframe <page-url>       (html) Print the <iframe> that shows that page, with the script that
                            resizes it to the timeline's height.
  --quiet                   (validate) Print only errors, not warnings.
  --max-warnings <n>        (validate) Also fail when a file has more than n warnings.
  --format json             (validate) Print one JSON object per file, one per line.
  -h, --help                Show this help.
  -v, --version             Show the version.

Use - to read standard input. URLs (http: or https:) are fetched.
Examples:
  npx entente-timeline validate data/timeline.json sheet.csv
  npx entente-timeline validate --max-warnings 0 --format json data/*.json
  npx entente-timeline convert timelinejs.json > timeline.json
  npx entente-timeline html timeline.json > embed.html
  npx entente-timeline html --page timeline.json > timeline-page.html
  npx entente-timeline html --iframe https://example.org/timeline-page.html timeline.json
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
      throw new Error(`could not fetch ${source}: ${error.cause?.message ?? error.message}`, { cause: error });
    }
    if (!response.ok) throw new Error(`could not fetch ${source}: HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_BYTES) throw new Error(`${source} is larger than 10 MB`);
    return { text, hint: { url: response.url || source, contentType: response.headers.get('content-type') }, name: source };
  }
  try {
    return { text: await readFile(source, 'utf8'), hint: { url: source }, name: source };
  } catch (error) {
    throw new Error(error.code === 'ENOENT' ? `${source}: no such file` : `${source}: ${error.message}`, { cause: error });
  }
}

/** Options that take a value: `--name value` or `--name=value`. */
const VALUE_OPTIONS = {
  '--script': (options, value) => (options.script = value),
  '--iframe': (options, value) => (options.iframe = value),
  '--max-warnings': (options, value) => {
    if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number, not "${value}"`);
    options.maxWarnings = Number(value);
  },
  '--format': (options, value) => {
    if (value !== 'json' && value !== 'text') throw new UsageError(`--format is json or text, not "${value}"`);
    options.format = value;
  },
};

function parseArguments(argv) {
  const options = { files: [], script: undefined, quiet: false, page: false, format: 'text' };
  let command;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    // `--name=value`: the name, then the value; any other argument is a name alone.
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const name = equals < 0 ? argument : argument.slice(0, equals);
    const inlineValue = equals < 0 ? undefined : argument.slice(equals + 1);
    if (argument === '-h' || argument === '--help') options.help = true;
    else if (argument === '-v' || argument === '--version') options.version = true;
    else if (argument === '--quiet' || argument === '-q') options.quiet = true;
    else if (argument === '--no-script') options.script = null;
    else if (argument === '--page') options.page = true;
    else if (Object.hasOwn(VALUE_OPTIONS, name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      VALUE_OPTIONS[name](options, value);
    } else if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option ${argument}`);
    else if (command === undefined) command = argument;
    else options.files.push(argument);
  }
  return { command, options };
}

// ------------------------------------------------------------------------------------------
// validate

/**
 * The source item a fault's place names: `events[3]` (JSON, TimelineJS), `timeline.date[3]`
 * (TimelineJS2) or `row 7` (CSV).
 */
const ITEM_PATTERN = /^(?:events\[\d+\]|timeline\.date\[\d+\]|row \d+)/;
const toItem = (path) => ITEM_PATTERN.exec(path)?.[0];

/**
 * The source items (`events[3]`, `row 7`) that are not drawn. An item is left out either by
 * the converter (it names the item in a warning but converts nothing from it) or by
 * parseTimeline (the converted event is missing from the model, which keeps each event's
 * `index`); both are located in the source as written. Counting items, not matching warning
 * codes, keeps this true whatever the codes: one code (`invalid-date`, `unknown-party`) can
 * leave an event out or only drop a part of it.
 */
/**
 * A TimelineJS sheet row whose `Type` the converter did not map (an era) is not an event: it is
 * reported, but leaving it out leaves no event out. (A row of an unknown type is read as an event.)
 */
const isNonEventRow = (warning) => warning.code === 'not-mapped' && /, column "Type"$/.test(warning.path);

function findLeftOutItems(conversion, model) {
  const leftOut = new Set();
  const converted = Array.isArray(conversion.document?.events) ? conversion.document.events.length : 0;
  const locateItem = (index) => toItem(conversion.locate(`events[${index}]`));
  const keptByConverter = new Set(Array.from({ length: converted }, (_, index) => locateItem(index)));
  for (const warning of conversion.warnings) {
    const item = toItem(warning.path);
    if (item && !keptByConverter.has(item) && !isNonEventRow(warning)) leftOut.add(item);
  }
  const drawn = new Set(model.events.map((event) => event.index));
  for (let index = 0; index < converted; index++) if (!drawn.has(index)) leftOut.add(locateItem(index));
  return leftOut;
}

/** `row 3, column "date"` → { row: 3, column: 'date' }; a JSON path → {}. */
function toCell(path) {
  const match = /^row (\d+)(?:, column (".*"))?$/.exec(path);
  if (!match) return {};
  return match[2] === undefined ? { row: Number(match[1]) } : { row: Number(match[1]), column: JSON.parse(match[2]) };
}

const toRecord = (fault) => ({ path: fault.path, ...toCell(fault.path), code: fault.code, message: fault.message });

/**
 * What `validate` knows of one file, as `--format json` prints it. `ok` is false when the file
 * cannot be shown, when an event is left out, when no event is drawn, or with more warnings
 * than `maxWarnings`.
 */
async function checkFile(file, maxWarnings) {
  let loaded;
  try {
    loaded = await load(file);
  } catch (error) {
    const fault = { path: '', code: 'unreadable', message: error.message };
    return { file, ok: false, format: null, events: 0, eventsLeftOut: 0, parties: 0, error: fault, warnings: [] };
  }
  const result = parseInput(loaded.text, loaded.hint);
  const conversion = convertInput(loaded.text, loaded.hint);
  const leftOut = result.ok ? findLeftOutItems(conversion, result.model) : new Set();
  const events = result.ok ? result.model.events.length : 0;
  const warnings = explainLocalDates(result.warnings, conversion).map((warning) => ({
    ...toRecord(warning),
    eventLeftOut: leftOut.has(toItem(warning.path)),
  }));
  const ok = result.ok && leftOut.size === 0 && events > 0 && (maxWarnings === undefined || warnings.length <= maxWarnings);
  return {
    file: loaded.name,
    ok,
    format: conversion.format,
    events,
    eventsLeftOut: leftOut.size,
    parties: result.ok ? result.model.parties.length : 0,
    error: result.ok ? null : toRecord(explainHeaderSpelling(result.error, loaded.text)),
    warnings,
  };
}

const plural = (n, word, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** The text report of one file: a line with ✓ (clean), ! (warnings only) or ✗ (fails), then the faults. */
function formatReport(report, { quiet, maxWarnings }) {
  const count = report.warnings.length;
  const warningsText = count ? `, ${plural(count, 'warning')}` : '';
  let line;
  if (report.error && report.error.code === 'unreadable') line = `✗ ${report.error.message}`;
  else if (report.error) line = `✗ ${report.file}: cannot be shown${count ? ` (and ${plural(count, 'warning')})` : ''}`;
  else {
    const problems = [];
    if (report.eventsLeftOut) problems.push(`${plural(report.eventsLeftOut, 'event')} left out`);
    if (!report.events && !report.eventsLeftOut) problems.push('no event to draw');
    if (maxWarnings !== undefined && count > maxWarnings) problems.push(`more than ${plural(maxWarnings, 'warning')} allowed`);
    const mark = report.ok ? (count ? '!' : '✓') : '✗';
    const summary = `${plural(report.events, 'event')}, ${plural(report.parties, 'party', 'parties')}${warningsText}`;
    line = `${mark} ${report.file}: ${summary}${problems.length ? ` — ${problems.join(', ')}` : ''}`;
  }
  const lines = [line];
  if (report.error && report.error.code !== 'unreadable') lines.push(`  error: ${formatFault(report.error)}`);
  if (!quiet) for (const warning of report.warnings) lines.push(`  warning: ${formatFault(warning)}`);
  return lines.join('\n');
}

async function validate(files, { quiet, maxWarnings, format }) {
  if (!files.length) throw new UsageError('validate needs at least one file or URL');
  let failed = false;
  for (const file of files) {
    const report = await checkFile(file, maxWarnings);
    failed ||= !report.ok;
    console.log(format === 'json' ? JSON.stringify(report) : formatReport(report, { quiet, maxWarnings }));
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

/** The drop-in's code, to inline in an iframe page (the file the snippet's script address names). */
async function readDropIn() {
  const path = fileURLToPath(new URL('../dist/entente-timeline.js', import.meta.url));
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: the package's build is incomplete`);
  }
}

async function renderHtml(files, { script, page, iframe }) {
  if (files.length !== 1) throw new UsageError('html takes one file or URL');
  if (page && iframe !== undefined) throw new UsageError('--page and --iframe are separate steps: write the page, then print its iframe');
  const loaded = await load(files[0]);
  const result = parseInput(loaded.text, loaded.hint);
  for (const warning of result.warnings) console.error(`warning: ${formatFault(warning)}`);
  if (!result.ok) {
    console.error(`error: ${formatFault(result.error)}`);
    return 1;
  }
  const { model } = result;
  if (iframe !== undefined) {
    console.log(buildIframeSnippet({ pageUrl: iframe, model }));
    return 0;
  }
  // The inline data is the converted document, so the element reads it without converting again.
  const { document } = convertInput(loaded.text, loaded.hint);
  if (page) {
    console.log(buildEmbedPage({ document, model, code: await readDropIn() }));
    return 0;
  }
  const scriptUrl = script === undefined ? computeDefaultScriptUrl(await readVersion()) : script;
  console.log(buildEmbedSnippet({ document, model, scriptUrl }));
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
