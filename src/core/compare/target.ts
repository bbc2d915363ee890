import type { Target } from '../schema/dataset.js';
import { sameWhere, type Where } from '../schema/where.js';
import { containsPeriod, GRANULARITIES, parsePeriod, type Period } from '../time/period.js';
import { elapsedShare } from '../time/running.js';

export interface TargetLookup {
  value: number;
  /** How many sub-period targets were summed (1 for an exact key). */
  periods: number;
  /** The targets summed, with their periods: what pacing weighs by elapsed share. */
  parts: Array<{ period: Period; value: number }>;
}

/** The view a target is for: its `where`, with `channel` as a shorthand. */
export function targetWhere(target: Target): Where {
  return target.channel === undefined ? (target.where ?? {}) : { ...target.where, channel: target.channel };
}

/** Whether periods of one granularity, all inside `period`, cover every one of its days (each counted once). */
function coversEveryDay(period: Period, parts: ReadonlyArray<{ period: Period }>): boolean {
  const days = new Map(parts.map(({ period: p }) => [p.key, p.endDay - p.startDay]));
  let covered = 0;
  for (const n of days.values()) covered += n;
  return covered === period.endDay - period.startDay;
}

/**
 * The target of a metric for a period and view (a target applies to the view whose `where`
 * equals its own, exactly). An exact key wins; for additive
 * metrics, targets of the coarsest sub-periods that cover every day of the period are
 * summed (three monthly MQL targets make a quarter's; two do not make any). Rates and
 * ratios only take an exact key.
 */
export function findTarget(targets: readonly Target[], metric: string, period: Period, where: Where, additive: boolean): TargetLookup | undefined {
  const candidates = targets.filter((t) => t.metric === metric && sameWhere(targetWhere(t), where));
  const exact = candidates.find((t) => t.period === period.key);
  if (exact) return { value: exact.value, periods: 1, parts: [{ period, value: exact.value }] };
  if (!additive) return undefined;
  const inner = candidates
    .map((t) => ({ value: t.value, period: parsePeriod(t.period)! }))
    .filter(({ period: p }) => p.granularity !== period.granularity && containsPeriod(period, p));
  for (const granularity of [...GRANULARITIES].reverse()) {
    const level = inner.filter(({ period: p }) => p.granularity === granularity);
    if (level.length > 0 && coversEveryDay(period, level)) return { value: level.reduce((sum, { value }) => sum + value, 0), periods: level.length, parts: level };
  }
  return undefined;
}

/**
 * What a target expects by the end of the `asOf` day: each part's target times the share
 * of its period elapsed (past parts whole, the running one its share, future ones none).
 */
export function expectedByNow(parts: TargetLookup['parts'], asOfDay: number): number {
  return parts.reduce((sum, { period, value }) => sum + value * elapsedShare(period, asOfDay), 0);
}
