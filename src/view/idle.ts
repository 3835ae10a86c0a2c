/** Runs `callback` when the page is idle; returns what cancels it. */
export function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 1);
  return () => clearTimeout(handle);
}

/**
 * Runs a generator one step per idle moment while `proceed` allows; returns
 * what cancels the steps still to come. Work split this way never holds the
 * page for longer than its longest step.
 */
export function stepWhenIdle(steps: Iterator<unknown>, proceed: () => boolean = () => true): () => void {
  let cancel: (() => void) | undefined;
  const next = (): void => {
    cancel = undefined;
    if (proceed() && !steps.next().done) cancel = whenIdle(next);
  };
  cancel = whenIdle(next);
  return () => cancel?.();
}
