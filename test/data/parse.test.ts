import { expect } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/data/document-types.js';
import { formatFault, parseTimeline } from '../../src/data/index.js';
import type { Fault, ParseResult, TimelineModel } from '../../src/data/index.js';

const PARTIES = [
  { id: 'ru', name: 'Russia', short: 'RU', kind: 'state', flag: '🇷🇺' },
  { id: 'az', name: 'Azerbaijan', short: 'AZ', kind: 'state', flag: '🇦🇿' },
  { id: 'am', name: 'Armenia', short: 'AM', kind: 'state', flag: '🇦🇲' },
] as const;

// `satisfies` keeps the generated document types honest at compile time.
const KARABAKH = {
  version: 1,
  title: '  Karabakh diplomacy  ',
  locale: 'en-gb',
  parties: [...PARTIES],
  people: [
    { id: 'lavrov', name: 'Sergey Lavrov', role: 'Foreign Minister of Russia', party: 'ru' },
    { id: 'bayramov', name: 'Jeyhun Bayramov', role: 'Foreign Minister of Azerbaijan', party: 'az' },
  ],
  topics: [{ id: 'transport', label: 'Transport links' }],
  events: [
    {
      id: 'baku-talks',
      date: '2021-05-11',
      title: 'Lavrov and Bayramov hold talks',
      parties: ['ru', 'az'],
      kind: 'meeting',
      host: 'az',
      location: { name: 'Baku', country: null },
      people: ['lavrov', 'bayramov'],
      topics: ['transport'],
      related: ['statement'],
      sources: [{ title: 'Report', url: 'https://example.org/report' }],
    },
    {
      id: 'statement',
      date: '2020-11-09',
      title: 'Trilateral statement',
      parties: ['ru', 'az', 'am'],
      kind: 'statement',
      importance: 3,
    },
    { id: 'mfa', date: '2021-05', title: 'Ministry statement before the visit', parties: ['ru'], kind: 'statement' },
    {
      id: 'moscow',
      date: '2021-01-11T15:00+03:00',
      end: '2021-01-11T19:00+03:00',
      title: 'Moscow meeting',
      parties: ['ru', 'az', 'am'],
    },
  ],
} satisfies TimelineDocument;

function parseOk(input: unknown): { model: TimelineModel; warnings: readonly Fault[] } {
  const result = parseTimeline(input);
  if (!result.ok) throw new Error(`expected ok, got ${formatFault(result.error)}`);
  return result;
}

function parseError(input: unknown): Extract<ParseResult, { ok: false }> {
  const result = parseTimeline(input);
  if (result.ok) throw new Error('expected an error');
  return result;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const minimal = (fields: Record<string, unknown> = {}) => ({ version: 1, parties: clone(PARTIES), events: [], ...fields });
const event = (fields: Record<string, unknown> = {}) => ({
  id: 'e1',
  date: '2021-05-11',
  title: 'Talks',
  parties: ['ru', 'az'],
  ...fields,
});
describe('parseTimeline', () => {
  describe('a good document', () => {
    const { model, warnings } = parseOk(JSON.stringify(KARABAKH));

    it('has no warnings', () => {
      expect(warnings).to.deep.equal([]);
    });

    it('sorts events by date, keeping coarser precision first', () => {
      expect(model.events.map((entry) => entry.id)).to.deep.equal(['statement', 'moscow', 'mfa', 'baku-talks']);
    });

    it('fills defaults and derives the arity', () => {
      const byId = model.eventById;
      expect(byId.get('statement')).to.include({ arity: 'trilateral', importance: 3, kind: 'statement', index: 1 });
      expect(byId.get('baku-talks')).to.include({ arity: 'bilateral', importance: 2, kind: 'meeting', host: 'az', index: 0 });
      expect(byId.get('mfa')).to.include({ arity: 'unilateral' });
      expect(byId.get('moscow')).to.include({ kind: 'other' });
      expect(byId.get('mfa')!.date).to.include({ precision: 'month', year: 2021, month: 5 });
      expect(byId.get('moscow')!.end).to.include({ precision: 'instant', hour: 19, offsetMinutes: 180 });
    });

    it('resolves references and normalises text', () => {
      const talks = model.eventById.get('baku-talks')!;
      expect(talks.people).to.deep.equal(['lavrov', 'bayramov']);
      expect(talks.topics).to.deep.equal(['transport']);
      expect(talks.related).to.deep.equal(['statement']);
      expect(talks.location).to.deep.equal({ name: 'Baku' });
      expect(talks.sources).to.deep.equal([{ title: 'Report', url: 'https://example.org/report' }]);
      expect(talks.quotes).to.deep.equal([]);
      expect(model.title).to.equal('Karabakh diplomacy');
      expect(model.locale).to.equal('en-GB');
      expect(model.version).to.equal(1);
    });

    it('keeps parties in document order with their index and kind', () => {
      expect(model.parties.map((party) => [party.id, party.index, party.kind])).to.deep.equal([
        ['ru', 0, 'state'],
        ['az', 1, 'state'],
        ['am', 2, 'state'],
      ]);
      expect(model.partyById.get('az')).to.deep.equal({ ...PARTIES[1], index: 1 });
      expect(model.personById.get('lavrov')!.party).to.equal('ru');
      expect(model.topicById.get('transport')!.label).to.equal('Transport links');
    });

    it('gives the same model for the text and the parsed object', () => {
      const fromObject = parseOk(clone(KARABAKH)).model;
      expect(fromObject.events).to.deep.equal(model.events);
      expect(fromObject.parties).to.deep.equal(model.parties);
    });
  });

  describe('on-chart label', () => {
    const cases: [string, unknown, string | undefined][] = [
      ['a label is kept, trimmed', '  Trilateral statement ', 'Trilateral statement'],
      ['no label is absent (the title is used)', undefined, undefined],
      ['null counts as absent', null, undefined],
      ['a blank label counts as absent', ' \u200b ', undefined],
      ['non-Latin text is kept as written', 'Заявление', 'Заявление'],
    ];
    for (const [name, label, expected] of cases) {
      it(name, () => {
        const input = event(label === undefined ? {} : { label });
        const { model, warnings } = parseOk(minimal({ events: [input] }));
        expect(warnings).to.deep.equal([]);
        const parsed = model.events[0]!;
        expect(parsed.label).to.equal(expected);
        expect('label' in parsed).to.equal(expected !== undefined);
        expect(parsed.title).to.equal('Talks');
      });
    }

    it('is a string or null: anything else is a fault at its path', () => {
      const result = parseTimeline(minimal({ events: [event({ label: 42 })] }));
      const faults = result.ok ? result.warnings : [result.error];
      expect(faults.map((fault) => fault.path)).to.include('events[0].label');
    });
  });

  describe('input forms', () => {
    it('accepts a leading UTF-8 byte-order mark', () => {
      expect(parseOk(`\ufeff${JSON.stringify(KARABAKH)}`).model.events).to.have.length(4);
    });

    it('accepts an already-parsed object, including undefined optional fields', () => {
      expect(parseOk(minimal({ title: undefined, events: [event({ end: undefined })] })).model.events).to.have.length(1);
    });

    it('treats null optional fields as absent', () => {
      const { model, warnings } = parseOk(
        minimal({
          title: null,
          description: null,
          locale: null,
          people: null,
          topics: null,
          parties: [
            { id: 'ru', name: 'Russia', short: null, color: null, kind: null, flag: null },
            { id: 'az', name: 'Azerbaijan' },
          ],
          events: [
            event({ end: null, kind: null, host: null, location: null, people: null, summary: null, quotes: null }),
            event({ id: 'e2', topics: null, sources: null, image: null, related: null, importance: null }),
          ],
        }),
      );
      expect(warnings).to.deep.equal([]);
      expect(model.parties[0]).to.deep.equal({ id: 'ru', name: 'Russia', kind: 'other', index: 0 });
      expect(Object.keys(model)).to.not.include('title');
      const [first] = model.events;
      expect(first).to.deep.include({ kind: 'other', importance: 2, people: [], quotes: [], topics: [], sources: [], related: [] });
      expect(first).to.not.have.any.keys('end', 'host', 'location', 'summary', 'image');
    });

    it('trims text, drops blank optional text, keeps ids as written', () => {
      const { model } = parseOk(
        minimal({
          parties: [
            { id: ' ru ', name: '  Russia ', short: '  ', flag: ' 🇷🇺 ' },
            { id: 'az', name: 'Azerbaijan' },
          ],
          events: [event({ parties: [' ru ', 'az'], title: ' Talks ', summary: ' \n ', location: { name: ' ', country: '' } })],
        }),
      );
      expect(model.parties[0]).to.deep.equal({ id: ' ru ', name: 'Russia', flag: '🇷🇺', kind: 'other', index: 0 });
      expect(model.events[0]).to.include({ title: 'Talks' });
      expect(model.events[0]).to.not.have.any.keys('summary', 'location');
    });
  });

  describe('rejected documents', () => {
    const cases: [string, unknown, Fault][] = [
      ['text that is not JSON', '{"version": 1,', { path: '', code: 'not-json', message: '' }],
      [
        'an empty string',
        '',
        {
          path: '',
          code: 'not-json',
          message: 'the text is empty',
        },
      ],
      ['a JSON array', '[]', { path: '', code: 'not-object', message: 'expected an object, got an array' }],
      ['JSON null', 'null', { path: '', code: 'not-object', message: 'expected an object, got null' }],
      ['a number', 42, { path: '', code: 'not-object', message: 'expected an object, got a number' }],
      ['undefined', undefined, { path: '', code: 'not-object', message: 'expected an object, got undefined' }],
      [
        'version 2',
        minimal({ version: 2, events: 'x' }),
        { path: 'version', code: 'unsupported-version', message: 'unsupported version 2; this widget reads version 1' },
      ],
      [
        'version "1"',
        minimal({ version: '1' }),
        { path: 'version', code: 'unsupported-version', message: 'unsupported version "1"; this widget reads version 1' },
      ],
      [
        'no version',
        { parties: [], events: [] },
        { path: '', code: 'required', message: '"version" is required; this widget reads version 1' },
      ],
      ['no events', { version: 1, parties: [] }, { path: '', code: 'required', message: '"events" is required' }],
      ['events not an array', minimal({ events: {} }), { path: 'events', code: 'wrong-type', message: 'expected an array, got an object' }],
      ['parties null', minimal({ parties: null }), { path: 'parties', code: 'wrong-type', message: 'expected an array, got null' }],
      ['a numeric title', minimal({ title: 1 }), { path: 'title', code: 'wrong-type', message: 'expected a string, got a number' }],
      ['people as an object', minimal({ people: {} }), { path: 'people', code: 'wrong-type', message: 'expected an array, got an object' }],
    ];
    for (const [name, input, expected] of cases) {
      it(`rejects ${name}`, () => {
        const { error } = parseError(input);
        expect(error.path).to.equal(expected.path);
        expect(error.code).to.equal(expected.code);
        if (expected.code === 'not-json' && !expected.message) expect(error.message).to.match(/^JSON syntax error: ./);
        else expect(error.message).to.equal(expected.message);
      });
    }

    it('lists the other root faults as warnings, except after a foreign version', () => {
      expect(parseError({ version: 1 }).warnings.map((fault) => fault.message)).to.deep.equal(['"events" is required']);
      expect(parseError({ parties: 1 }).warnings.map(formatFault)).to.deep.equal([
        '"events" is required',
        'parties: expected an array, got a number',
      ]);
      expect(parseError({ version: 3 }).warnings).to.deep.equal([]);
    });
  });

  describe('bad parts are left out, each with a warning', () => {
    const cases: [string, unknown[], Record<string, unknown>, string[], string[]][] = [
      // [name, events, other fields, warnings as `path code`, ids of the events kept]
      ['an unknown party', [event({ parties: ['ru', 'xx'] })], {}, ['events[0].parties[1] unknown-party'], []],
      ['an impossible date', [event({ date: '2021-02-30' })], {}, ['events[0].date invalid-date'], []],
      ['a malformed date', [event({ date: '2021-13' })], {}, ['events[0].date invalid-date'], []],
      ['a wrong-typed field', [event({ importance: 'high' })], {}, ['events[0].importance wrong-type'], []],
      ['a missing title', [{ id: 'e1', date: '2021', parties: ['ru'] }], {}, ['events[0] required'], []],
      ['a blank title', [event({ title: '   ' })], {}, ['events[0].title blank-text'], []],
      ['a null event', [null, event()], {}, ['events[0] wrong-type'], ['e1']],
      [
        'a duplicate id (the later one)',
        [event({ title: 'first' }), event({ title: 'second' })],
        {},
        ['events[1].id duplicate-id'],
        ['e1'],
      ],
      [
        'a duplicate of a dropped event (the first good one wins)',
        [event({ date: 'soon' }), event({ title: 'kept' })],
        {},
        ['events[0].date invalid-date'],
        ['e1'],
      ],
      ['a repeated party (counted once)', [event({ parties: ['ru', 'az', 'ru'] })], {}, ['events[0].parties[2] duplicate-ref'], ['e1']],
      ['an end before the date', [event({ end: '2021-05-10' })], {}, ['events[0].end end-before-start'], ['e1']],
      ['an impossible end', [event({ end: '2021-04-31' })], {}, ['events[0].end invalid-date'], ['e1']],
      ['a malformed end', [event({ end: '2021-5' })], {}, ['events[0].end invalid-date'], ['e1']],
      ['an unknown host', [event({ host: 'xx' })], {}, ['events[0].host unknown-party'], ['e1']],
      ['an unknown person', [event({ people: ['nobody'] })], {}, ['events[0].people[0] unknown-person'], ['e1']],
      ['an unknown topic', [event({ topics: ['weather'] })], {}, ['events[0].topics[0] unknown-topic'], ['e1']],
      [
        'an unknown quote author',
        [event({ quotes: [{ text: 'Hello', by: 'nobody' }] })],
        {},
        ['events[0].quotes[0].by unknown-person'],
        ['e1'],
      ],
      ['a blank quote', [event({ quotes: [{ text: ' ' }] })], {}, ['events[0].quotes[0].text blank-text'], ['e1']],
      ['an unknown related event', [event({ related: ['e9'] })], {}, ['events[0].related[0] unknown-event'], ['e1']],
      ['a related event that is itself', [event({ related: ['e1'] })], {}, ['events[0].related[0] self-reference'], ['e1']],
      [
        'a related event that was left out',
        [event({ related: ['e2'] }), event({ id: 'e2', parties: ['xx'] })],
        {},
        ['events[0].related[0] unknown-event', 'events[1].parties[0] unknown-party'],
        ['e1'],
      ],
      [
        'a javascript: source',
        [event({ sources: [{ url: 'javascript:alert(1)' }, { url: 'https://ok.example/' }] })],
        {},
        ['events[0].sources[0].url unsafe-url'],
        ['e1'],
      ],
      ['a data: image', [event({ image: { url: 'data:image/png;base64,AAAA' } })], {}, ['events[0].image.url unsafe-url'], ['e1']],
      ['an invalid locale', [event()], { locale: 'not a locale!' }, ['locale invalid-locale'], ['e1']],
      [
        'an injected colour',
        [event()],
        {
          parties: [
            { id: 'ru', name: 'Russia', color: 'red;background:url(x)' },
            { id: 'az', name: 'Azerbaijan' },
          ],
        },
        ['parties[0].color invalid-color'],
        ['e1'],
      ],
      [
        'a duplicate party id (the later one, so events keep the first)',
        [event()],
        {
          parties: [
            { id: 'ru', name: 'Russia' },
            { id: 'az', name: 'Azerbaijan' },
            { id: 'ru', name: 'Other' },
          ],
        },
        ['parties[2].id duplicate-id'],
        ['e1'],
      ],
      [
        'a bad party, and with it the events that need it',
        [event(), event({ id: 'e2', parties: ['ru'] })],
        { parties: [{ id: 'ru', name: 'Russia' }, { id: 'az' }] },
        ['parties[1] required', 'events[0].parties[1] unknown-party'],
        ['e2'],
      ],
      [
        'a bad person and a person with an unknown party',
        [event({ people: ['p1', 'p2'] })],
        {
          people: [
            { id: 'p1', name: 'One', party: 'xx' },
            { id: 'p2', name: 5 },
            { id: 'p1', name: 'Again' },
          ],
        },
        ['people[0].party unknown-party', 'people[1].name wrong-type', 'people[2].id duplicate-id', 'events[0].people[1] unknown-person'],
        ['e1'],
      ],
      [
        'a bad topic',
        [event()],
        {
          topics: [
            { id: 't', label: '' },
            { id: 't2', label: '  ' },
          ],
        },
        ['topics[0].label empty', 'topics[1].label blank-text'],
        ['e1'],
      ],
    ];
    for (const [name, events, fields, expectedWarnings, keptIds] of cases) {
      it(`handles ${name}`, () => {
        const { model, warnings } = parseOk(minimal({ events, ...fields }));
        expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.deep.equal(expectedWarnings);
        expect(model.events.map((entry) => entry.id)).to.deep.equal(keptIds);
        for (const fault of warnings) expect(fault.message).to.be.a('string').and.not.equal('');
      });
    }

    it('explains the fault and what was left out, in plain words', () => {
      const { warnings } = parseOk(
        minimal({
          events: [
            event({ id: 'a', date: '2021-02-30' }),
            event({ id: 'b', parties: ['ru', 'xx'] }),
            event({ id: 'c', end: '2021-05-01' }),
            event({ id: 'd', kind: 'visitt' }),
          ],
        }),
      );
      expect(warnings.map(formatFault)).to.deep.equal([
        'events[0].date: "2021-02-30" is not a valid date; this event is left out',
        'events[1].parties[1]: "xx" is not a party in this timeline; this event is left out',
        'events[2].end: ends ("2021-05-01") before it starts ("2021-05-11"); the end is ignored',
        'events[3].kind: "visitt" is not one of visit, meeting, call, statement, agreement, summit, other; this event is left out',
      ]);
    });

    it('keeps an event with a dropped end as a point', () => {
      const { model } = parseOk(minimal({ events: [event({ end: '2021-05-10' })] }));
      expect(model.events[0]).to.not.have.property('end');
      expect(model.events[0]!.date.iso).to.equal('2021-05-11');
    });

    it('keeps ends that close within or after the start period', () => {
      const { model, warnings } = parseOk(
        minimal({ events: [event({ end: '2021-05' }), event({ id: 'e2', date: '2021-05', end: '2021-05-11' })] }),
      );
      expect(warnings).to.deep.equal([]);
      expect(model.events.map((entry) => entry.end?.iso)).to.deep.equal(['2021-05-11', '2021-05']);
    });

    it('never crashes, whatever the items are', () => {
      const junk = [0, '', 'x', true, [], {}, null, { id: {} }, { id: 'x', date: [], title: {}, parties: 'ru' }];
      const { model, warnings } = parseOk(minimal({ events: junk, people: junk, topics: junk, parties: [...junk, ...clone(PARTIES)] }));
      expect(model.events).to.deep.equal([]);
      expect(model.parties).to.have.length(3);
      expect(warnings.length).to.be.greaterThan(junk.length * 4 - 1);
    });
  });

  describe('ids named after Object.prototype members', () => {
    it('resolve like any other id', () => {
      const { model, warnings } = parseOk(
        minimal({
          parties: [
            { id: '__proto__', name: 'Proto' },
            { id: 'constructor', name: 'Constructor' },
            { id: 'toString', name: 'ToString' },
          ],
          people: [{ id: 'hasOwnProperty', name: 'Has', party: 'constructor' }],
          events: [
            event({ id: 'valueOf', parties: ['__proto__', 'constructor', 'toString'], people: ['hasOwnProperty'], related: ['__proto__'] }),
            event({ id: '__proto__', parties: ['toString'], host: 'valueOf', related: ['valueOf'] }),
          ],
        }),
      );
      expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.deep.equal(['events[1].host unknown-party']);
      expect(model.eventById.get('valueOf')).to.include({ arity: 'trilateral' });
      expect(model.eventById.get('valueOf')!.related).to.deep.equal(['__proto__']);
      expect(model.partyById.get('__proto__')!.name).to.equal('Proto');
      expect(Object.prototype).to.not.have.own.property('name');
    });
  });

  describe('the shape of the model', () => {
    // The usual event is made as one object literal, an event with optional fields by copying
    // only the fields it has: the keys come in the same order either way.
    const ORDER = [
      'id',
      'date',
      'end',
      'title',
      'parties',
      'arity',
      'kind',
      'host',
      'location',
      'people',
      'summary',
      'quotes',
      'topics',
      'sources',
      'image',
      'related',
      'importance',
      'index',
    ];

    it('gives every event its keys in the same order, and only the keys it has', () => {
      const { model } = parseOk(
        minimal({
          events: [
            event({ id: 'plain' }),
            event({ id: 'summary', summary: ' S ', related: ['plain'] }),
            event({
              id: 'full',
              end: '2021-05-12',
              host: 'az',
              location: { name: 'Baku' },
              summary: 'S',
              image: { url: 'https://example.org/a.jpg' },
              kind: 'visit',
              importance: 3,
            }),
          ],
        }),
      );
      const keysOf = (id: string) => Object.keys(model.eventById.get(id)!);
      expect(keysOf('plain')).to.deep.equal(ORDER.filter((key) => !['end', 'host', 'location', 'summary', 'image'].includes(key)));
      expect(keysOf('summary')).to.deep.equal(ORDER.filter((key) => !['end', 'host', 'location', 'image'].includes(key)));
      expect(keysOf('full')).to.deep.equal(ORDER);
      expect(model.eventById.get('summary')!.related).to.deep.equal(['plain']);
    });

    it('gives every event lists of its own, holding exactly the ids kept', () => {
      const { model } = parseOk(minimal({ events: [event({ parties: ['ru', 'az', 'ru'] }), event({ id: 'e2' })] }));
      const [first, second] = model.events;
      expect(first!.parties).to.deep.equal(['ru', 'az']);
      for (const key of ['parties', 'people', 'quotes', 'topics', 'sources', 'related'] as const) {
        expect(first![key], key).to.not.equal(second![key]);
        expect(Object.isFrozen(first![key]), key).to.equal(false);
      }
      expect(Object.keys(first!.parties)).to.deep.equal(['0', '1']);
    });
  });

  describe('ordering', () => {
    it('sorts by calendar position, then true moment, then coarse-first, then document order', () => {
      const dates = ['2021-05-11', '2021-05', '2021-05-11T10:00+00:00', '2021-05-11T10:00+04:00', '2021', '2021-05-11', '-0043-03-15'];
      const { model } = parseOk(minimal({ events: dates.map((date, i) => event({ id: `e${i}`, date })) }));
      expect(model.events.map((entry) => entry.id)).to.deep.equal(['e6', 'e4', 'e1', 'e0', 'e5', 'e3', 'e2']);
    });
  });
});
