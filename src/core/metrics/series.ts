import { asOfDay, factTable, type Mode } from '../aggregate/aggregate.js';
import { periodIndexes } from '../aggregate/select.js';
import type { Dataset } from '../schema/dataset.js';
import { periodFromIndex, type Period } from '../time/period.js';
import { progressOf, type Progress } from '../time/running.js';
import { isEmptySelection } from './empty.js';
import type { Reason } from './types.js';
import { selectionOf } from './values.js';

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

/**
 * One metric for one period and channel, computing only that metric and what it reads
 * (facts and their metric values are memoised per dataset, so a series shares the work
 * with the cards around it).
 */
export function metricAt(dataset: Dataset, period: Period, { metric, mode = 'period', channel }: PointQuery): MetricPoint {
  const table = factTable(dataset, period.granularity, mode);
  const progress = progressOf(period, asOfDay(dataset));
  const base = { period: period.key, ...(channel !== undefined && { channel }), ...(progress && { progress }) };
  if (isEmptySelection(dataset, table, period.index, channel)) return { ...base, value: null, reason: 'no-data', n: 0 };
  const computed = selectionOf(dataset, table, period.index, channel).get(metric);
  return computed.value === null ? { ...base, value: null, reason: computed.reason, n: computed.n } : { ...base, value: computed.value, n: computed.n };
}

/** The metric over the periods with data up to and including `period` (at its granularity), oldest first, at most `count`. */
export function metricOverPeriods(dataset: Dataset, period: Period, query: PointQuery, count = 12): MetricPoint[] {
  const indexes = periodIndexes(factTable(dataset, period.granularity, query.mode ?? 'period')).filter((i) => i <= period.index);
  return indexes.slice(-count).map((index) => metricAt(dataset, periodFromIndex(period.granularity, index), query));
}

/** The metric for each channel of a period, in the order the channels first appear in the data. */
export function metricByChannel(dataset: Dataset, period: Period, query: Omit<PointQuery, 'channel'>, channels: readonly string[]): MetricPoint[] {
  return channels.map((channel) => metricAt(dataset, period, { ...query, channel }));
}
