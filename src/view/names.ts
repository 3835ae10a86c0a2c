import type { TimelineEvent, TimelineModel } from '../data/model.js';
import type { ClusterLayout } from '../layout/timeline.js';
import { formatEventDate } from '../layout/labels.js';
import { isolate } from '../render/figure.js';
import type { TimelineStrings } from '../strings.js';
import { formatList, formatNumber, getLocaleDates, shorten } from './format.js';

/**
 * The accessible names of the chart's marks and clusters, kept while the
 * document, language and strings stay: every zoom frame re-renders the marks,
 * and a name costs a date format and a list format.
 */
export class AccessibleNames {
  private readonly events = new Map<string, string>();
  private readonly clusters = new Map<string, string>();
  /** A cluster keeps its id list while its zoom level is kept: every pan frame finds its name here. */
  private readonly clusterLists = new WeakMap<readonly string[], string>();

  constructor(
    readonly model: TimelineModel,
    readonly locale: string,
    readonly strings: TimelineStrings,
  ) {}

  /** Date, arity, parties and title. */
  describeEvent(event: TimelineEvent): string {
    let name = this.events.get(event.id);
    if (name === undefined) {
      const { model, locale, strings } = this;
      const parties = formatList(
        locale,
        event.parties.map((id) => isolate(shorten(model.partyById.get(id)?.name ?? id, 80))),
      );
      name = strings.eventName(
        formatEventDate(event, getLocaleDates(locale)),
        strings.arity[event.arity],
        parties,
        isolate(shorten(event.title)),
      );
      this.events.set(event.id, name);
    }
    return name;
  }

  /** How many events, and the dates they span. */
  describeCluster(cluster: ClusterLayout): string {
    let name = this.clusterLists.get(cluster.eventIds);
    if (name !== undefined) return name;
    // A level made again (after it was dropped) has new lists for the same clusters.
    const firstId = cluster.eventIds[0]!;
    const lastId = cluster.eventIds[cluster.eventIds.length - 1]!;
    // The first id's length makes the key unambiguous, whatever characters ids hold.
    const key = `${cluster.eventIds.length}:${firstId.length}:${firstId}${lastId}`;
    name = this.clusters.get(key);
    if (name === undefined) {
      const { model, locale, strings } = this;
      const first = model.eventById.get(firstId)!;
      const last = model.eventById.get(lastId)!;
      const dates = formatEventDate({ ...first, end: last.end ?? last.date }, getLocaleDates(locale));
      name = strings.clusterName(cluster.eventIds.length, formatNumber(locale, cluster.eventIds.length), dates);
      this.clusters.set(key, name);
    }
    this.clusterLists.set(cluster.eventIds, name);
    return name;
  }
}
