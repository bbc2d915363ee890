import { channelsOf } from '../core/metrics/compute.js';
import { membersOf } from '../core/metrics/members.js';
import { resolveWhere, type ViewQuery } from '../core/metrics/query.js';
import type { Dataset } from '../core/schema/dataset.js';
import { UsageError } from './usage.js';

/**
 * Refuses a view that names a value the data never has (`--where segment=enterprise` when the
 * member is "Enterprise", a misspelt channel), listing the values it does have: a pipeline
 * would otherwise read a table of zeros as an answer. An attribute the dataset does not
 * declare is refused by the core, with the ones it does.
 */
export function checkView(dataset: Dataset, query: ViewQuery): void {
  const where = resolveWhere(dataset, query);
  for (const [attribute, value] of Object.entries(where)) {
    const members = attribute === 'channel' ? channelsOf(dataset) : membersOf(dataset, { by: attribute }).filter((m): m is string => m !== null);
    if (members.includes(value)) continue;
    const asked = attribute === 'channel' && query.channel !== undefined ? `--channel "${value}"` : `--where ${attribute}="${value}"`;
    throw new UsageError(`${asked} is not in the data; its ${attribute === 'channel' ? 'channels' : `${attribute} values`}: ${members.join(', ') || '(none)'}`);
  }
}
