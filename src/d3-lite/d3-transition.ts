/**
 * Stands in for d3-transition in the drop-in bundles (see rollup.config.mjs).
 *
 * d3-zoom imports d3-transition only to interrupt a transition that may be
 * running when a gesture starts. The timeline never starts one (zooming is
 * immediate, which also honours `prefers-reduced-motion`), so there is never
 * anything to interrupt, and the real module would bring d3-color,
 * d3-interpolate's colour interpolators, d3-ease and d3-timer — a third of the
 * bundle — to every reader for nothing.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function interrupt(this: unknown) {
  return this;
};
