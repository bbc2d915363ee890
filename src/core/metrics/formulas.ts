import type { Fact } from '../schema/facts.js';
import type { Computed, MetricInputs } from './types.js';

// Small pure building blocks of the catalogue's formulas. Each returns a value or a
// null with its reason; none can produce NaN or Infinity.

export const missing = (n = 0): Computed => ({ value: null, reason: 'missing-input', n });

/** Σ fact over the selection; unknown when no selected row carried it. */
export function sumOf(inputs: MetricInputs, fact: Fact, isCount = false): Computed {
  if (!inputs.facts.known.has(fact)) return missing();
  const value = inputs.facts.sums[fact];
  return { value, n: isCount ? value : inputs.facts.hits };
}

/** Σ of several facts, missing ones counting 0, unknown only when none is known. */
export function sumOfAny(inputs: MetricInputs, facts: readonly Fact[]): Computed {
  if (!facts.some((fact) => inputs.facts.known.has(fact))) return missing();
  let value = 0;
  for (const fact of facts) value += inputs.facts.sums[fact];
  return { value, n: inputs.facts.hits };
}

/** numerator / denominator, with n = the denominator. */
export function ratio(numerator: Computed, denominator: Computed): Computed {
  if (numerator.value === null) return { ...numerator, n: denominator.value ?? 0 };
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) return { value: null, reason: 'zero-denominator', n: 0 };
  return { value: numerator.value / denominator.value, n: denominator.value };
}

/** The first null among the inputs, if any: a derived metric inherits its reason. */
export function firstNull(...values: Computed[]): Computed | undefined {
  return values.find((v) => v.value === null);
}

/**
 * Rearranges a[lo..hi] so that a[k] holds the value it would hold if sorted, smaller ones
 * before it and larger after (Hoare's selection): O(n), where sorting is O(n log n).
 */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Linear-interpolated quantile (q in [0, 1]) of values that `selectInPlace` may reorder,
 * searching from `from`; a median of an even count is the mean of the middle two.
 */
export function quantileInPlace(a: Float64Array, q: number, from = 0): number {
  const position = (a.length - 1) * q;
  const lower = Math.floor(position);
  selectInPlace(a, lower, from, a.length - 1);
  const low = a[lower]!;
  if (position === lower) return low;
  let high = Infinity;
  for (let i = lower + 1; i < a.length; i++) if (a[i]! < high) high = a[i]!;
  return low + (high - low) * (position - lower);
}

/** Median (with p90) of duration samples from records, or the rows' mean (total / count). */
export function medianOrMean(samples: readonly number[], fromRecords: boolean, total: Computed, count: Computed): Computed {
  if (fromRecords) {
    if (samples.length === 0) return { value: null, reason: 'no-samples', n: 0 };
    const values = Float64Array.from(samples);
    const median = quantileInPlace(values, 0.5);
    // Everything at or above the median's position now sits to its right: p90 searches there.
    const p90 = quantileInPlace(values, 0.9, Math.floor((values.length - 1) * 0.5));
    return { value: median, p90, n: samples.length, estimate: 'median' };
  }
  const mean = ratio(total, count);
  return mean.value === null ? mean : { ...mean, estimate: 'mean' };
}

/** LTV = ARPA × gross margin × expected lifetime (1 / churn, capped when a cap is given). Skok, "SaaS Metrics 2.0". */
export function lifetimeValue(arpa: number, grossMargin: number, monthlyChurn: number, capMonths: number | undefined): Computed {
  // 1 / churn overflows for a churn as tiny as 5e-324: that is zero churn too.
  const uncapped = monthlyChurn === 0 ? Infinity : 1 / monthlyChurn;
  const lifetime = Math.min(uncapped, capMonths ?? Infinity);
  if (lifetime === Infinity) return { value: null, reason: 'zero-churn', n: 0 };
  return { value: arpa * grossMargin * lifetime, n: 1 };
}
