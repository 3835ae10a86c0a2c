/**
 * entente-timeline: importing this module registers `<entente-timeline>`.
 * The pure data API (`parseTimeline`, `validateDocument`, `parseDate`) is
 * exported too, for checking documents before publishing them.
 */
import { defineEntenteTimeline } from './define.js';

export { EntenteTimeline } from './element.js';
export type { EntenteRenderDetail, EntenteSelectDetail, EntenteErrorDetail } from './element.js';
export { defineEntenteTimeline, TAG_NAME } from './define.js';
export { defaultStrings, type TimelineStrings } from './strings.js';
export * from './data/index.js';

defineEntenteTimeline();
