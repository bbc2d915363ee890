import type { SummaryRow } from '../schema/dataset.js';
import { FACTS } from '../schema/facts.js';
import { containsPeriod, parsePeriod, periodFromIndex, periodIndexOfDay, type Granularity, type Period } from '../time/period.js';
import { UNATTRIBUTED, type TableBuilder } from './table.js';

/** The index at `granularity` of the period holding `period`, if it nests in one. */
function rollUpIndex(period: Period, granularity: Granularity): number | undefined {
  if (period.granularity === granularity) return period.index;
  const outer = periodFromIndex(granularity, periodIndexOfDay(granularity, period.startDay));
  return containsPeriod(outer, period) ? outer.index : undefined;
}

/** Adds summary rows, rolled up into the table's granularity; rows that do not nest are counted, not guessed at. */
export function addRows(builder: TableBuilder, rows: readonly SummaryRow[]): void {
  const indexes = new Map<string, number | undefined>();
  for (const row of rows) {
    if (!indexes.has(row.period)) {
      const period = parsePeriod(row.period);
      indexes.set(row.period, period && rollUpIndex(period, builder.table.granularity));
    }
    const index = indexes.get(row.period);
    if (index === undefined) {
      builder.table.unmappedRows++;
      continue;
    }
    const cell = builder.cell(builder.channel(row.channel ?? UNATTRIBUTED), index);
    cell.hits++;
    for (const fact of FACTS) {
      const value = row[fact];
      if (value !== undefined) {
        cell.sums[fact] += value;
        cell.known.add(fact);
      }
    }
  }
}
