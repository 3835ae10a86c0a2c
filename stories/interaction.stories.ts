// Selection (the `selected` attribute, or `select(id)`) and pair focus.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhDocument } from './fixtures.js';

export default { title: 'Timeline/Interaction', ...timeline, args: { data: karabakhDocument } } satisfies Meta<TimelineArgs>;

/** `selected` names an event: its mark is highlighted and its detail card is open. */
export const SelectedWithDetail: Story = { args: { selected: 'lavrov-aliyev-2021-05-11' } };

/** A trilateral event with related events linked from its card. */
export const SelectedTrilateral: Story = { args: { selected: 'trilateral-statement-2020-11-09' } };

/** Narrow screen with the detail open. */
export const SelectedNarrow: Story = { args: { selected: 'lavrov-aliyev-2021-05-11', width: '320px' } };

/** `focus="RU,AZ"`: only what two parties did together (readers choose a pair in the Relationship menu). */
export const PairFocus: Story = { args: { focus: 'RU,AZ' } };
