/**
 * The drop-in files' entry (dist/entente-timeline.js and .iife.js): loading
 * either registers `<entente-timeline>`. It exports the same API as the npm
 * entry, except the converters for TimelineJS and CSV, which few pages need:
 * they load on first use, by the element itself when its data is in one of
 * those formats, or through `loadConverters()`.
 */
import { defineEntenteTimeline } from './define.js';

export { EntenteTimeline } from './element.js';
export type { EntenteRenderDetail, EntenteSelectDetail, EntenteErrorDetail } from './element.js';
export { defineEntenteTimeline, TAG_NAME } from './define.js';
export { defaultStrings, type TimelineStrings } from './strings.js';
export { DISPLAY_TEXT_LIMIT, parseTimeline } from './data/parse.js';
export { validateDocument } from './data/validate.js';
export { compareDates, isEndBefore, parseDate } from './data/dates.js';
export { isCssColor, parseSafeUrl } from './data/sanitize.js';
export { formatFault } from './data/model.js';
export type * from './data/model.js';

/** The TimelineJS and CSV readers: `const { parseInput } = await loadConverters();`. */
export const loadConverters = () => import('./data/converters.js');

defineEntenteTimeline();
