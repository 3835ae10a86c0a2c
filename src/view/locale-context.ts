import type { TimelineModel } from '../data/model.js';
import type { LocaleDates } from '../layout/labels.js';
import type { TimelineHost } from '../host.js';
import { pickLocale, resolveStrings, type TimelineStrings } from '../strings.js';
import { getLocaleDates } from './format.js';
import { Memo } from './memo.js';
import { AccessibleNames } from './names.js';

/**
 * The reader's language for one view: which locale applies, its interface text, its date
 * formatters and its accessible names, each made again only when what it depends on changes
 * (the element's `locale` and `strings`, the document's `locale`, the page's `lang`).
 */
export class LocaleContext {
  private readonly localeMemo = new Memo<string>();
  private readonly namesMemo = new Memo<AccessibleNames>();

  constructor(private readonly host: TimelineHost) {}

  /** The element's `locale`, else the document's, else the nearest `lang` on the page, else the browser's. */
  locale(): string {
    const host = this.host;
    const lang = host.closest('[lang]')?.getAttribute('lang');
    return this.localeMemo.get([host.locale, host.model?.locale, lang], () =>
      pickLocale([host.locale, host.model?.locale, lang, navigator.language]),
    );
  }

  /** The interface text of the locale's language, with the element's `strings` over it. */
  strings(): TimelineStrings {
    return resolveStrings(this.host.strings, this.locale());
  }

  /** The date formatters of `locale`, for the card and the list (the page's, shared with the chart). */
  dates(locale: string): LocaleDates {
    return getLocaleDates(locale);
  }

  /** The marks' and clusters' accessible names: kept while the document, language and strings stay. */
  names(model: TimelineModel, locale: string): AccessibleNames {
    return this.namesMemo.get([model, locale, this.host.strings], () => new AccessibleNames(model, locale, this.strings()));
  }
}
