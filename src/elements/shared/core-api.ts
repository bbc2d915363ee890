// What the elements use of the core, and all that their lazy core chunk holds: a dynamic
// import keeps every export of the module it loads, so this list is the chunk's contents.
// (Loaded by core.ts; the only element module that imports the core's code directly.)
// The chunk also brings what elements draw only once numbers are on screen (the actions
// menu, the table view and its styles, badges, sparklines, downloads) and the code that
// reads and checks a fetched answer (its request starts in the first load): all of it is
// needed exactly when the core is, so it stays out of the first load.
/* eslint-disable @typescript-eslint/no-restricted-imports */
export {
  adoptFactTable,
  allMetrics,
  asOfDay,
  availablePeriods,
  BENCHMARK_VERDICT_TEXT,
  benchmarkChart,
  benchmarkScore,
  breakdownChart,
  channelsByLeads,
  channelsOf,
  COMPARISONS,
  computeMetrics,
  CSV_DIALECT,
  findBenchmark,
  formatDelta,
  formatPath,
  formatPercent,
  formatRelative,
  formatValue,
  getMetric,
  isEmptyDataset,
  isMetricId,
  KpiQueryError,
  MAX_BARS,
  metricAt,
  NO_VALUE,
  metricByChannel,
  metricForChannels,
  metricOverPeriods,
  parsePeriod,
  periodLabel,
  todayNote,
  primeRecordColumns,
  previousLabel,
  progressOf,
  REASON_TEXT,
  REPORT_COLUMNS,
  reportRows,
  samePeriodLastYear,
  scorecard,
  SCORECARD_METRICS,
  SLA_STATUS_TEXT,
  STAGE_TEXT,
  STAGES,
  STATUS_TEXT,
  toCsv,
  trendChart,
  trendRows,
} from '../../core/kit.js';
export { formatIssues, parseDataset } from '../../core/metrics/parse.js';
export { warmUp } from '../../core/metrics/warm-up.js';
export { ActionsMenu } from './actions-menu.js';
export { benchmarkText } from './benchmark-text.js';
export { dataViewStyles } from './data-view.styles.js';
export { downloadBlob, downloadText } from './download.js';
export { messages as english } from './locales/en.js';
export { fetchJson, jsonError, parseJsonBytes } from './fetch-json.js';
export { sharedMetrics } from './shared-metrics.js';
export { sparkline } from './sparkline.js';
export { statusBadge, verdictText } from './status-badge.js';
export { csvRows, renderTable } from './table-view.js';
