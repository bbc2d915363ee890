// The core without its validator: aggregation, the metric catalogue, comparisons, SLAs,
// formatting and spec builders. What the elements import: zod and the dataset schema stay
// out of their first load, and come in with the validator (ingest/parse.ts) when data does.

export { formatIssues, formatPath, MAX_ISSUES, type SchemaIssue } from './schema/issues.js';
export type { ParseResult } from './ingest/parse.js';
export type { Dataset, DatasetInput, SummaryRow, LeadRecord, Economics, Target, Sla, Benchmark, BenchmarkSource, Dimension } from './schema/dataset.js';
export { NO_WHERE, sameWhere, whereKey, type Where } from './schema/where.js';
export { KpiQueryError, parseWhere, resolveWhere, attributesOf, type ViewQuery } from './metrics/query.js';
export { stalledByStage } from './metrics/stalls.js';
export { review, type Review, type Mover, type Flip } from './metrics/review.js';
export { reviewMarkdown, reviewHtml, reviewText, type ReviewText, type ReviewItem, type ReviewTarget } from './format/review.js';
export { explain, explainBy, decompose, driversOf, CHAINS, RATE_PARTS, type Bridge, type Contribution, type MixRate, type Against } from './metrics/bridge.js';
export { failuresByReason, type ReasonRow, type ReasonsResult, type ReasonsQuery } from './metrics/reasons.js';
export { computeBy, membersOf, rankedMembers, foldMembers, MAX_MEMBERS, type SplitResult } from './metrics/members.js';
export { FACTS, STOCK_FACTS, COUNT_FACTS, MONEY_FACTS, TOTAL_FACTS, RECORD_FACTS, STAGES, STAGE_LABEL_KEYS, LEAD_TIMESTAMPS, STAGE_TIMES, FAILURE_KINDS, TEAMS, type Fact, type Stage, type StageLabelKey, type FailureKind, type Team } from './schema/facts.js';

export { GRANULARITIES, parsePeriod, isPeriodKey, previousPeriod, periodFromIndex, periodIndexOfDay, containsPeriod, samePeriodLastYear, type Granularity, type Period } from './time/period.js';
export { parseInstant, isInstant, parseCivilDate } from './time/instant.js';
export { progressOf, projectedAtPace, elapsedShare, toDateWindow, civilKey, type Progress, type DayRange } from './time/running.js';

export { adoptFactTable, buildFactTable, buildWindowTable, factTable, windowTable, asOfDay, setClock, todayOf, dataSpan, type Today, MODES, UNATTRIBUTED, type FactTable, type Mode } from './aggregate/aggregate.js';
export { replayedAsOf } from './schema/today.js';
export { selectFacts, periodIndexes } from './aggregate/select.js';
export type { FactCell } from './aggregate/cell.js';

export { CATALOGUE } from './metrics/catalogue.js';
export { registerMetric, getMetric, isMetricId, allMetrics } from './metrics/registry.js';
export { computeMetrics, isEmptyDataset, EMPTY_DATASET, availablePeriods, channelsOf, resolveQuery, COMPARISONS, SMALL_SAMPLE } from './metrics/compute.js';
export type { MetricsQuery, MetricsResult, MetricResult, PreviousComparison, PreviousBasis, TargetComparison, Comparison } from './metrics/compute.js';
export { computeValues, Selection } from './metrics/values.js';
export { scorecard, SCORECARD_METRICS, MAX_SCORECARD_CHANNELS, type Scorecard, type ScorecardRow } from './metrics/scorecard.js';
export { metricAt, metricOverPeriods, targetAt, metricByChannel, channelsByLeads, metricForChannels, type MetricPoint, type PointQuery, type MembersQuery } from './metrics/series.js';
export { LOCALES, UNITS, GROUPS, KINDS, REASONS } from './metrics/types.js';
export type { Locale, Localized, Unit, MetricGroup, MetricKind, Reason, Computed, MetricDefinition, MetricInputs } from './metrics/types.js';

export { STATUSES, DEFAULT_WARN_AT, attainment, verdict, type Status, type VerdictInputs, type Polarity } from './compare/status.js';
export { compareToBenchmark, findBenchmark, type BenchmarkComparison, type BenchmarkPosition, type BenchmarkVerdict } from './compare/benchmark.js';
export { findTarget, expectedByNow } from './compare/target.js';
export { evaluateSlas, warnAtOf, type SlaResult, type SlaStatus, type SlaPacing } from './metrics/sla.js';

export { formatValue, formatDelta, formatRelative, formatMoney, formatCount, formatPercent, formatPoints, formatDays, formatHours, formatMonths, NO_VALUE, type FormatOptions } from './format/number.js';
export { REASON_TEXT, STATUS_TEXT, SLA_STATUS_TEXT, POSITION_TEXT, BENCHMARK_VERDICT_TEXT, STAGE_TEXT, WITHIN_BENCHMARK_TEXT, statusText, type StatusSource, resolveLocale, periodLabel, previousLabel, PRORATED_TEXT, todayNote } from './format/messages.js';
export { shortPeriodLabel } from './format/period-short.js';
export { metricLabel, stageName, withStageNames, type StageNames } from './format/stage-names.js';
export { toCsv, csvCell, CSV_DIALECT, type CsvCell, type CsvDialect } from './format/csv.js';
export { reportRows, reportCsv, reportTable, reportByCsv, reportByTable, REPORT_COLUMNS, UNASSIGNED_TEXT } from './format/report.js';
export * from './specs/index.js';
export { primeRecordColumns, type RecordColumns } from './aggregate/columns.js';
export { packCells, unpackCells, type PackedCells } from './aggregate/packed-cells.js';
