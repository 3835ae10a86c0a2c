// Putting an element on a page for a browser test, as a reader's page would: in a column of
// a given width and direction, eager (so nothing waits for scrolling), drawn and settled.
import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EntenteTimeline } from '../../src/index.js';

export interface MountOptions {
  /** The column's width in CSS pixels. */
  readonly width?: number;
  readonly dir?: 'ltr' | 'rtl';
  /** Attributes set before the element is connected (`locale`, `layout`…). */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Waits for zoom frames and the updates they schedule. */
export async function settle(element: EntenteTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await element.updateComplete;
  }
}

/** An element with `data`, appended to a new column, once it has fired `entente-render` and settled. */
export async function mountTimeline(
  data: unknown,
  { width = 900, dir = 'ltr', attributes = {} }: MountOptions = {},
): Promise<EntenteTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width:${width}px"></div>`);
  const element = document.createElement('entente-timeline');
  element.loading = 'eager';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  const rendered = oneEvent(element, 'entente-render');
  wrapper.append(element);
  await rendered;
  await settle(element);
  return element;
}
