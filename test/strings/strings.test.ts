// Interface languages: every shipped language loads, renders its own "N events" and arity
// names through loadStrings + resolveStrings, with the plural rules of its locale; a site's
// `strings` overrides lay over the language; languages that do not ship get English.
import { expect } from '@open-wc/testing';
import {
  defaultStrings,
  isStringsLoaded,
  loadStrings,
  matchLanguage,
  pickLocale,
  resolveStrings,
  SHIPPED_LANGUAGES,
  type ShippedLanguage,
} from '../../src/strings.js';

/** Per language: "5 events" (and the count shown as 5) and the four arity names. */
const EXPECTED: Record<ShippedLanguage, { five: string; arity: [string, string, string, string] }> = {
  en: { five: '5 events', arity: ['unilateral', 'bilateral', 'trilateral', 'multilateral'] },
  ar: { five: '5 أحداث', arity: ['أحادي الجانب', 'ثنائي', 'ثلاثي', 'متعدد الأطراف'] },
  de: { five: '5 Ereignisse', arity: ['einseitig', 'bilateral', 'trilateral', 'multilateral'] },
  es: { five: '5 eventos', arity: ['unilateral', 'bilateral', 'trilateral', 'multilateral'] },
  fa: { five: '5 رویداد', arity: ['یک‌جانبه', 'دوجانبه', 'سه‌جانبه', 'چندجانبه'] },
  fr: { five: '5 événements', arity: ['unilatéral', 'bilatéral', 'trilatéral', 'multilatéral'] },
  he: { five: '5 אירועים', arity: ['חד־צדדי', 'דו־צדדי', 'תלת־צדדי', 'רב־צדדי'] },
  ja: { five: '5件', arity: ['単独', '二国間', '三か国間', '多国間'] },
  pt: { five: '5 eventos', arity: ['unilateral', 'bilateral', 'trilateral', 'multilateral'] },
  ru: { five: '5 событий', arity: ['одностороннее', 'двустороннее', 'трёхстороннее', 'многостороннее'] },
  tr: { five: '5 olay', arity: ['tek taraflı', 'ikili', 'üçlü', 'çok taraflı'] },
  uk: { five: '5 подій', arity: ['одностороння', 'двостороння', 'тристороння', 'багатостороння'] },
  zh: { five: '5 个事件', arity: ['单边', '双边', '三边', '多边'] },
};

/** Every text of a strings object, functions called with sample arguments. */
function allTexts(strings: typeof defaultStrings): string[] {
  return [
    ...Object.values(strings).filter((value): value is string => typeof value === 'string'),
    ...Object.values(strings.arity),
    ...Object.values(strings.kind),
    ...Object.values(strings.errors).map((value) => (typeof value === 'function' ? value(404) : value)),
    strings.eventCount(3, '3'),
    strings.clusterName(3, '3', 'D'),
    strings.zoomHint('Ctrl'),
    strings.pair('A', 'B'),
    strings.showMore(7, '7'),
  ];
}

/** The sentences that only arrange the texts they are given: in many languages, as in English. */
function allPatterns(strings: typeof defaultStrings): string[] {
  return [strings.eventName('D', 'bilateral', 'A and B', 'T'), strings.datedTitle('D', 'T')];
}

describe('interface languages', () => {
  before(() => Promise.all(SHIPPED_LANGUAGES.map((language) => loadStrings(language))));

  it('ships the thirteen languages of issue 15', () => {
    expect([...SHIPPED_LANGUAGES].sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [language, { five, arity }] of Object.entries(EXPECTED)) {
    it(`${language}: its own "N events" and arity names`, () => {
      expect(isStringsLoaded(language), 'loaded').to.be.true;
      const strings = resolveStrings(undefined, language);
      expect(strings.eventCount(5, '5')).to.equal(five);
      expect([strings.arity.unilateral, strings.arity.bilateral, strings.arity.trilateral, strings.arity.multilateral]).to.deep.equal(
        arity,
      );
    });

    it(`${language}: every text is filled in, no placeholder left, and translated`, () => {
      const texts = allTexts(resolveStrings(undefined, language));
      for (const text of [...texts, ...allPatterns(resolveStrings(undefined, language))]) {
        expect(text, 'not empty').to.match(/\S/);
        expect(text, 'no placeholder left').not.to.match(/\{\w+\}/);
      }
      if (language === 'en') return;
      // Texts left in English: the format's name and words that are the same in both languages.
      const english = allTexts(defaultStrings);
      const same = texts.filter((text, i) => text === english[i]);
      expect(same.length, `left as in English: ${same.join(' | ')}`).to.be.below(6);
    });
  }

  it('Russian: one, few and many (1, 2, 5, 21 events; 1 and 5 more)', () => {
    const ru = resolveStrings(undefined, 'ru');
    expect([1, 2, 5, 21, 11, 22].map((n) => ru.eventCount(n, String(n)))).to.deep.equal([
      '1 событие',
      '2 события',
      '5 событий',
      '21 событие',
      '11 событий',
      '22 события',
    ]);
    expect(ru.showMore(1, '1')).to.equal('Показать ещё 1 событие');
    expect(ru.showMore(5, '5')).to.equal('Показать ещё 5 событий');
  });

  it('Ukrainian: one, few and many (1, 3, 5, 21 events)', () => {
    const uk = resolveStrings(undefined, 'uk-UA');
    expect([1, 3, 5, 21].map((n) => uk.eventCount(n, String(n)))).to.deep.equal(['1 подія', '3 події', '5 подій', '21 подія']);
  });

  it('Arabic: zero, one, two, few, many and other (0, 1, 2, 3, 11, 100 events), with Arabic digits as formatted', () => {
    const ar = resolveStrings(undefined, 'ar');
    const format = new Intl.NumberFormat('ar-EG');
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.eventCount(n, format.format(n)))).to.deep.equal([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '٣ أحداث',
      '١١ حدثًا',
      '١٠٠ حدث',
    ]);
    expect(ar.clusterName(2, '٢', '١١–١٥ سبتمبر')).to.equal('حدثان، ١١–١٥ سبتمبر');
  });

  it("writes the sentences of accessible names and of the card with the language's own punctuation", () => {
    const sentences = (language: string) => {
      const strings = resolveStrings(undefined, language);
      return [strings.eventName('D', 'X', 'A, B', 'T'), strings.datedTitle('D', 'T')];
    };
    expect(sentences('en')).to.deep.equal(['D, X: A, B. T', 'D: T']);
    expect(sentences('fr')).to.deep.equal(['D, X : A, B. T', 'D : T']);
    expect(sentences('ar')).to.deep.equal(['D، X: A, B. T', 'D: T']);
    expect(sentences('fa')).to.deep.equal(['D، X: A, B. T', 'D: T']);
    expect(sentences('ja')).to.deep.equal(['D、X：A, B。T', 'D：T']);
    expect(sentences('zh')).to.deep.equal(['D，X：A, B。T', 'D：T']);
  });

  it('French: 0 and 1 are singular, a million takes "de"', () => {
    const fr = resolveStrings(undefined, 'fr-CA');
    expect([0, 1, 2, 1_000_000].map((n) => fr.eventCount(n, String(n)))).to.deep.equal([
      '0 événement',
      '1 événement',
      '2 événements',
      '1000000 d’événements',
    ]);
  });

  it("lays a site's partial strings over the language, one level deep", () => {
    const strings = resolveStrings({ retry: 'Encore', arity: { bilateral: 'à deux' } as never }, 'fr');
    expect(strings.retry).to.equal('Encore');
    expect(strings.arity.bilateral).to.equal('à deux');
    expect(strings.arity.trilateral).to.equal('trilatéral');
    expect(strings.close).to.equal('Fermer');
    expect(resolveStrings({ close: 'Shut' }).close, 'without a locale: over English').to.equal('Shut');
    expect(resolveStrings(undefined)).to.equal(defaultStrings);
  });

  it('matches tags to shipped languages: regions, scripts, legacy codes; Traditional Chinese is not Simplified', () => {
    const table: [string | undefined, string | undefined][] = [
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt'],
      ['iw', 'he'],
      ['he-IL', 'he'],
      ['zh', 'zh'],
      ['zh-CN', 'zh'],
      ['zh-Hans-HK', 'zh'],
      ['zh-TW', undefined],
      ['zh-Hant', undefined],
      ['fa-IR', 'fa'],
      ['ar-EG', 'ar'],
      ['en-GB', 'en'],
      ['nl', undefined],
      ['not a tag', undefined],
      ['', undefined],
      [undefined, undefined],
    ];
    expect(table.map(([tag]) => matchLanguage(tag))).to.deep.equal(table.map(([, language]) => language));
  });

  it('gives English for a language that does not ship, at once', async () => {
    expect(isStringsLoaded('nl')).to.be.true;
    await loadStrings('nl');
    expect(resolveStrings(undefined, 'nl')).to.equal(defaultStrings);
    expect(resolveStrings(undefined, 'zh-TW')).to.equal(defaultStrings);
  });

  it('picks the first locale the browser can format, else English', () => {
    expect(pickLocale([undefined, 'fr', 'de'])).to.equal('fr');
    expect(pickLocale(['', null, 'not a tag', 'ar'])).to.equal('ar');
    expect(pickLocale([undefined, null])).to.equal('en');
  });
});
