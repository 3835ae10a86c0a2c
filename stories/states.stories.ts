// What a reader sees before, instead of, or alongside the chart. Error stories
// carry the `expect-console-error` tag: the element logs one console.error
// when it cannot show a document, and test/storybook allows exactly that there.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { badJsonText, emptyDocument, karabakhDocument, missingUrl, unknownVersionDocument, warningsDocument } from './fixtures.js';

export default { title: 'Timeline/States', ...timeline } satisfies Meta<TimelineArgs>;

/** No data yet: the reserved-height loading panel, so the article does not jump when the data arrives. */
export const Loading: Story = { args: {} };

/** `loading="eager"`: load and draw at once, even far below the fold (the default, `lazy`, waits until the element is near the viewport). */
export const Eager: Story = { args: { data: karabakhDocument, loading: 'eager' } };

/** A valid document with no events. */
export const Empty: Story = { args: { data: emptyDocument } };

/** Bad events, links and colours are left out, each reported with its JSON path (in the console and `entente-render`). */
export const Warnings: Story = { args: { data: warningsDocument } };

/** The data is not JSON. */
export const ErrorBadJson: Story = { args: { data: badJsonText }, tags: ['expect-console-error'] };

/** A document from another version of the format. */
export const ErrorUnknownVersion: Story = { args: { data: unknownVersionDocument }, tags: ['expect-console-error'] };

/** `src` points to a file that is not there: the server answers 404, and the reader can try again. */
export const ErrorNotFound: Story = { args: { src: missingUrl }, tags: ['expect-console-error'] };
