import type { Arity, Importance, TimelineEvent } from '../data/model.js';

/** The shapes the timeline layout works with and returns: plain objects, no DOM. */

export interface LayoutOptions {
  /** Distance between neighbouring lane centres. */
  laneHeight: number;
  /** y of the first lane centre. */
  top: number;
  /** Least horizontal distance between two marks that share a lane. */
  markGap: number;
}

export interface LaneLayout {
  partyId: string;
  y: number;
  index: number;
}

export interface MarkLayout {
  eventId: string;
  /** x of the event's date on the scale (start of a span, centre of an imprecise period for points). */
  x: number;
  /** x where the mark is drawn after nudging apart same-day marks that share lanes. */
  cx: number;
  /** y of each participating lane, in the event's party order. */
  ys: number[];
  yMin: number;
  yMax: number;
  /** x of the end for spans. */
  xEnd?: number;
  /** [x0, x1] of the stated period when a point's date is imprecise (month/year), for a faint band. */
  band?: [number, number];
  arity: Arity;
  importance: Importance;
}

export interface TimelineLayout {
  lanes: LaneLayout[];
  /** In the order of `x`, then of the model's events. */
  marks: MarkLayout[];
  /** Bottom of the last lane + laneHeight / 2. */
  height: number;
}

export interface Placed {
  mark: MarkLayout;
  entry: Entry;
  lo: number;
  hi: number;
}

/** Events too close to tell apart at the current zoom, drawn as one mark with a count. */
export interface ClusterLayout {
  /** Stable while the zoom level stays the same: the bin it fell in. */
  key: string;
  eventIds: string[];
  /** Mean x of its events. */
  cx: number;
  /** y of every lane any of its events takes part in, top to bottom. */
  ys: number[];
  yMin: number;
  yMax: number;
  /** Calendar range its events cover (UTC ms of calendar fields). */
  start: number;
  stop: number;
}

export interface WindowLayout {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  /** Events drawn, alone or in clusters. */
  drawn: number;
}

export interface WindowOptions {
  /** Least horizontal distance between two marks that share a lane. */
  markGap: number;
  /**
   * How far, in pixels, a mark may be moved off its date to keep `markGap`
   * (default 6). Marks that would have to move further become a cluster
   * instead; an important event (importance 3) always keeps its mark.
   */
  maxNudge?: number;
  /** Pixel extent that is visible; events outside it (and a little margin) are not laid out. */
  visible: readonly [number, number];
  /**
   * Width in pixels of the bins that decide clustering; events in one bin
   * beyond `maxPerBin` become a cluster. `0` turns clustering off.
   */
  binWidth: number;
  maxPerBin: number;
  /**
   * Width in pixels of the badge that shows a cluster of `count` events. With
   * it, neighbouring clusters whose badges would touch at some zoom within
   * their level are merged into one; without it, clusters are never merged.
   * Levels are kept by this function: pass the same one while the labels stay.
   */
  clusterWidth?: (count: number) => number;
  /**
   * Where the zoom levels already cut are kept between calls, for one prepared
   * timeline (see `createZoomLevels`); without it every call cuts its level anew.
   */
  zoomLevels?: ZoomLevels;
}

export interface LanePlace {
  readonly lo: number;
  readonly hi: number;
  readonly laneIndices: readonly number[];
}

export interface Entry {
  readonly event: TimelineEvent;
  /** The time the mark stands at: the start, or the middle of an imprecise period. */
  readonly t: number;
  readonly lo: number;
  readonly hi: number;
  readonly laneIndices: readonly number[];
}

/** Everything about the layout that does not change with zoom, computed once per model, lane order and filter. */
export interface PreparedTimeline {
  readonly lanes: LaneLayout[];
  /** Sorted by `t`. */
  readonly entries: readonly Entry[];
  /** Entries with an end, which can reach into the window from before it. */
  readonly spans: readonly Entry[];
  readonly height: number;
}

/** The entries of one zoom level cut into bins: a bin is a run of consecutive entries, as entries are sorted by time. */
export interface BinLevel {
  readonly level: number;
  /** The options the runs were cut for: clustering and merging depend on them. */
  readonly binWidth: number;
  readonly maxPerBin: number;
  readonly clusterWidth: WindowOptions['clusterWidth'];
  /** Index of each run's first entry, ascending. */
  readonly runStart: Int32Array;
  /** Each run's bin number, counted from the first entry's time. */
  readonly runBin: Float64Array;
  /** Clusters already made, by run. */
  readonly clusters: Map<number, Omit<ClusterLayout, 'cx'> & { readonly t: number }>;
}

/**
 * The zoom levels cut so far for one prepared timeline, most recently used
 * first. Whoever holds the prepared timeline makes it (`createZoomLevels`)
 * and drops it with the timeline; layout functions only read and fill it.
 */
export interface ZoomLevels {
  /** The timeline the levels were cut for: another one empties the cache. */
  prepared?: PreparedTimeline;
  levels: BinLevel[];
}
