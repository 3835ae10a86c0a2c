import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Paper has no zoom and no clicks: while the page prints, the host renders
 * its list layout with every detail expanded. Listens on the window only
 * while connected.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly before = (): void => this.set(true);
  private readonly after = (): void => this.set(false);

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}
