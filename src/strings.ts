import type { Arity, EventKind } from './data/model.js';

/**
 * Every piece of interface text the element shows. Sites translate the widget
 * by setting the element's `strings` property to a partial object; anything
 * left out falls back to these English defaults.
 */
export interface TimelineStrings {
  loading: string;
  errorTitle: string;
  retry: string;
  empty: string;
  close: string;
  chartLabel: string;
  arity: Record<Arity, string>;
  kind: Record<EventKind, string>;
  parties: string;
  people: string;
  topics: string;
  sources: string;
  related: string;
  location: string;
  host: string;
  /** "3 events"; receives the count already formatted for the locale. */
  eventCount: (count: number, formatted: string) => string;
  /** Accessible name of a cluster mark: "4 events, 11–15 September 2020". */
  clusterName: (count: number, formatted: string, dates: string) => string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  /** Shown when the reader scrolls over the chart without the zoom modifier; receives "Ctrl" or "⌘". */
  zoomHint: (modifier: string) => string;
  viewList: string;
  viewChart: string;
  /** Label of the relationship (pair focus) menu. */
  relationship: string;
  allRelationships: string;
  /** Option of the relationship menu: "Russia and Azerbaijan". */
  pair: (first: string, second: string) => string;
  /** Label of the party and arity filter group. */
  filters: string;
  /** "Show more (120 more)" under a long list. */
  showMore: (remaining: number, formatted: string) => string;
  /** Reasons for the error panel. */
  errors: {
    network: string;
    http: (status: number) => string;
    notJson: string;
    timeout: string;
    tooLarge: string;
    invalid: string;
    /** The widget's own code (its renderer, a separate file in an npm build) could not be loaded. */
    code: string;
  };
}

export const defaultStrings: TimelineStrings = {
  loading: 'Loading timeline…',
  errorTitle: 'This timeline could not be shown',
  retry: 'Try again',
  empty: 'No events to show.',
  close: 'Close',
  chartLabel: 'Timeline',
  arity: {
    unilateral: 'unilateral',
    bilateral: 'bilateral',
    trilateral: 'trilateral',
    multilateral: 'multilateral',
  },
  kind: {
    visit: 'Visit',
    meeting: 'Meeting',
    call: 'Call',
    statement: 'Statement',
    agreement: 'Agreement',
    summit: 'Summit',
    other: 'Event',
  },
  parties: 'Parties',
  people: 'People',
  topics: 'Topics',
  sources: 'Sources',
  related: 'Related',
  location: 'Location',
  host: 'Host',
  eventCount: (count, formatted) => `${formatted} ${count === 1 ? 'event' : 'events'}`,
  clusterName: (count, formatted, dates) => `${formatted} ${count === 1 ? 'event' : 'events'}, ${dates}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Show all',
  zoomHint: (modifier) => `Hold ${modifier} and scroll to zoom`,
  viewList: 'List view',
  viewChart: 'Chart view',
  relationship: 'Relationship',
  allRelationships: 'All parties',
  pair: (first, second) => `${first} and ${second}`,
  filters: 'Show',
  showMore: (_remaining, formatted) => `Show more (${formatted} more)`,
  errors: {
    network:
      'The data could not be loaded: the server could not be reached, or it does not allow this site to load it (CORS).',
    http: (status) => `The data could not be loaded (the server answered ${status}).`,
    notJson: 'The data is not JSON (a web page, or a file that is cut off or mistyped).',
    timeout: 'Loading the data took too long.',
    tooLarge: 'The data file is larger than this page allows.',
    invalid: 'The data does not follow the entente-timeline format.',
    code: 'The timeline’s code could not be loaded: the connection failed, or a file is missing from this site.',
  },
};

/** Overlays a site's partial translation on the defaults, one level deep. */
export function resolveStrings(overrides: Partial<TimelineStrings> | undefined): TimelineStrings {
  if (!overrides) return defaultStrings;
  return {
    ...defaultStrings,
    ...overrides,
    arity: { ...defaultStrings.arity, ...overrides.arity },
    kind: { ...defaultStrings.kind, ...overrides.kind },
    errors: { ...defaultStrings.errors, ...overrides.errors },
  };
}
