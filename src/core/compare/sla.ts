import { factTable, type Mode } from '../aggregate/aggregate.js';
import { selectionOf } from '../metrics/values.js';
import { getMetric } from '../metrics/registry.js';
import type { Reason } from '../metrics/types.js';
import type { Dataset, Sla } from '../schema/dataset.js';
import { parseCivilDate } from '../time/instant.js';
import { periodFromIndex, periodIndexOfDay, type Period } from '../time/period.js';
import { attainment, DEFAULT_WARN_AT, finiteOrNull } from './status.js';

export type SlaStatus = 'met' | 'at-risk' | 'missed' | 'unknown';

export interface SlaPacing {
  /** Share of the period elapsed by `asOf`, in (0, 1). */
  elapsed: number;
  /** The target prorated to `asOf`. */
  expected: number;
  /** The actual extrapolated to the whole period at the current pace. */
  projection: number;
}

export interface SlaResult {
  id: string;
  owner: Sla['owner'];
  label?: string;
  type: Sla['type'];
  metric?: string;
  withinHours?: number;
  period: string;
  /** The target for this period (a volume target is per dataset-granularity period, summed). */
  target: number;
  actual: number | null;
  reason?: Reason;
  /** ≥ 1 is met; while the period runs, measured against the pace. */
  attainment: number | null;
  warnAt: number;
  status: SlaStatus;
  pacing?: SlaPacing;
}

function statusOf(a: number | null, warnAt: number): SlaStatus {
  if (a === null) return 'unknown';
  return a >= 1 ? 'met' : a >= warnAt ? 'at-risk' : 'missed';
}

/** How many periods of the dataset's granularity start inside `period` (at least 1). */
function granularityPeriodsIn(dataset: Dataset, period: Period): number {
  const first = periodIndexOfDay(dataset.granularity, period.startDay);
  const last = periodIndexOfDay(dataset.granularity, period.endDay - 1);
  let count = 0;
  for (let i = first; i <= last; i++) if (periodFromIndex(dataset.granularity, i).startDay >= period.startDay) count++;
  return Math.max(1, count);
}

/** Share of the period elapsed at the end of the `asOf` day, when that day falls inside it. */
function elapsedShare(dataset: Dataset, period: Period): number | undefined {
  if (dataset.asOf === undefined) return undefined;
  const day = parseCivilDate(dataset.asOf);
  if (day < period.startDay || day >= period.endDay - 1) return undefined;
  return (day + 1 - period.startDay) / (period.endDay - period.startDay);
}

/** Evaluates every SLA of the dataset for a period (all channels: an SLA binds whole teams). */
export function evaluateSlas(dataset: Dataset, period: Period, mode: Mode): SlaResult[] {
  if (dataset.slas.length === 0) return [];
  const table = factTable(dataset, period.granularity, mode);
  const { facts, values } = selectionOf(dataset, table, period.index, undefined);
  const empty = facts.hits === 0;
  return dataset.slas.map((sla) => {
    const warnAt = sla.warnAt ?? DEFAULT_WARN_AT;
    const base = {
      id: sla.id,
      owner: sla.owner,
      ...(sla.label !== undefined && { label: sla.label }),
      type: sla.type,
      ...(sla.type === 'response' ? { withinHours: sla.withinHours } : { metric: sla.metric }),
      period: period.key,
      warnAt,
    };
    if (empty) return { ...base, target: sla.target, actual: null, reason: 'no-data' as const, attainment: null, status: 'unknown' as const };

    if (sla.type === 'response') {
      const mqls = facts.sums.mqls;
      const known = facts.known.has('mqls') && facts.known.has('mqlsContactedInSla');
      const reason: Reason | undefined = !known ? 'missing-input' : mqls === 0 ? 'zero-denominator' : undefined;
      if (reason) return { ...base, target: sla.target, actual: null, reason, attainment: null, status: 'unknown' as const };
      const within = table.fromRecords ? facts.responseHours.filter((h) => h <= sla.withinHours).length : facts.sums.mqlsContactedInSla;
      const actual = within / mqls;
      const a = sla.target === 0 ? 1 : finiteOrNull(actual / sla.target);
      return { ...base, target: sla.target, actual, attainment: a, status: statusOf(a, warnAt) };
    }

    const computed = values.get(sla.metric)!;
    const polarity = getMetric(sla.metric)?.polarity ?? 'up';
    const target = sla.type === 'volume' ? sla.target * granularityPeriodsIn(dataset, period) : sla.target;
    if (computed.value === null) return { ...base, target, actual: null, reason: computed.reason, attainment: null, status: 'unknown' as const };
    const actual = computed.value;
    const elapsed = sla.type === 'volume' ? elapsedShare(dataset, period) : undefined;
    if (elapsed !== undefined) {
      const pacing = { elapsed, expected: target * elapsed, projection: actual / elapsed };
      const a = attainment(pacing.projection, target, polarity);
      return { ...base, target, actual, attainment: a, status: statusOf(a, warnAt), pacing };
    }
    const a = attainment(actual, target, polarity);
    return { ...base, target, actual, attainment: a, status: statusOf(a, warnAt) };
  });
}
