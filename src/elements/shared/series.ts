import { availablePeriods, computeMetrics, type Dataset, type MetricsResult } from '../../core/index.js';

export interface SeriesPoint {
  period: string;
  value: number | null;
}

/**
 * A metric over the periods up to the current one (at its granularity), oldest first:
 * what a sparkline draws. Each period reuses the core's memoised facts.
 */
export function metricSeries(dataset: Dataset, result: MetricsResult, metric: string, count = 12): SeriesPoint[] {
  const periods = availablePeriods(dataset, result.granularity, result.mode).filter((p) => p <= result.period);
  return periods.slice(-count).map((period) => ({
    period,
    value: computeMetrics(dataset, { period, mode: result.mode, compare: [], ...(result.channel !== undefined && { channel: result.channel }) }).metrics[metric]?.value ?? null,
  }));
}
