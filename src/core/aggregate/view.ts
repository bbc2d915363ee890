import type { SummaryRow } from '../schema/dataset.js';
import { memberOf, NO_WHERE, type Where } from '../schema/where.js';
import { memberColumn, type MemberColumn, type RecordColumns } from './columns.js';

export { memberOf, NO_WHERE, sameWhere, whereKey, type Where } from '../schema/where.js';

// A table's view: `where` keeps the rows and records that carry exactly its values, and the
// table's cells are keyed by the members of one attribute, its `split` (channel by default).

/** How a fact table is cut: what it keeps, and which attribute keys its cells. */
export interface TableView {
  where: Where;
  split: string;
}

/** Every row and record, by channel: the view every page starts from. */
export const CHANNEL_VIEW: TableView = Object.freeze({ where: NO_WHERE, split: 'channel' });

/** Whether a row carries every value of a where (a row without a dimension matches no value of it). */
export function rowMatches(row: SummaryRow, where: Where): boolean {
  for (const key in where) if (memberOf(row, key) !== where[key]) return false;
  return true;
}

/** Which records a where keeps (1) and drops (0); undefined when it keeps them all. */
export function recordMask(columns: RecordColumns, where: Where): Uint8Array | undefined {
  const keys = Object.keys(where);
  if (keys.length === 0) return undefined;
  const mask = new Uint8Array(columns.length).fill(1);
  for (const key of keys) {
    const column: MemberColumn = memberColumn(columns, key);
    const wanted = column.names.indexOf(where[key]!);
    // A value no record carries keeps none (and -1, "unassigned", must not match it).
    if (wanted < 0) return mask.fill(0);
    const ids = column.ids;
    for (let i = 0; i < mask.length; i++) if (ids[i] !== wanted) mask[i] = 0;
  }
  return mask;
}
