import { expect } from '@open-wc/testing';
import { formatFault, fromTimelineJS2, parseInput } from '../../src/data/index.js';
import type { Fault, ParseResult, TimelineModel } from '../../src/data/index.js';

function parseOk(result: ParseResult): { model: TimelineModel; warnings: readonly Fault[] } {
  if (!result.ok) throw new Error(`expected ok, got ${formatFault(result.error)}`);
  return result;
}

const DOCUMENT = {
  timeline: {
    headline: 'The Iran talks',
    type: 'default',
    text: '<p>2013–2015</p>',
    date: [
      { startDate: '2013,9,27', headline: 'Obama and Rouhani speak', tag: 'United States [US], Iran [IR]' },
      {
        startDate: '2013,11,24',
        endDate: '2013,11,24',
        headline: 'Geneva interim deal',
        tag: 'Iran',
        asset: { media: '//upload.wikimedia.org/geneva.jpg', credit: 'Credit', caption: 'Geneva' },
      },
      { startDate: '2014', endDate: '2015,7', text: '<p>Talks go on in Vienna</p>', tag: 'Iran' },
      { startDate: '1/1/2011', headline: 'Not a TimelineJS2 date', tag: 'Iran' },
      { startDate: '2015,7,14,10,30', headline: 'Vienna', tag: 'Iran', classname: 'x' },
    ],
  },
};

describe('fromTimelineJS2', () => {
  it('converts dates with their precision, headline, text, asset and tag', () => {
    const { model } = parseOk(parseInput(JSON.stringify(DOCUMENT)));
    expect(model.title).to.equal('The Iran talks');
    expect(model.description).to.equal('2013–2015');
    expect(model.events.map((event) => [event.date.iso, event.end?.iso, event.title, event.parties])).to.deep.equal([
      ['2013-09-27', undefined, 'Obama and Rouhani speak', ['united-states', 'iran']],
      ['2013-11-24', undefined, 'Geneva interim deal', ['iran']],
      ['2014', '2015-07', 'Talks go on in Vienna', ['iran']],
      ['2015-07-14T10:30Z', undefined, 'Vienna', ['iran']],
    ]);
    expect(model.events[1]!.image).to.deep.include({ url: 'https://upload.wikimedia.org/geneva.jpg', alt: 'Geneva', credit: 'Credit' });
    expect(model.parties.find((party) => party.id === 'united-states')).to.include({ short: 'US' });
  });

  it('locates faults in the TimelineJS2 document', () => {
    const { warnings } = fromTimelineJS2(DOCUMENT);
    expect(warnings.map((fault) => `${fault.path} ${fault.code}`)).to.include.members([
      'timeline.date[4].classname not-mapped',
      'timeline.date[2].headline blank-text',
      'timeline.date[3].startDate invalid-date',
      'timeline.date[4].startDate time-zone-assumed',
    ]);
  });

  it('says what a TimelineJS2 date looks like when one is not', () => {
    const { warnings } = fromTimelineJS2(DOCUMENT);
    expect(warnings.find((fault) => fault.path === 'timeline.date[3].startDate')?.message).to.equal(
      '"1/1/2011" is not a TimelineJS2 date such as "2011,9,1" or "2011"; this event is left out',
    );
  });

  it('answers a document without a date array with a TimelineJS2 error', () => {
    const result = parseInput({ timeline: { headline: 'Nothing yet' } });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(formatFault(result.error)).to.equal('timeline.date: a TimelineJS2 document has a "timeline" object with a "date" array');
  });
});
