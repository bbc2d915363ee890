import type { Dataset, MetricsQuery, MetricsResult } from '../../core/kit.js';
import { computeMetrics } from '../../core/kit.js';

// Elements showing the same dataset with the same query (a dashboard's cards, funnel, gauge
// and economics card) share one computation: the core's metrics are a pure function of the
// two, and datasets are never changed once parsed. Results are shared, so read-only.
const computed = new WeakMap<Dataset, Map<string, MetricsResult>>();

const whereText = (where: MetricsQuery['where']) => (where === undefined ? '' : typeof where === 'string' ? where : JSON.stringify(where));
const keyOf = (query: MetricsQuery) => [query.period ?? '', query.channel ?? '', whereText(query.where), query.mode ?? '', query.compare?.join(' ') ?? '*'].join('\u0000');

/** computeMetrics, once per dataset object and query. */
export function sharedMetrics(dataset: Dataset, query: MetricsQuery): MetricsResult {
  let byQuery = computed.get(dataset);
  if (!byQuery) computed.set(dataset, (byQuery = new Map()));
  const key = keyOf(query);
  let result = byQuery.get(key);
  if (!result) {
    result = computeMetrics(dataset, query);
    byQuery.set(key, result);
    // The default period, named: a dashboard asks for the latest period, then hands its key to its widgets.
    byQuery.set(keyOf({ ...query, period: result.period }), result);
  }
  return result;
}
