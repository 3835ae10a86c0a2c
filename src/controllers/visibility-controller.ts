import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the host has come near the viewport, so a lazy timeline
 * fetches and draws nothing for readers who never scroll to it. Once near,
 * it stays `near` and stops observing.
 */
export class VisibilityController implements ReactiveController {
  near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** How far outside the viewport counts as near, as a CSS margin. */
    private readonly margin = '300px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.stop();
        this.host.requestUpdate();
      },
      { rootMargin: this.margin },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
