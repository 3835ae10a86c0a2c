// Hints `validate` adds for editors, beside what the data code says: the ISO date a date written
// in a local form most likely means, and the spelling of a TimelineJS sheet's columns. They live
// with the command line, not in the data code, because the drop-in script (which holds the data
// code) has a byte budget, and readers of an article need no such hints.
//
// Dates: Google Sheets and Excel turn a typed `2020-08-13` into a date cell and export it as the
// locale writes dates (`13/08/2020`, `8/13/2020`, `13.08.2020`, `August 13, 2020`). Only a hint:
// a date is never guessed into the data, and `05/08/2020`, which reads both ways, gets both.
import { findLooseMatch, parseDate, TIMELINEJS_SHEET_COLUMNS } from '../dist/data/index.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (part) => String(part).padStart(2, '0');

/** `Aug`, `August`, `Sept.` → 8; undefined for any other word. */
function readMonthName(word) {
  const name = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month === name || (name.length >= 3 && month.startsWith(name)));
  return index < 0 ? undefined : index + 1;
}

/**
 * The ISO dates `text` may stand for (`13/08/2020` → `2020-08-13`; `05/08/2020` → `2020-08-05`
 * and `2020-05-08`; `August 13, 2020` → `2020-08-13`; `Aug 2020` → `2020-08`), or none.
 */
export function suggestIsoDates(text) {
  const value = String(text).trim().replace(/\s+/g, ' ');
  const candidates = [];
  // Day and month in either order, then the year: 13/08/2020, 8/13/2020, 13.08.2020, 13-08-2020.
  const numeric = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (numeric) {
    const [, first, , second, year] = numeric;
    candidates.push(`${year}-${pad(second)}-${pad(first)}`, `${year}-${pad(first)}-${pad(second)}`);
  }
  // Year first, without the zeros or with slashes: 2020-8-13, 2020/08/13.
  const yearFirst = /^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?$/.exec(value);
  if (yearFirst) candidates.push([yearFirst[1], pad(yearFirst[2]), ...(yearFirst[3] ? [pad(yearFirst[3])] : [])].join('-'));
  // In words: August 13, 2020; 13 August 2020; Aug 2020.
  const words = /^(?:(\d{1,2}) )?([a-z]+\.?) (?:(\d{1,2}),? )?(\d{4})$/i.exec(value);
  const month = words && !(words[1] && words[3]) ? readMonthName(words[2]) : undefined;
  if (month) {
    const day = words[1] ?? words[3];
    candidates.push(`${words[4]}-${pad(month)}${day ? `-${pad(day)}` : ''}`);
  }
  return [...new Set(candidates)].filter((candidate) => candidate !== value && parseDate(candidate));
}

/**
 * Adds to each `invalid-date` warning about a date in a local form the ISO date to write:
 * `"13/08/2020" is not a valid date (write it year-month-day: "2020-08-13"); this event is left out`.
 * The value is read from the converted document, found by the place the warning names.
 */
export function explainLocalDates(warnings, conversion) {
  const values = new Map();
  const events = Array.isArray(conversion.document?.events) ? conversion.document.events : [];
  events.forEach((event, index) => {
    for (const field of ['date', 'end']) {
      if (typeof event?.[field] === 'string') values.set(conversion.locate(`events[${index}].${field}`), event[field]);
    }
  });
  return warnings.map((warning) => {
    const dates = warning.code === 'invalid-date' && values.has(warning.path) ? suggestIsoDates(values.get(warning.path)) : [];
    if (!dates.length) return warning;
    const hint = ` (write it year-month-day: ${dates.map((date) => `"${date}"`).join(' or ')})`;
    return { ...warning, message: warning.message.replace(/ is not a valid date/, `$&${hint}`) };
  });
}

/**
 * Adds to the error about a header that names no known column the TimelineJS template's spelling
 * of the columns it writes in another case or spacing (`year` → `Year`): TimelineJS reads a
 * column only as its template writes it, and so does this package.
 */
export function explainHeaderSpelling(error, text) {
  if (error?.code !== 'unknown-header') return error;
  const header =
    text
      .replace(/^\ufeff/, '')
      .split(/\r\n?|\n/)
      .find((line) => line.trim()) ?? '';
  const misspelt = header.split(/[,;\t]/).flatMap((cell) => {
    const written = cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    const column = findLooseMatch(written, TIMELINEJS_SHEET_COLUMNS);
    return column && column !== written ? [`${JSON.stringify(column)}, not ${JSON.stringify(written)}`] : [];
  });
  if (!misspelt.length) return error;
  return {
    ...error,
    message: `${error.message}. A TimelineJS sheet writes its columns as the template does: ${misspelt.slice(0, 4).join('; ')}`,
  };
}
