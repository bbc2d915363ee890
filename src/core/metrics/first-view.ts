import { factTable, todayOf, windowTable, type FactTable } from '../aggregate/aggregate.js';
import { periodIndexes, selectFacts } from '../aggregate/select.js';
import type { Dataset } from '../schema/dataset.js';
import { progressOf } from '../time/running.js';
import { previousToDate, resolveQuery } from './compute.js';
import { KpiQueryError } from './query.js';

/**
 * The fact tables a page's first view reads, so that whoever holds the records (the page's
 * records worker) builds them all and the page aggregates nothing: the default query's table
 * (the latest period with facts, counted by period, every channel: SLAs read it too) and,
 * while that period runs, the previous period's to-date window, which would otherwise scan
 * every record again on the page; each with its periods summed over members.
 */
export function firstViewTables(dataset: Dataset): FactTable[] {
  let query: ReturnType<typeof resolveQuery>;
  try {
    query = resolveQuery(dataset, {});
  } catch (error) {
    // No period has facts: the first view says so, from the table alone.
    if (error instanceof KpiQueryError) return [factTable(dataset, dataset.granularity, 'period')];
    throw error;
  }
  const { period, mode, table } = query;
  // Every member's facts summed too, for every period (the all-channels view, and the earlier
  // periods its trend draws): over 50,000 channels, or a million records' samples, each is a
  // long task on the page.
  for (const index of periodIndexes(table)) selectFacts(table, index);
  const progress = progressOf(period, todayOf(dataset).day);
  if (!progress) return [table];
  const window = windowTable(dataset, previousToDate(period, progress), mode);
  selectFacts(window, 0);
  return [table, window];
}
