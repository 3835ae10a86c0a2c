import type { SourceState } from '../controllers/source-controller.js';
import { dispatchError, dispatchRender } from '../events.js';
import type { TimelineStrings } from '../strings.js';
import { describeError } from './errors.js';

/**
 * What the view tells the page: each new source state once (one console line for a
 * document's warnings, however many; `entente-error` for a failure), and `entente-render`
 * once per new drawing (new data, size, options or layout), with the time since the change.
 */
export class ViewReport {
  /** The last source state reported. */
  reported?: SourceState;
  /**
   * The element's first update always brings a `layout`: the first drawing reports
   * `entente-render`, whatever the layout.
   */
  private pending = true;

  /** A new drawing is owed a report. */
  owe(): void {
    this.pending = true;
  }

  /** Reports `state` if it is new; `onReady` runs for a newly ready document. */
  reportState(target: EventTarget, state: SourceState, strings: () => TimelineStrings, onReady: () => void): void {
    if (state === this.reported) return;
    this.reported = state;
    if (state.status === 'ready') {
      // One line per document, not one per warning: a reader's console is not the place to list them.
      const count = state.warnings.length;
      if (count) console.warn(`entente-timeline: ${count} warning${count === 1 ? '' : 's'}, see entente-render's detail.warnings`);
      onReady();
    } else if (state.status === 'error') {
      dispatchError(target, {
        reason: state.reason,
        message: describeError(strings(), state),
        fault: state.fault,
        status: state.httpStatus,
      });
    }
  }

  /** Reports the drawing owed, once something is drawn: `drawn` counts the events in it. */
  reportRender(target: EventTarget, state: SourceState, drawing: boolean, drawn: () => number, since: number): void {
    if (!this.pending || state.status !== 'ready' || !drawing) return;
    this.pending = false;
    performance.mark('entente:render');
    dispatchRender(target, { events: drawn(), warnings: state.warnings, ms: performance.now() - since });
  }
}
