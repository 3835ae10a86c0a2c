import { expect } from '@open-wc/testing';
import { detectFormat, sniffDelimiter, type InputFormat, type InputHint } from '../../src/data/index.js';

const OURS = { version: 1, parties: [], events: [] };
const TIMELINEJS = { events: [{ start_date: { year: 2015 }, text: { headline: 'A' } }] };
const TIMELINEJS2 = { timeline: { headline: 'Talks', type: 'default', date: [{ startDate: '2011,9,1', headline: 'A' }] } };
const SHEET =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n2015,7,14,,,,,,,Deal,,,,,,,Iran,\n';
const OWN_CSV = 'date,title,parties\n2015-07-14,Deal,Iran\n';
const PUBLISHED = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pub?output=csv';

describe('detectFormat', () => {
  const cases: [string, unknown, InputHint, InputFormat][] = [
    // By shape.
    ['entente JSON text', JSON.stringify(OURS), {}, 'json'],
    ['entente object', OURS, {}, 'json'],
    ['TimelineJS JSON text', JSON.stringify(TIMELINEJS), {}, 'timelinejs'],
    ['TimelineJS object', TIMELINEJS, {}, 'timelinejs'],
    ['TimelineJS2 JSON text', JSON.stringify(TIMELINEJS2), {}, 'timelinejs2'],
    ['TimelineJS2 object', TIMELINEJS2, {}, 'timelinejs2'],
    ['TimelineJS2 with only a headline', { timeline: { headline: 'x' } }, {}, 'timelinejs2'],
    ['a version makes it ours', { ...TIMELINEJS2, version: 1 }, {}, 'json'],
    // By content sniffing.
    ['TimelineJS sheet CSV', SHEET, {}, 'timelinejs-sheet'],
    ['TimelineJS sheet, ;-separated', SHEET.replace(/,/g, ';'), {}, 'timelinejs-sheet'],
    ['TimelineJS sheet, tab-separated, BOM, CRLF', `\ufeff${SHEET.replace(/,/g, '\t').replace(/\n/g, '\r\n')}`, {}, 'timelinejs-sheet'],
    ['plain CSV', OWN_CSV, {}, 'csv'],
    ['plain CSV, ;-separated', OWN_CSV.replace(/,/g, ';'), {}, 'csv'],
    ['a table with unknown columns is CSV', 'name;when\nTalks;2015\n', {}, 'csv'],
    ['one line with a comma is not a table', 'hello, world', {}, 'json'],
    ['broken JSON stays JSON', '{"version": 1,, }', {}, 'json'],
    ['an HTML page', '<!doctype html><title>date, title</title>\n<p>a, b</p>', {}, 'json'],
    // By content type.
    ['text/csv', OWN_CSV, { contentType: 'text/csv; charset=utf-8' }, 'csv'],
    ['text/csv, TimelineJS header', SHEET, { contentType: 'text/csv' }, 'timelinejs-sheet'],
    ['text/tab-separated-values', SHEET.replace(/,/g, '\t'), { contentType: 'text/tab-separated-values' }, 'timelinejs-sheet'],
    ['text/csv wins over JSON-looking text', '{}', { contentType: 'text/csv' }, 'csv'],
    ['application/json goes by shape', JSON.stringify(TIMELINEJS), { contentType: 'application/json' }, 'timelinejs'],
    // By URL.
    ['a .csv URL', 'x', { url: 'https://example.org/data/sheet.CSV?x=1' }, 'csv'],
    ['a relative .csv URL', 'x', { url: 'data/sheet.csv' }, 'csv'],
    ['Google pub?output=csv', 'x', { url: PUBLISHED }, 'csv'],
    ['Google pub?output=csv, TimelineJS header', SHEET, { url: PUBLISHED }, 'timelinejs-sheet'],
    ['Google export?format=csv', 'x', { url: 'https://docs.google.com/spreadsheets/d/ID/export?format=csv&gid=0' }, 'csv'],
    ['Google gviz tqx=out:csv', 'x', { url: 'https://docs.google.com/spreadsheets/d/ID/gviz/tq?tqx=out:csv' }, 'csv'],
    ['a .json URL goes by content', JSON.stringify(OURS), { url: 'https://example.org/timeline.json' }, 'json'],
    ['null', null, {}, 'json'],
  ];
  for (const [name, input, hint, format] of cases) {
    it(`${name} → ${format}`, () => expect(detectFormat(input, hint)).to.equal(format));
  }
});

describe('sniffDelimiter', () => {
  const cases: [string, string][] = [
    ['a,b,c\n1;2;3', ','],
    ['a;b;c\n1,5;2,5;3', ';'],
    ['a\tb\tc', '\t'],
    ['"a;b",c', ','],
    ['"x, y";z;w', ';'],
    ['\ufeff\r\n\r\na;b', ';'],
    ['one', ','],
  ];
  for (const [text, delimiter] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(delimiter)}`, () => expect(sniffDelimiter(text)).to.equal(delimiter));
  }
});
