import { factTable, type Mode } from '../aggregate/aggregate.js';
import { selectFacts } from '../aggregate/select.js';
import type { Dataset } from '../schema/dataset.js';
import type { Stage } from '../schema/facts.js';
import type { Period } from '../time/period.js';
import { sliceOf } from './compute.js';
import { resolveWhere, type ViewQuery } from './query.js';

/** The stages a lead can stall in (a customer is done), in the order of a cell's `stalled`. */
const STALLABLE = ['leads', 'mqls', 'sqls', 'opportunities'] as const;

/**
 * Leads stalled at the end of a period (or at asOf while it runs), by the stage they wait
 * in: only stages with a `maxDays`, from records; undefined where none can be counted.
 */
export function stalledByStage(dataset: Dataset, period: Period, query: ViewQuery & { mode?: Mode } = {}): Partial<Record<Stage, number>> | undefined {
  if (!dataset.leads) return undefined;
  const { view, member } = sliceOf(resolveWhere(dataset, query));
  const facts = selectFacts(factTable(dataset, period.granularity, query.mode ?? 'period', view), period.index, member);
  const counts: Partial<Record<Stage, number>> = {};
  STALLABLE.forEach((stage, s) => {
    if (dataset.stages?.[stage]?.maxDays !== undefined) counts[stage] = facts.stalled[s]!;
  });
  return Object.keys(counts).length > 0 ? counts : undefined;
}
