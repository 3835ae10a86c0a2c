import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findToolbarIndex } from '../layout/navigation.js';

/** What a composite widget of buttons is marked with in the templates. */
export const TOOLBAR_SELECTOR = '[role="toolbar"]';

/**
 * One tab stop per toolbar (the legend, the zoom and view buttons), by roving tabindex: of
 * a toolbar's enabled buttons exactly one has `tabindex="0"`, the one the reader last moved
 * to (else the first), the rest `-1`; the arrow keys, Home and End move it (see
 * `findToolbarIndex`). The templates set no tabindex: this controller alone owns it, and
 * puts it right after each render, when buttons come, go or are disabled. The key handler
 * sits on the shadow root, never on the document.
 */
export class ToolbarFocus implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeydown as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeydown as EventListener);
  }

  hostUpdated(): void {
    for (const toolbar of this.host.renderRoot.querySelectorAll<HTMLElement>(TOOLBAR_SELECTOR)) {
      const buttons = [...toolbar.querySelectorAll('button')];
      const enabled = buttons.filter((button) => !button.disabled);
      const stop = enabled.find((button) => button.getAttribute('tabindex') === '0') ?? enabled[0];
      // Every zoom frame updates the host: touch only what changes.
      for (const button of buttons) {
        const tabIndex = button === stop ? 0 : -1;
        if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
      }
    }
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const toolbar = (event.target as Element).closest?.(TOOLBAR_SELECTOR);
    if (!toolbar || event.altKey || event.ctrlKey || event.metaKey) return;
    const enabled = [...toolbar.querySelectorAll('button')].filter((button) => !button.disabled);
    const next =
      enabled[
        findToolbarIndex(
          enabled.indexOf(event.target as HTMLButtonElement),
          enabled.length,
          event.key,
          getComputedStyle(toolbar).direction === 'rtl',
        ) ?? -1
      ];
    if (!next) return;
    event.preventDefault();
    for (const button of enabled) button.tabIndex = button === next ? 0 : -1;
    next.focus();
  };
}
