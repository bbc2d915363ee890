import { overlapsSpan } from '../aggregate/span.js';
import { UNATTRIBUTED, type FactTable } from '../aggregate/table.js';
import type { Dataset } from '../schema/dataset.js';
import type { DayRange } from '../time/running.js';
import type { Computed } from './types.js';
import { selectionOf } from './values.js';

/** The value of any metric where there is no data. */
export const NO_DATA: Computed = { value: null, reason: 'no-data', n: 0 };

/**
 * Whether a quiet period or window counts as real zeros: with records, when it overlaps
 * the span of the data (the same span in both modes: a month with MQLs but no new leads is
 * a cohort of 0 leads). Rows say nothing of the days they do not cover.
 */
export function quietIsZero(table: FactTable, days: DayRange): boolean {
  return table.fromRecords && overlapsSpan(table.span, days);
}

/**
 * "No data for this period" (or window, whose facts sit at `index`): no row and no record
 * event falls in it for the member (a channel, by default) (so a period wholly outside the span of the data is
 * empty). With records, a quiet period inside the span (and a channel they know) is a real zero.
 */
export function isEmptySelection(dataset: Dataset, table: FactTable, days: DayRange, index: number, member: string | null | undefined): boolean {
  if (quietIsZero(table, days) && isKnownMember(table, member)) return false;
  return selectionOf(dataset, table, index, member).facts.hits === 0;
}

/** Whether the data names this member of the table's split anywhere (null: whether some data has none). */
export function isKnownMember(table: FactTable, member: string | null | undefined): boolean {
  if (member === undefined) return true;
  return member === null ? table.cells.has(UNATTRIBUTED) : table.members.includes(member);
}
