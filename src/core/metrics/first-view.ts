import { factTable, todayOf, windowTable, type FactTable } from '../aggregate/aggregate.js';
import { periodIndexes, selectFacts } from '../aggregate/select.js';
import type { Dataset } from '../schema/dataset.js';
import { progressOf } from '../time/running.js';
import { previousToDate, resolveQuery } from './compute.js';
import { KpiQueryError } from './query.js';

/** From this many members, summing a period over them takes the page long enough to do it here (a few members sum in no time). */
const MANY_MEMBERS = 1000;

/**
 * The fact tables a page's first view reads, so that whoever holds the records (the page's
 * records worker) builds them all and the page aggregates nothing: the default query's table
 * (the latest period with facts, counted by period, every channel: SLAs read it too) and,
 * while that period runs, the previous period's to-date window, which would otherwise scan
 * every record again on the page; each with the period it is read at summed over members.
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
  // Every member's facts summed too (the page's all-channels view): with 50,000 channels that
  // is a long task of its own on the page, and so is each earlier period a trend draws.
  for (const index of table.members.length >= MANY_MEMBERS ? periodIndexes(table) : [period.index]) selectFacts(table, index);
  const progress = progressOf(period, todayOf(dataset).day);
  if (!progress) return [table];
  const window = windowTable(dataset, previousToDate(period, progress), mode);
  selectFacts(window, 0);
  return [table, window];
}
