// On-chart event labels (more appear as the reader zooms in) and the hover and
// focus preview card.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhDocument } from './fixtures.js';
import abrahamAccords from '../test/fixtures/documents/abraham-accords.json';

export default {
  title: 'Timeline/Labels and preview',
  ...timeline,
  args: { data: karabakhDocument, width: '1200px' },
} satisfies Meta<TimelineArgs>;

/** Every event labelled beside its mark: its short `label`, else its title, shortened to fit. */
export const KarabakhLabels: Story = {};

/** A busier chart: the important events are labelled first, then the ones nearest the middle. */
export const AbrahamAccordsLabels: Story = { args: { data: abrahamAccords } };

/** A right-to-left page: labels go before each mark in time, on the reader's side. */
export const RightToLeftLabels: Story = { args: { dir: 'rtl', lang: 'he' } };

/** `--entente-label-font-size` and `--entente-label-color`: larger, darker labels, still measured to never overlap. */
export const StyledLabels: Story = {
  args: { '--entente-label-font-size': '13px', '--entente-label-color': '#1d1d1b' },
};

/** The preview card, as when the pointer rests on a mark (keyboard focus shows the same; Escape hides it). */
export const Preview: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('entente-timeline')!;
    const root = () => element.shadowRoot!;
    while (!root().querySelector('.event')) await new Promise((resolve) => setTimeout(resolve, 50));
    const glyph = root().querySelector('.event[data-event-id="lavrov-aliyev-2021-05-11"] .glyph');
    glyph?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
  },
};
