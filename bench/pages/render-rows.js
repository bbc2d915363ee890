// The rows of the render benchmark's three charts, computed by the core: the raw-vega page gets
// them from render.bench.mjs beforehand, the core-and-vega page computes them in the browser.
import { channelsOf, computeMetrics, trendRows } from '../../dist/core/index.js';

const TREND_PERIODS = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];

/** The three charts' rows from a validated dataset. */
export function chartRows(dataset) {
  const latest = computeMetrics(dataset);
  const trend = trendRows(TREND_PERIODS.map((period) => ({ period, series: 'this period', value: computeMetrics(dataset, { period, compare: [] }).metrics.mqls.value })));
  const breakdown = channelsOf(dataset).flatMap((channel) => {
    const value = computeMetrics(dataset, { channel, compare: [] }).metrics.cac.value;
    return value === null ? [] : [{ channel, value }];
  });
  const benchmark = Object.values(latest.metrics)
    .filter((m) => m.benchmark && m.value !== null)
    .map((m) => ({ label: m.id, value: m.value / (m.benchmark.value ?? m.benchmark.high), low: 0, high: 1, verdict: m.benchmark.verdict, words: m.benchmark.verdict, valueText: '', bandText: '' }));
  return { trend, breakdown, benchmark };
}

/** A compiled spec with its `table` dataset's values replaced. */
export function withValues(spec, values) {
  return { ...spec, data: spec.data.map((d) => (d.name === 'table' ? { ...d, values } : d)) };
}
