import type { Arity, TimelineModel } from '../data/model.js';
import { computeArc, computeArcPath, type Arc } from '../layout/arcs.js';
import { LEGEND_ARITIES, type EventFilter, type FilterCounts, type PartyPair } from '../layout/filters.js';
import type { PartyGroups } from '../layout/groups.js';
import { isolateText } from '../layout/text.js';
import { deriveLaneLabels, type LabelledParty } from '../layout/short-names.js';
import type { NavId } from '../layout/nav-id.js';
import type { PlacedLabel } from '../layout/event-labels.js';
import type { ChartView } from '../render/chart.js';
import type { ControlsView } from '../render/controls.js';
import { isolate } from '../render/figure.js';
import type { TimelineStrings } from '../strings.js';
import type { Frame, Geometry } from './geometry.js';
import type { AccessibleNames } from './names.js';
import { formatNumber } from './format.js';

/** What the toolbar and legend show, and what the reader's actions there do. */
export interface ControlsInput {
  readonly model: TimelineModel;
  readonly strings: TimelineStrings;
  readonly locale: string;
  readonly layout: 'lanes' | 'list';
  readonly groups: PartyGroups['groups'];
  readonly counts: FilterCounts;
  readonly pairs: readonly PartyPair[];
  readonly filter: EventFilter;
  readonly colors: ReadonlyMap<string, string>;
  readonly zoomed: boolean;
  readonly actions: Pick<ControlsView, 'onArity' | 'onParty' | 'onPair' | 'onZoomIn' | 'onZoomOut' | 'onReset' | 'onLayout'>;
}

/** The legend's and toolbar's view-model: counts formatted, chips in legend order, the relationship menu. */
export function buildControlsView({
  model,
  strings,
  locale,
  layout,
  groups,
  counts,
  pairs,
  filter,
  colors,
  zoomed,
  actions,
}: ControlsInput): ControlsView {
  const format = (value: number) => formatNumber(locale, value);
  // Option text cannot hold <bdi>: a name with its own direction (or a stray override) is isolated by FSI … PDI.
  const name = (id: string) => isolateText(model.partyById.get(id)?.name ?? id);
  const arities: readonly Arity[] = LEGEND_ARITIES.filter((arity) => groups.some((group) => group.arity === arity));
  return {
    strings,
    countLabel: strings.eventCount(counts.shown, format(counts.shown)),
    arities: arities.map((arity) => ({
      key: arity,
      label: strings.arity[arity],
      count: format(counts.arities.get(arity) ?? 0),
      shown: !filter.hiddenArities.has(arity),
    })),
    parties:
      model.parties.length > 1
        ? model.parties.map((party) => ({
            key: party.id,
            label: party.name,
            flag: party.flag,
            color: colors.get(party.id),
            count: format(counts.parties.get(party.id) ?? 0),
            shown: !filter.hiddenParties.has(party.id),
          }))
        : [],
    pairs: pairs.map((pair) => ({
      key: `${pair.first},${pair.second}`,
      label: `${strings.pair(name(pair.first), name(pair.second))} (${format(pair.count)})`,
    })),
    pair: filter.pair ? filter.pair.join(',') : undefined,
    layout,
    zoomed,
    ...actions,
  };
}

/** Arcs from the selected event's mark to its related events' marks or clusters in this frame. */
export function computeRelatedArcs(model: TimelineModel, frame: Frame, selected: string | undefined): Arc[] {
  const { marks, clusters } = frame.window;
  const from = selected ? marks.find((mark) => mark.eventId === selected) : undefined;
  const arcs: Arc[] = [];
  if (!from) return arcs;
  for (const id of model.eventById.get(from.eventId)?.related ?? []) {
    const target = marks.find((mark) => mark.eventId === id) ?? clusters.find((cluster) => cluster.eventIds.includes(id));
    if (target) arcs.push(computeArc(from.cx, from.yMin, target.cx, target.yMin, 2));
  }
  return arcs;
}

/** How many characters a lane label may take beside the plot: a few on narrow screens, else what the label column holds. */
export function computeLabelLimit(geometry: Pick<Geometry, 'narrow' | 'rtl' | 'width' | 'plotLeft' | 'plotRight'>): number {
  return geometry.narrow ? 6 : Math.max(8, Math.floor((geometry.rtl ? geometry.width - geometry.plotRight : geometry.plotLeft) / 8) - 2);
}

/**
 * Each party's lane label text, at most `limit` graphemes: the name, or the short name where the
 * name does not fit (or the screen is narrow), else the name cut so that no two lanes read alike
 * (`deriveLaneLabels`: "United States" and "United Arab Emirates" never both "Unite…").
 */
export function computeLaneTexts(parties: readonly LabelledParty[], limit: number, narrow: boolean): Map<string, string> {
  return deriveLaneLabels(narrow ? parties.map((party) => (party.short ? { id: party.id, name: party.short } : party)) : parties, limit);
}

/** A lane's label: the flag and the text of `computeLaneTexts`, isolated; the id for an unknown party. */
export function formatLaneLabel(party: { flag?: string } | undefined, id: string, text: string | undefined): string {
  if (!party || text === undefined) return id;
  return party.flag ? `${party.flag} ${isolate(text)}` : isolate(text);
}

export interface ChartInput {
  readonly geometry: Geometry;
  readonly frame: Frame;
  readonly model: TimelineModel;
  readonly strings: TimelineStrings;
  readonly names: AccessibleNames;
  readonly selected?: string;
  readonly tabStop?: NavId;
  readonly labels?: readonly PlacedLabel[];
  /** The selected event's related arcs (`computeRelatedArcs`), also what the labels keep clear of. */
  readonly arcs?: readonly Arc[];
}

/** The chart's view-model: the geometry and the frame's layout, with labels, colours and names to draw them. */
export function buildChartView({ geometry, frame, model, strings, names, selected, tabStop, labels, arcs = [] }: ChartInput): ChartView {
  const laneTexts = computeLaneTexts(model.parties, computeLabelLimit(geometry), geometry.narrow);
  return {
    width: geometry.width,
    height: geometry.height,
    plotLeft: geometry.plotLeft,
    plotRight: geometry.plotRight,
    labelX: geometry.labelX,
    rtl: geometry.rtl,
    axisY: geometry.axisY,
    lanes: geometry.prepared.lanes,
    marks: frame.window.marks,
    clusters: frame.window.clusters,
    ticks: frame.ticks,
    arcs: arcs.map(computeArcPath),
    label: model.title ?? strings.chartLabel,
    selectedId: selected,
    tabStop,
    labels,
    laneLabel: (id) => formatLaneLabel(model.partyById.get(id), id, laneTexts.get(id)),
    partyColor: (id) => geometry.colors.get(id) ?? 'currentColor',
    eventParties: (id) => model.eventById.get(id)?.parties ?? [],
    eventName: (id) => {
      const event = model.eventById.get(id);
      return event ? names.describeEvent(event) : id;
    },
    clusterName: (cluster) => names.describeCluster(cluster),
    clusterCount: (count) => formatNumber(geometry.locale, count, true),
  };
}
