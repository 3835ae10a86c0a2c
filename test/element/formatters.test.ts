import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { sampleDocument } from './fixtures.js';
import { mountTimeline, settle } from './mount.js';

// Its own file, so its own page: it counts the Intl formatters the page makes.

/** Counts every `new Intl.DateTimeFormat` and `new Intl.ListFormat` from here on. */
function countFormatters(): { dates: number; lists: number } {
  const made = { dates: 0, lists: 0 };
  const DateTimeFormat = Intl.DateTimeFormat;
  const ListFormat = Intl.ListFormat;
  Object.assign(Intl, {
    DateTimeFormat: class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        made.dates += 1;
      }
    },
    ListFormat: class extends ListFormat {
      constructor(...args: ConstructorParameters<typeof ListFormat>) {
        super(...args);
        made.lists += 1;
      }
    },
  });
  return made;
}

describe('date and list formatters', () => {
  it('are made once per locale for the page: a new document, width or element reuses them', async () => {
    const made = countFormatters();
    const element = await mountTimeline(sampleDocument(), { width: 900 });
    const first = { ...made };
    expect(first.dates, 'the first render makes some').to.be.above(0);
    expect(first.lists).to.be.above(0);

    // Another document with dates of the same precisions, in the same language.
    const next = sampleDocument() as { events: { title: string }[] };
    for (const event of next.events) event.title += ' (updated)';
    element.data = next;
    await settle(element);
    // Another width: a new geometry.
    element.parentElement!.style.width = '1100px';
    await settle(element);
    await settle(element);
    // Another element in the same language.
    await mountTimeline(sampleDocument(), { width: 700 });
    expect(made, 'none made again').to.deep.equal(first);

    // Another language needs its own.
    element.setAttribute('locale', 'fr');
    await settle(element);
    expect(made.dates).to.be.above(first.dates);
  });
});
