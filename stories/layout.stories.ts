// Sizes, layouts, lane order and the initial time window.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhDocument } from './fixtures.js';
import { generateDenseTimeline } from './generate.js';

export default { title: 'Timeline/Layout', ...timeline, args: { data: karabakhDocument } } satisfies Meta<TimelineArgs>;

/** A phone column: short party names, tighter lanes. */
export const Narrow320: Story = { args: { width: '320px' } };

/** A wide desktop column. */
export const Wide: Story = { args: { width: '1200px' } };

/** The dense dataset in a phone column. */
export const DenseNarrow: Story = {
  args: { width: '320px', data: generateDenseTimeline({ seed: 2021, parties: 12, events: 400 }) },
  tags: ['dense'],
};

/** `layout="list"`: a chronological list at any width (the default below the narrow threshold, and in print). */
export const ListLayout: Story = { args: { layout: 'list' } };

/** `layout="lanes"`: lanes even in a phone column. */
export const LanesWhenNarrow: Story = { args: { layout: 'lanes', width: '320px' } };

/** `start` and `end`: the chart opens zoomed to a window (readers zoom out with − or Show all). */
export const InitialWindow: Story = { args: { start: '2021-04-01', end: '2021-05-31' } };

/** `lane-order="auto"` (the default): parties that meet often are neighbours, so connectors are short. */
export const LaneOrderAuto: Story = {
  args: { 'lane-order': 'auto', data: generateDenseTimeline({ seed: 3, parties: 8, events: 120 }) },
};

/** `lane-order="document"`: lanes in the order of the document's `parties`. */
export const LaneOrderDocument: Story = {
  args: { 'lane-order': 'document', data: generateDenseTimeline({ seed: 3, parties: 8, events: 120 }) },
};
