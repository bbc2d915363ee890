import { asOfDay, factTable, type Mode } from '../aggregate/aggregate.js';
import { periodIndexes, selectChannels, selectFacts } from '../aggregate/select.js';
import { UNATTRIBUTED } from '../aggregate/table.js';
import type { TableView } from '../aggregate/view.js';
import type { Dataset } from '../schema/dataset.js';
import { periodFromIndex, type Period } from '../time/period.js';
import { progressOf, type Progress } from '../time/running.js';
import { sliceOf } from './compute.js';
import { isEmptySelection, isKnownMember, NO_DATA, quietIsZero } from './empty.js';
import { overlapsSpan } from '../aggregate/span.js';
import { checkAttribute, resolveWhere, type ViewQuery } from './query.js';
import type { Computed, Reason } from './types.js';
import { Selection, selectionOf } from './values.js';
import { getMetric } from './registry.js';
import { targetFor } from './sla.js';

/** One metric's value for one period and view or member: a point of a series, or a bar of a breakdown. */
export interface MetricPoint {
  period: string;
  /** The member of the `by` split (a channel, by default) the point is for; null for the unassigned. */
  channel?: string | null;
  value: number | null;
  reason?: Reason;
  n: number;
  /** Present when the period is running: the point is "to date". */
  progress?: Progress;
}

export interface PointQuery extends ViewQuery {
  metric: string;
  mode?: Mode;
}

/** A query over the members of one attribute (`by`, channel by default) within a view. */
export interface MembersQuery extends Omit<PointQuery, 'channel'> {
  by?: string;
}

/** A point from where it stands and what was computed there. */
function point(where: Pick<MetricPoint, 'period' | 'channel' | 'progress'>, computed: Computed): MetricPoint {
  return computed.value === null ? { ...where, value: null, reason: computed.reason, n: computed.n } : { ...where, value: computed.value, n: computed.n };
}

/** Where a point stands: its period, its member, and the period's progress while it runs. */
function where(period: Period, member: string | null | undefined, progress: Progress | undefined): Pick<MetricPoint, 'period' | 'channel' | 'progress'> {
  return { period: period.key, ...(member !== undefined && { channel: member }), ...(progress && { progress }) };
}

/** The table view that splits a view into the members of `by`. */
export function splitView(dataset: Dataset, query: MembersQuery): TableView {
  const by = query.by ?? 'channel';
  checkAttribute(dataset, by, 'by');
  return { where: resolveWhere(dataset, query), split: by };
}

/**
 * One metric for one period and view, computing only that metric and what it reads
 * (facts and their metric values are memoised per dataset, so a series shares the work
 * with the cards around it).
 */
export function metricAt(dataset: Dataset, period: Period, query: PointQuery): MetricPoint {
  const { metric, mode = 'period' } = query;
  const { view, member } = sliceOf(resolveWhere(dataset, query));
  const table = factTable(dataset, period.granularity, mode, view);
  const progress = progressOf(period, asOfDay(dataset));
  const empty = isEmptySelection(dataset, table, period, period.index, member);
  return point(where(period, member, progress), empty ? NO_DATA : selectionOf(dataset, table, period.index, member).get(metric));
}

/** The metric's target for a period in a view (the whole period's), as its card reads it; undefined when it has none. */
export function targetAt(dataset: Dataset, period: Period, query: PointQuery): number | undefined {
  const def = getMetric(query.metric);
  const { where, member } = sliceOf(resolveWhere(dataset, query));
  return def && targetFor(dataset, def, period, where, member)?.value;
}

/** The metric over the periods with data up to and including `period` (at its granularity), oldest first, at most `count`. */
export function metricOverPeriods(dataset: Dataset, period: Period, query: PointQuery, count = 12): MetricPoint[] {
  const indexes = periodIndexes(factTable(dataset, period.granularity, query.mode ?? 'period')).filter((i) => i <= period.index);
  return indexes.slice(-count).map((index) => metricAt(dataset, periodFromIndex(period.granularity, index), query));
}

const cellKey = (member: string | null) => (member === null ? UNATTRIBUTED : member);

/**
 * The metric over several members together (the "other" bar of a chart that draws the top
 * ones): computed from their summed facts, so a rate of the rest is a true rate, not a sum.
 */
export function metricForChannels(dataset: Dataset, period: Period, query: MembersQuery, members: ReadonlyArray<string | null>): MetricPoint {
  const { metric, mode = 'period' } = query;
  const table = factTable(dataset, period.granularity, mode, splitView(dataset, query));
  const progress = progressOf(period, asOfDay(dataset));
  const facts = selectChannels(table, period.index, members.map(cellKey));
  const empty = !overlapsSpan(table.span, period) || (facts.hits === 0 && !table.fromRecords);
  return point(where(period, undefined, progress), empty ? NO_DATA : new Selection(dataset, facts, table.fromRecords, undefined).get(metric));
}

/**
 * The metric for each of the given members of `by` (channels by default) in a period, in
 * their order. The table, the progress and the span are looked up once, and each member's
 * own cell is read in place: this is the path of a breakdown over 50,000 members.
 */
export function metricByChannel(dataset: Dataset, period: Period, query: MembersQuery, members: ReadonlyArray<string | null>): MetricPoint[] {
  const { metric, mode = 'period' } = query;
  const table = factTable(dataset, period.granularity, mode, splitView(dataset, query));
  const progress = progressOf(period, asOfDay(dataset));
  const inSpan = overlapsSpan(table.span, period);
  const zeros = quietIsZero(table, period);
  const known = new Set<string | null>(table.members);
  if (isKnownMember(table, null)) known.add(null);
  return members.map((member) => {
    const cell = table.cells.get(cellKey(member))?.get(period.index);
    const empty = !inSpan || ((cell === undefined || cell.hits === 0) && !(zeros && known.has(member)));
    return point(where(period, member, progress), empty ? NO_DATA : new Selection(dataset, cell ?? selectFacts(table, period.index, member), table.fromRecords, member ?? undefined).get(metric));
  });
}

/** Members ranked by their leads in the period, most first (ties by value in code-point order, members without a leads figure next, the unassigned last): the few a view keeps when there are many. */
export function channelsByLeads(dataset: Dataset, period: Period, mode: Mode, members: ReadonlyArray<string | null>, query: Omit<MembersQuery, 'metric' | 'mode'> = {}): Array<string | null> {
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return metricByChannel(dataset, period, { ...query, metric: 'leads', mode }, members)
    .sort((a, b) => {
      if (a.channel === null || b.channel === null) return a.channel === null ? (b.channel === null ? 0 : 1) : -1;
      return (b.value ?? -1) - (a.value ?? -1) || byCodePoint(a.channel!, b.channel!);
    })
    .map((p) => p.channel!);
}
