export { trendSpec, trendRows, type TrendPoint, type TrendInput, type TrendOptions } from './trend.js';
export { breakdownSpec, MAX_BARS, type BreakdownRow } from './breakdown.js';
export { benchmarkSpec, benchmarkScore, type BenchmarkRow } from './benchmark.js';
export { reasonsSpec, TEAM_KEYS, type ReasonBar, type ReasonsOptions, type TeamKey } from './reasons.js';
export { bridgeSpec, BRIDGE_KEYS, type BridgeBar, type BridgeOptions, type BridgeKey } from './bridge.js';
export type { VegaLiteSpec, ChartOptions } from './types.js';
export { CATEGORY_COLORS, chartConfig, type ChartTheme } from './config.js';
export { benchmarkChart, breakdownChart, bridgeChart, reasonsChart, trendChart, type Chart, type TemplateId, type TokenValue } from './templates.js';
