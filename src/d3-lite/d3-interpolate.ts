/**
 * Stands in for d3-interpolate in the drop-in bundles (see rollup.config.mjs
 * and d3-transition.ts beside this file). d3-zoom uses `interpolateZoom` only
 * to animate a zoom along a transition, which the timeline never does;
 * importing the real module brings d3-color (about 10 KB) with it.
 */
export function interpolateZoom(): never {
  throw new Error('entente-timeline: animated zoom transitions are not supported.');
}
