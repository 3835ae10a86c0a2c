import { formatFault } from '../data/model.js';
import type { SourceState } from '../controllers/source-controller.js';
import type { TimelineStrings } from '../strings.js';

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
