import { RECORD_FACTS } from '../schema/facts.js';
import { UNATTRIBUTED, type FactTable } from './table.js';
import { emptyCell, mergeCell, type FactCell } from './cell.js';

/**
 * The facts of one period, for one member of the table's split (a channel, by default) or
 * for all. All means every cell, unassigned included; a member means exactly its cells;
 * `null` is the unassigned member (what a `by` split shows as "unassigned").
 */
export function selectFacts(table: FactTable, periodIndex: number, channel?: string | null): FactCell {
  if (channel === undefined) {
    // Summed once per table and period (50,000 channels take tens of ms), and handed out as it is: readers never write to it.
    let total = table.totals?.get(periodIndex);
    if (!total) {
      total = selectChannels(table, periodIndex, table.cells.keys());
      (table.totals ??= new Map()).set(periodIndex, total);
    }
    return total;
  }
  if (channel === null) return selectChannels(table, periodIndex, [UNATTRIBUTED]);
  // Unassigned facts count only in the whole view: as a member's name, "" selects nothing.
  if (channel === UNATTRIBUTED) return selectChannels(table, periodIndex, []);
  // One channel's cell is its own selection: handed out as it is (readers never write to it),
  // which saves a copy per channel when a chart asks for 50,000 of them.
  return table.cells.get(channel)?.get(periodIndex) ?? selectChannels(table, periodIndex, []);
}

/**
 * The facts of one period summed over a set of channels (the "other" channels of a chart
 * that draws the top ones): exact, since every fact is additive and samples concatenate.
 */
export function selectChannels(table: FactTable, periodIndex: number, channels: Iterable<string>): FactCell {
  const selected = emptyCell();
  // With records, their facts are known even where no record fell (zero leads is a real 0).
  if (table.fromRecords) {
    for (const fact of RECORD_FACTS) selected.known.add(fact);
    selected.reasonsKnown = true;
  }
  // One channel is one look-up: scanning every channel for each of 50,000 was quadratic.
  for (const channel of channels) {
    const cell = table.cells.get(channel)?.get(periodIndex);
    if (cell) mergeCell(selected, cell);
  }
  return selected;
}

/** Indexes of the periods that have any facts, ascending (a scan of every member's cells: once per table). */
export function periodIndexes(table: FactTable): readonly number[] {
  if (!table.periods) {
    const indexes = new Set<number>();
    for (const byPeriod of table.cells.values()) for (const index of byPeriod.keys()) indexes.add(index);
    table.periods = [...indexes].sort((a, b) => a - b);
  }
  return table.periods;
}
