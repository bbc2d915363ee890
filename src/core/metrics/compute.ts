import { CHANNEL_VIEW, factTable, MODES, NO_WHERE, todayOf, windowTable, type FactTable, type Mode, type TableView, type Where } from '../aggregate/aggregate.js';
import { periodIndexes } from '../aggregate/select.js';
import { compareToBenchmark, findBenchmark, type BenchmarkComparison } from '../compare/benchmark.js';
import { attainment, finiteOrNull, statusOfChange, verdict, type Status } from '../compare/status.js';
import { expectedByNow, type TargetLookup } from '../compare/target.js';
import type { Dataset } from '../schema/dataset.js';
import type { StageLabelKey } from '../schema/facts.js';
import { parsePeriod, periodFromIndex, previousPeriod, type Granularity, type Period } from '../time/period.js';
import { civilKey, progressOf, projectedAtPace, toDateWindow, type DayRange, type Progress } from '../time/running.js';
import { allMetrics } from './registry.js';
import { evaluateSlas, targetFor, warnAtOf, type SlaResult } from './sla.js';
import { isEmptySelection, NO_DATA } from './empty.js';
import { selectionOf, type Selection } from './values.js';
import type { Computed, MetricDefinition, Reason, Unit } from './types.js';
import { KpiQueryError, resolveWhere, without, type ViewQuery } from './query.js';

export { KpiQueryError } from './query.js';

export const COMPARISONS = ['previous', 'target', 'benchmark'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface MetricsQuery extends ViewQuery {
  /** Period key; default: the latest period with data, at the dataset's granularity. */
  period?: string;
  mode?: Mode;
  /** Default: all three. */
  compare?: readonly Comparison[];
}

/** Below this denominator a rate or median is flagged as a small sample (never hidden). */
export const SMALL_SAMPLE = 30;

/**
 * How the previous value was measured: `full` the whole previous period (the current one is
 * closed); `to-date` the previous period through the same day, exactly; `prorated` the
 * same, but some fact the metric reads came from a row counted with a share of its days.
 */
export type PreviousBasis = 'full' | 'to-date' | 'prorated';

export interface PreviousComparison {
  period: string;
  basis: PreviousBasis;
  /** Days of the previous period compared (to-date and prorated bases). */
  days?: number;
  value: number | null;
  /** value − previous, in the metric's unit; for rates in percentage points (0.02 -> 2). */
  delta: number | null;
  deltaUnit: 'pp' | 'unit';
  /** (value − previous) / |previous|. */
  relative: number | null;
}

export interface TargetComparison {
  /** The whole period's target. */
  value: number;
  /** Progress respecting polarity: ≥ 1 is on or better than target (against `expected` when paced). */
  attainment: number | null;
  periods: number;
  /** A running period's additive metric is judged against the target expected by now. */
  paced?: true;
  /** Σ of each sub-period's target × its share elapsed by `asOf` (paced only). */
  expected?: number;
  /** The value extrapolated to the whole period at the current pace: value / elapsed (paced only). */
  projected?: number | null;
}

export interface MetricResult {
  id: string;
  value: number | null;
  reason?: Reason;
  n: number;
  unit: Unit;
  smallSample?: true;
  estimate?: 'median' | 'mean';
  p90?: number;
  previous?: PreviousComparison;
  target?: TargetComparison;
  benchmark?: BenchmarkComparison;
  status: Status;
}

export interface MetricsResult {
  period: string;
  /** The period key, parsed: its local days and index (so no reader parses it again). */
  interval: Period;
  /** Present while the period runs (`asOf` inside it, not its last day). */
  progress?: Progress;
  /** `YYYY-MM-DD`, when the dataset has no `asOf`: the clock's day that stood for "today" (in the dataset's zone). */
  today?: string;
  granularity: Granularity;
  mode: Mode;
  /** The view's channel, when it has one (as in `where`). */
  channel?: string;
  /** The view: the equalities its rows and records all carry; absent for the whole dataset. */
  where?: Where;
  currency?: string;
  /** The dataset's names for its stages (`stageLabels`), when it renames any: every label that names a stage says them. */
  stageLabels?: Partial<Record<StageLabelKey, string>>;
  /** No row and no record event falls in the selected period (and channel). */
  empty: boolean;
  metrics: Record<string, MetricResult>;
  slas: SlaResult[];
  /** Things a reader should know: rows that could not be rolled up, and the like. */
  warnings: string[];
}

/** A dataset with no rows and no lead records: nothing to compute, whatever the period. */
export function isEmptyDataset(dataset: Dataset): boolean {
  return dataset.rows.length === 0 && !dataset.leads?.length;
}

export const EMPTY_DATASET = 'The dataset has no rows and no leads.';

/**
 * Where a result's numbers come from: a table's view, and one member of its split
 * (undefined: all of them; null: those without one). `where` is the whole view, member included.
 */
export interface Slice {
  view: TableView;
  member: string | null | undefined;
  where: Where;
}

/** A view as the table of all channels filtered by the rest, and its channel: the tables every page shares. */
export function sliceOf(where: Where): Slice {
  return { view: where === NO_WHERE ? CHANNEL_VIEW : { where: without(where, 'channel'), split: 'channel' }, member: where.channel, where };
}

/** The latest period of the table with any facts: the default when a query names none. */
function latestPeriod(dataset: Dataset, table: FactTable): Period {
  const indexes = periodIndexes(table);
  const latest = indexes[indexes.length - 1];
  if (latest === undefined) throw new KpiQueryError(isEmptyDataset(dataset) ? EMPTY_DATASET : 'No period of the data has any facts to show; give a period.');
  return periodFromIndex(table.granularity, latest);
}

/** A query's period (the latest with data by default, the same for every view) and mode, and the whole data's table. */
export function resolveQuery(dataset: Dataset, query: MetricsQuery): { period: Period; mode: Mode; table: FactTable } {
  const mode = query.mode ?? 'period';
  if (!MODES.includes(mode)) throw new KpiQueryError(`mode must be "period" or "cohort", not "${String(mode)}"`);
  if (mode === 'cohort' && dataset.leads === undefined) {
    throw new KpiQueryError('cohort mode counts lead records, and this dataset has summary rows only; use mode "period"');
  }
  const asked = query.period === undefined ? undefined : parsePeriod(query.period);
  if (query.period !== undefined && !asked) throw new KpiQueryError(`"${query.period}" is not a period key (2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026)`);
  const table = factTable(dataset, asked?.granularity ?? dataset.granularity, mode);
  return { period: asked ?? latestPeriod(dataset, table), mode, table };
}

const isRate = (unit: Unit) => unit === 'rate';

function withNulls(computed: Computed): Pick<MetricResult, 'value' | 'reason' | 'n' | 'estimate' | 'p90'> {
  return computed.value === null
    ? { value: null, reason: computed.reason, n: computed.n }
    : { value: computed.value, n: computed.n, ...(computed.estimate && { estimate: computed.estimate }), ...(computed.p90 !== undefined && { p90: computed.p90 }) };
}

/** Where the previous value comes from: the whole previous period, or it to the same day. */
interface PreviousSource {
  period: Period;
  selection: Selection;
  empty: boolean;
  /** The days compared, for a running period. */
  days?: number;
}

/** The days a running period's previous value is read from: the previous period through the same day. */
export function previousToDate(period: Period, progress: Progress): DayRange {
  return toDateWindow(previousPeriod(period), progress.days);
}

function previousSource(dataset: Dataset, table: FactTable, period: Period, mode: Mode, slice: Slice, progress: Progress | undefined): PreviousSource {
  const previous = previousPeriod(period);
  const { member } = slice;
  if (!progress) return { period: previous, selection: selectionOf(dataset, table, previous.index, member), empty: isEmptySelection(dataset, table, previous, previous.index, member) };
  // Judged on the window itself: 1-18 February before the first record is no data, whatever the rest of February holds.
  const toDate = previousToDate(period, progress);
  const window = windowTable(dataset, toDate, mode, slice.view);
  return { period: previous, selection: selectionOf(dataset, window, 0, member), empty: isEmptySelection(dataset, window, toDate, 0, member), days: toDate.endDay - toDate.startDay };
}

function previousComparison(def: MetricDefinition, value: number | null, source: PreviousSource): PreviousComparison {
  const previous: Computed = source.empty ? NO_DATA : source.selection.get(def.id);
  const p = previous.value;
  const delta = value === null || p === null ? null : finiteOrNull((value - p) * (isRate(def.unit) ? 100 : 1));
  // Only against a positive base is there a relative change: against 0, finiteOrNull turns x / 0 into
  // null; against a negative one (an ROI from −9% to 89%), a ratio of the two says nothing (+1,059%).
  const relative = value === null || p === null || p < 0 ? null : finiteOrNull((value - p) / p);
  const basis: PreviousBasis = source.days === undefined ? 'full' : source.selection.isProrated(def.id) ? 'prorated' : 'to-date';
  return { period: source.period.key, basis, ...(source.days !== undefined && { days: source.days }), value: p, delta, deltaUnit: isRate(def.unit) ? 'pp' : 'unit', relative };
}

/** Against the target: a running period's additive metric is paced (judged against what was expected by now). */
function targetComparison(def: MetricDefinition, value: number | null, target: TargetLookup, progress: Progress | undefined, today: number): TargetComparison {
  if (progress && def.additive) {
    const expected = expectedByNow(target.parts, today);
    return {
      value: target.value,
      attainment: value === null ? null : attainment(value, expected, def.polarity),
      periods: target.periods,
      paced: true,
      expected,
      projected: value === null ? null : projectedAtPace(value, progress),
    };
  }
  return { value: target.value, attainment: value === null ? null : attainment(value, target.value, def.polarity), periods: target.periods };
}

/**
 * Computes the whole metric catalogue for one period and view (`where`, or `channel`), with
 * the comparisons asked for, and evaluates the dataset's SLAs (over all of the data: SLAs
 * bind whole teams). Throws {@link KpiQueryError} only for a query the dataset cannot
 * answer; bad data never reaches here (see parseDataset).
 */
export function computeMetrics(dataset: Dataset, query: MetricsQuery = {}): MetricsResult {
  return computeSlice(dataset, query, sliceOf(resolveWhere(dataset, query)));
}

/** {@link computeMetrics} for one slice of a view's table (a member of a `by` split, or a channel). */
export function computeSlice(dataset: Dataset, query: Omit<MetricsQuery, 'where' | 'channel'>, slice: Slice): MetricsResult {
  const { period, mode } = resolveQuery(dataset, query);
  const table = factTable(dataset, period.granularity, mode, slice.view);
  const compare = new Set(query.compare ?? COMPARISONS);
  const { member, where } = slice;
  const channel = where.channel;
  const { day: today, fromClock } = todayOf(dataset);
  const progress = progressOf(period, today);
  const selection = selectionOf(dataset, table, period.index, member);
  const empty = isEmptySelection(dataset, table, period, period.index, member);
  const previous = compare.has('previous') ? previousSource(dataset, table, period, mode, slice, progress) : undefined;

  // No prototype: a metric id such as "constructor" or "__proto__" finds nothing, not Object's members.
  const metrics: Record<string, MetricResult> = Object.create(null) as Record<string, MetricResult>;
  for (const def of allMetrics()) {
    const computed: Computed = empty ? NO_DATA : selection.get(def.id);
    const result: MetricResult = { id: def.id, ...withNulls(computed), unit: def.unit, status: 'neutral' };
    if (computed.value !== null && (isRate(def.unit) || computed.estimate === 'median') && computed.n < SMALL_SAMPLE) result.smallSample = true;
    const value = computed.value;
    if (previous) result.previous = previousComparison(def, value, previous);
    const benchmark = compare.has('benchmark') ? findBenchmark(dataset.benchmarks, def.id, where) : undefined;
    if (benchmark && value !== null) result.benchmark = compareToBenchmark(value, benchmark, def.polarity);
    const target = compare.has('target') ? targetFor(dataset, def, period, where, member) : undefined;
    if (target) result.target = targetComparison(def, value, target, progress, today);
    const p = result.previous?.value;
    result.status = verdict({
      ...(result.target && { attainment: result.target.attainment, warnAt: warnAtOf(dataset, def.id) }),
      ...(result.benchmark && { benchmark: result.benchmark.status }),
      ...(value !== null && p !== null && p !== undefined && { change: statusOfChange(value, p, def.polarity) }),
    });
    metrics[def.id] = result;
  }

  const warnings: string[] = [];
  if (table.unmappedRows > 0) {
    const n = table.unmappedRows;
    const where = `at ${dataset.granularity} granularity`;
    warnings.push(n === 1 ? `1 row ${where} does not fit in ${period.granularity} periods and was left out` : `${n} rows ${where} do not fit in ${period.granularity} periods and were left out`);
  }
  return {
    period: period.key,
    interval: period,
    ...(progress && { progress }),
    ...(fromClock && { today: civilKey(today) }),
    granularity: period.granularity,
    mode,
    ...(channel !== undefined && { channel }),
    ...(where !== NO_WHERE && { where }),
    ...(dataset.currency !== undefined && { currency: dataset.currency }),
    ...(dataset.stageLabels !== undefined && { stageLabels: dataset.stageLabels }),
    empty,
    metrics,
    slas: evaluateSlas(dataset, period, mode),
    warnings,
  };
}

/** Periods that have data at a granularity, oldest first: the keys a trend or a period picker offers. */
export function availablePeriods(dataset: Dataset, granularity: Granularity = dataset.granularity, mode: Mode = 'period'): string[] {
  return periodIndexes(factTable(dataset, granularity, mode)).map((index) => periodFromIndex(granularity, index).key);
}

/** Channels present in the data, in order of first appearance. */
export function channelsOf(dataset: Dataset): string[] {
  return factTable(dataset, dataset.granularity, 'period').members;
}
