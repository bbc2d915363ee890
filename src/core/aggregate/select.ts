import { UNATTRIBUTED, type FactTable } from './aggregate.js';
import { RECORD_FACTS } from '../schema/facts.js';
import { emptyCell, mergeCell, type FactCell } from './cell.js';

/**
 * The facts of one period, for one channel or for all. All channels means every cell,
 * unattributed included; a channel means exactly that channel's cells.
 */
export function selectFacts(table: FactTable, periodIndex: number, channel?: string): FactCell {
  const selected = emptyCell();
  if (table.fromRecords) {
    // With records, their facts are known even where no record fell (zero leads is a real 0).
    for (const fact of RECORD_FACTS) selected.known.add(fact);
  }
  const byChannel = table.cells.get(periodIndex);
  if (!byChannel) return selected;
  if (channel === undefined) {
    for (const cell of byChannel.values()) mergeCell(selected, cell);
  } else if (channel !== UNATTRIBUTED) {
    const cell = byChannel.get(channel);
    if (cell) mergeCell(selected, cell);
  }
  return selected;
}

/** Indexes of the periods that have any facts, ascending. */
export function periodIndexes(table: FactTable): number[] {
  return [...table.cells.keys()].sort((a, b) => a - b);
}
