import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Fault, TimelineModel } from '../data/model.js';
import { parseTimeline } from '../data/parse.js';
import { HTML_FAULT } from '../data/json-text.js';
import { recogniseInput, type InputHint } from '../data/detect.js';

export type LoadFailure = 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'invalid';

export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly model: TimelineModel; readonly warnings: readonly Fault[] }
  | {
      readonly status: 'error';
      readonly reason: LoadFailure;
      /** The HTTP status, for `http` failures. */
      readonly httpStatus?: number;
      /**
       * What exactly went wrong, with its JSON path: the structural fault for `not-json` and
       * `invalid` failures; for `too-large` the limit; for `network` failures of a URL on another
       * site, the likely cause (CORS).
       */
      readonly fault?: Fault;
      readonly warnings: readonly Fault[];
      /**
       * Whether loading again may help: for a `src` load that failed on the way (`network`,
       * `timeout`, an HTTP 5xx, 408 or 429); never for data that is at fault (`invalid`,
       * `not-json`, `too-large`, another HTTP 4xx), nor for a `data` value.
       */
      readonly retryable: boolean;
    };

/** What the element asks the controller to show. */
export type SourceRequest =
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'url'; readonly url: string; readonly timeout: number; readonly maxBytes: number };

/**
 * Turns the element's inputs (a `data` value, inline JSON, or a `src` URL) into
 * a parsed timeline. Only the latest request can change the state: a new
 * request aborts the fetch of the one before, and disconnecting aborts too.
 *
 * A `src` load fails, with a reason the error panel names, when: the server cannot be
 * reached or refuses this site (`network`, CORS included), it answers with an HTTP error
 * (`http`), no complete answer arrives within `timeout` ms (`timeout`, the element's
 * `timeout` property, 15 s by default), the body is over `maxBytes` (`too-large`, 10 MB by
 * default; the body is read incrementally and cut off there), the answer is a web page or
 * not JSON, truncated JSON included (`not-json`), or it is not a timeline (`invalid`).
 * See docs/errors.md.
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private abort?: AbortController;
  private generation = 0;
  private lastRequest?: SourceRequest;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A fetch cut short by a disconnect resumes when the element comes back.
    if (this.state.status === 'loading' && this.lastRequest) this.request(this.lastRequest);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Shows what `request` describes; anything still loading is abandoned. */
  request(request: SourceRequest): void {
    this.cancel();
    this.lastRequest = request;
    const generation = ++this.generation;
    if (request.kind === 'data') {
      const state = readDocument(request.value, false);
      if (state instanceof Promise) void state.then((result) => this.settle(generation, result));
      else this.settle(generation, state);
      return;
    }
    this.settle(generation, { status: 'loading' });
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort('timeout'), request.timeout);
    fetchText(request.url, abort.signal, request.maxBytes)
      .then((result) =>
        'text' in result ? readDocument(result.text, true, { url: result.url || request.url, contentType: result.contentType }) : result,
      )
      .then((state) => this.settle(generation, state))
      .catch(() => {
        if (abort.signal.aborted && abort.signal.reason !== 'timeout') return;
        this.settle(generation, abort.signal.aborted ? failure('timeout') : networkFailure(request.url));
      })
      .finally(() => clearTimeout(timer));
  }

  /** Loads the last request again (the error panel's retry button). */
  retry(): void {
    if (this.lastRequest) this.request(this.lastRequest);
  }

  private cancel(): void {
    this.abort?.abort('superseded');
    this.abort = undefined;
  }

  private settle(generation: number, state: SourceState): void {
    if (generation !== this.generation) return;
    this.state = state;
    this.host.requestUpdate();
  }
}

function failure(reason: LoadFailure, extra: Partial<Extract<SourceState, { status: 'error' }>> = {}): SourceState {
  return {
    status: 'error',
    reason,
    warnings: [],
    ...extra,
    retryable: (extra.retryable ?? true) && mayPassOnRetry(reason, extra.httpStatus),
  };
}

/** Whether the same request may succeed later: the way failed, not the data (HTTP 408 Request Timeout and 429 Too Many Requests are the way). */
function mayPassOnRetry(reason: LoadFailure, httpStatus = 0): boolean {
  if (reason === 'http') return httpStatus >= 500 || httpStatus === 408 || httpStatus === 429;
  return reason === 'network' || reason === 'timeout';
}

/**
 * Reads a document in any supported format into a state: at once for this package's own format
 * (told by the shared `recogniseInput`, which parses JSON once for both); anything else —
 * TimelineJS, a spreadsheet's CSV, text that is not JSON — goes to the converters, which load
 * only then: most pages never need them.
 */
function readDocument(input: unknown, retryable: boolean, origin: InputHint = {}): SourceState | Promise<SourceState> {
  let recognised: ReturnType<typeof recogniseInput>;
  try {
    recognised = recogniseInput(input, origin);
  } catch {
    // A `data` object whose getters throw: parseSafely reports it.
    return parseSafely(input, retryable);
  }
  // Text that is not JSON goes to the converters too: parseInput places a syntax error by line and column.
  if (recognised.format === 'json' && typeof recognised.value !== 'string') return parseSafely(recognised.value, retryable);
  return import('../data/input.js').then(
    ({ parseInput }) => parseSafely(input, retryable, (text) => parseInput(text, origin)),
    (error: unknown) => {
      if (recognised.format === 'json') return parseSafely(input, retryable);
      // The converters' file could not be loaded (offline, or missing from the site): a network failure, not the data's.
      const message = `the converter for this format could not be loaded (${String(error)})`;
      return failure('network', { fault: { path: '', code: 'unreadable', message }, retryable: true });
    },
  );
}

/**
 * Parses a document into a state; nothing the data does can throw out of here (a `data`
 * object with a throwing getter, say), so the page never sees an exception from the widget.
 */
function parseSafely(
  input: unknown,
  retryable: boolean,
  parse: (input: unknown) => ReturnType<typeof parseTimeline> = parseTimeline,
): SourceState {
  let result: ReturnType<typeof parseTimeline>;
  try {
    result = parse(input);
  } catch (error) {
    const fault = { path: '', code: 'unreadable', message: `the data could not be read (${String(error)})` };
    return failure('invalid', { fault, retryable });
  }
  if (result.ok) return { status: 'ready', model: result.model, warnings: result.warnings };
  const reason = result.error.code === 'not-json' || result.error.code === HTML_FAULT.code ? 'not-json' : 'invalid';
  return failure(reason, { fault: result.error, warnings: result.warnings, retryable });
}

/**
 * fetch() says no more than "TypeError: Failed to fetch" for a server that is down and for one
 * that does not allow this site (CORS); for another site's URL, name the likelier cause.
 */
function networkFailure(url: string): SourceState {
  let origin: string | undefined;
  try {
    origin = new URL(url, document.baseURI).origin;
  } catch {
    // An unparseable URL fails like an unreachable one.
  }
  if (!origin || origin === location.origin) return failure('network');
  const message = `the server at ${origin} could not be reached, or it does not allow this site to load its data (CORS)`;
  return failure('network', { fault: { path: '', code: 'cors', message } });
}

function tooLarge(maxBytes: number): SourceState {
  const message = `the response is larger than the limit of ${maxBytes} bytes (the element's max-bytes)`;
  return failure('too-large', { fault: { path: '', code: 'too-large', message } });
}

/** Lets go of a body that will not be read, so the connection is freed at once. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

async function fetchText(
  url: string,
  signal: AbortSignal,
  maxBytes: number,
): Promise<{ text: string; contentType: string | null; url: string } | SourceState> {
  const response = await fetch(url, {
    signal,
    credentials: 'same-origin',
    headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
  });
  const contentType = response.headers.get('content-type');
  if (!response.ok) {
    discard(response);
    return failure('http', { httpStatus: response.status });
  }
  // An error page, a login wall or a wrong address answers 200 with a page, not JSON.
  if (/^\s*text\/html\b/i.test(contentType ?? '')) {
    discard(response);
    return failure('not-json', { fault: HTML_FAULT });
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    discard(response);
    return tooLarge(maxBytes);
  }
  // Read incrementally so an endless or oversized body is cut off, not buffered.
  const reader = response.body?.getReader();
  // The address after redirects: relative TimelineJS media links are resolved against it.
  const { url: responseUrl } = response;
  if (!reader) return { text: await response.text(), contentType, url: responseUrl };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes), contentType, url: responseUrl };
}
