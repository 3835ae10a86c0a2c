/**
 * The lanes chart's vertical rhythm, written once: the view's geometry draws with it, and
 * `entente-timeline html` reserves the drawn chart's height with it before any script runs,
 * so the article does not move when the chart appears.
 */

/** The distance between two lanes' lines: less on narrow screens. */
export const computeLaneHeight = (narrow: boolean): number => (narrow ? 40 : 46);

/** The first lane's line, from the chart's top: half a lane, and room for the labels above it. */
export const computeLanesTop = (laneHeight: number): number => laneHeight / 2 + 6;

/** The axis line, below the last lane's band. */
export const AXIS_GAP = 2;

/** The axis' tick labels, below its line. */
export const AXIS_HEIGHT = 30;

/** The chart's height with `laneCount` lanes (the `<svg>`'s, the axis included). */
export function computeChartHeight(laneCount: number, narrow: boolean): number {
  const laneHeight = computeLaneHeight(narrow);
  const lanesHeight = laneCount ? computeLanesTop(laneHeight) + (laneCount - 1) * laneHeight + laneHeight / 2 : 0;
  return lanesHeight + AXIS_GAP + AXIS_HEIGHT;
}
