import type { Target } from '../schema/dataset.js';
import { containsPeriod, GRANULARITIES, parsePeriod, type Period } from '../time/period.js';

export interface TargetLookup {
  value: number;
  /** How many sub-period targets were summed (1 for an exact key). */
  periods: number;
}

/**
 * The target of a metric for a period and channel. An exact key wins; for additive
 * metrics, targets of the coarsest sub-periods that have any are summed (three monthly
 * MQL targets make a quarter's). Rates and ratios only take an exact key.
 */
export function findTarget(targets: readonly Target[], metric: string, period: Period, channel: string | undefined, additive: boolean): TargetLookup | undefined {
  const candidates = targets.filter((t) => t.metric === metric && t.channel === channel);
  const exact = candidates.find((t) => t.period === period.key);
  if (exact) return { value: exact.value, periods: 1 };
  if (!additive) return undefined;
  const inner = candidates
    .map((t) => ({ t, p: parsePeriod(t.period)! }))
    .filter(({ p }) => p.granularity !== period.granularity && containsPeriod(period, p));
  for (const granularity of [...GRANULARITIES].reverse()) {
    const level = inner.filter(({ p }) => p.granularity === granularity);
    if (level.length > 0) return { value: level.reduce((sum, { t }) => sum + t.value, 0), periods: level.length };
  }
  return undefined;
}
