// Small documents for the stories, each showing one thing. Kept as code (not
// files) so every story works offline in the static build with no fetch.
import type { TimelineDocument, TimelineEventInput, Party } from '../src/data/document-types.js';
import karabakh from '../examples/karabakh-2020-2021.json';

/** The Karabakh example, as published in examples/. */
export const karabakhDocument = karabakh as TimelineDocument;

/** URL of the same example, copied into the Storybook build by `staticDirs`; relative to iframe.html. */
export const karabakhUrl = 'examples/karabakh-2020-2021.json';

const FIVE: Party[] = [
  { id: 'FR', name: 'France', short: 'FR', flag: '🇫🇷', kind: 'state' },
  { id: 'DE', name: 'Germany', short: 'DE', flag: '🇩🇪', kind: 'state' },
  { id: 'PL', name: 'Poland', short: 'PL', flag: '🇵🇱', kind: 'state' },
  { id: 'UA', name: 'Ukraine', short: 'UA', flag: '🇺🇦', kind: 'state' },
  { id: 'EU', name: 'European Union', short: 'EU', flag: '🇪🇺', kind: 'organisation' },
];

function documentOf(title: string, events: TimelineEventInput[], parties: Party[] = FIVE): TimelineDocument {
  return { version: 1, title, locale: 'en', parties, events };
}

/** Only unilateral events: statements by one party, drawn on its own lane. */
export const unilateralDocument = documentOf('Unilateral statements', [
  { id: 'u1', date: '2022-02-03', title: 'French foreign ministry statement', parties: ['FR'], kind: 'statement' },
  { id: 'u2', date: '2022-03-14', title: 'German government statement', parties: ['DE'], kind: 'statement' },
  { id: 'u3', date: '2022-05-20', title: 'Polish foreign ministry statement', parties: ['PL'], kind: 'statement', importance: 3 },
  { id: 'u4', date: '2022-07-01', title: 'EU Council conclusions', parties: ['EU'], kind: 'statement' },
]);

/** Only bilateral events: one connector between two lanes each. */
export const bilateralDocument = documentOf('Bilateral meetings', [
  { id: 'b1', date: '2022-01-20', title: 'Macron calls Scholz', parties: ['FR', 'DE'], kind: 'call' },
  { id: 'b2', date: '2022-02-08', title: 'Scholz visits Warsaw', parties: ['DE', 'PL'], kind: 'visit', host: 'PL' },
  { id: 'b3', date: '2022-04-11', title: 'Polish–Ukrainian talks', parties: ['PL', 'UA'], kind: 'meeting', importance: 3 },
  { id: 'b4', date: '2022-06-16', title: 'Macron visits Kyiv', parties: ['FR', 'UA'], kind: 'visit', host: 'UA' },
  { id: 'b5', date: '2022-09-02', title: 'Agreement on energy links', parties: ['DE', 'FR'], kind: 'agreement' },
]);

/** Only trilateral events: three lanes joined. */
export const trilateralDocument = documentOf('Weimar Triangle', [
  {
    id: 't1',
    date: '2022-02-08',
    title: 'Weimar Triangle leaders meet in Berlin',
    parties: ['FR', 'DE', 'PL'],
    kind: 'meeting',
    host: 'DE',
    importance: 3,
  },
  { id: 't2', date: '2022-06-12', title: 'Foreign ministers’ joint statement', parties: ['FR', 'DE', 'PL'], kind: 'statement' },
  { id: 't3', date: '2022-10-20', title: 'Trilateral call on Ukraine', parties: ['DE', 'PL', 'UA'], kind: 'call' },
]);

/** Only multilateral events: four or more parties. */
export const multilateralDocument = documentOf('Multilateral summits', [
  {
    id: 'm1',
    date: '2022-03-10',
    end: '2022-03-11',
    title: 'Versailles summit',
    parties: ['FR', 'DE', 'PL', 'EU'],
    kind: 'summit',
    host: 'FR',
  },
  {
    id: 'm2',
    date: '2022-06-23',
    end: '2022-06-24',
    title: 'European Council: candidate status for Ukraine',
    parties: ['EU', 'UA', 'FR', 'DE', 'PL'],
    kind: 'summit',
    importance: 3,
  },
  {
    id: 'm3',
    date: '2022-10-06',
    title: 'European Political Community in Prague',
    parties: ['FR', 'DE', 'PL', 'UA', 'EU'],
    kind: 'summit',
  },
]);

/** Events with an `end`: drawn as spans. */
export const spansDocument = documentOf('Negotiations that lasted', [
  { id: 's1', date: '2022-01', end: '2022-04', title: 'Talks on a gas agreement', parties: ['DE', 'PL'], kind: 'meeting' },
  { id: 's2', date: '2022-03-01', end: '2022-03-31', title: 'French EU Council presidency month', parties: ['FR', 'EU'], kind: 'other' },
  { id: 's3', date: '2022-05-09', end: '2022-05-12', title: 'Conference on reconstruction', parties: ['UA', 'EU', 'PL'], kind: 'summit' },
  { id: 's4', date: '2022-06-01', title: 'A single day, for comparison', parties: ['FR', 'UA'], kind: 'call' },
  { id: 's5', date: '2022', end: '2023', title: 'A year-long programme', parties: ['DE', 'UA'], kind: 'agreement' },
]);

const ANCIENT: Party[] = [
  { id: 'ROME', name: 'Roman Republic', short: 'Rome', kind: 'state' },
  { id: 'EGYPT', name: 'Ptolemaic Egypt', short: 'Egypt', kind: 'state' },
  { id: 'PARTHIA', name: 'Parthian Empire', short: 'Parthia', kind: 'state' },
  { id: 'CAESAR', name: 'Julius Caesar', short: 'Caesar', kind: 'person' },
];

/** Year and month precision and years before the common era (astronomical numbering: -0043 is 44 BC). */
export const partialAndBceDocument: TimelineDocument = {
  version: 1,
  title: 'Rome and its neighbours, 53–30 BC',
  description: 'Year-only and month-only dates, and years before year 1.',
  locale: 'en',
  parties: ANCIENT,
  events: [
    { id: 'carrhae', date: '-0052', title: 'Battle of Carrhae (year only)', parties: ['ROME', 'PARTHIA'], kind: 'other', importance: 3 },
    {
      id: 'alexandria',
      date: '-0047',
      end: '-0046',
      title: 'Caesar in Alexandria',
      parties: ['CAESAR', 'EGYPT'],
      kind: 'visit',
      host: 'EGYPT',
    },
    {
      id: 'zela',
      date: '-0046-08',
      title: 'Caesar returns to Rome (month only)',
      parties: ['CAESAR', 'ROME'],
      kind: 'visit',
      host: 'ROME',
    },
    { id: 'ides', date: '-0043-03-15', title: 'The Ides of March', parties: ['CAESAR', 'ROME'], kind: 'other', importance: 3 },
    { id: 'alliance', date: '-0040', title: 'Parthian campaign talks', parties: ['PARTHIA', 'EGYPT', 'ROME'], kind: 'meeting' },
    { id: 'actium', date: '-0030-08', title: 'Egypt becomes a Roman province', parties: ['ROME', 'EGYPT'], kind: 'agreement' },
  ],
};

/** A document the element draws after leaving out the faulty parts (each is reported with its JSON path). */
export const warningsDocument: TimelineDocument = documentOf(
  'A document with mistakes',
  [
    { id: 'ok-1', date: '2022-02-08', title: 'A good event', parties: ['DE', 'PL'], kind: 'visit' },
    { id: 'bad-date', date: '2022-02-30', title: 'An impossible date', parties: ['FR', 'DE'] },
    { id: 'bad-party', date: '2022-03-01', title: 'An unknown party', parties: ['FR', 'XX'] },
    { id: 'ok-1', date: '2022-04-01', title: 'A repeated id', parties: ['PL', 'UA'] },
    {
      id: 'ok-2',
      date: '2022-05-01',
      end: '2022-04-01',
      title: 'An end before the start, and a javascript: link',
      parties: ['UA', 'EU'],
      sources: [{ title: 'Not a web link', url: 'javascript:alert(1)' }],
    },
  ],
  [...FIVE.slice(0, 4), { id: 'EU', name: 'European Union', color: 'url(https://example.com/x)' }],
);

/** A valid document with no events. */
export const emptyDocument: TimelineDocument = documentOf('Nothing yet', []);

/** A document from a future version of the format, which this reader rejects. */
export const unknownVersionDocument = { ...bilateralDocument, version: 2 };

/** Text that is not JSON. */
export const badJsonText = '{ "version": 1, "parties": [ { "id": "FR", "name": "France" ], "events": [] ';

/** A `src` that does not exist in the build: the server answers 404. */
export const missingUrl = 'examples/no-such-timeline.json';

/** The Karabakh parties with Russian and Arabic names, so the lanes read in the story's language. */
function translateParties(names: Record<string, string>): TimelineDocument {
  return {
    ...karabakhDocument,
    locale: null,
    parties: karabakhDocument.parties.map((party) => ({ ...party, name: names[party.id] ?? party.name })),
  };
}

export const karabakhRussian = translateParties({ RU: 'Россия', AZ: 'Азербайджан', AM: 'Армения' });
export const karabakhArabic = translateParties({ RU: 'روسيا', AZ: 'أذربيجان', AM: 'أرمينيا' });
