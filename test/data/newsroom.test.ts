// Files as newsrooms make them (test/fixtures/newsroom/, see its README) through parseInput, as
// the element reads them: dates with their precision, parties, media, and every loss located.
import { expect } from '@open-wc/testing';
import { detectFormat, formatFault, parseInput } from '../../src/data/index.js';
import type { Fault, ParseResult, TimelineModel } from '../../src/data/index.js';

const DIR = '/test/fixtures/newsroom/';

function parseOk(result: ParseResult): { model: TimelineModel; warnings: readonly Fault[] } {
  if (!result.ok) throw new Error(`expected ok, got ${formatFault(result.error)}`);
  return result;
}

/** Each event as `id date(precision) title [parties]`, in the model's order. */
function describeEvents(model: TimelineModel): string[] {
  return model.events.map(
    (event) =>
      `${event.id} ${event.date.iso}(${event.date.precision})${event.end ? `–${event.end.iso}` : ''} ${event.title} [${event.parties.join(', ')}]`,
  );
}

describe('newsroom files through parseInput', () => {
  const texts = new Map<string, string>();
  before(async () => {
    for (const name of [
      'peace-google-sheet.csv',
      'minsk-excel-sheet.csv',
      'abraham-excel.csv',
      'iran-timelinejs3.json',
      'minsk-timelinejs2.json',
    ]) {
      texts.set(name, await (await fetch(DIR + name)).text());
    }
  });

  it('recognises each format by its content alone', () => {
    expect([...texts].map(([name, text]) => [name, detectFormat(text)])).to.deep.equal([
      ['peace-google-sheet.csv', 'timelinejs-sheet'],
      ['minsk-excel-sheet.csv', 'timelinejs-sheet'],
      ['abraham-excel.csv', 'csv'],
      ['iran-timelinejs3.json', 'timelinejs'],
      ['minsk-timelinejs2.json', 'timelinejs2'],
    ]);
  });

  it('reads a Google Sheets export of the TimelineJS template: title row, era, precision, groups, media', () => {
    const { model, warnings } = parseOk(parseInput(texts.get('peace-google-sheet.csv')!, { url: 'https://news.example/data/peace.csv' }));
    expect(model.title).to.equal('Peace on paper');
    expect(model.description).to.equal('Agreements that ended wars, and some that did not.');
    expect(describeEvents(model)).to.deep.equal([
      'row-3 1978-09-05(day)–1978-09-17 Camp David summit [united-states, egypt, israel]',
      'row-4 1978-09-17(day) Camp David Accords signed [egypt, israel, united-states]',
      'row-5 1979-03-26(day) Egypt–Israel peace treaty [egypt, israel]',
      'row-7 1993-09-13(day) Oslo I Accord [israel, plo]',
      'row-8 1995-09-28(day) Oslo II signed in Washington [israel, plo]',
      'row-9 2014-09(month) Minsk Protocol [ukraine, russia, osce]',
      'row-10 2015(year) The year of the Iran deal [iran, p5-1]',
    ]);
    const byId = new Map(model.events.map((event) => [event.id, event]));
    // HTML is text; quotes and the line break of a quoted cell are kept as text.
    expect(byId.get('row-3')!.summary).to.equal('Carter hosts Sadat and Begin for 13 days at Camp David, Maryland.');
    expect(byId.get('row-5')!.summary).to.equal('Signed in Washington. Israel agrees to withdraw from Sinai.');
    // Protocol-relative media is https; a relative one is resolved against the sheet's address.
    expect(byId.get('row-3')!.image).to.include({
      url: 'https://upload.wikimedia.org/wikipedia/commons/camp-david.jpg',
      credit: 'White House',
    });
    expect(byId.get('row-7')!.image).to.include({ url: 'https://news.example/data/images/oslo.jpg', alt: 'Rabin and Arafat shake hands' });
    expect(model.parties.find((party) => party.id === 'p5-1')).to.include({ name: 'P5+1' });
    expect(warnings.map(formatFault)).to.deep.equal([
      'row 6, column "Type": an era is not mapped: this timeline has no eras; this row is left out',
      'row 8, column "Headline": no headline and no text; the title is the media\'s caption, "Oslo II signed in Washington"',
      'row 9, column "Display Date": a display date is not mapped; the date is shown in the reader\'s language',
    ]);
  });

  it('reads an Excel ;-export with a byte-order mark, a BCE year and a row shifted by an unquoted ;', () => {
    const { model, warnings } = parseOk(parseInput(texts.get('minsk-excel-sheet.csv')!));
    expect(describeEvents(model)).to.deep.equal([
      'row-5 -1258(year) Treaty of Kadesh [egypt, hittites]',
      'row-2 2014-09-05(day) Minsk Protocol [ukraine, russia, osce]',
      'row-3 2015-02-11(day)–2015-02-12 Normandy-format summit in Minsk [ukraine, russia, germany, france]',
      'row-4 2015-02-12(day) Minsk II [ukraine]',
    ]);
    expect(warnings.map(formatFault)).to.deep.equal([
      'row 4: 20 cells under 18 columns: is a ";" in a cell not quoted?',
      'row 4, column "Background": a slide background is not mapped',
      'row 5, column "Display Date": a display date is not mapped; the date is shown in the reader\'s language',
    ]);
  });

  it("reads this package's columns from an Excel export, leaving out a day-first date with its cell", () => {
    const { model, warnings } = parseOk(parseInput(texts.get('abraham-excel.csv')!));
    expect(describeEvents(model)).to.deep.equal([
      'row-7 2020(year) A year of normalisation (year only) [israel]',
      'row-3 2020-08-13(day) Israel and the UAE agree to normalise relations [israel, united-arab-emirates, united-states]',
      'row-4 2020-09-11(day) Bahrain to normalise relations with Israel [bahrain, israel, united-states]',
      'row-5 2020-09-15(day) Abraham Accords signed [israel, united-arab-emirates, bahrain, united-states]',
      'row-6 2020-10(month) Sudan joins (month only) [sudan]',
    ]);
    const signing = model.events.find((event) => event.id === 'row-5')!;
    expect(signing.summary).to.equal('Signed on the South Lawn,\nwith Bahrain too.');
    expect(signing.location).to.deep.equal({ name: 'White House', country: 'Washington' });
    expect(model.parties.find((party) => party.id === 'united-arab-emirates')).to.include({ short: 'AE' });
    expect(warnings.map(formatFault)).to.deep.equal([
      'row 2, column "Date": "13/08/2020" is not a valid date; this event is left out',
      'row 6: 10 cells under 9 columns: is a ";" in a cell not quoted?',
      'row 6, column "Kind": "Israel" is not one of visit, meeting, call, statement, agreement, summit, other; ignored',
    ]);
  });

  it("reads TimelineJS3 JSON shaped like Knight Lab's examples", () => {
    const { model, warnings } = parseOk(
      parseInput(texts.get('iran-timelinejs3.json')!, { url: 'https://news.example/iran/timeline.json' }),
    );
    expect(model.title).to.equal('The Iran nuclear talks 2013 – 2018');
    expect(describeEvents(model)).to.deep.equal([
      'event-1 2013-11-24(day) Joint Plan of Action [iran, p5-1]',
      'event-2 2015-04-02(day) Lausanne framework [iran, p5-1, eu]',
      'jcpoa 2015-07-14(day) JCPOA agreed in Vienna [iran, p5-1, eu]',
      'jcpoa-2 2016-01-16(day) Implementation Day [iran, iaea]',
      'event-6 2018-05(month) Reactions in Tehran [iran]',
      'event-5 2018-05-08(day) United States withdraws [united-states]',
    ]);
    const jcpoa = model.events.find((event) => event.id === 'jcpoa')!;
    expect(jcpoa.image).to.include({ url: 'https://news.example/images/vienna.jpg', alt: 'Vienna, 14 July 2015' });
    expect(warnings.filter((warning) => /left out/.test(warning.message)).map(formatFault)).to.deep.equal([
      'events[6].start_date.year: "year" is required; this event is left out',
    ]);
  });

  it('reads TimelineJS2 JSON: a one-day endDate is no span, a date not written "2011,9,1" is located', () => {
    const { model, warnings } = parseOk(parseInput(texts.get('minsk-timelinejs2.json')!));
    expect(model.title).to.equal('The Minsk agreements 2014 - 2015');
    expect(describeEvents(model)).to.deep.equal([
      'event-1 2014-09-05(day) Minsk Protocol [ukraine, russia, osce]',
      'event-2 2015-02-11(day)–2015-02-12 Normandy-format summit in Minsk [ukraine, russia, germany, france]',
      'event-4 2022-02-21(day) Russia recognises the separatist republics [russia]',
    ]);
    expect(warnings.map((warning) => warning.path)).to.deep.equal([
      'timeline.asset',
      'timeline.era',
      'timeline.date[1].asset.media',
      'timeline.date[2].startDate',
    ]);
  });
});
