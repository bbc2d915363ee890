import { RECORD_FACTS } from '../schema/facts.js';
import { UNATTRIBUTED, type FactTable } from './table.js';
import { emptyCell, mergeCell, type FactCell } from './cell.js';

/**
 * The facts of one period, for one channel or for all. All channels means every cell,
 * unattributed included; a channel means exactly that channel's cells.
 */
export function selectFacts(table: FactTable, periodIndex: number, channel?: string): FactCell {
  const selected = emptyCell();
  // With records, their facts are known even where no record fell (zero leads is a real 0).
  if (table.fromRecords) for (const fact of RECORD_FACTS) selected.known.add(fact);
  if (channel === UNATTRIBUTED) return selected;
  // One channel is one look-up: scanning every channel for each of 50,000 was quadratic.
  const channels = channel === undefined ? table.cells.values() : [table.cells.get(channel)];
  for (const byPeriod of channels) {
    const cell = byPeriod?.get(periodIndex);
    if (cell) mergeCell(selected, cell);
  }
  return selected;
}

/** Indexes of the periods that have any facts, ascending. */
export function periodIndexes(table: FactTable): number[] {
  const indexes = new Set<number>();
  for (const byPeriod of table.cells.values()) for (const index of byPeriod.keys()) indexes.add(index);
  return [...indexes].sort((a, b) => a - b);
}
