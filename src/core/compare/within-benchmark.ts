import type { BenchmarkVerdict } from './benchmark.js';
import type { Status } from './status.js';

/** What a metric's status is judged on, as far as its words go. */
export interface StatusSource {
  status: Status;
  target?: { attainment: number | null };
  benchmark?: { verdict: BenchmarkVerdict };
}

/**
 * Whether a neutral status is the benchmark's: no target's attainment decided it and the
 * band holds the value. Such a status reads "within benchmark", not "no judgement".
 */
export function withinBenchmark(m: StatusSource): boolean {
  return m.status === 'neutral' && (m.target?.attainment ?? null) === null && m.benchmark?.verdict === 'within';
}
