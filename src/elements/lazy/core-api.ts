// What the elements use of the core, and all that their lazy core chunk holds: a dynamic
// import keeps every export of the module it loads, so this list is the chunk's contents.
// (Loaded by core.ts. The chunk's modules, this list and views/, are the only element code
// that imports the core's code directly: ELEMENT_FLOORS in eslint.config.js.)
// The chunk also brings what elements draw only once numbers are on screen (the actions
// menu, the table view and its styles, badges, sparklines, downloads) and the code that
// reads and checks a fetched answer (its request starts in the first load): all of it is
// needed exactly when the core is, so it stays out of the first load.
export {
  adoptFactTable,
  allMetrics,
  asOfDay,
  availablePeriods,
  BENCHMARK_VERDICT_TEXT,
  benchmarkChart,
  benchmarkScore,
  breakdownChart,
  driversOf,
  COMPARISONS,
  computeMetrics,
  foldMembers,
  membersOf,
  rankedMembers,
  reasonsChart,
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
  metricLabel,
  metricOverPeriods,
  parsePeriod,
  periodLabel,
  todayNote,
  primeRecordColumns,
  unpackCells,
  previousLabel,
  PRORATED_TEXT,
  progressOf,
  projectedAtPace,
  REASON_TEXT,
  samePeriodLastYear,
  scorecard,
  SCORECARD_METRICS,
  shortPeriodLabel,
  SLA_STATUS_TEXT,
  targetAt,
  STAGE_TEXT,
  stageName,
  STAGES,
  STATUS_TEXT,
  statusText,
  toCsv,
  trendChart,
  trendRows,
  withStageNames,
} from '../../core/kit.js';
export { validatePayload } from './validate-payload.js';
export { formatIssues } from '../../core/schema/issues.js';
export { warmUpInTasks } from './warm-up-in-tasks.js';
export { ActionsMenu } from '../views/actions-menu.js';
export { benchmarkText } from '../views/benchmark-text.js';
export { dataViewStyles } from '../views/data-view.styles.js';
export { downloadBlob, downloadText } from '../views/download.js';
export { messages as english } from '../i18n/en.js';
export { renderError } from '../views/error-state.js';
export { fetchJson, jsonError, parseJsonBytes } from '../data/fetch-json.js';
export { sharedMetrics } from './shared-metrics.js';
export { sparkline } from '../views/sparkline.js';
export { metricBadge, statusBadge } from '../views/status-badge.js';
export { stageNotes } from '../views/handoff.js';
export { attributeLabel, memberLabel, memberSelection, memberSplit, memberWhere, viewText, whereText } from '../views/members.js';
export { csvRows, renderTable } from '../views/table-view.js';
