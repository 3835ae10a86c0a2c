import { expect } from '@open-wc/testing';
import { extractText, formatFault, fromTimelineJS, parseTimeline } from '../../src/data/index.js';

const slide = (fields: Record<string, unknown> = {}) => ({
  start_date: { year: 2021, month: 5, day: 11 },
  text: { headline: 'Talks', text: '' },
  group: 'Russia; Azerbaijan',
  ...fields,
});
const convert = (...events: unknown[]) => fromTimelineJS({ events });
const paths = (faults: readonly { path: string }[]) => faults.map((fault) => fault.path);

describe('extractText', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['a<br>b<br/>c', 'a b c'],
    ['<b>bold</b> and <a href="https://x.example/">link</a>', 'bold and link'],
    ['Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &#39;s&#x27; &nbsp;x', 'Tom & Jerry <b> "q" \'s\' \u00a0x'],
    ['&amp;lt; is decoded once', '&lt; is decoded once'],
    ['&#128512; &#x1F600; &#0; &#xD800; &#99999999;', '😀 😀 \ufffd \ufffd \ufffd'],
    ['&unknown; &amp', '&unknown; &'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<script>alert(1)</script>safe<style>p{}</style>', 'safe'],
    ['before<!-- <p>hidden</p> -->after', 'beforeafter'],
    ['<img src=x onerror=alert(1)>text', 'text'],
    ['<scr<script>x</script>ipt>alert(1)</script>', 'alert(1)'],
    ['  lots   of\n\tspace  ', 'lots of space'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['', ''],
  ];
  for (const [html, text] of cases) {
    it(`${JSON.stringify(html)} → ${JSON.stringify(text)}`, () => {
      expect(extractText(html)).to.equal(text);
    });
  }

  it('never produces a tag from markup, only from escaped text', () => {
    const text = extractText('<p onclick="x()">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(text).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('fromTimelineJS', () => {
  it('maps headline, text, group and dates', () => {
    const { document, warnings } = convert(slide({ text: { headline: '<b>Talks</b> in Baku', text: '<p>They met &amp; talked.</p>' } }));
    expect(warnings).to.deep.equal([]);
    expect(document).to.deep.equal({
      version: 1,
      parties: [
        { id: 'russia', name: 'Russia' },
        { id: 'azerbaijan', name: 'Azerbaijan' },
      ],
      events: [
        {
          id: 'event-1',
          date: '2021-05-11',
          title: 'Talks in Baku',
          parties: ['russia', 'azerbaijan'],
          summary: 'They met & talked.',
        },
      ],
    });
    expect(parseTimeline(document).ok).to.equal(true);
  });

  it('leaves the on-chart label empty, even with a TimelineJS label-like field', () => {
    const { document } = convert(slide({ text: { headline: 'Talks', text: '' }, label: 'Baku talks', display_date: 'May' }));
    expect(document.events[0]!).to.not.have.property('label');
  });

  const dates: [Record<string, unknown>, string][] = [
    [{ year: 2021 }, '2021'],
    [{ year: '2021', month: '5' }, '2021-05'],
    [{ year: '2021', month: '05', day: '9' }, '2021-05-09'],
    [{ year: 2021, month: 5, day: 11, hour: 10 }, '2021-05-11T10:00Z'],
    [{ year: 2021, month: 5, day: 11, hour: 10, minute: 5, second: 7 }, '2021-05-11T10:05:07Z'],
    [{ year: 2021, month: 5, day: 11, hour: 10, minute: 5, millisecond: 20 }, '2021-05-11T10:05:00.020Z'],
    [{ year: 2021, month: '', day: '' }, '2021'],
    [{ year: -44, month: 3, day: 15 }, '-0043-03-15'],
    [{ year: -1 }, '0000'],
    [{ year: 12021 }, '+012021'],
    [{ year: -12000 }, '-011999'],
    [{ year: 5 }, '0005'],
  ];
  for (const [start, iso] of dates) {
    it(`start_date ${JSON.stringify(start)} → ${iso}`, () => {
      const { document } = convert(slide({ start_date: start }));
      expect(document.events[0]!.date).to.equal(iso);
      expect(parseTimeline(document).ok).to.equal(true);
    });
  }

  it('keeps the precision as a calendar date (no time-zone shift)', () => {
    const result = parseTimeline(convert(slide({ start_date: { year: 2021, month: 5, day: 11 } })).document);
    if (!result.ok) throw new Error('expected ok');
    const date = result.model.events[0]!.date;
    expect([date.precision, date.year, date.month, date.day]).to.deep.equal(['day', 2021, 5, 11]);
  });

  it('warns that a time has no zone', () => {
    const { warnings } = convert(slide({ start_date: { year: 2021, month: 5, day: 11, hour: 9 } }));
    expect(warnings.map((fault) => fault.code)).to.deep.equal(['time-zone-assumed']);
    expect(warnings[0]!.path).to.equal('events[0].start_date.hour');
  });

  it('leaves out an event whose start date cannot be read, with the path', () => {
    const { document, warnings } = convert(
      slide({ start_date: { month: 5 } }),
      slide({ start_date: { year: 2021, month: 2, day: 30 } }),
      slide({ start_date: { year: 'MMXXI' } }),
      slide({ start_date: '2021-05-11' }),
      slide({ start_date: { year: 9_999_999 } }),
      slide(),
    );
    expect(document.events.map((event) => event.id)).to.deep.equal(['event-6']);
    expect(paths(warnings)).to.deep.equal([
      'events[0].start_date.year',
      'events[1].start_date',
      'events[2].start_date.year',
      'events[3].start_date',
      'events[4].start_date.year',
    ]);
    for (const fault of warnings) expect(fault.message).to.match(/this event is left out$/);
  });

  it('drops a bad end date only', () => {
    const { document, warnings } = convert(slide({ end_date: { year: 2021, month: 13 } }));
    expect(document.events[0]).to.not.have.property('end');
    expect(formatFault(warnings[0]!)).to.equal('events[0].end_date: "2021-13" is not a valid date; the end is ignored');
  });

  it('makes parties from group names, one per distinct name', () => {
    const { document } = convert(
      slide({ group: 'Russia' }),
      slide({ group: 'russia – Azerbaijan' }),
      slide({ group: 'Côte d’Ivoire / France' }),
      slide({ group: 'Россия + EU | Trinidad and Tobago' }),
      slide({ group: '__proto__' }),
    );
    expect(document.parties).to.deep.equal([
      { id: 'russia', name: 'Russia' },
      { id: 'azerbaijan', name: 'Azerbaijan' },
      { id: 'cote-d-ivoire', name: 'Côte d’Ivoire' },
      { id: 'france', name: 'France' },
      { id: 'россия', name: 'Россия' },
      { id: 'eu', name: 'EU' },
      { id: 'trinidad-and-tobago', name: 'Trinidad and Tobago' },
      { id: 'proto', name: '__proto__' },
    ]);
    expect(document.events.map((event) => event.parties)).to.deep.equal([
      ['russia'],
      ['russia', 'azerbaijan'],
      ['cote-d-ivoire', 'france'],
      ['россия', 'eu', 'trinidad-and-tobago'],
      ['proto'],
    ]);
  });

  describe('splits a group into party names as newsrooms write them', () => {
    const cases: [string, string[]][] = [
      ['Iran, P5+1', ['Iran', 'P5+1']],
      ['Iran; E3+3; IAEA', ['Iran', 'E3+3', 'IAEA']],
      ['Israel + PLO', ['Israel', 'PLO']],
      ['Israel+PLO', ['Israel', 'PLO']],
      ['Ukraine – Russia — OSCE - France', ['Ukraine', 'Russia', 'OSCE', 'France']],
      ['Guinea-Bissau; Senegal', ['Guinea-Bissau', 'Senegal']],
      ['Egypt/Israel | United States', ['Egypt', 'Israel', 'United States']],
    ];
    for (const [group, names] of cases) {
      it(`${JSON.stringify(group)} → ${names.join(' · ')}`, () => {
        const { document } = convert(slide({ group }));
        expect(document.parties.map((party) => party.name)).to.deep.equal(names);
      });
    }
  });

  it('gives names that make the same id distinct ids', () => {
    const { document } = convert(slide({ group: 'A.B; A B' }));
    expect(document.parties.map((party) => party.id)).to.deep.equal(['a-b', 'a-b-2']);
  });

  it('puts events without a group in an "Other" lane', () => {
    const some = convert(slide({ group: 'Russia' }), slide({ group: undefined }));
    expect(some.document.events[1]!.parties).to.deep.equal(['other']);
    expect(paths(some.warnings)).to.deep.equal(['events[1].group']);
    const none = convert(slide({ group: undefined }), slide({ group: '' }));
    expect(none.document.parties).to.deep.equal([{ id: 'other', name: 'Other' }]);
    expect(none.warnings.map(formatFault)).to.deep.equal(['events: no event has a "group"; all events are in one lane, "Other"']);
  });

  it('uses unique_id, making repeated ids distinct', () => {
    const { document, warnings } = convert(slide({ unique_id: 'a' }), slide({ unique_id: 'a' }), slide({ unique_id: ' ' }));
    expect(document.events.map((event) => event.id)).to.deep.equal(['a', 'a-2', 'event-3']);
    expect(paths(warnings)).to.deep.equal(['events[1].unique_id']);
  });

  it('falls back to the start of the text without a headline', () => {
    const long = 'word '.repeat(40);
    const { document, warnings } = convert(slide({ text: { text: `<p>${long}</p>` } }), slide({ text: {} }));
    expect(document.events).to.have.length(1);
    expect(document.events[0]!.title.length).to.be.at.most(81);
    expect(document.events[0]!.title.endsWith('…')).to.equal(true);
    expect(warnings.map((fault) => [fault.path, fault.code])).to.deep.equal([
      ['events[0].text.headline', 'blank-text'],
      ['events[1].text.headline', 'blank-text'],
    ]);
  });

  it('maps media: image files to image, other links to sources, only http(s)', () => {
    const { document, warnings } = convert(
      slide({ media: { url: 'https://example.org/photo.JPG?w=800', caption: '<i>Leaders</i>', credit: 'Agency' } }),
      slide({ media: { url: 'https://example.org/photo.png', alt: 'Alt text', caption: 'Caption' } }),
      slide({ media: { url: 'https://example.org/story', caption: 'The story', link: 'https://example.org/other' } }),
      slide({ media: { url: 'javascript:alert(1)', link: 'data:text/html,x', thumbnail: 'https://example.org/t.png' } }),
      slide({ media: { url: '<blockquote class="twitter-tweet">…</blockquote>' } }),
    );
    const [a, b, c, d, e] = document.events;
    expect(a!.image).to.deep.equal({ url: 'https://example.org/photo.JPG?w=800', alt: 'Leaders', credit: 'Agency' });
    expect(b!.image).to.deep.equal({ url: 'https://example.org/photo.png', alt: 'Alt text' });
    expect(c!.sources).to.deep.equal([
      { title: 'The story', url: 'https://example.org/story' },
      { title: 'The story', url: 'https://example.org/other' },
    ]);
    expect(d).to.not.have.any.keys('image', 'sources');
    expect(e).to.not.have.any.keys('image', 'sources');
    expect(paths(warnings)).to.deep.equal([
      'events[3].media.url',
      'events[3].media.link',
      'events[3].media.thumbnail',
      'events[4].media.url',
    ]);
  });

  it('reads protocol-relative media as https, resolves relative media against an http(s) base, or drops it', () => {
    const events = [
      slide({ media: { url: '//upload.wikimedia.org/commons/a.jpg', caption: 'A' } }),
      slide({ media: { url: 'img/b.png', link: '../story.html' } }),
      slide({ media: { url: '/c.jpg' } }),
    ];
    const resolved = fromTimelineJS({ events }, { baseUrl: 'https://news.example/data/sheet.json' });
    expect(resolved.document.events.map((event) => [event.image?.url, event.sources?.map((source) => source.url)])).to.deep.equal([
      ['https://upload.wikimedia.org/commons/a.jpg', undefined],
      ['https://news.example/data/img/b.png', ['https://news.example/story.html']],
      ['https://news.example/c.jpg', undefined],
    ]);
    expect(resolved.warnings).to.deep.equal([]);
    for (const baseUrl of [undefined, 'data/sheet.json', 'file:///tmp/sheet.json', 'javascript:alert(1)']) {
      const { document, warnings } = fromTimelineJS({ events }, baseUrl ? { baseUrl } : {});
      expect(
        document.events.map((event) => event.image?.url),
        String(baseUrl),
      ).to.deep.equal(['https://upload.wikimedia.org/commons/a.jpg', undefined, undefined]);
      expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.deep.equal([
        'events[1].media.url relative-url',
        'events[1].media.link relative-url',
        'events[2].media.url relative-url',
      ]);
    }
  });

  it('keeps a slide of media alone, titled by its caption or credit', () => {
    const { document, warnings } = convert(
      slide({ text: {}, media: { url: 'https://example.org/a.jpg', caption: '<b>Signing</b> in Vienna' } }),
      slide({ text: { headline: '' }, media: { url: 'https://example.org/b.jpg', credit: 'Agency photo' } }),
      slide({ text: {}, media: { url: 'https://example.org/c.jpg' } }),
    );
    expect(document.events.map((event) => [event.title, event.image?.url])).to.deep.equal([
      ['Signing in Vienna', 'https://example.org/a.jpg'],
      ['Agency photo', 'https://example.org/b.jpg'],
    ]);
    expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.deep.equal([
      'events[0].text.headline blank-text',
      'events[1].text.headline blank-text',
      'events[2].text.headline blank-text',
    ]);
  });

  it('gives parties short names written in brackets', () => {
    const { document } = convert(slide({ group: 'United States [US]; Iran [IR]' }), slide({ group: 'united states; Iran [IRN]; Oman []' }));
    expect(document.parties).to.deep.equal([
      { id: 'united-states', name: 'United States', short: 'US' },
      { id: 'iran', name: 'Iran', short: 'IR' },
      { id: 'oman', name: 'Oman' },
    ]);
  });

  it('maps the title slide and warns about eras and other unmapped parts', () => {
    const { document, warnings } = fromTimelineJS({
      title: {
        text: { headline: 'Karabakh <em>diplomacy</em>', text: '<p>Talks after the war.</p>' },
        media: { url: 'https://x.example/a.jpg' },
      },
      eras: [{ start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: 'War' } }],
      scale: 'human',
      extra: true,
      events: [slide({ background: { color: '#000' }, display_date: 'Spring', autolink: true, custom: 1 })],
    });
    expect(document.title).to.equal('Karabakh diplomacy');
    expect(document.description).to.equal('Talks after the war.');
    expect(warnings.map((fault) => [fault.path, fault.code])).to.deep.equal([
      ['extra', 'not-mapped'],
      ['title.media', 'not-mapped'],
      ['eras', 'not-mapped'],
      ['events[0].custom', 'not-mapped'],
      ['events[0].background', 'not-mapped'],
      ['events[0].display_date', 'not-mapped'],
    ]);
  });

  it('locates faults of the converted document in the TimelineJS document', () => {
    const { locate } = convert(slide({ start_date: { month: 1 } }), slide({ group: 'A' }), slide({ group: 'B' }));
    expect(locate('events[0].date')).to.equal('events[1].start_date');
    expect(locate('events[1].end')).to.equal('events[2].end_date');
    expect(locate('events[1].title')).to.equal('events[2].text.headline');
    expect(locate('events[1].sources[0].url')).to.equal('events[2].media');
    expect(locate('events[0].image.url')).to.equal('events[1].media.url');
    expect(locate('parties[1].name')).to.equal('events[2].group');
    expect(locate('title')).to.equal('title.text.headline');
  });

  it('reports a document that is not TimelineJS as an error', () => {
    expect(fromTimelineJS([]).error?.code).to.equal('not-timelinejs');
    expect(fromTimelineJS({ events: {} }).error?.path).to.equal('events');
  });

  it('passes a fuzzed document without throwing, and the result always parses', () => {
    const junk = [null, 0, 'x', [], {}, { year: null }, { text: 5 }, { media: 'x' }, { group: 7 }];
    const { document } = convert(...junk, ...junk.map((value) => slide({ media: value, text: value, end_date: value })));
    expect(parseTimeline(document).ok).to.equal(true);
  });
});
