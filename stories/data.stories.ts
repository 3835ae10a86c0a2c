// What the data can say: each arity on its own, spans, partial and BCE dates.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import {
  bilateralDocument,
  multilateralDocument,
  partialAndBceDocument,
  spansDocument,
  trilateralDocument,
  unilateralDocument,
} from './fixtures.js';

export default { title: 'Timeline/Data', ...timeline } satisfies Meta<TimelineArgs>;

/** One party: a statement drawn on its own lane. */
export const Unilateral: Story = { args: { data: unilateralDocument } };

/** Two parties joined by a connector. */
export const Bilateral: Story = { args: { data: bilateralDocument } };

/** Three parties joined. */
export const Trilateral: Story = { args: { data: trilateralDocument } };

/** Four or more parties. */
export const Multilateral: Story = { args: { data: multilateralDocument } };

/** Events with an `end` are drawn as spans; year and month dates cover their whole period. */
export const Spans: Story = { args: { data: spansDocument } };

/** `-0052` (year only), `-0046-08` (month only), `-0043-03-15`: 44 BC is year -43 in astronomical numbering. */
export const PartialAndBceDates: Story = { args: { data: partialAndBceDocument } };
