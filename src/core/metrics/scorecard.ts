import type { Dataset } from '../schema/dataset.js';
import { computeBy } from './members.js';
import type { MetricsQuery, MetricsResult } from './compute.js';

/** The scorecard's columns when a page names none: the funnel's volumes and rates, then the economics that judge them. */
export const SCORECARD_METRICS = ['leads', 'mqls', 'lead_to_mql', 'sqls', 'mql_to_sql', 'customers', 'win_rate', 'cac', 'ltv_to_cac'] as const;

/** The most channels a scorecard lists: beyond it, the ones with the most leads in the period. */
export const MAX_SCORECARD_CHANNELS = 50;

export interface ScorecardRow {
  /** The member of `by` (a channel, by default); null for the data without one; absent on the total. */
  channel?: string | null;
  /** Every metric of the catalogue for this member, compared as the query asks (to date while the period runs). */
  result: MetricsResult;
}

export interface Scorecard {
  /** The attribute whose members are the rows. */
  by: string;
  /** One row per member listed, then the total. */
  rows: ScorecardRow[];
  /** Members left out (beyond MAX_SCORECARD_CHANNELS, fewest leads first); the total still counts them. */
  omitted: number;
}

/**
 * Metrics distributed across the members of `by` (channels by default) within a view: the
 * same computation as one `computeMetrics` per member and one for the whole view, so each
 * cell is exactly what a card filtered to that member shows, and the members sum to the
 * total. The members are those with the most leads, in the data's order (the element sorts).
 */
export function scorecard(dataset: Dataset, query: Omit<MetricsQuery, 'channel'> & { by?: string } = {}): Scorecard {
  const { by = 'channel', ...rest } = query;
  const split = computeBy(dataset, { ...rest, by });
  const omitted = Math.max(0, split.members.length - MAX_SCORECARD_CHANNELS);
  const kept = split.members.slice(0, MAX_SCORECARD_CHANNELS);
  return { by, rows: [...kept.map(({ value, result }) => ({ channel: value, result })), { result: split.total }], omitted };
}
