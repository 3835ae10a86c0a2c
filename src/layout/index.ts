export { orderLanes, computeLaneCost } from './lanes.js';
export type { LaneOrder } from './lanes.js';
export { computeTimeExtent, createTimeScale } from './scale.js';
export type { TimeScale } from './scale.js';
export { formatTimelineDate, formatEventDate, computeTicks } from './labels.js';
export type { LabelStyle, Tick } from './labels.js';
export { layoutTimeline } from './timeline.js';
export type { LayoutOptions, LaneLayout, MarkLayout, TimelineLayout } from './timeline.js';
