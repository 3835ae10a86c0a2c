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

/** The event of this element's document that the address names, when the element has `deep-link` and an `id`. */
export function findLinkedEvent(
  hash: string,
  host: { readonly deepLink: boolean; readonly id: string; readonly model?: { readonly eventById: ReadonlyMap<string, unknown> } },
): string | undefined {
  const id = host.deepLink && host.id ? readDeepLink(hash, host.id) : undefined;
  return id !== undefined && host.model?.eventById.has(id) ? id : undefined;
}
