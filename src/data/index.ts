// The public data API: read a timeline document into the model that layout and rendering use.
export { DISPLAY_TEXT_LIMIT, parseTimeline } from './parse.js';
export { validateDocument } from './validate.js';
export { compareDates, isEndBefore, parseDate } from './dates.js';
export { isCssColor, parseSafeUrl } from './sanitize.js';
export { formatFault } from './model.js';
export * from './converters.js';
export type * from './model.js';
export type {
  TimelineDocument,
  TimelineEventInput,
  Party as PartyInput,
  Person as PersonInput,
  Topic as TopicInput,
  Location as LocationInput,
  Quote as QuoteInput,
  Source as SourceInput,
  Image as ImageInput,
  DateString,
  Id,
} from './document-types.js';
