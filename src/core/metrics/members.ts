import { factTable, type Mode } from '../aggregate/aggregate.js';
import type { Dataset } from '../schema/dataset.js';
import type { Granularity, Period } from '../time/period.js';
import { computeMetrics, computeSlice, type MetricsQuery, type MetricsResult } from './compute.js';
import { isKnownMember } from './empty.js';
import { resolveWhere, without } from './query.js';
import { channelsByLeads, splitView, type MembersQuery } from './series.js';

// A view split `by` one attribute (README, "Slicing by any dimension"): its members are every
// value the attribute takes anywhere in the view's data (a member quiet in the period shows
// its real zeros), and null for the data without one; they always sum to the view.

/** How many members a view draws before folding the rest into one "N other": a chart's bars, a split's segments. */
export const MAX_MEMBERS = 20;

/** Every member of `by` in a view: the values the data names, in order of first appearance, then null when some data has none. */
export function membersOf(dataset: Dataset, query: Omit<MembersQuery, 'metric'> = {}, granularity: Granularity = dataset.granularity): Array<string | null> {
  const table = factTable(dataset, granularity, query.mode ?? 'period', splitView(dataset, { ...query, metric: 'leads' }));
  return isKnownMember(table, null) ? [...table.members, null] : [...table.members];
}

/**
 * The one fold of a long list of members: all of them while they fit in `max`; beyond it, the
 * first `max - 1` and the rest (for one "N other" computed from the rest's summed facts, so a
 * rate of the rest is a true rate). The list comes ranked (by leads, or by the metric shown).
 */
export function foldMembers<T>(ranked: readonly T[], max = MAX_MEMBERS): { shown: T[]; rest: T[] } {
  if (ranked.length <= max) return { shown: [...ranked], rest: [] };
  return { shown: ranked.slice(0, max - 1), rest: ranked.slice(max - 1) };
}

/** The members of `by` in a view, ranked by leads in the period (see channelsByLeads). */
export function rankedMembers(dataset: Dataset, period: Period, mode: Mode, query: Omit<MembersQuery, 'metric' | 'mode'> = {}): Array<string | null> {
  return channelsByLeads(dataset, period, mode, membersOf(dataset, { ...query, mode }, period.granularity), query);
}

export interface SplitResult {
  by: string;
  /** Every member, ranked by leads in the period (the unassigned, null, last), each with its whole result. */
  members: Array<{ value: string | null; result: MetricsResult }>;
  /** The whole view: what the members sum to. */
  total: MetricsResult;
}

/**
 * The metrics of a view and of each member of `by` within it: one result per member as
 * `computeMetrics` gives it for `where` plus that member (the unassigned member: the view's
 * data without a value of `by`), and the view's total.
 */
export function computeBy(dataset: Dataset, query: MetricsQuery & { by: string }): SplitResult {
  const { by, ...rest } = query;
  const total = computeMetrics(dataset, rest);
  const where = resolveWhere(dataset, rest);
  const view = splitView(dataset, { where, by, metric: 'leads' });
  const resolved = { period: total.period, mode: total.mode, ...(rest.compare && { compare: rest.compare }) };
  const members = rankedMembers(dataset, total.interval, total.mode, { where, by });
  return {
    by,
    members: members.map((value) => ({
      value,
      result: computeSlice(dataset, resolved, { view, member: value, where: value === null ? without(where, by) : { ...where, [by]: value } }),
    })),
    total,
  };
}
