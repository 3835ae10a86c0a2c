import { nothing, type TemplateResult } from 'lit';
import { formatFault } from '../data/model.js';
import type { SourceState } from '../controllers/source-controller.js';
import type { TimelineStrings } from '../strings.js';
import { renderEmptyPanel } from '../render/figure.js';
import { renderErrorPanel, renderFaultPath, renderLoadingPanel } from '../render/placeholder.js';

export type SourceError = Extract<SourceState, { status: 'error' }>;

/** The plain-language reason a document cannot be shown, without the fault's path. */
export function describeErrorReason(strings: TimelineStrings, state: SourceError): string {
  const { errors } = strings;
  if (state.reason === 'http') return errors.http(state.httpStatus ?? 0);
  return {
    network: errors.network,
    timeout: errors.timeout,
    'too-large': errors.tooLarge,
    'not-json': errors.notJson,
    invalid: errors.invalid,
  }[state.reason];
}

/** The reason and, when the document is at fault, where. */
export function describeError(strings: TimelineStrings, state: SourceError): string {
  const reason = describeErrorReason(strings, state);
  return state.fault ? `${reason} ${formatFault(state.fault)}` : reason;
}

/**
 * The panel shown instead of the chart: loading, empty, or the error in the reader's words,
 * with the fault's place for the site's developers behind a disclosure, and Try again only
 * where trying again may help.
 */
export function renderSourcePanel(state: SourceState, strings: TimelineStrings, onRetry: () => void): TemplateResult {
  if (state.status === 'error') {
    return renderErrorPanel(
      strings.errorTitle,
      describeErrorReason(strings, state),
      state.fault ? renderFaultPath(strings.errorDetails, formatFault(state.fault)) : nothing,
      state.retryable ? { label: strings.retry, onRetry } : undefined,
    );
  }
  if (state.status === 'ready') return renderEmptyPanel(strings.empty);
  return renderLoadingPanel(strings.loading);
}
