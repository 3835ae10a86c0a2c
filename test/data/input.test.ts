import { expect } from '@open-wc/testing';
import { convertInput, detectInputFormat, formatFault, parseInput, parseTimeline } from '../../src/data/index.js';
import type { Fault, ParseResult, TimelineModel } from '../../src/data/index.js';

const OURS = {
  version: 1,
  parties: [{ id: 'ru', name: 'Russia' }],
  events: [{ id: 'a', date: '2021-05-11', title: 'A', parties: ['ru'] }],
};
const TIMELINEJS = {
  title: { text: { headline: 'Talks', text: '<p>About talks</p>' } },
  events: [
    { start_date: { year: 2021, month: 5, day: 11 }, text: { headline: 'A' }, group: 'Russia' },
    { start_date: { year: 2021, month: 6 }, end_date: { year: 2021, month: 5 }, text: { headline: 'B' }, group: 'Russia' },
    { start_date: { year: 2020 }, text: { headline: 'C' }, group: 'Russia', media: { url: 'https://user:pw@example.org/x' } },
  ],
};
const CSV = 'date,title,parties,source_url\n2021-05-11,A,Russia,\n2021-02-30,B,Russia,\n2021,C,Russia,ftp://example.org/\n';

function parseOk(result: ParseResult): { model: TimelineModel; warnings: readonly Fault[] } {
  if (!result.ok) throw new Error(`expected ok, got ${formatFault(result.error)}`);
  return result;
}

describe('detectInputFormat', () => {
  const cases: [string, unknown, Parameters<typeof detectInputFormat>[1], string][] = [
    ['our JSON text', JSON.stringify(OURS), {}, 'json'],
    ['our document object', OURS, {}, 'json'],
    ['TimelineJS text', JSON.stringify(TIMELINEJS), {}, 'timelinejs'],
    ['TimelineJS object', TIMELINEJS, {}, 'timelinejs'],
    ['TimelineJS with only a title slide', { title: { text: { headline: 'x' } }, events: [] }, {}, 'timelinejs'],
    ['TimelineJS shape with a version is ours', { ...TIMELINEJS, version: 1 }, {}, 'json'],
    ['CSV by its header', CSV, {}, 'csv'],
    ['CSV with a BOM and quoted header', '\ufeff"Title","Date"\n', {}, 'csv'],
    ['CSV by the .csv extension', 'a;b', { url: 'https://example.org/data/sheet.CSV?x=1' }, 'csv'],
    ['CSV by a spreadsheet export link', 'x', { url: 'https://docs.google.com/spreadsheets/d/e/ID/pub?output=csv' }, 'csv'],
    ['CSV by a relative .csv URL', 'x', { url: 'data/sheet.csv' }, 'csv'],
    ['CSV by content type', '{}', { contentType: 'text/csv; charset=utf-8' }, 'csv'],
    ['JSON by content type stays by shape', JSON.stringify(TIMELINEJS), { contentType: 'application/json' }, 'timelinejs'],
    ['text that is neither', 'hello, world', {}, 'json'],
    ['an HTML page', '<!doctype html><title>date title</title>', {}, 'json'],
    ['null', null, {}, 'json'],
  ];
  for (const [name, input, hint, format] of cases) {
    it(`${name} → ${format}`, () => expect(detectInputFormat(input, hint)).to.equal(format));
  }
});

describe('parseInput', () => {
  it('reads our format exactly as parseTimeline does', () => {
    for (const input of [OURS, JSON.stringify(OURS), '\ufeff' + JSON.stringify(OURS), { version: 2 }, 42, '<!doctype html>']) {
      expect(JSON.stringify(parseInput(input))).to.equal(JSON.stringify(parseTimeline(input)));
    }
  });

  it("gives parseTimeline's JSON syntax error its line and column", () => {
    const timeline = parseTimeline('{');
    const input = parseInput('{');
    expect(!timeline.ok && timeline.error.message).to.equal(
      'JSON syntax error: the text ends before the document does (the file looks cut off); publish the whole file',
    );
    expect(!input.ok && input.error.message).to.equal(
      'JSON syntax error: line 1, column 2: the text ends before the document does (the file looks cut off); publish the whole file',
    );
  });

  it('says an empty file is empty, not a JSON syntax error at line 1', () => {
    for (const text of ['', '\n', '\ufeff', ' \r\n\t ']) {
      for (const result of [parseTimeline(text), parseInput(text)]) {
        expect(result.ok).to.equal(false);
        if (!result.ok) {
          expect(result.error.code).to.equal('not-json');
          expect(result.error.message).to.equal('the text is empty');
        }
      }
    }
  });

  it('reads TimelineJS, locating every fault in the TimelineJS document', () => {
    const { model, warnings } = parseOk(parseInput(JSON.stringify(TIMELINEJS)));
    expect(model.title).to.equal('Talks');
    expect(model.description).to.equal('About talks');
    expect(model.events.map((event) => event.title)).to.deep.equal(['C', 'A', 'B']);
    expect(model.parties.map((party) => party.id)).to.deep.equal(['russia']);
    expect(warnings.map(formatFault)).to.deep.equal([
      'events[1].end_date: ends ("2021-05") before it starts ("2021-06"); the end is ignored',
      'events[2].media.url: "https://user:pw@example.org/x" is not an absolute http: or https: link without user name or password; the media is not mapped',
    ]);
  });

  it('reads CSV, locating every fault by row and column', () => {
    const { model, warnings } = parseOk(parseInput(CSV, { url: '/timeline.csv' }));
    expect(model.events.map((event) => [event.id, event.date.iso])).to.deep.equal([
      ['row-4', '2021'],
      ['row-2', '2021-05-11'],
    ]);
    expect(warnings.map(formatFault)).to.deep.equal([
      'row 3, column "date": "2021-02-30" is not a valid date; this event is left out',
      'row 4, column "source_url": "ftp://example.org/" is not an absolute http: or https: link; this source is left out',
    ]);
  });

  it('fails on CSV without the required columns', () => {
    const result = parseInput('date,title\n2021,A\n', { contentType: 'text/csv' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.code).to.equal('missing-column');
  });

  it('fails on a TimelineJS-looking document without events', () => {
    const result = parseInput({ title: { text: { headline: 'x' } } });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(formatFault(result.error)).to.equal('events: a TimelineJS document needs an "events" array');
  });

  it('keeps calendar dates from every format on their day', () => {
    const days = [
      parseOk(parseInput(OURS)).model.events[0]!.date,
      parseOk(parseInput(TIMELINEJS)).model.events[1]!.date,
      parseOk(parseInput(CSV)).model.events[1]!.date,
    ];
    for (const date of days) {
      expect([date.precision, date.year, date.month, date.day]).to.deep.equal(['day', 2021, 5, 11]);
      expect(new Date(date.start).getUTCDate()).to.equal(11);
    }
  });

  it('convertInput returns the converted document and the format', () => {
    const converted = convertInput(CSV);
    expect(converted.format).to.equal('csv');
    expect(converted.document.events).to.have.length(3);
    expect(convertInput(OURS).document).to.equal(OURS);
  });
});
