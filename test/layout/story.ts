import { parseTimeline } from '../../src/data/index.js';
import type { TimelineModel } from '../../src/data/model.js';
import { groupByParties } from '../../src/layout/groups.js';
import { orderLanes } from '../../src/layout/lanes.js';
import { computeTimeExtent, createTimeScale, type TimeScale } from '../../src/layout/scale.js';
import {
  computeBadgeWidth,
  layoutWindow,
  prepareTimeline,
  type PreparedTimeline,
  type WindowLayout,
  type WindowOptions,
} from '../../src/layout/timeline.js';

/** Loads and parses a story fixture from `test/fixtures/documents/`, or a document by its path from the root (`/examples/…`). */
export async function loadStory(name: string): Promise<TimelineModel> {
  const response = await fetch(name.startsWith('/') ? name : `/test/fixtures/documents/${name}`);
  const result = parseTimeline(await response.text());
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.model;
}

/** The chart's first view at `width` as the view lays it out (the numbers of `computeGeometry` and its window options). */
export interface StoryFrame {
  readonly model: TimelineModel;
  readonly width: number;
  readonly rtl: boolean;
  readonly narrow: boolean;
  readonly laneHeight: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Edge of the lane label column on the plot's side (x). */
  readonly labelEdge: number;
  readonly axisY: number;
  readonly scale: TimeScale;
  readonly prepared: PreparedTimeline;
  readonly window: WindowLayout;
  readonly options: WindowOptions;
}

export function layoutStory(
  model: TimelineModel,
  width: number,
  { rtl = false, markGap = 14, maxNudge }: { rtl?: boolean; markGap?: number; maxNudge?: number } = {},
): StoryFrame {
  const narrow = width < 560;
  const laneHeight = narrow ? 40 : 46;
  const labelWidth = narrow ? 58 : Math.min(168, Math.round(width * 0.2));
  const gutter = 14;
  const plotLeft = rtl ? 12 : labelWidth + gutter;
  const plotRight = rtl ? width - labelWidth - gutter : width - 12;
  const { groups, groupOf } = groupByParties(model.events);
  const lanes = orderLanes(model.parties, groups, 'auto');
  const scale = createTimeScale(computeTimeExtent(model.events), rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
  const prepared = prepareTimeline(model.events, lanes, { laneHeight, top: laneHeight / 2 + 6 }, () => true, groupOf);
  const options: WindowOptions = {
    markGap,
    visible: [plotLeft, plotRight],
    binWidth: 22,
    maxPerBin: 3,
    clusterWidth: (count) => computeBadgeWidth(String(count).length),
    ...(maxNudge === undefined ? {} : { maxNudge }),
  };
  const window = layoutWindow(prepared, scale, options);
  return {
    model,
    width,
    rtl,
    narrow,
    laneHeight,
    plotLeft,
    plotRight,
    labelEdge: rtl ? width - labelWidth : labelWidth,
    axisY: prepared.height + 2,
    scale,
    prepared,
    window,
    options,
  };
}
