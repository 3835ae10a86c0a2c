import { expect } from '@open-wc/testing';
import { convertInput, detectFormat, formatFault, fromTimelineJSSheet, parseInput } from '../../src/data/index.js';
import type { Fault, ParseResult, TimelineModel } from '../../src/data/index.js';
import { parseSheetTime } from '../../src/data/timelinejs-sheet.js';

const FIXTURE = '/test/fixtures/documents/timelinejs-sheet.csv';
const BASE = 'https://news.example/data/iran-talks.csv';
const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

function parseOk(result: ParseResult): { model: TimelineModel; warnings: readonly Fault[] } {
  if (!result.ok) throw new Error(`expected ok, got ${formatFault(result.error)}`);
  return result;
}

/** A sheet in the template's columns from rows given by column name. */
function sheet(...rows: Record<string, string>[]): string {
  const columns = HEADER.split(',');
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [HEADER, ...rows.map((row) => columns.map((column) => quote(row[column] ?? '')).join(','))].join('\r\n');
}

describe('TimelineJS sheets', () => {
  let text: string;
  before(async () => {
    text = await (await fetch(FIXTURE)).text();
  });

  it('recognises the template sheet by its header, with or without a CSV address', () => {
    expect(detectFormat(text)).to.equal('timelinejs-sheet');
    expect(detectFormat(text, { url: BASE })).to.equal('timelinejs-sheet');
    expect(convertInput(text).format).to.equal('timelinejs-sheet');
  });

  it('reads the template sheet: title row, events with their precision, parties with short names', () => {
    const { model } = parseOk(parseInput(text, { url: BASE }));
    expect(model.title).to.equal('Iran and the world powers: the nuclear talks, 2013–2016');
    expect(model.description).to.equal(
      'From the first telephone call between the presidents of the United States and Iran since 1979 to Implementation Day.',
    );
    const byId = new Map(model.events.map((event) => [event.id, event]));
    // The title row (2) and the era row (3) are no events; the media-only slide (row 11) is one.
    expect([...byId.keys()].sort()).to.deep.equal(['row-10', 'row-11', 'row-12', 'row-4', 'row-5', 'row-6', 'row-7', 'row-8', 'row-9']);
    expect(byId.get('row-4')!.date).to.include({ iso: '2013-09-27', precision: 'day' });
    expect(byId.get('row-7')!.date).to.include({ iso: '2014-07', precision: 'month' });
    expect(byId.get('row-4')!.summary).to.equal(
      'The first direct conversation between the presidents of the United States and Iran since 1979, as Rouhani leaves New York after the UN General Assembly.',
    );
    const parties = new Map(model.parties.map((party) => [party.id, party]));
    expect(parties.get('united-states')).to.include({ name: 'United States', short: 'US' });
    expect(parties.get('international-atomic-energy-agency')).to.include({ short: 'IAEA' });
    expect(byId.get('row-5')!.parties).to.deep.equal([
      'iran',
      'united-states',
      'united-kingdom',
      'france',
      'germany',
      'russia',
      'china',
      'european-union',
    ]);
  });

  it('maps media: protocol-relative links as https, relative ones against the address, media-only rows kept', () => {
    const { model } = parseOk(parseInput(text, { url: BASE }));
    const byId = new Map(model.events.map((event) => [event.id, event]));
    expect(byId.get('row-8')!.sources.map((source) => source.url)).to.deep.equal([
      'https://en.wikipedia.org/wiki/Joint_Comprehensive_Plan_of_Action',
    ]);
    expect(byId.get('row-9')!.image).to.deep.include({
      url: 'https://news.example/data/images/vienna-2015-07-14.jpg',
      credit: 'Test fixture',
    });
    expect(byId.get('row-11')!.title).to.equal('Adoption Day: the deal formally comes into effect');
  });

  it('drops a relative media link with a warning when the address is not known', () => {
    for (const hint of [{}, { url: 'data/iran-talks.csv' }, { url: 'file:///tmp/iran-talks.csv' }]) {
      const { model, warnings } = parseOk(parseInput(text, hint));
      expect(model.events.find((event) => event.id === 'row-9')!.image, JSON.stringify(hint)).to.equal(undefined);
      expect(warnings.find((fault) => fault.code === 'relative-url')?.path).to.equal('row 9, column "Media"');
    }
  });

  it('reports era rows, backgrounds and display dates by row and column', () => {
    const { warnings } = parseOk(parseInput(text, { url: BASE }));
    const places = warnings.map((fault) => `${fault.path} ${fault.code}`);
    expect(places).to.include.members([
      'row 3, column "Type" not-mapped',
      'row 5, column "Display Date" not-mapped',
      'row 9, column "Background" not-mapped',
      'row 11, column "Headline" blank-text',
      'row 12, column "Display Date" not-mapped',
    ]);
    // Located as the author reads the sheet: by row.
    const rows = warnings.map((fault) => Number(/^row (\d+)/.exec(fault.path)?.[1] ?? 0));
    expect(rows).to.deep.equal([...rows].sort((a, b) => a - b));
  });

  it('maps precision and times from the filled columns', () => {
    const { document, warnings } = fromTimelineJSSheet(
      sheet(
        { Year: '2021', Headline: 'Year', Group: 'X' },
        { Year: '2021', Month: '5', Headline: 'Month', Group: 'X' },
        {
          Year: '2021',
          Month: '5',
          Day: '11',
          Time: '2:30 PM',
          'End Year': '2021',
          'End Month': '5',
          'End Day': '12',
          Headline: 'Time',
          Group: 'X',
        },
        { Year: '2,021', Month: '05', Day: '11', 'End Month': '6', Headline: 'Cleaned year, end without year', Group: 'X' },
        { Year: '2021', Month: '5', Day: '11', Time: 'noon', Headline: 'Bad time', Group: 'X' },
      ),
    );
    expect(document.events.map((event) => [event.date, event.end])).to.deep.equal([
      ['2021', undefined],
      ['2021-05', undefined],
      ['2021-05-11T14:30Z', '2021-05-12'],
      ['2021-05-11', undefined],
      ['2021-05-11', undefined],
    ]);
    expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.include.members([
      'row 4, column "Time" time-zone-assumed',
      'row 5, column "End Year" required',
      'row 6, column "Time" invalid-date',
    ]);
  });

  it('reads a sheet with columns in another order, headers padded, Tag for Group', () => {
    const text = ' Headline ,Tag,Year,Month\nTalks,Iran [IR],2015,7\n';
    expect(detectFormat(text)).to.equal('timelinejs-sheet');
    const { document, warnings } = fromTimelineJSSheet(text);
    expect(warnings).to.deep.equal([]);
    expect(document.events).to.deep.equal([{ id: 'row-2', date: '2015-07', title: 'Talks', parties: ['iran'] }]);
    expect(document.parties).to.deep.equal([{ id: 'iran', name: 'Iran', short: 'IR' }]);
  });

  it('locates parse faults of the converted document in the sheet', () => {
    const result = parseInput(
      sheet({ Year: '2021', Month: '2', Day: '30', Headline: 'Impossible', Group: 'X' }, { Year: '2021', Headline: 'Fine', Group: 'X' }),
    );
    const { warnings } = parseOk(result);
    expect(warnings.map((fault) => fault.path)).to.deep.equal(['row 2, column "Year"']);
  });

  it('maps converted-document paths back to the cells they came from', () => {
    const { locate } = fromTimelineJSSheet(
      sheet({ Year: '2021', 'End Year': '2022', Headline: 'A', Text: 'B', Media: 'https://x.example/a.jpg', Group: 'X' }),
    );
    const cases: [string, string][] = [
      ['events[0].date', 'row 2, column "Year"'],
      ['events[0].end', 'row 2, column "End Year"'],
      ['events[0].title', 'row 2, column "Headline"'],
      ['events[0].summary', 'row 2, column "Text"'],
      ['events[0].image.url', 'row 2, column "Media"'],
      ['events[0].parties[0]', 'row 2, column "Group"'],
      ['parties[0].name', 'row 2, column "Group"'],
      ['events[0].id', 'row 2'],
    ];
    expect(cases.map(([path]) => locate(path))).to.deep.equal(cases.map(([, cell]) => cell));
  });

  it('locates converter warnings in the column of each part', () => {
    const { warnings } = fromTimelineJSSheet(
      sheet({
        Year: '2021',
        Month: '5',
        Day: '1',
        Time: '10:00',
        'End Year': '2021',
        'End Month': '13',
        Headline: 'A',
        Media: 'https://x.example/page',
        'Media Credit': 'C',
        'Media Thumbnail': 'https://x.example/t.jpg',
        Group: 'X',
      }),
    );
    expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.have.members([
      'row 2, column "Time" time-zone-assumed',
      'row 2, column "End Year" invalid-date',
      'row 2, column "Media Credit" not-mapped',
      'row 2, column "Media Thumbnail" not-mapped',
    ]);
  });

  const SEMICOLON =
    'Year;Month;Day;Headline;Text;Group\r\n2015;7;14;"Deal agreed; sanctions to be lifted";Text with a comma, and more;Iran [IR]; United States [US]\r\n';
  const TAB =
    '\ufeffYear\tMonth\tDay\tHeadline\tText\tGroup\n2015\t7\t14\tDeal agreed; sanctions to be lifted\tText with a comma, and more\t"Iran [IR]; United States [US]"\n';
  for (const [name, sheetText] of [
    [
      'a ;-separated export (Excel in most of Europe)',
      SEMICOLON.replace('Iran [IR]; United States [US]', '"Iran [IR]; United States [US]"'),
    ],
    ['a tab-separated export with a BOM', TAB],
  ] as const) {
    it(`reads ${name}`, () => {
      expect(detectFormat(sheetText)).to.equal('timelinejs-sheet');
      const { model, warnings } = parseOk(parseInput(sheetText));
      expect(warnings).to.deep.equal([]);
      expect(model.events.map((event) => [event.date.iso, event.title, event.summary, event.parties])).to.deep.equal([
        ['2015-07-14', 'Deal agreed; sanctions to be lifted', 'Text with a comma, and more', ['iran', 'united-states']],
      ]);
    });
  }

  const times: [string, ReturnType<typeof parseSheetTime>][] = [
    ['14:30', { hour: 14, minute: 30 }],
    ['2:30 PM', { hour: 14, minute: 30 }],
    ['12:05 a.m.', { hour: 0, minute: 5 }],
    ['1430', { hour: 14, minute: 30 }],
    ['9.15', { hour: 9, minute: 15 }],
    ['14:30:15:250', { hour: 14, minute: 30, second: 15, millisecond: 250 }],
    ['25:00', undefined],
    ['noon', undefined],
  ];
  for (const [time, parsed] of times) {
    it(`Time ${JSON.stringify(time)} → ${JSON.stringify(parsed)}`, () => expect(parseSheetTime(time)).to.deep.equal(parsed));
  }
});
