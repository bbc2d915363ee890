// The package root: the core's API and the element classes, with no side effects.
// Register the tags through `inbound-kpi-kit/define/<tag>` (or `define/all`).
export * from './core/index.js';
export { KpiElement } from './elements/base/kpi-element.js';
export type { RenderContext, TableCell, TableData } from './elements/views/render-context.js';
export { KpiLoadError } from './elements/contract/load-error.js';
export type { KpiErrorKind, KpiLoadDetail, KpiErrorDetail, KpiSelectDetail, KpiLoadEvent, KpiErrorEvent, KpiSelectEvent } from './elements/contract/events.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { KpiFunnel } from './elements/kpi-funnel/kpi-funnel.js';
export { SlaGauge } from './elements/sla-gauge/sla-gauge.js';
export { EconomicsCard, ECONOMICS_METRICS } from './elements/economics-card/economics-card.js';
export { KpiTrend } from './elements/kpi-trend/kpi-trend.js';
export { KpiBreakdown } from './elements/kpi-breakdown/kpi-breakdown.js';
export { KpiBenchmark } from './elements/kpi-benchmark/kpi-benchmark.js';
export { KpiReasons } from './elements/kpi-reasons/kpi-reasons.js';
export { KpiBridge } from './elements/kpi-bridge/kpi-bridge.js';
export { KpiReview } from './elements/kpi-review/kpi-review.js';
export { KpiChart } from './elements/kpi-chart/kpi-chart.js';
export { KpiScorecard } from './elements/kpi-scorecard/kpi-scorecard.js';
export { KpiDashboard } from './elements/kpi-dashboard/kpi-dashboard.js';
export { defaultLayout, type DashboardLayout, type DashboardSection, type DashboardBlock, type Widget } from './elements/kpi-dashboard/layout.js';
