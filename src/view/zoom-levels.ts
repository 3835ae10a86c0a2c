import { prepareZoomLevel } from '../layout/timeline.js';
import type { TimeScale } from '../layout/scale.js';
import { windowOptions, type Geometry } from './geometry.js';
import { stepWhenIdle } from './idle.js';
import type { AccessibleNames } from './names.js';

/**
 * After a zoom level is drawn, the levels a step in and out are prepared
 * while the page is idle: their bins, their clusters over what is in view and
 * those clusters' accessible names. The first step of the reader's next zoom
 * then only places and draws. A pan keeps the level, so it asks for nothing.
 * What is prepared goes into the geometry's own caches (its zoom levels, the
 * names), so it is dropped with them.
 */
export class NeighbourLevels {
  private cancel?: () => void;
  private preparedFor?: { geometry: Geometry; k: number };

  /** Prepares the levels around zoom `k` of `geometry` (whose frame shows `scale`) while `current` says it is still the one drawn. */
  prepare(geometry: Geometry, scale: TimeScale, k: number, names: () => AccessibleNames, current: () => Geometry | undefined): void {
    if (this.preparedFor?.geometry === geometry && this.preparedFor.k === k) return;
    this.preparedFor = { geometry, k };
    this.cancel?.();
    // A new document or size since: its names must not push the current ones out of their cache.
    this.cancel = stepWhenIdle(neighbourSteps(geometry, scale, names), () => geometry === current());
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.preparedFor = undefined;
  }
}

/** A level a step in, then its clusters' names, then the same a step out: one idle moment each. */
function* neighbourSteps(geometry: Geometry, scale: TimeScale, names: () => AccessibleNames): Generator<void> {
  for (const factor of [Math.SQRT2, Math.SQRT1_2]) {
    const clusters = prepareZoomLevel(geometry.prepared, scale, windowOptions(geometry), factor);
    yield;
    const describe = names();
    for (const cluster of clusters) describe.describeCluster(cluster);
    yield;
  }
}
