export { trendSpec, trendRows, type TrendPoint, type TrendInput, type TrendOptions } from './trend.js';
export { breakdownSpec, type BreakdownRow } from './breakdown.js';
export { benchmarkSpec, benchmarkScore, type BenchmarkRow } from './benchmark.js';
export type { VegaLiteSpec, ChartOptions } from './types.js';
