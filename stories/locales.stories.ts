// Dates, numbers and the interface language follow `locale` (else the document's, else the page's
// `lang`); the `strings` property changes any text.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhArabic, karabakhDocument, karabakhRussian } from './fixtures.js';

export default { title: 'Timeline/Locales', ...timeline } satisfies Meta<TimelineArgs>;

/** `locale="en-GB"`: day-month order. */
export const EnglishGb: Story = { args: { data: karabakhDocument, locale: 'en-GB' } };

/** `locale="ru"`: the built-in Russian interface, with Russian plurals ("5 событий"). */
export const Russian: Story = { args: { data: karabakhRussian, locale: 'ru', lang: 'ru' } };

/** `locale="ar"` on a right-to-left page (`dir="rtl"`): the built-in Arabic interface, right to left. */
export const Arabic: Story = { args: { data: karabakhArabic, locale: 'ar', lang: 'ar', dir: 'rtl' } };

/** `locale="ar"` with a site's own wording for two texts over the built-in Arabic (the `strings` property). */
export const ArabicWithOverrides: Story = {
  args: {
    data: karabakhArabic,
    locale: 'ar',
    lang: 'ar',
    dir: 'rtl',
    strings: { resetZoom: 'إظهار كل الأحداث', arity: { bilateral: 'ثنائية' } },
  },
};

/** No `locale` attribute and no `locale` in the document: the page's `lang` decides, dates and interface alike. */
export const FromPageLang: Story = { args: { data: { ...karabakhDocument, locale: null }, lang: 'de' } };
