import { factTable, MODES, type FactTable, type Mode } from '../aggregate/aggregate.js';
import { periodIndexes } from '../aggregate/select.js';
import { compareToBenchmark, findBenchmark, type BenchmarkComparison } from '../compare/benchmark.js';
import { attainment, finiteOrNull, statusOfAttainment, statusOfChange, type Status } from '../compare/status.js';
import { findTarget } from '../compare/target.js';
import { evaluateSlas, type SlaResult } from '../compare/sla.js';
import type { Dataset } from '../schema/dataset.js';
import { parsePeriod, periodFromIndex, type Granularity, type Period } from '../time/period.js';
import { allMetrics } from './registry.js';
import { selectionOf } from './values.js';
import type { Computed, MetricDefinition, Reason, Unit } from './types.js';

export const COMPARISONS = ['previous', 'target', 'benchmark'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface MetricsQuery {
  /** Period key; default: the latest period with data, at the dataset's granularity. */
  period?: string;
  channel?: string;
  mode?: Mode;
  /** Default: all three. */
  compare?: readonly Comparison[];
}

/** Below this denominator a rate or median is flagged as a small sample (never hidden). */
export const SMALL_SAMPLE = 30;

export interface PreviousComparison {
  period: string;
  value: number | null;
  /** value − previous, in the metric's unit; for rates in percentage points (0.02 -> 2). */
  delta: number | null;
  deltaUnit: 'pp' | 'unit';
  /** (value − previous) / |previous|. */
  relative: number | null;
}

export interface TargetComparison {
  value: number;
  /** Progress respecting polarity: ≥ 1 is on or better than target. */
  attainment: number | null;
  periods: number;
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
  granularity: Granularity;
  mode: Mode;
  channel?: string;
  currency?: string;
  /** No row and no record event falls in the selected period (and channel). */
  empty: boolean;
  metrics: Record<string, MetricResult>;
  slas: SlaResult[];
  /** Things a reader should know: rows that could not be rolled up, and the like. */
  warnings: string[];
}

/** A query the dataset cannot answer (a malformed period key, cohort mode without records). */
export class KpiQueryError extends Error {
  override readonly name = 'KpiQueryError';
}

function periodOf(dataset: Dataset, table: FactTable, key: string | undefined): Period {
  if (key === undefined) {
    const indexes = periodIndexes(table);
    const latest = indexes[indexes.length - 1];
    return latest === undefined ? periodFromIndex(table.granularity, 0) : periodFromIndex(table.granularity, latest);
  }
  const period = parsePeriod(key);
  if (!period) throw new KpiQueryError(`"${key}" is not a period key (2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026)`);
  return period;
}

export function resolveQuery(dataset: Dataset, query: MetricsQuery): { period: Period; mode: Mode; table: FactTable } {
  const mode = query.mode ?? 'period';
  if (!MODES.includes(mode)) throw new KpiQueryError(`mode must be "period" or "cohort", not "${String(mode)}"`);
  if (mode === 'cohort' && dataset.leads === undefined) {
    throw new KpiQueryError('cohort mode counts lead records, and this dataset has summary rows only; use mode "period"');
  }
  const granularity = query.period === undefined ? dataset.granularity : parsePeriod(query.period)?.granularity;
  if (granularity === undefined) throw new KpiQueryError(`"${query.period}" is not a period key (2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026)`);
  const table = factTable(dataset, granularity, mode);
  return { period: periodOf(dataset, table, query.period), mode, table };
}

const isRate = (unit: Unit) => unit === 'rate';

function withNulls(computed: Computed): Pick<MetricResult, 'value' | 'reason' | 'n' | 'estimate' | 'p90'> {
  return computed.value === null
    ? { value: null, reason: computed.reason, n: computed.n }
    : { value: computed.value, n: computed.n, ...(computed.estimate && { estimate: computed.estimate }), ...(computed.p90 !== undefined && { p90: computed.p90 }) };
}

function previousComparison(def: MetricDefinition, value: number | null, previous: Computed, period: Period): PreviousComparison {
  const p = previous.value;
  const delta = value === null || p === null ? null : finiteOrNull((value - p) * (isRate(def.unit) ? 100 : 1));
  const relative = value === null || p === null || p === 0 ? null : finiteOrNull((value - p) / Math.abs(p));
  return { period: period.key, value: p, delta, deltaUnit: isRate(def.unit) ? 'pp' : 'unit', relative };
}

/**
 * Computes the whole metric catalogue for one period and channel, with the comparisons
 * asked for, and evaluates the dataset's SLAs. Throws {@link KpiQueryError} only for a
 * query the dataset cannot answer; bad data never reaches here (see parseDataset).
 */
export function computeMetrics(dataset: Dataset, query: MetricsQuery = {}): MetricsResult {
  const { period, mode, table } = resolveQuery(dataset, query);
  const compare = new Set(query.compare ?? COMPARISONS);
  const channel = query.channel;
  const { facts, values } = selectionOf(dataset, table, period.index, channel);
  // With records, a quiet period inside their span is a real zero; outside it, there is no data.
  const span = table.recordSpan;
  const empty = facts.hits === 0 && !(span && (channel === undefined || table.channels.includes(channel)) && period.index >= span[0] && period.index <= span[1]);
  const definitions = allMetrics();
  const previousPeriod = periodFromIndex(period.granularity, period.index - 1);
  const previousValues = compare.has('previous') ? selectionOf(dataset, table, previousPeriod.index, channel).values : undefined;

  const metrics: Record<string, MetricResult> = {};
  for (const def of definitions) {
    const computed: Computed = empty ? { value: null, reason: 'no-data', n: 0 } : values.get(def.id)!;
    const result: MetricResult = { id: def.id, ...withNulls(computed), unit: def.unit, status: 'neutral' };
    if (computed.value !== null && (isRate(def.unit) || computed.estimate === 'median') && computed.n < SMALL_SAMPLE) result.smallSample = true;
    const value = computed.value;
    let status: Status | undefined;
    if (previousValues) {
      result.previous = previousComparison(def, value, previousValues.get(def.id)!, previousPeriod);
      if (value !== null && result.previous.value !== null) status = statusOfChange(value, result.previous.value, def.polarity);
    }
    const benchmark = compare.has('benchmark') ? findBenchmark(dataset.benchmarks, def.id) : undefined;
    if (benchmark && value !== null) {
      result.benchmark = compareToBenchmark(value, benchmark, def.polarity);
      status = result.benchmark.status;
    }
    const target = compare.has('target') ? findTarget(dataset.targets, def.id, period, channel, def.additive) : undefined;
    if (target) {
      const a = value === null ? null : attainment(value, target.value, def.polarity);
      result.target = { value: target.value, attainment: a, periods: target.periods };
      if (a !== null) status = statusOfAttainment(a);
    }
    result.status = status ?? 'neutral';
    metrics[def.id] = result;
  }

  const warnings: string[] = [];
  if (table.unmappedRows > 0) {
    warnings.push(`${table.unmappedRows} rows at ${dataset.granularity} granularity do not fit in ${period.granularity} periods and were left out`);
  }
  return {
    period: period.key,
    granularity: period.granularity,
    mode,
    ...(channel !== undefined && { channel }),
    ...(dataset.currency !== undefined && { currency: dataset.currency }),
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
  return factTable(dataset, dataset.granularity, 'period').channels;
}
