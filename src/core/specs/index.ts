export { trendSpec, type TrendPoint, type TrendOptions } from './trend.js';
export { breakdownSpec, type BreakdownRow } from './breakdown.js';
export { benchmarkSpec, type BenchmarkRow } from './benchmark.js';
export type { VegaLiteSpec, ChartOptions } from './types.js';
