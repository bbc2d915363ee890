import type { Dataset } from '../schema/dataset.js';
import { computeMetrics, type MetricsQuery, type MetricsResult } from './compute.js';
import { computeBy } from './members.js';
import { KpiQueryError } from './query.js';
import { getMetric } from './registry.js';
import type { Reason } from './types.js';

// Why a number moved (README, "Why did it move?"): the change of a metric that is a product
// of catalogue metrics, from a reference (the previous period, to the same day while the
// period runs; or the targets) to its value, as one exact contribution per driver.

/** The metrics that are a product of others, their drivers in the funnel's order. */
export const CHAINS: Readonly<Record<string, readonly string[]>> = {
  leads: ['visitors', 'visitor_to_lead'],
  mqls: ['leads', 'lead_to_mql'],
  customers: ['leads', 'lead_to_mql', 'mql_to_sql', 'sql_to_opportunity', 'opportunity_to_customer'],
  revenue: ['leads', 'lead_to_mql', 'mql_to_sql', 'sql_to_opportunity', 'opportunity_to_customer', 'avg_ticket'],
};

/** The rates a `by` split explains by mix and rate: numerator / denominator, both additive. */
export const RATE_PARTS: Readonly<Record<string, readonly [string, string]>> = {
  visitor_to_lead: ['leads', 'visitors'],
  lead_to_mql: ['mqls', 'leads'],
  mql_to_sql: ['sqls', 'mqls'],
  sql_to_opportunity: ['opportunities', 'sqls'],
  opportunity_to_customer: ['customers', 'opportunities'],
  lead_to_customer: ['customers', 'leads'],
  mql_to_customer: ['customers', 'mqls'],
};

export type Against = 'previous' | 'target';

export interface Contribution {
  driver: string;
  /** The driver's reference value and its value now. */
  from: number;
  to: number;
  contribution: number;
  /** Where the reference came from: `target`, or `previous` for a driver without one when against targets. */
  reference: Against;
}

export interface Bridge {
  metric: string;
  period: string;
  against: Against;
  /** The product of the drivers' references, and of their values now (the metric's value). */
  from: number | null;
  to: number | null;
  /** LMDI-I when every factor is positive on both sides, else Shapley; both exact. */
  method: 'lmdi' | 'shapley' | null;
  contributions: Contribution[];
  /** Why there is no bridge: a factor no one can know (its metric's reason). */
  reason?: Reason;
  /** The driver whose value or reference is unknown. */
  unknown?: string;
  /** The previous period, when what is unknown is the driver's value there (no data before this period): the metric's value now is still `to`. */
  unknownReference?: string;
}

/**
 * ln(a / b), taken where it is exact: as log1p((a − b) / b) when a and b are within a factor of 2
 * (a − b is then exact, where ln a − ln b or ln(a / b) would round neighbours a few ulps apart to
 * 0 or to a whole ulp), else as ln(a / b).
 */
function lnRatio(a: number, b: number): number {
  const d = (a - b) / b;
  return Math.abs(d) < 0.5 ? Math.log1p(d) : Math.log(a / b);
}

/** The logarithmic mean (a − b) / ln(a / b), and a where they are equal. */
function logMean(a: number, b: number): number {
  const ln = lnRatio(a, b);
  return ln === 0 ? a : (a - b) / ln;
}

/**
 * Each factor's contribution to Π to − Π from. LMDI-I (Ang, 2005): L(y₁, y₀) · ln(x₁ᵢ / x₀ᵢ),
 * which sum to y₁ − y₀ since Σ ln(x₁ᵢ / x₀ᵢ) = ln(y₁ / y₀). With a factor 0 on either side the
 * logarithm fails, and the Shapley split is used: each factor's effect of changing from its
 * reference to its value, averaged over every order of substitution (exact, order-free).
 */
export function decompose(from: readonly number[], to: readonly number[]): { method: 'lmdi' | 'shapley'; contributions: number[] } {
  const product = (xs: readonly number[]) => xs.reduce((p, x) => p * x, 1);
  if (from.every((x) => x > 0) && to.every((x) => x > 0)) {
    const l = logMean(product(to), product(from));
    return { method: 'lmdi', contributions: from.map((x0, i) => l * lnRatio(to[i]!, x0)) };
  }
  const n = from.length;
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  // f(S): the product with the factors in S at their values, the rest at their references.
  const f = (set: number) => product(from.map((x0, j) => (set & (1 << j) ? to[j]! : x0)));
  const contributions = from.map((_, i) => {
    let phi = 0;
    for (let set = 0; set < 1 << n; set++) {
      if (set & (1 << i)) continue;
      let size = 0;
      for (let s = set; s; s &= s - 1) size++;
      phi += ((factorial(size) * factorial(n - size - 1)) / factorial(n)) * (f(set | (1 << i)) - f(set));
    }
    return phi;
  });
  return { method: 'shapley', contributions };
}

/** A driver's reference: its previous value, or its target (expected by now while the period runs). */
function referenceOf(result: MetricsResult, driver: string, against: Against): { value: number | null; reason?: Reason; reference: Against } {
  const m = result.metrics[driver]!;
  if (against === 'target' && m.target) return { value: m.target.expected ?? m.target.value, reference: 'target' };
  const previous = m.previous?.value ?? null;
  return previous === null ? { value: null, reason: m.previous ? 'no-data' : 'missing-input', reference: 'previous' } : { value: previous, reference: 'previous' };
}

/** A metric's drivers, if it is a product of others: its chain, or a registered metric's `drivers`. */
export function driversOf(metric: string): readonly string[] | undefined {
  return Object.hasOwn(CHAINS, metric) ? CHAINS[metric] : getMetric(metric)?.drivers;
}

/**
 * The bridge of a chain metric (customers, revenue, MQLs, leads, or a registered metric with
 * `drivers`) from its reference to its value in one period and view: one exact contribution
 * per driver. An unknown factor leaves it null, with the reason and the driver.
 */
export function explain(dataset: Dataset, query: MetricsQuery & { metric: string; against?: Against }): Bridge {
  const { metric, against = 'previous', ...rest } = query;
  const drivers = driversOf(metric);
  if (!drivers) throw new KpiQueryError(`explain takes a metric that is a product of others: ${[...Object.keys(CHAINS), 'or a registered metric with drivers'].join(', ')}; not "${metric}"`);
  const result = computeMetrics(dataset, { ...rest, compare: ['previous', 'target'] });
  const none = (driver: string, reason: Reason, previous?: string): Bridge => ({
    metric,
    period: result.period,
    against,
    from: null,
    // Only the reference is missing: the metric's value now is known.
    to: previous === undefined ? null : (result.metrics[metric]?.value ?? null),
    method: null,
    contributions: [],
    reason,
    unknown: driver,
    ...(previous !== undefined && { unknownReference: previous }),
  });
  const from: number[] = [];
  const to: number[] = [];
  const references: Against[] = [];
  for (const driver of drivers) {
    const now = result.metrics[driver]!;
    if (now.value === null) return none(driver, now.reason!);
    const reference = referenceOf(result, driver, against);
    if (reference.value === null) return none(driver, reference.reason!, now.previous?.period);
    from.push(reference.value);
    to.push(now.value);
    references.push(reference.reference);
  }
  const { method, contributions } = decompose(from, to);
  const product = (xs: number[]) => xs.reduce((p, x) => p * x, 1);
  return {
    metric,
    period: result.period,
    against,
    from: product(from),
    to: product(to),
    method,
    contributions: drivers.map((driver, i) => ({ driver, from: from[i]!, to: to[i]!, contribution: contributions[i]!, reference: references[i]! })),
  };
}

export interface MixRate {
  metric: string;
  period: string;
  by: string;
  /** The rate before (the previous period, to the same day while it runs) and now. */
  from: number | null;
  to: number | null;
  /** The part of the change from the members' shares of the denominator moving, and from their own rates moving. */
  mix: number | null;
  rate: number | null;
  members: Array<{ value: string | null; weightFrom: number; weightTo: number; rateFrom: number | null; rateTo: number | null; mix: number; rate: number }>;
  reason?: Reason;
}

/**
 * A rate's change split by a dimension into mix and rate, exactly. With Dₘ a member's share
 * of the denominator (wₘ = Dₘ / D) and rₘ = Nₘ / Dₘ its rate, R = Σ wₘ rₘ, and
 * ΔR = Σ (w₁ − w₀)(r₀ + r₁)/2 [mix] + Σ (w₀ + w₁)/2 (r₁ − r₀) [rate], each member's term
 * exact; a member with no denominator on one side takes the other side's rate there (its
 * weight is 0, so nothing is invented).
 */
export function explainBy(dataset: Dataset, query: MetricsQuery & { metric: string; by: string }): MixRate {
  const { metric, by, ...rest } = query;
  const parts = RATE_PARTS[metric];
  if (!parts) throw new KpiQueryError(`explain --by splits a rate into mix and rate: ${Object.keys(RATE_PARTS).join(', ')}; not "${metric}"`);
  const [numerator, denominator] = parts;
  const split = computeBy(dataset, { ...rest, by, compare: ['previous'] });
  const side = (result: MetricsResult, fact: string, previous: boolean) => (previous ? result.metrics[fact]!.previous?.value : result.metrics[fact]!.value) ?? null;
  const total = split.total;
  const base = { metric, period: total.period, by };
  const D0 = side(total, denominator, true);
  const D1 = side(total, denominator, false);
  const N0 = side(total, numerator, true);
  const N1 = side(total, numerator, false);
  if (D0 === null || D1 === null || N0 === null || N1 === null) return { ...base, from: null, to: null, mix: null, rate: null, members: [], reason: 'missing-input' };
  if (D0 === 0 || D1 === 0) return { ...base, from: null, to: null, mix: null, rate: null, members: [], reason: 'zero-denominator' };
  const members = split.members.map(({ value, result }) => {
    const d0 = side(result, denominator, true) ?? 0;
    const d1 = side(result, denominator, false) ?? 0;
    const n0 = side(result, numerator, true) ?? 0;
    const n1 = side(result, numerator, false) ?? 0;
    const r0 = d0 > 0 ? n0 / d0 : null;
    const r1 = d1 > 0 ? n1 / d1 : null;
    const a = r0 ?? r1 ?? 0;
    const b = r1 ?? r0 ?? 0;
    const w0 = d0 / D0;
    const w1 = d1 / D1;
    return { value, weightFrom: w0, weightTo: w1, rateFrom: r0, rateTo: r1, mix: ((w1 - w0) * (a + b)) / 2, rate: ((w0 + w1) / 2) * (b - a) };
  });
  return {
    ...base,
    from: N0 / D0,
    to: N1 / D1,
    mix: members.reduce((s, m) => s + m.mix, 0),
    rate: members.reduce((s, m) => s + m.rate, 0),
    members,
  };
}
