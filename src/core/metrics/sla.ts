import { asOfDay, factTable, type Mode } from '../aggregate/aggregate.js';
import { attainment, DEFAULT_WARN_AT, finiteOrNull, verdict, type Status } from '../compare/status.js';
import { expectedByNow, findTarget, type TargetLookup } from '../compare/target.js';
import type { Where } from '../aggregate/view.js';
import type { Dataset, Sla } from '../schema/dataset.js';
import { periodFromIndex, periodIndexOfDay, type Period } from '../time/period.js';
import { progressOf } from '../time/running.js';
import { getMetric } from './registry.js';
import type { MetricDefinition, Reason } from './types.js';
import { isEmptySelection } from './empty.js';
import { selectionOf } from './values.js';

export type SlaStatus = 'met' | 'at-risk' | 'missed' | 'unknown';

export interface SlaPacing {
  /** Share of the period elapsed by `asOf`, in (0, 1). */
  elapsed: number;
  /** The target expected by now: each sub-period's target × its share elapsed (as a paced metric target). */
  expected: number;
  /** The actual extrapolated to the whole period at the current pace. */
  projection: number;
}

export interface SlaResult {
  id: string;
  owner: Sla['owner'];
  label?: string;
  /** The label in other languages, as the dataset gives it. */
  labels?: Sla['labels'];
  type: Sla['type'];
  metric?: string;
  withinHours?: number;
  period: string;
  /** The target for this period (a volume target is per dataset-granularity period, summed). */
  target: number;
  actual: number | null;
  reason?: Reason;
  /** ≥ 1 is met; while the period runs, actual against the target expected by now. */
  attainment: number | null;
  warnAt: number;
  status: SlaStatus;
  pacing?: SlaPacing;
}

const SLA_STATUS: Record<Status, SlaStatus> = { good: 'met', warn: 'at-risk', bad: 'missed', neutral: 'unknown' };

/** The metric verdict's rule, in an SLA's words: met, at risk, missed; unknown without an attainment. */
function statusOf(a: number | null, warnAt: number): SlaStatus {
  return SLA_STATUS[verdict({ attainment: a, warnAt })];
}

/** The metric a response or acceptance SLA judges: the share of MQLs answered within the first such SLA's hours. */
const SHARE_OF: Partial<Record<Sla['type'], string>> = { response: 'sales_sla_rate', acceptance: 'acceptance_sla_rate' };

/** The SLA that judges a metric: the first on it (a volume or metric SLA), or, for the shares of MQLs answered in time, the first response or acceptance SLA. */
function slaOn(dataset: Dataset, metric: string): Sla | undefined {
  return dataset.slas.find((sla) => (sla.type === 'volume' || sla.type === 'metric' ? sla.metric : SHARE_OF[sla.type]) === metric);
}

/** The at-risk threshold for a metric: that of the SLA on it, so card and gauge judge alike. */
export function warnAtOf(dataset: Dataset, metric: string): number {
  return slaOn(dataset, metric)?.warnAt ?? DEFAULT_WARN_AT;
}

/** A metric's target for a period in a view: the dataset's own, else, for all of the data, its SLA's; none for records without a member. */
export function targetFor(dataset: Dataset, def: MetricDefinition, period: Period, where: Where, member: string | null | undefined): TargetLookup | undefined {
  if (member === null) return undefined;
  return findTarget(dataset.targets, def.id, period, where, def.additive) ?? (Object.keys(where).length === 0 ? slaTarget(dataset, def.id, period) : undefined);
}

/**
 * An SLA's target as its metric's, for the view the SLA binds (all of the data), where the
 * dataset's targets name none: a card and its gauge then judge the same number alike. A
 * volume SLA's is per period of the dataset's granularity, as its gauge counts it.
 */
function slaTarget(dataset: Dataset, metric: string, period: Period): TargetLookup | undefined {
  const sla = slaOn(dataset, metric);
  if (!sla) return undefined;
  const parts = sla.type === 'volume' ? granularityPeriodsIn(dataset, period).map((p) => ({ period: p, value: sla.target })) : [{ period, value: sla.target }];
  return { value: parts.reduce((sum, part) => sum + part.value, 0), periods: parts.length, parts };
}

/** The periods of the dataset's granularity that start inside `period` (at least the period itself). */
function granularityPeriodsIn(dataset: Dataset, period: Period): Period[] {
  const first = periodIndexOfDay(dataset.granularity, period.startDay);
  const last = periodIndexOfDay(dataset.granularity, period.endDay - 1);
  const inside: Period[] = [];
  for (let i = first; i <= last; i++) {
    const sub = periodFromIndex(dataset.granularity, i);
    if (sub.startDay >= period.startDay) inside.push(sub);
  }
  return inside.length > 0 ? inside : [period];
}

/** Evaluates every SLA of the dataset for a period (all channels: an SLA binds whole teams). */
export function evaluateSlas(dataset: Dataset, period: Period, mode: Mode): SlaResult[] {
  if (dataset.slas.length === 0) return [];
  const table = factTable(dataset, period.granularity, mode);
  const selection = selectionOf(dataset, table, period.index, undefined);
  const facts = selection.facts;
  const empty = isEmptySelection(dataset, table, period, period.index, undefined);
  const today = asOfDay(dataset);
  const progress = progressOf(period, today);
  return dataset.slas.map((sla) => {
    const warnAt = sla.warnAt ?? DEFAULT_WARN_AT;
    const base = {
      id: sla.id,
      owner: sla.owner,
      ...(sla.label !== undefined && { label: sla.label }),
      ...(sla.labels !== undefined && { labels: sla.labels }),
      type: sla.type,
      ...(sla.type === 'response' || sla.type === 'acceptance' ? { withinHours: sla.withinHours } : { metric: sla.metric }),
      period: period.key,
      warnAt,
    };
    if (empty) return { ...base, target: sla.target, actual: null, reason: 'no-data' as const, attainment: null, status: 'unknown' as const };

    if (sla.type === 'response' || sla.type === 'acceptance') {
      // The share of the period's MQLs answered in time: first contacted (response), or accepted or rejected (acceptance).
      const inSla = sla.type === 'response' ? 'mqlsContactedInSla' : 'mqlsDecidedInSla';
      const mqls = facts.sums.mqls;
      const known = facts.known.has('mqls') && facts.known.has(inSla);
      const reason: Reason | undefined = !known ? 'missing-input' : mqls === 0 ? 'zero-denominator' : undefined;
      if (reason) return { ...base, target: sla.target, actual: null, reason, attainment: null, status: 'unknown' as const };
      const samples = sla.type === 'response' ? facts.responseHours : facts.decisionHours;
      const within = table.fromRecords ? samples.filter((h) => h <= sla.withinHours).length : facts.sums[inSla];
      const actual = within / mqls;
      const a = sla.target === 0 ? 1 : finiteOrNull(actual / sla.target);
      return { ...base, target: sla.target, actual, attainment: a, status: statusOf(a, warnAt) };
    }

    const computed = selection.get(sla.metric);
    const polarity = getMetric(sla.metric)?.polarity ?? 'up';
    // A volume target is per period of the dataset's granularity: a quarter's is three months'.
    const volumeParts = sla.type === 'volume' ? granularityPeriodsIn(dataset, period).map((p) => ({ period: p, value: sla.target })) : undefined;
    const target = volumeParts ? sla.target * volumeParts.length : sla.target;
    if (computed.value === null) return { ...base, target, actual: null, reason: computed.reason, attainment: null, status: 'unknown' as const };
    const actual = computed.value;
    if (volumeParts && progress) {
      const expected = expectedByNow(volumeParts, today);
      const pacing = { elapsed: progress.elapsed, expected, projection: actual / progress.elapsed };
      const a = attainment(actual, expected, polarity);
      return { ...base, target, actual, attainment: a, status: statusOf(a, warnAt), pacing };
    }
    const a = attainment(actual, target, polarity);
    return { ...base, target, actual, attainment: a, status: statusOf(a, warnAt) };
  });
}
