import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Fault, TimelineModel } from '../data/model.js';
import { parseTimeline } from '../data/parse.js';

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
      /** The structural fault, for `not-json` and `invalid` failures. */
      readonly fault?: Fault;
      readonly warnings: readonly Fault[];
    };

/** What the element asks the controller to show. */
export type SourceRequest =
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'url'; readonly url: string; readonly timeout: number; readonly maxBytes: number };

/**
 * Turns the element's inputs (a `data` value, inline JSON, or a `src` URL) into
 * a parsed timeline. Only the latest request can change the state: a new
 * request aborts the fetch of the one before, and disconnecting aborts too.
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
      this.settle(generation, toState(parseTimeline(request.value)));
      return;
    }
    this.settle(generation, { status: 'loading' });
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort('timeout'), request.timeout);
    fetchText(request.url, abort.signal, request.maxBytes)
      .then((result) => this.settle(generation, typeof result === 'string' ? toState(parseTimeline(result)) : result))
      .catch(() => {
        if (abort.signal.aborted && abort.signal.reason !== 'timeout') return;
        this.settle(generation, failure(abort.signal.aborted ? 'timeout' : 'network'));
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
  return { status: 'error', reason, warnings: [], ...extra };
}

function toState(result: ReturnType<typeof parseTimeline>): SourceState {
  if (result.ok) return { status: 'ready', model: result.model, warnings: result.warnings };
  const reason = result.error.code === 'not-json' ? 'not-json' : 'invalid';
  return failure(reason, { fault: result.error, warnings: result.warnings });
}

async function fetchText(url: string, signal: AbortSignal, maxBytes: number): Promise<string | SourceState> {
  const response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) return failure('http', { httpStatus: response.status });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return failure('too-large');
  // Read incrementally so an endless or oversized body is cut off, not buffered.
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return failure('too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
