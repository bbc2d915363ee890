import { RECORD_FACTS } from '../schema/facts.js';
import type { Today } from '../schema/today.js';
import type { Granularity } from '../time/period.js';
import type { DayRange } from '../time/running.js';
import { CHANNEL_VIEW, type TableView, type Where } from './view.js';
import { emptyCell, type FactCell } from './cell.js';
import { PeriodCells } from './period-cells.js';

export const MODES = ['period', 'cohort'] as const;
export type Mode = (typeof MODES)[number];

/** Rows and records without a member of the table's split (no channel, no segment…) live under this key. */
export const UNATTRIBUTED = '';

/**
 * Facts of a dataset at one granularity and counting mode, in one view: member of the split
 * (a channel, by default) -> period index -> cell.
 */
export interface FactTable {
  granularity: Granularity;
  mode: Mode;
  fromRecords: boolean;
  /** The rows and records kept: those carrying every value of `where`. */
  where: Where;
  /** The attribute whose members key the cells: `channel`, or a dimension. */
  split: string;
  cells: Map<string, PeriodCells>;
  /** Members of the split in order of first appearance (unassigned excluded): every value the data names, quiet or not. */
  members: string[];
  /** Rows whose period does not nest in this granularity (a week row asked for a month). */
  unmappedRows: number;
  /** The span of the dataset's data (local days): a period or window outside it is "no data". */
  span?: DayRange;
  /** The "today" the table was built as of (a dataset's tables; not the CLI's rows from records). */
  today?: Today;
  /** A to-date window's days (its facts all in cell 0); absent for a table of periods. */
  window?: DayRange;
  /**
   * The facts of every member summed, by period index, as far as asked (see `selectFacts`):
   * a memo that travels with the table, so the records worker sums what the page will read.
   */
  totals?: Map<number, FactCell>;
  /** The indexes of the periods with facts, ascending, once asked (see `periodIndexes`): a memo that travels too. */
  periods?: readonly number[];
}

/** Builds a {@link FactTable}; channel-major so a record looks its channel up once. */
export class TableBuilder {
  readonly table: FactTable;
  constructor(granularity: Granularity, mode: Mode, fromRecords: boolean, of?: { span: DayRange | undefined; today: Today; view?: TableView; window?: DayRange }) {
    const { where, split } = of?.view ?? CHANNEL_VIEW;
    this.table = { granularity, mode, fromRecords, where, split, cells: new Map(), members: [], unmappedRows: 0, ...(of && { today: of.today }), ...(of?.span && { span: of.span }), ...(of?.window && { window: of.window }) };
  }

  /** The cells of one member of the split (UNATTRIBUTED for none). */
  member(member: string): PeriodCells {
    let byPeriod = this.table.cells.get(member);
    if (!byPeriod) {
      byPeriod = new PeriodCells();
      this.table.cells.set(member, byPeriod);
      if (member !== UNATTRIBUTED) this.table.members.push(member);
    }
    return byPeriod;
  }

  cell(byPeriod: PeriodCells, index: number): FactCell {
    let cell = byPeriod.get(index);
    if (!cell) {
      cell = emptyCell();
      if (this.table.fromRecords) {
        for (const fact of RECORD_FACTS) cell.known.add(fact);
        cell.reasonsKnown = true;
      }
      byPeriod.set(index, cell);
    }
    return cell;
  }
}
