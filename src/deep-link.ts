/**
 * The page address of a selected event, `#<element id>/<event id>` (with
 * `deep-link`): written by the element when an event is selected, read by the
 * view when a document is ready. Both parts are URI-encoded, as ids may hold
 * anything.
 */
export const formatDeepLink = (elementId: string, eventId: string): string =>
  `#${encodeURIComponent(elementId)}/${encodeURIComponent(eventId)}`;

/** The event id an address names for this element, if it names one. */
export function readDeepLink(hash: string, elementId: string): string | undefined {
  const prefix = `#${encodeURIComponent(elementId)}/`;
  return hash.startsWith(prefix) ? decodeURIComponent(hash.slice(prefix.length)) : undefined;
}
