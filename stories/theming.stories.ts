// Light, dark, and a site's own look through --entente-* custom properties and ::part.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhDocument } from './fixtures.js';

export default {
  title: 'Timeline/Theming',
  ...timeline,
  args: { data: karabakhDocument, selected: 'lavrov-aliyev-2021-05-11' },
} satisfies Meta<TimelineArgs>;

/** `theme="light"`, whatever the page's colour scheme. */
export const Light: Story = { args: { theme: 'light', pageStyle: 'background:#fff;padding:1rem' } };

/** `theme="dark"`, on a dark page. */
export const Dark: Story = { args: { theme: 'dark', pageStyle: 'background:#161615;padding:1rem' } };

/** A news site's house style: custom properties for colours and fonts, `::part` for the rest. */
export const CustomTheme: Story = {
  args: {
    '--entente-font-family': 'Georgia, "DejaVu Serif", serif',
    '--entente-accent-color': '#b3001b',
    '--entente-ink-color': '#1b2a4a',
    '--entente-lane-color': '#b8c4d9',
    '--entente-surface-color': '#f3f6fb',
    '--entente-radius': '0',
    css: [
      'entente-timeline::part(title) { text-transform: uppercase; letter-spacing: 0.04em; font-family: Arial, sans-serif; }',
      'entente-timeline::part(legend) { font-family: Arial, sans-serif; }',
      'entente-timeline::part(detail) { border-inline-start: 4px solid #b3001b; }',
    ].join('\n'),
  },
};
