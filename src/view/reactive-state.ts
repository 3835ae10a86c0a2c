import type { ReactiveControllerHost } from 'lit';

/**
 * State the view keeps for the reader (filters, the tab stop, the hint) that
 * re-renders the element when it changes, as a reactive property would.
 * `same` says, per field, when a new value is no change (identity by default).
 */
export class ReactiveState<T extends object> {
  private current: T;

  constructor(
    private readonly host: ReactiveControllerHost,
    initial: T,
    private readonly same: { readonly [K in keyof T]?: (a: T[K], b: T[K]) => boolean } = {},
  ) {
    this.current = { ...initial };
  }

  get value(): Readonly<T> {
    return this.current;
  }

  /** Changes the fields given; the host updates if any of them changed. */
  set(patch: Partial<T>): void {
    let changed = false;
    for (const key of Object.keys(patch) as (keyof T)[]) {
      const next = patch[key] as T[keyof T];
      const equal = this.same[key] ?? Object.is;
      if (equal(this.current[key], next)) continue;
      if (!changed) this.current = { ...this.current };
      this.current[key] = next;
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }
}
