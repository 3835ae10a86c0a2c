import { render, type TemplateResult } from 'lit';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimelineModel } from '../data/model.js';
import { parseTimeline } from '../data/parse.js';
import { groupByParties } from '../layout/groups.js';
import { prepareZoomNeighbours } from '../layout/timeline.js';
import { computeFrame, computeGeometry, windowOptions, type Frame, type Geometry } from './geometry.js';

/**
 * A document with a title and a description, every kind of mark (a lone party, two, three, four;
 * a day, a month, a year, an instant, a span) and a cluster, once a year for `years` years.
 */
export const createRehearsal = (years: number) => ({
  version: 1,
  title: '-',
  description: '-',
  parties: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id })),
  events: Array.from({ length: years * 8 }, (_, index) => {
    const [date, parties, end] = [
      ['-01-01', 'AB'],
      ['-01-01', 'AC'],
      ['-01-01', 'BC'],
      ['-01-01', 'ABC'],
      ['-05', 'ABC', '-06'],
      ['', 'A'],
      ['-02-03T04:05:06+01:00', 'ABCD'],
      ['-07-08', 'BD'],
    ][index % 8]!;
    const year = 2000 + (index >> 3);
    return {
      id: `${index}`,
      date: year + date!,
      ...(end && { end: year + end }),
      title: '-',
      parties: [...parties!],
      related: index ? ['0'] : [],
    };
  }),
});

/** The view's own figure, as `render()` draws it for a ready document in the lane layout. */
export type DrawFigure = (model: TimelineModel, geometry: Geometry, frame: Frame, selected: string) => TemplateResult;

/** Whether this page has rehearsed (its caches are the page's: once is enough). */
let rehearsed = false;

/**
 * A first render is slow for reasons that have nothing to do with its data:
 * Lit prepares each template the first time it meets it, and the engine runs
 * parse, layout and update code it has never seen in its slowest tier. So
 * once per page, while it is idle before any document has arrived (a fetch
 * is usually under way), the view rehearses: a small document of its own,
 * with every kind of mark and a cluster, drawn and then zoomed into a
 * detached node that nobody sees, through `draw`, the very function
 * `render()` uses. Each step takes one idle moment (see `stepWhenIdle`); the
 * caller stops the steps when the real data is there. Nothing of it is kept
 * but warm caches.
 */
export function* rehearse(locale: string, draw: DrawFigure): Generator<void> {
  if (rehearsed) return;
  rehearsed = true;
  performance.mark('entente:rehearse');
  const layOut = (years: number) => {
    const result = parseTimeline(createRehearsal(years));
    if (!result.ok) return undefined;
    const model = result.model;
    const groups = groupByParties(model.events);
    const shown = groups.groups.map(() => true);
    const geometry = computeGeometry({ model, width: 640, locale, rtl: false, laneOrder: 'auto', groups, shown });
    return { model, geometry, frame: computeFrame(geometry, zoomIdentity) };
  };
  const first = layOut(6);
  if (!first) return;
  const { model, geometry, frame } = first;
  const stage = document.createElement('div');
  // Everything a first render draws, with an event selected that has a related event (so arcs too).
  const show = (shown: Frame) => render(draw(model, geometry, shown, '1'), stage);
  yield;
  show(frame);
  yield;
  // Parse and layout again with enough events for the engine to optimise their loops.
  layOut(50);
  // Zoomed in about the middle and back out, as a reader would: clusters split, marks come and go.
  for (const k of [2.8, 1]) {
    yield;
    const transform: ZoomTransform = zoomIdentity.translate(320 * (1 - k), 0).scale(k);
    const zoomed = computeFrame(geometry, transform);
    prepareZoomNeighbours(geometry.prepared, zoomed.scale, windowOptions(geometry));
    show(zoomed);
  }
}
