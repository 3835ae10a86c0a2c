/**
 * entente-timeline: importing this module registers `<entente-timeline>`. It
 * is the npm entry and the entry of the drop-in files alike.
 *
 * The core data API (`parseTimeline`, `validateDocument`, `parseDate`) is
 * exported too, for checking documents before publishing them. The readers
 * for TimelineJS and CSV, which few pages need, load on first use: by the
 * element when its data is in one of those formats, or `loadConverters()`;
 * tools that want them at once import `entente-timeline/data`.
 */
import { defineEntenteTimeline } from './define.js';

export { EntenteTimeline } from './element.js';
export type { EntenteRenderDetail, EntenteSelectDetail, EntenteErrorDetail } from './events.js';
export { defineEntenteTimeline, TAG_NAME } from './define.js';
export { defaultStrings, loadStrings, resolveStrings, SHIPPED_LANGUAGES, type TimelineStrings } from './strings.js';
export { DISPLAY_TEXT_LIMIT, parseTimeline } from './data/parse.js';
export { validateDocument } from './data/validate.js';
export { compareDates, isEndBefore, parseDate } from './data/dates.js';
export { isCssColor, parseSafeUrl } from './data/sanitize.js';
export { formatFault } from './data/model.js';
export { detectFormat, type InputFormat, type InputHint } from './data/detect.js';
export type * from './data/model.js';

/** The TimelineJS and CSV readers: `const { parseInput } = await loadConverters();`. */
export const loadConverters = () => import('./data/converters.js');

defineEntenteTimeline();
