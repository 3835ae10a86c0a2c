import { expect } from '@open-wc/testing';
import { CSV_COLUMNS, formatFault, fromCsv, fromTimelineJSSheet, parseInput, parseTimeline } from '../../src/data/index.js';

const HEADER = 'date,end,title,parties,kind,summary,location,source_title,source_url,image_url,image_alt';
const sheet = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('fromCsv', () => {
  it('maps every documented column', () => {
    const { document, warnings } = fromCsv(
      sheet(
        '2021-05-11,2021-05-12,Talks in Baku,Russia; Azerbaijan,Meeting,"They said ""yes"", twice",Baku,Report,https://example.org/r,https://example.org/p.jpg,Two ministers',
      ),
    );
    expect(warnings).to.deep.equal([]);
    expect(document).to.deep.equal({
      version: 1,
      parties: [
        { id: 'russia', name: 'Russia' },
        { id: 'azerbaijan', name: 'Azerbaijan' },
      ],
      events: [
        {
          id: 'row-2',
          date: '2021-05-11',
          end: '2021-05-12',
          title: 'Talks in Baku',
          parties: ['russia', 'azerbaijan'],
          kind: 'meeting',
          summary: 'They said "yes", twice',
          location: { name: 'Baku' },
          sources: [{ title: 'Report', url: 'https://example.org/r' }],
          image: { url: 'https://example.org/p.jpg', alt: 'Two ministers' },
        },
      ],
    });
    expect(parseTimeline(document).ok).to.equal(true);
  });

  it('leaves the on-chart label empty: it is not a column, so the title is used', () => {
    const { document } = fromCsv('date,title,parties,label\n2021,Talks in Baku,Russia,Baku talks\n');
    expect(document.events).to.have.length(1);
    expect(document.events[0]!).to.not.have.property('label');
    const result = parseTimeline(document);
    expect(result.ok && result.model.events[0]!.label).to.equal(undefined);
  });

  it('reads headers ignoring case, spaces, order; BOM, CRLF and blank rows', () => {
    const text = '\ufeffTitle , Parties,DATE,Source Title,source-url\r\n\r\nA,X,2021,T,https://e.example/\r\n,,,,\r\nB,X;Y,2021-02,,\r\n';
    const { document, warnings } = fromCsv(text);
    expect(warnings).to.deep.equal([]);
    expect(document.events.map((event) => [event.id, event.date, event.title, event.parties])).to.deep.equal([
      ['row-3', '2021', 'A', ['x']],
      ['row-5', '2021-02', 'B', ['x', 'y']],
    ]);
    expect(document.events[0]!.sources).to.deep.equal([{ title: 'T', url: 'https://e.example/' }]);
  });

  it('splits a location at its last comma into place and country', () => {
    const { document } = fromCsv(sheet('2021,,A,X,,,"Washington, D.C., United States"', '2021,,B,X,,,"Baku,"'));
    expect(document.events.map((event) => event.location)).to.deep.equal([
      { name: 'Washington, D.C.', country: 'United States' },
      { name: 'Baku' },
    ]);
  });

  it('creates parties from names: same name same party, ids from names', () => {
    const { document } = fromCsv(sheet('2021,,A,Russia;  azerbaijan ', '2022,,B,RUSSIA;Azerbaijan;;Россия', '2023,,C,toString;__proto__'));
    expect(document.parties.map((party) => [party.id, party.name])).to.deep.equal([
      ['russia', 'Russia'],
      ['azerbaijan', 'azerbaijan'],
      ['россия', 'Россия'],
      ['tostring', 'toString'],
      ['proto', '__proto__'],
    ]);
    expect(document.events.map((event) => event.parties)).to.deep.equal([
      ['russia', 'azerbaijan'],
      ['russia', 'azerbaijan', 'россия'],
      ['tostring', 'proto'],
    ]);
    expect(parseTimeline(document).ok).to.equal(true);
  });

  it('uses a party table when given: ids, names or short names', () => {
    const parties = [
      { id: 'RU', name: 'Russia', short: 'RUS' },
      { id: 'AZ', name: 'Azerbaijan' },
    ];
    const { document, warnings } = fromCsv(sheet('2021,,A,RU;azerbaijan', '2021,,B,rus', '2021,,C,RU;Armenia'), { parties });
    expect(document.parties).to.deep.equal(parties);
    expect(document.events.map((event) => event.parties)).to.deep.equal([['RU', 'AZ'], ['RU']]);
    expect(warnings.map(formatFault)).to.deep.equal([
      'row 4, column "parties": "Armenia" is not a party in the party table; this row is left out',
    ]);
  });

  it('locates faults by spreadsheet row and column; a bad row costs only that row', () => {
    const { document, warnings } = fromCsv(
      [
        'Date,Title,Parties,Kind,Source title,image_alt,id,importance,notes',
        ',No date,X',
        '2021,,X',
        '2021,No parties, ; ',
        '2021,Bad kind,X,banquet,Orphan title,Orphan alt,dup,5',
        '2021,Again,X,,,,dup',
      ].join('\n'),
    );
    expect(document.events.map((event) => event.id)).to.deep.equal(['dup']);
    expect(warnings.map(formatFault)).to.deep.equal([
      'column "notes": unknown column; ignored (the columns are ' + CSV_COLUMNS.join(', ') + ')',
      'row 2, column "Date": no date; this row is left out',
      'row 3, column "Title": no title; this row is left out',
      'row 4, column "Parties": no party named (separate names with ";"); this row is left out',
      'row 5, column "Kind": "banquet" is not one of visit, meeting, call, statement, agreement, summit, other; ignored',
      'row 5, column "Source title": a source title without a source_url is ignored',
      'row 5, column "image_alt": image_alt without an image_url is ignored',
      'row 5, column "importance": "5" is not 1, 2 or 3; ignored',
      'row 6, column "id": another row already has the id "dup"; this row is left out',
    ]);
  });

  it('maps converted-document paths back to cells', () => {
    const { locate } = fromCsv(sheet('2021,,A,X', '', '2021-02-30,,B,Y,,,,,ftp://x'));
    expect(locate('events[1].date')).to.equal('row 4, column "date"');
    expect(locate('events[1].sources[0].url')).to.equal('row 4, column "source_url"');
    expect(locate('events[1].sources[0].title')).to.equal('row 4, column "source_title"');
    expect(locate('events[0].image.url')).to.equal('row 2, column "image_url"');
    expect(locate('events[0].image.alt')).to.equal('row 2, column "image_alt"');
    expect(locate('events[0].parties[1]')).to.equal('row 2, column "parties"');
    expect(locate('events[0].location.country')).to.equal('row 2, column "location"');
    expect(locate('events[0].importance')).to.equal('row 2, column "importance"');
    expect(locate('events[0]')).to.equal('row 2');
    expect(locate('parties[1].name')).to.equal('row 4, column "parties"');
  });

  it('is an error without a header naming date, title and parties', () => {
    expect(formatFault(fromCsv('').error!)).to.equal('the CSV is empty: it needs a header row and a row per event');
    expect(formatFault(fromCsv('\n\nwhen,title\n2021,A').error!)).to.equal(
      'row 3: the header row has no "date", "parties" columns; it needs date, title, parties',
    );
  });

  it("keeps the document format's checks: dates and links are checked by parseTimeline", () => {
    const { document } = fromCsv(sheet('5/11/2021,,A,X', '2021,,B,X,,,,,javascript:alert(1)'));
    expect(document.events.map((event) => event.date)).to.deep.equal(['5/11/2021', '2021']);
    const result = parseTimeline(document);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.model.events.map((event) => event.sources.length)).to.deep.equal([0]);
  });

  it('reads ;-separated and tab-separated exports, the delimiter taken from the header', () => {
    const expected = [['row-2', '2021-05-11', 'Talks, in Baku', ['russia', 'azerbaijan'], 'Says 1,5 million']];
    for (const text of [
      'date;title;parties;summary\r\n2021-05-11;Talks, in Baku;Russia; Azerbaijan;Says 1,5 million\r\n'.replace(
        'Russia; Azerbaijan',
        '"Russia; Azerbaijan"',
      ),
      '\ufeffdate\ttitle\tparties\tsummary\n2021-05-11\tTalks, in Baku\tRussia; Azerbaijan\tSays 1,5 million\n',
    ]) {
      const { document, warnings } = fromCsv(text);
      expect(warnings).to.deep.equal([]);
      expect(document.events.map((event) => [event.id, event.date, event.title, event.parties, event.summary])).to.deep.equal(expected);
    }
  });

  it('reports a header that names none of its columns once, as a CSV problem', () => {
    const { error, warnings } = fromCsv('when;what;who\n2021;Talks;Russia\n');
    expect(warnings).to.deep.equal([]);
    expect(error && formatFault(error)).to.match(/^row 1: no column named date or Year: .* it names "when", "what", "who"$/);
    const result = parseInput('when;what;who\n2021;Talks;Russia\n');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('unknown-header');
      expect(result.warnings).to.deep.equal([]);
    }
  });

  it('gives parties short names written in brackets, or ignores them with a party table', () => {
    const text = 'date,title,parties\n2021,A,United States [US]; Iran [IR]\n';
    expect(fromCsv(text).document.parties).to.deep.equal([
      { id: 'united-states', name: 'United States', short: 'US' },
      { id: 'iran', name: 'Iran', short: 'IR' },
    ]);
    const table = [
      { id: 'us', name: 'United States', short: 'USA' },
      { id: 'ir', name: 'Iran' },
    ];
    const { document, warnings } = fromCsv(text, { parties: table });
    expect(warnings).to.deep.equal([]);
    expect(document.events[0]!.parties).to.deep.equal(['us', 'ir']);
    expect(document.parties).to.deep.equal(table);
  });

  describe('warns about a row that does not fit under its header, for both CSV formats', () => {
    const cases: [string, string, string[]][] = [
      [
        'an unquoted ; in a ;-separated row shifts it',
        'date;title;parties;kind\n2020-08-13;Joint statement;Israel; UAE;statement\n',
        ['row 2: 5 cells under 4 columns: is a ";" in a cell not quoted?'],
      ],
      [
        'an unquoted , in a TimelineJS sheet',
        'Year,Month,Day,Headline,Group\n2014,9,5,Minsk Protocol,Ukraine, Russia\n',
        ['row 2: 6 cells under 5 columns: is a "," in a cell not quoted?'],
      ],
      [
        'a tab-separated row with a tab too many',
        'date\ttitle\tparties\n2015-07-14\tJCPOA\tIran\t\n',
        ['row 2: 4 cells under 3 columns: is a tab in a cell not quoted?'],
      ],
      [
        'text under a blank heading',
        'date,title,parties,\n2015-07-14,JCPOA,Iran,check this\n',
        ['row 2: "check this" is under no column name; ignored'],
      ],
      ['rows as wide as the header, trailing blank columns', 'date,title,parties,,\r\n2015-07-14,JCPOA,Iran,,\r\n,,,,\r\n', []],
      ['a quoted delimiter', 'date;title;parties\n2020-08-13;"Talks; day two";"Israel; UAE"\n', []],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => {
        const convert = text.startsWith('Year') ? fromTimelineJSSheet : fromCsv;
        const warnings = convert(text).warnings.filter((warning) => /^row \d+$/.test(warning.path));
        expect(warnings.map(formatFault)).to.deep.equal(expected);
      });
    }
  });
});
