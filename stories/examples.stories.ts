// The Karabakh example in each way a page can give the element its data, and a
// dense generated timeline. Stories with hundreds of events carry the `dense`
// tag (test/storybook runs a lighter accessibility check on them). This file carries the autodocs page: the element's
// attributes, properties, events, slots, custom properties and parts, all read
// from custom-elements.json (generated from the JSDoc of src/element.ts).
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhDocument, karabakhUrl } from './fixtures.js';
import { generateDenseTimeline } from './generate.js';

export default { title: 'Timeline/Examples', ...timeline, tags: ['autodocs'] } satisfies Meta<TimelineArgs>;

/** The document given as the `data` property (an object, or JSON text). */
export const Karabakh: Story = { args: { data: karabakhDocument } };

/** The document fetched from a URL with the `src` attribute: the usual embed. */
export const FromSrc: Story = { args: { src: karabakhUrl } };

/** The document inline, in a `<script type="application/json">` child: no second request. */
export const InlineJson: Story = { args: { inline: JSON.stringify(karabakhDocument) } };

/** Many parties and hundreds of events over eight years, from a seeded generator (`stories/generate.ts`). */
export const Dense: Story = {
  args: { data: generateDenseTimeline({ seed: 2021, parties: 12, events: 400 }) },
  tags: ['dense'],
};

/** A longer period with more lanes. */
export const DenseManyParties: Story = {
  args: { data: generateDenseTimeline({ seed: 7, parties: 20, events: 600, startYear: 2008, years: 15 }) },
  tags: ['dense'],
};
