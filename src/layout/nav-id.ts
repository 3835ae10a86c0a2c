/**
 * What the chart's keyboard focus and tab stop rest on: an event's own mark,
 * or a cluster (by its key, stable while its zoom level stays). The one place
 * that makes and compares them.
 */
export type NavId = { readonly kind: 'event'; readonly id: string } | { readonly kind: 'cluster'; readonly key: string };

export const eventNavId = (id: string): NavId => ({ kind: 'event', id });

export const clusterNavId = (key: string): NavId => ({ kind: 'cluster', key });

/** Whether two navigation ids name the same mark or cluster (they are values, not identities). */
export function isSameNavId(a: NavId | undefined, b: NavId | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === 'event' ? b.kind === 'event' && a.id === b.id : b.kind === 'cluster' && a.key === b.key;
}

/** The event id of an event's navigation id, if it is one. */
export const navEventId = (nav: NavId | undefined): string | undefined => (nav?.kind === 'event' ? nav.id : undefined);
