import { NO_WHERE, sameWhere, type Where } from '../schema/where.js';
import type { Benchmark, BenchmarkSource } from '../schema/dataset.js';
import type { Polarity, Status } from './status.js';

export type BenchmarkPosition = 'below' | 'within' | 'above';
/** The position read by the metric's polarity: what a reader is told ("worse than the benchmark"). */
export type BenchmarkVerdict = 'better' | 'within' | 'worse';

export interface BenchmarkComparison {
  low?: number;
  median?: number;
  high?: number;
  value?: number;
  comparator?: '>=' | '<=';
  position: BenchmarkPosition;
  /** Better, within or worse than the benchmark, by the metric's polarity (or the threshold's comparator). */
  verdict: BenchmarkVerdict;
  /** Whether a threshold benchmark (value + comparator) is met. */
  meets?: boolean;
  status: Status;
  source: BenchmarkSource;
  segment?: string;
}

/** The benchmark of a metric for a view: the one whose `where` is the view's, else one for any view (no `where`). */
export function findBenchmark(benchmarks: readonly Benchmark[], metric: string, where: Where = NO_WHERE): Benchmark | undefined {
  return benchmarks.find((b) => b.metric === metric && b.where !== undefined && sameWhere(b.where, where)) ?? benchmarks.find((b) => b.metric === metric && b.where === undefined);
}

/** Where a value sits against a benchmark's band (or threshold), and whether that is good news. */
export function compareToBenchmark(value: number, benchmark: Benchmark, polarity: Polarity): BenchmarkComparison {
  const { low, median, high, value: threshold, comparator, source, segment } = benchmark;
  const base = { low, median, high, value: threshold, comparator, source, segment };
  if (threshold !== undefined) {
    const meets = (comparator ?? (polarity === 'up' ? '>=' : '<=')) === '>=' ? value >= threshold : value <= threshold;
    const position: BenchmarkPosition = value === threshold ? 'within' : value > threshold ? 'above' : 'below';
    const verdict: BenchmarkVerdict = position === 'within' ? 'within' : meets ? 'better' : 'worse';
    return { ...base, position, verdict, meets, status: meets ? 'good' : 'bad' };
  }
  const lower = low ?? median ?? high!;
  const upper = high ?? median ?? low!;
  const position: BenchmarkPosition = value < lower ? 'below' : value > upper ? 'above' : 'within';
  const better: BenchmarkPosition = polarity === 'up' ? 'above' : 'below';
  const verdict: BenchmarkVerdict = position === 'within' ? 'within' : position === better ? 'better' : 'worse';
  return { ...base, position, verdict, status: verdict === 'within' ? 'neutral' : verdict === 'better' ? 'good' : 'bad' };
}
