import type { ReactiveControllerHost } from 'lit';
import type { Arity } from '../data/model.js';
import { isSameNavId, type NavId } from '../layout/nav-id.js';
import { ReactiveState } from './reactive-state.js';

/** How many events the list shows at first, and how many more each "show more" adds. */
export const LIST_PAGE = 100;

/** The reader's state in the view: a change re-renders, as a reactive property of the element would. */
export interface ReaderState {
  hiddenParties: ReadonlySet<string>;
  hiddenArities: ReadonlySet<Arity>;
  /** The chart's single tab stop (see `ChartFocus`). */
  tabStop: NavId | undefined;
  /** The zoom hint shown over the chart (see `ZoomHint`). */
  hint: string | undefined;
  /** How many events the list shows. */
  listLimit: number;
}

export const createReaderState = (host: ReactiveControllerHost): ReactiveState<ReaderState> =>
  new ReactiveState<ReaderState>(
    host,
    { hiddenParties: new Set(), hiddenArities: new Set(), tabStop: undefined, hint: undefined, listLimit: LIST_PAGE },
    { tabStop: isSameNavId },
  );

/** The set with `value` added, or removed if it was there: a filter chip's toggle. */
export function toggleMember<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
