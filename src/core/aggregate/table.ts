import { RECORD_FACTS } from '../schema/facts.js';
import type { Today } from '../schema/today.js';
import type { Granularity } from '../time/period.js';
import type { DayRange } from '../time/running.js';
import { emptyCell, type FactCell } from './cell.js';
import { PeriodCells } from './period-cells.js';

export const MODES = ['period', 'cohort'] as const;
export type Mode = (typeof MODES)[number];

/** Rows without a channel, and records without one, live under this key. */
export const UNATTRIBUTED = '';

/** Facts of a dataset at one granularity and counting mode: channel -> period index -> cell. */
export interface FactTable {
  granularity: Granularity;
  mode: Mode;
  fromRecords: boolean;
  cells: Map<string, PeriodCells>;
  /** Channels in order of first appearance (unattributed excluded). */
  channels: string[];
  /** Rows whose period does not nest in this granularity (a week row asked for a month). */
  unmappedRows: number;
  /** The span of the dataset's data (local days): a period or window outside it is "no data". */
  span?: DayRange;
  /** The "today" the table was built as of (a dataset's tables; not the CLI's rows from records). */
  today?: Today;
}

/** Builds a {@link FactTable}; channel-major so a record looks its channel up once. */
export class TableBuilder {
  readonly table: FactTable;
  constructor(granularity: Granularity, mode: Mode, fromRecords: boolean, of?: { span: DayRange | undefined; today: Today }) {
    this.table = { granularity, mode, fromRecords, cells: new Map(), channels: [], unmappedRows: 0, ...(of && { today: of.today }), ...(of?.span && { span: of.span }) };
  }

  channel(channel: string): PeriodCells {
    let byPeriod = this.table.cells.get(channel);
    if (!byPeriod) {
      byPeriod = new PeriodCells();
      this.table.cells.set(channel, byPeriod);
      if (channel !== UNATTRIBUTED) this.table.channels.push(channel);
    }
    return byPeriod;
  }

  cell(byPeriod: PeriodCells, index: number): FactCell {
    let cell = byPeriod.get(index);
    if (!cell) {
      cell = emptyCell();
      if (this.table.fromRecords) for (const fact of RECORD_FACTS) cell.known.add(fact);
      byPeriod.set(index, cell);
    }
    return cell;
  }
}
