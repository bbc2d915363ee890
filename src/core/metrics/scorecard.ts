import type { Dataset } from '../schema/dataset.js';
import { channelsOf, computeMetrics, type MetricsQuery, type MetricsResult } from './compute.js';
import { channelsByLeads } from './series.js';

/** The scorecard's columns when a page names none: the funnel's volumes and rates, then the economics that judge them. */
export const SCORECARD_METRICS = ['leads', 'mqls', 'lead_to_mql', 'sqls', 'mql_to_sql', 'customers', 'win_rate', 'cac', 'ltv_to_cac'] as const;

/** The most channels a scorecard lists: beyond it, the ones with the most leads in the period. */
export const MAX_SCORECARD_CHANNELS = 50;

export interface ScorecardRow {
  /** The channel; absent on the total, which also counts leads without a channel. */
  channel?: string;
  /** Every metric of the catalogue for this channel, compared as the query asks (to date while the period runs). */
  result: MetricsResult;
}

export interface Scorecard {
  /** One row per channel listed, then the total. */
  rows: ScorecardRow[];
  /** Channels left out (beyond MAX_SCORECARD_CHANNELS); the total still counts them. */
  omitted: number;
}

/**
 * Metrics distributed across channels: the same computation as one `computeMetrics` per
 * channel and one for all channels, so each cell is exactly what a card filtered to that
 * channel shows. The total is the dataset's, unattributed leads included; the channels are
 * the named ones, in the data's order (the element sorts).
 */
export function scorecard(dataset: Dataset, query: Omit<MetricsQuery, 'channel'> = {}): Scorecard {
  const total = computeMetrics(dataset, query);
  let channels = channelsOf(dataset);
  const omitted = Math.max(0, channels.length - MAX_SCORECARD_CHANNELS);
  if (omitted > 0) {
    const kept = new Set(channelsByLeads(dataset, total.interval, total.mode, channels).slice(0, MAX_SCORECARD_CHANNELS));
    channels = channels.filter((c) => kept.has(c));
  }
  const resolved = { ...query, period: total.period, mode: total.mode };
  return {
    rows: [...channels.map((channel) => ({ channel, result: computeMetrics(dataset, { ...resolved, channel }) })), { result: total }],
    omitted,
  };
}
