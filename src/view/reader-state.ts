import type { ReactiveControllerHost } from 'lit';
import type { TimelineHost } from '../host.js';
import type { ControlsInput } from './view-model.js';
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

/** What zooming the reader's controls need: the zoom controller's methods. */
interface Zoom {
  scaleBy(factor: number): void;
  reset(): void;
}

/**
 * What the toolbar and legend do when the reader presses them: made once per view, so the
 * templates get the same handlers on every render.
 */
export function createControlActions(
  host: TimelineHost,
  state: ReactiveState<ReaderState>,
  zoom: Zoom,
  layout: () => 'lanes' | 'list',
): ControlsInput['actions'] {
  return {
    onArity: (arity) => state.set({ hiddenArities: toggleMember(state.value.hiddenArities, arity) }),
    onParty: (id) => state.set({ hiddenParties: toggleMember(state.value.hiddenParties, id) }),
    onPair: (key) => (host.focusPair = key || undefined),
    onZoomIn: () => zoom.scaleBy(2),
    onZoomOut: () => zoom.scaleBy(0.5),
    onReset: () => zoom.reset(),
    onLayout: () => (host.layout = layout() === 'list' ? 'lanes' : 'list'),
  };
}
