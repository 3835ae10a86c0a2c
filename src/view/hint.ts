import type { ReactiveState } from './reactive-state.js';

/** How long the zoom hint stays. */
const HINT_MS = 2000;

/**
 * The hint a plain wheel over the chart gets ("Ctrl + scroll to zoom"), shown
 * once per element for a moment: the page scrolls as usual, and the reader
 * learns how to zoom.
 */
export class ZoomHint {
  private shown = false;
  private timer = 0;

  constructor(private readonly state: ReactiveState<{ hint: string | undefined }>) {}

  show(text: () => string): void {
    if (this.shown) return;
    this.shown = true;
    this.state.set({ hint: text() });
    this.timer = window.setTimeout(() => this.state.set({ hint: undefined }), HINT_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.state.set({ hint: undefined });
  }
}
