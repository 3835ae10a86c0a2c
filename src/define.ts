import { EntenteTimeline } from './element.js';

export const TAG_NAME = 'entente-timeline';

/**
 * Registers `<entente-timeline>` unless the page already has it. Pages often
 * end up with two copies of an embed script (a CMS block pasted twice, an app
 * bundle plus the drop-in file): the second copy must not throw, so it leaves
 * the first definition in place and says so once.
 */
export function defineEntenteTimeline(): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(TAG_NAME);
  if (!existing) {
    customElements.define(TAG_NAME, EntenteTimeline);
  } else if (existing !== EntenteTimeline) {
    console.warn(`entente-timeline: <${TAG_NAME}> is already defined by another copy of the script; this copy is not used.`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'entente-timeline': EntenteTimeline;
  }
}
