import { asOfDay, factTable, type Mode } from '../aggregate/aggregate.js';
import { periodIndexes, selectChannels, selectFacts } from '../aggregate/select.js';
import type { Dataset } from '../schema/dataset.js';
import { periodFromIndex, type Period } from '../time/period.js';
import { progressOf, type Progress } from '../time/running.js';
import { isEmptySelection, NO_DATA, quietIsZero } from './empty.js';
import { overlapsSpan } from '../aggregate/span.js';
import type { Computed, Reason } from './types.js';
import { Selection, selectionOf } from './values.js';

/** One metric's value for one period and channel: a point of a series, or a bar of a breakdown. */
export interface MetricPoint {
  period: string;
  channel?: string;
  value: number | null;
  reason?: Reason;
  n: number;
  /** Present when the period is running: the point is "to date". */
  progress?: Progress;
}

export interface PointQuery {
  metric: string;
  mode?: Mode;
  channel?: string | undefined;
}

/** A point from where it stands and what was computed there. */
function point(where: Pick<MetricPoint, 'period' | 'channel' | 'progress'>, computed: Computed): MetricPoint {
  return computed.value === null ? { ...where, value: null, reason: computed.reason, n: computed.n } : { ...where, value: computed.value, n: computed.n };
}

/** Where a point stands: its period, its channel, and the period's progress while it runs. */
function where(period: Period, channel: string | undefined, progress: Progress | undefined): Pick<MetricPoint, 'period' | 'channel' | 'progress'> {
  return { period: period.key, ...(channel !== undefined && { channel }), ...(progress && { progress }) };
}

/**
 * One metric for one period and channel, computing only that metric and what it reads
 * (facts and their metric values are memoised per dataset, so a series shares the work
 * with the cards around it).
 */
export function metricAt(dataset: Dataset, period: Period, { metric, mode = 'period', channel }: PointQuery): MetricPoint {
  const table = factTable(dataset, period.granularity, mode);
  const progress = progressOf(period, asOfDay(dataset));
  const empty = isEmptySelection(dataset, table, period, period.index, channel);
  return point(where(period, channel, progress), empty ? NO_DATA : selectionOf(dataset, table, period.index, channel).get(metric));
}

/** The metric over the periods with data up to and including `period` (at its granularity), oldest first, at most `count`. */
export function metricOverPeriods(dataset: Dataset, period: Period, query: PointQuery, count = 12): MetricPoint[] {
  const indexes = periodIndexes(factTable(dataset, period.granularity, query.mode ?? 'period')).filter((i) => i <= period.index);
  return indexes.slice(-count).map((index) => metricAt(dataset, periodFromIndex(period.granularity, index), query));
}

/**
 * The metric over several channels together (the "other" bar of a chart that draws the top
 * ones): computed from their summed facts, so a rate of the rest is a true rate, not a sum.
 */
export function metricForChannels(dataset: Dataset, period: Period, { metric, mode = 'period' }: Omit<PointQuery, 'channel'>, channels: readonly string[]): MetricPoint {
  const table = factTable(dataset, period.granularity, mode);
  const progress = progressOf(period, asOfDay(dataset));
  const facts = selectChannels(table, period.index, channels);
  const empty = !overlapsSpan(table.span, period) || (facts.hits === 0 && !table.fromRecords);
  return point(where(period, undefined, progress), empty ? NO_DATA : new Selection(dataset, facts, table.fromRecords, undefined).get(metric));
}

/**
 * The metric for each of the given channels of a period, in their order. The table, the
 * progress and the span are looked up once, and each channel's own cell is read in place:
 * this is the path of a breakdown over 50,000 channels.
 */
export function metricByChannel(dataset: Dataset, period: Period, { metric, mode = 'period' }: Omit<PointQuery, 'channel'>, channels: readonly string[]): MetricPoint[] {
  const table = factTable(dataset, period.granularity, mode);
  const progress = progressOf(period, asOfDay(dataset));
  const inSpan = overlapsSpan(table.span, period);
  const zeros = quietIsZero(table, period);
  const known = new Set(table.channels);
  return channels.map((channel) => {
    const cell = table.cells.get(channel)?.get(period.index);
    const empty = !inSpan || ((cell === undefined || cell.hits === 0) && !(zeros && known.has(channel)));
    return point(where(period, channel, progress), empty ? NO_DATA : new Selection(dataset, cell ?? selectFacts(table, period.index, channel), table.fromRecords, channel).get(metric));
  });
}

/** Channels ranked by their leads in the period, most first (channels without a leads figure last): the few a view keeps when there are many. */
export function channelsByLeads(dataset: Dataset, period: Period, mode: Mode, channels: readonly string[]): string[] {
  return metricByChannel(dataset, period, { metric: 'leads', mode }, channels)
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1))
    .map((p) => p.channel!);
}
