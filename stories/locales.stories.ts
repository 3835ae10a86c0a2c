// Dates and numbers follow `locale`; interface text follows the `strings` property.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { arabicStrings, karabakhArabic, karabakhDocument, karabakhRussian, russianStrings } from './fixtures.js';

export default { title: 'Timeline/Locales', ...timeline } satisfies Meta<TimelineArgs>;

/** `locale="en-GB"`: day-month order. */
export const EnglishGb: Story = { args: { data: karabakhDocument, locale: 'en-GB' } };

/** `locale="ru"` with Russian interface text. */
export const Russian: Story = { args: { data: karabakhRussian, locale: 'ru', strings: russianStrings, lang: 'ru' } };

/** `locale="ar"` with Arabic interface text, on a right-to-left page. */
export const Arabic: Story = {
  args: { data: karabakhArabic, locale: 'ar', strings: arabicStrings, lang: 'ar', dir: 'rtl' },
};

/** No `locale` attribute and no `locale` in the document: the page's `lang` decides. */
export const FromPageLang: Story = { args: { data: { ...karabakhDocument, locale: null }, lang: 'de' } };
