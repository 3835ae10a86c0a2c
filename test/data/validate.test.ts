import { expect } from '@open-wc/testing';
import type { Fault } from '../../src/data/model.js';
import { validateDocument } from '../../src/data/validate.js';

const party = (id: string) => ({ id, name: id.toUpperCase() });
const event = (fields: Record<string, unknown> = {}) => ({
  id: 'e1',
  date: '2021-05-11',
  title: 'Talks',
  parties: ['ru', 'az'],
  ...fields,
});
const documentWith = (fields: Record<string, unknown> = {}) => ({
  version: 1,
  parties: [party('ru'), party('az')],
  events: [event()],
  ...fields,
});
const withEvent = (fields: Record<string, unknown>) => documentWith({ events: [event(fields)] });

describe('validateDocument', () => {
  it('accepts a minimal and a full document', () => {
    expect(validateDocument({ version: 1, parties: [], events: [] })).to.deep.equal([]);
    expect(
      validateDocument(
        documentWith({
          title: 'T',
          description: 'D',
          locale: 'en',
          people: [{ id: 'p', name: 'P', role: 'R', party: 'ru' }],
          topics: [{ id: 't', label: 'L' }],
          events: [
            event({
              end: '2021-05-12',
              kind: 'visit',
              host: 'az',
              location: { name: 'Baku', country: 'Azerbaijan' },
              people: ['p'],
              summary: 'S',
              quotes: [{ text: 'Q', by: 'p' }],
              topics: ['t'],
              sources: [{ title: 'S', url: 'https://example.org' }],
              image: { url: 'https://example.org/a.jpg', alt: 'A', credit: 'C' },
              related: [],
              importance: 3,
            }),
          ],
        }),
      ),
    ).to.deep.equal([]);
  });

  it('treats null optional fields as absent and ignores unknown fields', () => {
    const nulls = Object.fromEntries(
      ['end', 'kind', 'host', 'location', 'people', 'summary', 'quotes', 'topics', 'sources', 'image', 'related', 'importance'].map(
        (key) => [key, null],
      ),
    );
    expect(validateDocument(withEvent({ ...nulls, unknown: { deeply: [1] } }))).to.deep.equal([]);
    expect(
      validateDocument(documentWith({ title: null, description: null, locale: null, people: null, topics: null, extra: 1 })),
    ).to.deep.equal([]);
  });

  const cases: [name: string, document: unknown, faults: Fault[]][] = [
    ['an array root', [], [{ path: '', code: 'wrong-type', message: 'expected an object, got an array' }]],
    ['a null root', null, [{ path: '', code: 'wrong-type', message: 'expected an object, got null' }]],
    ['a string root', 'x', [{ path: '', code: 'wrong-type', message: 'expected an object, got a string' }]],
    [
      'an empty object',
      {},
      [
        { path: '', code: 'required', message: '"version" is required' },
        { path: '', code: 'required', message: '"parties" is required' },
        { path: '', code: 'required', message: '"events" is required' },
      ],
    ],
    ['version 2', documentWith({ version: 2 }), [{ path: 'version', code: 'invalid-value', message: 'expected 1, got 2' }]],
    ['version "1"', documentWith({ version: '1' }), [{ path: 'version', code: 'invalid-value', message: 'expected 1, got "1"' }]],
    ['version {}', documentWith({ version: {} }), [{ path: 'version', code: 'invalid-value', message: 'expected 1, got an object' }]],
    [
      'events as an object',
      documentWith({ events: {} }),
      [{ path: 'events', code: 'wrong-type', message: 'expected an array, got an object' }],
    ],
    [
      'people as an object',
      documentWith({ people: {} }),
      [{ path: 'people', code: 'wrong-type', message: 'expected an array, got an object' }],
    ],
    ['a numeric title', documentWith({ title: 5 }), [{ path: 'title', code: 'wrong-type', message: 'expected a string, got a number' }]],
    [
      'an event without a title',
      documentWith({ events: [event(), { id: 'e2', date: '2021', parties: ['ru'] }] }),
      [{ path: 'events[1]', code: 'required', message: '"title" is required' }],
    ],
    ['an empty title', withEvent({ title: '' }), [{ path: 'events[0].title', code: 'empty', message: 'must not be empty' }]],
    ['no parties', withEvent({ parties: [] }), [{ path: 'events[0].parties', code: 'empty', message: 'must not be empty' }]],
    [
      'a numeric party id',
      withEvent({ parties: ['ru', 7] }),
      [{ path: 'events[0].parties[1]', code: 'wrong-type', message: 'expected a string, got a number' }],
    ],
    [
      'month 13',
      withEvent({ date: '2021-13' }),
      [{ path: 'events[0].date', code: 'invalid-date', message: '"2021-13" is not a valid date' }],
    ],
    [
      'an hour 25',
      withEvent({ date: '2021-05-11T25:00+04:00' }),
      [{ path: 'events[0].date', code: 'invalid-date', message: '"2021-05-11T25:00+04:00" is not a valid date' }],
    ],
    ['a bad end', withEvent({ end: '2021-5' }), [{ path: 'events[0].end', code: 'invalid-date', message: '"2021-5" is not a valid date' }]],
    [
      'a numeric end',
      withEvent({ end: 2021 }),
      [{ path: 'events[0].end', code: 'wrong-type', message: 'expected a string, got a number' }],
    ],
    [
      'a misspelt kind',
      withEvent({ kind: 'visitt' }),
      [
        {
          path: 'events[0].kind',
          code: 'invalid-value',
          message: '"visitt" is not one of visit, meeting, call, statement, agreement, summit, other',
        },
      ],
    ],
    [
      'importance 4',
      withEvent({ importance: 4 }),
      [{ path: 'events[0].importance', code: 'invalid-value', message: '4 is not one of 1, 2, 3' }],
    ],
    [
      'importance 2.5',
      withEvent({ importance: 2.5 }),
      [{ path: 'events[0].importance', code: 'wrong-type', message: 'expected an integer, got a number' }],
    ],
    [
      'a location string',
      withEvent({ location: 'Baku' }),
      [{ path: 'events[0].location', code: 'wrong-type', message: 'expected an object, got a string' }],
    ],
    [
      'a quote without text',
      withEvent({ quotes: [{ by: 'p' }] }),
      [{ path: 'events[0].quotes[0]', code: 'required', message: '"text" is required' }],
    ],
    [
      'a numeric source url',
      withEvent({ sources: [{ url: 1 }] }),
      [{ path: 'events[0].sources[0].url', code: 'wrong-type', message: 'expected a string, got a number' }],
    ],
    [
      'an image without url',
      withEvent({ image: { alt: 'x' } }),
      [{ path: 'events[0].image', code: 'required', message: '"url" is required' }],
    ],
    [
      'a party with an empty id and a bad kind',
      documentWith({ parties: [{ id: '', name: 'X', kind: 'country' }] }),
      [
        { path: 'parties[0].id', code: 'empty', message: 'must not be empty' },
        { path: 'parties[0].kind', code: 'invalid-value', message: '"country" is not one of state, organisation, person, other' },
      ],
    ],
    [
      'a person with a numeric name',
      documentWith({ people: [{ id: 'p', name: 5 }] }),
      [{ path: 'people[0].name', code: 'wrong-type', message: 'expected a string, got a number' }],
    ],
    [
      'a null event',
      documentWith({ events: [null] }),
      [{ path: 'events[0]', code: 'wrong-type', message: 'expected an object, got null' }],
    ],
  ];
  for (const [name, document, faults] of cases) {
    it(`reports ${name}`, () => {
      expect(validateDocument(document)).to.deep.equal(faults);
    });
  }

  it('reports every fault in every item, in document order', () => {
    const faults = validateDocument(documentWith({ events: [event({ date: '2021-13', importance: 0 }), { id: 'e2', parties: ['ru'] }] }));
    expect(faults.map((fault) => `${fault.path} ${fault.code}`)).to.deep.equal([
      'events[0].date invalid-date',
      'events[0].importance invalid-value',
      'events[1] required',
      'events[1] required',
    ]);
  });

  it('writes the right paths after a check that threw halfway (a getter in a `data` object)', () => {
    const throwing = event();
    Object.defineProperty(throwing, 'kind', {
      enumerable: true,
      get() {
        throw new Error('no kind');
      },
    });
    expect(() => validateDocument(documentWith({ events: [event(), throwing] }))).to.throw('no kind');
    expect(validateDocument(withEvent({ title: '' }))).to.deep.equal([
      { path: 'events[0].title', code: 'empty', message: 'must not be empty' },
    ]);
  });

  it('does not trip over ids or keys named after Object.prototype members', () => {
    const document = JSON.parse(
      '{"version":1,"__proto__":{"events":5},"parties":[{"id":"__proto__","name":"P","constructor":1}],"events":[{"id":"toString","date":"2021","title":"T","parties":["__proto__"]}]}',
    );
    expect(validateDocument(document)).to.deep.equal([]);
  });
});
