import type { Dataset } from '../schema/dataset.js';
import { replayedAsOf } from '../schema/today.js';
import { parseCivilDate } from '../time/instant.js';
import { periodFromIndex, periodIndexOfDay, type Period } from '../time/period.js';
import type { Status } from '../compare/status.js';
import { withinBenchmark } from '../compare/within-benchmark.js';
import { CHAINS, decompose } from './bridge.js';
import { computeMetrics, type MetricsResult } from './compute.js';
import { KpiQueryError, type ViewQuery } from './query.js';
import { failuresByReason } from './reasons.js';
import { allMetrics } from './registry.js';
import type { SlaStatus } from './sla.js';
import { stalledByStage } from './stalls.js';
import type { Stage, StageLabelKey, Team } from '../schema/facts.js';

// The meeting (README, "The meeting"): what changed since the last time both teams met. The
// records are replayed as of `since` and as of `asOf` (no snapshot is stored), and each day's
// running period is read as it stood that day: the period that holds `asOf` on both days, or,
// for a meeting in an earlier period, that period as the meeting saw it. Read as it stood on
// the last meeting's day, a period that had not begun had no numbers at all, and every verdict
// "flipped".

export interface Mover {
  metric: string;
  since: number;
  now: number;
  /** The change in the metric's unit (points ×100 for rates), and how far it stands out of its noise. */
  change: number;
  score: number;
}

export interface Flip {
  /** A metric id, or an SLA's id. */
  id: string;
  kind: 'metric' | 'sla';
  /** An SLA's label, when it has one, and in other languages, as declared. */
  label?: string;
  labels?: Partial<Record<'en' | 'pt-BR' | 'es', string>>;
  since: Status | SlaStatus;
  now: Status | SlaStatus;
  /** For a metric, the day (or both) whose neutral status the benchmark's band gave: "within benchmark", not "no judgement". */
  withinBenchmark?: { since: boolean; now: boolean };
  valueSince: number | null;
  valueNow: number | null;
}

export interface Review {
  since: string;
  asOf: string;
  /** The period that holds `asOf`, read as it stands. */
  period: string;
  /** The period that holds `since`, read as it stood then: `period` unless the last meeting was in an earlier one. */
  sincePeriod: string;
  /** Rows-only data cannot be replayed as of a day: the review needs lead records. */
  needsRecords?: true;
  movers: Mover[];
  flips: Flip[];
  /** The largest contributions to the change of new customers between the two days. */
  bridge: { metric: 'customers'; from: number; to: number; method: 'lmdi' | 'shapley'; contributions: Array<{ driver: string; contribution: number }> } | null;
  /** Failure reasons that grew most, with their teams (and their labels in other languages, as declared). */
  reasons: Array<{ code: string; label: string; labels?: Partial<Record<'en' | 'pt-BR' | 'es', string>>; owner?: Team; since: number; now: number }>;
  /** Leads that became stalled, by stage (stalled now less stalled then, where more wait now). */
  stalled: Partial<Record<Stage, number>> | null;
  /** The dataset's names for its stages, when it renames any: the review's labels say them. */
  stageLabels?: Partial<Record<StageLabelKey, string>>;
}

/** How many movers, reasons and bridge contributions a review keeps. */
const TOP = 5;

/**
 * A metric's move between two readings of the same period, relative to its noise: for a
 * share of people (a conversion or acceptance rate), the change in points over its binomial standard error √(p(1 − p) / n) (p the later
 * reading, n its denominator; a p of 0 or 1 uses 0.5 so a certain-looking rate is not
 * infinitely significant); for a count or an amount, the relative change of its pace (the
 * value over the share of the period elapsed by each day), so a month to date on the 11th
 * and on the 18th compare like for like. Other units (durations, ratios): their relative change.
 */
function scoreOf(def: { unit: string; group: string; additive: boolean }, a: { value: number; n: number }, b: { value: number; n: number }, elapsedA: number, elapsedB: number): number {
  // A share of people (a conversion, an acceptance rate), not an economic ratio such as ROI or churn.
  const binomial = def.unit === 'rate' && def.group !== 'economics' && a.value <= 1 && b.value <= 1;
  if (binomial) {
    const p = b.value > 0 && b.value < 1 ? b.value : 0.5;
    const n = Math.max(1, b.n);
    return (b.value - a.value) / Math.sqrt((p * (1 - p)) / n);
  }
  const from = def.additive ? a.value / elapsedA : a.value;
  const to = def.additive ? b.value / elapsedB : b.value;
  return from === 0 ? (to === 0 ? 0 : Math.sign(to)) : (to - from) / Math.abs(from);
}

const elapsed = (result: MetricsResult) => result.progress?.elapsed ?? 1;

/**
 * The review of one view since a day: top movers, verdict and SLA flips, the bridge of new
 * customers between the two days, the failure reasons that grew most, the leads that
 * became stalled. Deterministic: the same inputs give the same result, in the same order.
 */
export function review(dataset: Dataset, query: ViewQuery & { since: string; asOf?: string }): Review {
  const asOf = query.asOf ?? dataset.asOf;
  if (asOf === undefined) throw new KpiQueryError('review needs asOf (in the dataset, or given) to replay the records as of two days');
  const sinceDay = parseCivilDate(query.since);
  const asOfDay = parseCivilDate(asOf);
  if (Number.isNaN(sinceDay)) throw new KpiQueryError(`since takes a calendar day YYYY-MM-DD; not "${query.since}"`);
  if (sinceDay > asOfDay) throw new KpiQueryError(`since (${query.since}) is after asOf (${asOf})`);
  const periodOf = (day: number): Period => periodFromIndex(dataset.granularity, periodIndexOfDay(dataset.granularity, day));
  const period = periodOf(asOfDay);
  const sincePeriod = periodOf(sinceDay);
  const base = { since: query.since, asOf, period: period.key, sincePeriod: sincePeriod.key, ...(dataset.stageLabels !== undefined && { stageLabels: dataset.stageLabels }) };
  if (!dataset.leads) return { ...base, needsRecords: true, movers: [], flips: [], bridge: null, reasons: [], stalled: null };
  const view = { ...(query.where !== undefined && { where: query.where }), ...(query.channel !== undefined && { channel: query.channel }) };
  // Both days replayed from the data as it was taken: a running period's rows count with their days passed by then.
  const then = replayedAsOf(dataset, query.since);
  const now = replayedAsOf(dataset, asOf);
  const a = computeMetrics(then, { ...view, period: sincePeriod.key });
  const b = computeMetrics(now, { ...view, period: period.key });

  const movers: Mover[] = [];
  const flips: Flip[] = [];
  for (const def of allMetrics()) {
    const x = a.metrics[def.id]!;
    const y = b.metrics[def.id]!;
    if (x.status !== y.status) {
      const within = { since: withinBenchmark(x), now: withinBenchmark(y) };
      flips.push({ id: def.id, kind: 'metric', since: x.status, now: y.status, ...((within.since || within.now) && { withinBenchmark: within }), valueSince: x.value, valueNow: y.value });
    }
    if (x.value === null || y.value === null || x.value === y.value) continue;
    const score = scoreOf(def, { value: x.value, n: x.n }, { value: y.value, n: y.n }, elapsed(a), elapsed(b));
    if (!Number.isFinite(score) || score === 0) continue;
    movers.push({ metric: def.id, since: x.value, now: y.value, change: (y.value - x.value) * (def.unit === 'rate' ? 100 : 1), score });
  }
  movers.sort((m, n) => Math.abs(n.score) - Math.abs(m.score) || (m.metric < n.metric ? -1 : 1));
  for (const sla of b.slas) {
    const before = a.slas.find((s) => s.id === sla.id);
    if (before && before.status !== sla.status) flips.push({ id: sla.id, kind: 'sla', ...(sla.label !== undefined && { label: sla.label }), ...(sla.labels !== undefined && { labels: sla.labels }), since: before.status, now: sla.status, valueSince: before.actual, valueNow: sla.actual });
  }

  const drivers = CHAINS.customers!;
  const from = drivers.map((d) => a.metrics[d]!.value);
  const to = drivers.map((d) => b.metrics[d]!.value);
  let bridge: Review['bridge'] = null;
  if (from.every((v): v is number => v !== null) && to.every((v): v is number => v !== null)) {
    const { method, contributions } = decompose(from, to);
    const product = (xs: number[]) => xs.reduce((p, x) => p * x, 1);
    // Sizes equal to within rounding (a rate that moved as much as another fell) keep the funnel's order.
    const size = (x: number) => Number(Math.abs(x).toPrecision(12));
    const ranked = drivers.map((driver, i) => ({ driver, contribution: contributions[i]! })).sort((m, n) => size(n.contribution) - size(m.contribution));
    // A driver that did not move explains nothing (since = asOf: none did).
    bridge = { metric: 'customers', from: product(from), to: product(to), method, contributions: ranked.filter((c) => c.contribution !== 0).slice(0, TOP) };
  }

  const before = new Map(failuresByReason(then, sincePeriod, view).rows.map((r) => [r.code, r.failures]));
  const reasons = failuresByReason(now, period, view)
    .rows.map((r) => {
      const labels = dataset.reasons.find((declared) => declared.code === r.code)?.labels;
      return { code: r.code, label: r.label, ...(labels && { labels }), ...(r.owner && { owner: r.owner }), since: before.get(r.code) ?? 0, now: r.failures };
    })
    .filter((r) => r.now > r.since)
    .sort((m, n) => n.now - n.since - (m.now - m.since) || (m.code < n.code ? -1 : 1))
    .slice(0, TOP);

  const stallsThen = stalledByStage(then, sincePeriod, view);
  const stallsNow = stalledByStage(now, period, view);
  // Only the stages where more leads wait past their limit than at the last meeting.
  const stalled = stallsNow ? Object.fromEntries(Object.entries(stallsNow).flatMap(([stage, n]) => (n > (stallsThen?.[stage as Stage] ?? 0) ? [[stage, n - (stallsThen?.[stage as Stage] ?? 0)]] : []))) : null;

  return { ...base, movers: movers.slice(0, TOP), flips, bridge, reasons, stalled };
}
