/** Is a higher value better news? */
export type Polarity = 'up' | 'down';

export const STATUSES = ['good', 'warn', 'bad', 'neutral'] as const;
export type Status = (typeof STATUSES)[number];

/** Attainment at or above this (default) is "at risk" rather than "missed". */
export const DEFAULT_WARN_AT = 0.9;

/** A ratio of two finite numbers can still overflow (x / 5e-324): such a result is null. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Attainment of a target respecting polarity: for lower-is-better metrics, target / value. */
export function attainment(value: number, target: number, polarity: Polarity): number | null {
  if (polarity === 'up') return target === 0 ? null : finiteOrNull(value / target);
  // A zero of a lower-is-better metric (no cost, no delay) meets any non-negative target.
  if (value === 0) return target >= 0 ? 1 : 0;
  return finiteOrNull(target / value);
}

export function statusOfAttainment(a: number, warnAt = DEFAULT_WARN_AT): Status {
  return a >= 1 ? 'good' : a >= warnAt ? 'warn' : 'bad';
}

/** Good when the change goes the metric's way by more than 1% relative; worse is a warning. */
export function statusOfChange(value: number, previous: number, polarity: Polarity): Status {
  const change = previous === 0 ? Math.sign(value) : (value - previous) / Math.abs(previous);
  if (Math.abs(change) <= 0.01) return 'neutral';
  return (change > 0) === (polarity === 'up') ? 'good' : 'warn';
}

/** What a metric's status can be judged on; each comparison is optional. */
export interface VerdictInputs {
  /** Attainment of the target (paced while the period runs); null when it cannot be computed. */
  attainment?: number | null;
  /** The at-risk threshold of attainment (an SLA's `warnAt` on the same metric, else the default). */
  warnAt?: number;
  /** The status against the benchmark. */
  benchmark?: Status;
  /** The status of the change against the previous period (to the same day while it runs). */
  change?: Status;
}

/**
 * The one rule for a metric's verdict, used for every element and SLA: a target decides
 * when there is one (a commitment beats a reference), else the benchmark (an outside
 * reference beats our own history), else the change against the previous period, else
 * no judgement. The target's verdict comes from attainment with the SLA thresholds, so a
 * card and an SLA gauge of the same metric never disagree.
 */
export function verdict({ attainment: a, warnAt = DEFAULT_WARN_AT, benchmark, change }: VerdictInputs): Status {
  if (a !== undefined && a !== null) return statusOfAttainment(a, warnAt);
  return benchmark ?? change ?? 'neutral';
}
