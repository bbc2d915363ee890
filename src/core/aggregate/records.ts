import { MS_PER_DAY, MS_PER_HOUR } from '../time/civil.js';
import type { ZoneOffsets } from '../time/zone.js';
import type { FactCell } from './cell.js';
import { PeriodBoundaries } from '../time/boundaries.js';
import { memberColumn, type MemberColumn, type RecordColumns } from './columns.js';
import { recordMask } from './view.js';
import type { PeriodCells } from './period-cells.js';
import { UNATTRIBUTED, type TableBuilder } from './table.js';

// Lead records -> facts, over parsed columns. The hot path of a million records: no
// allocation per event, stages unrolled with static property names.

export interface RecordOptions {
  zone: ZoneOffsets;
  /** "Contacted in SLA" means within this many hours. */
  windowHours: number;
  /** Events at or after this instant are absent, in both modes: the end of `asOf`, or of a to-date window. */
  until: number;
  /** Events before this instant are left out (a to-date window's start; in cohort mode, leads created before it). */
  from?: number;
  /** Instant -> bucket index; default: the periods of the table's granularity in the zone. */
  buckets?: Buckets;
  /** The member each record counts under; default: its member of the table's split. */
  split?: MemberColumn;
  /** Whether cells keep each sample behind a median (default); rows carry sums only. */
  samples?: boolean;
}

/** The records a view keeps, and the member of its split each one counts under. */
interface RecordView {
  split: MemberColumn;
  /** 0 for a record the view's `where` drops; undefined when it keeps all. */
  mask: Uint8Array | undefined;
}

/** Maps an instant to the index of the cell it lands in. */
export interface Buckets {
  indexOf(t: number): number;
}

class RecordBucketer {
  first = Infinity;
  last = -Infinity;
  byPeriod!: PeriodCells;
  readonly boundaries: Buckets;
  /** The instant events start counting from (a to-date window's start; -Infinity otherwise). */
  readonly from: number;
  /** Cells by member id + 1; slot 0 holds records without a member (no channel, no segment…). */
  readonly byMember: PeriodCells[];
  /** Member ids of the split, by record. */
  readonly memberIds: Int32Array;
  readonly mask: Uint8Array | undefined;
  readonly samples: boolean;

  constructor(
    readonly builder: TableBuilder,
    readonly columns: RecordColumns,
    readonly options: RecordOptions,
    view: RecordView,
  ) {
    this.boundaries = options.buckets ?? new PeriodBoundaries(options.zone, builder.table.granularity);
    this.from = options.from ?? -Infinity;
    this.byMember = [builder.member(UNATTRIBUTED), ...view.split.names.map((name) => builder.member(name))];
    this.memberIds = view.split.ids;
    this.mask = view.mask;
    this.samples = options.samples ?? true;
  }

  /** The cell of the period holding instant t in the dataset's zone. */
  at(t: number): FactCell {
    const index = this.boundaries.indexOf(t);
    if (index < this.first) this.first = index;
    if (index > this.last) this.last = index;
    return this.builder.cell(this.byPeriod, index);
  }

  contact(cell: FactCell, mqlAt: number, contactAt: number): void {
    // A contact not yet made by `until` is absent (NaN compares false).
    if (!(contactAt < this.options.until)) return;
    // A contact logged before the MQL instant was immediate, not negative.
    const hours = Math.max(0, contactAt - mqlAt) / MS_PER_HOUR;
    cell.sums.mqlsContacted++;
    cell.sums.responseHoursTotal += hours;
    if (hours <= this.options.windowHours) cell.sums.mqlsContactedInSla++;
    if (this.samples) cell.responseHours.push(hours);
  }

  won(cell: FactCell, i: number, wonAt: number): void {
    cell.sums.customers++;
    cell.sums.revenue += this.columns.amount[i]!;
    const days = (wonAt - this.columns.createdAt[i]!) / MS_PER_DAY;
    cell.sums.salesCycleDaysTotal += days;
    if (this.samples) cell.cycleDays.push(days);
  }

  /** The cell of record i's member for the period holding instant t. */
  cellOf(i: number, t: number): FactCell {
    this.byPeriod = this.byMember[this.memberIds[i]! + 1]!;
    return this.at(t);
  }

  /** Visits one stage's events, a column at a time: arrays read in order are what make a million fast. */
  eachEvent(column: Float64Array, visit: (cell: FactCell, i: number, t: number) => void): void {
    const { until } = this.options;
    const from = this.from;
    const mask = this.mask;
    for (let i = 0; i < column.length; i++) {
      if (mask !== undefined && mask[i] === 0) continue;
      const t = column[i]!;
      // Absent (NaN), outside [from, until): NaN fails every comparison.
      if (!(t < until && t >= from)) continue;
      const cell = this.cellOf(i, t);
      cell.hits++;
      visit(cell, i, t);
    }
  }

  /**
   * Period ("flow") mode: every event counts in the period of its own timestamp; contact
   * facts belong to the MQL event, revenue and cycle to the won event. Events at or after
   * `until` have not happened yet.
   */
  byEvent(): void {
    const c = this.columns;
    this.eachEvent(c.createdAt, (cell) => void cell.sums.leads++);
    this.eachEvent(c.mqlAt, (cell, i, t) => {
      cell.sums.mqls++;
      this.contact(cell, t, c.firstContactAt[i]!);
    });
    this.eachEvent(c.sqlAt, (cell) => void cell.sums.sqls++);
    this.eachEvent(c.opportunityAt, (cell) => void cell.sums.opportunities++);
    this.eachEvent(c.wonAt, (cell, i, t) => this.won(cell, i, t));
    this.eachEvent(c.lostAt, (cell) => void cell.sums.lostDeals++);
  }

  /**
   * Cohort mode: the lead counts in the period it was created in, with every stage it
   * reached by `asOf`. Reaching a stage means having its timestamp or any later one's
   * (a skipped stage was passed through), so counts never increase down the funnel.
   */
  byCohort(i: number): void {
    const c = this.columns;
    const until = this.options.until;
    // Comparisons with NaN are false: an absent timestamp is never "seen".
    const seen = (t: number) => t < until;
    const createdAt = c.createdAt[i]!;
    if (!(seen(createdAt) && createdAt >= this.from)) return;
    const cell = this.at(createdAt);
    const { sums } = cell;
    cell.hits++;
    sums.leads++;
    const wonAt = c.wonAt[i]!;
    const mqlAt = c.mqlAt[i]!;
    const reachedOpportunity = seen(wonAt) || seen(c.opportunityAt[i]!);
    const reachedSql = reachedOpportunity || seen(c.sqlAt[i]!);
    if (reachedSql || seen(mqlAt)) sums.mqls++;
    if (reachedSql) sums.sqls++;
    if (reachedOpportunity) sums.opportunities++;
    if (seen(wonAt)) this.won(cell, i, wonAt);
    if (seen(c.lostAt[i]!)) sums.lostDeals++;
    if (seen(mqlAt)) this.contact(cell, mqlAt, c.firstContactAt[i]!);
  }
}

/** Buckets the lead records of the builder's view into its table; returns the span of periods they touched. */
export function addRecords(builder: TableBuilder, columns: RecordColumns, options: RecordOptions): [number, number] | undefined {
  const { where, split } = builder.table;
  const bucketer = new RecordBucketer(builder, columns, options, { split: options.split ?? memberColumn(columns, split), mask: recordMask(columns, where) });
  if (builder.table.mode === 'cohort') {
    const { byMember, memberIds, mask } = bucketer;
    for (let i = 0; i < columns.length; i++) {
      if (mask !== undefined && mask[i] === 0) continue;
      bucketer.byPeriod = byMember[memberIds[i]! + 1]!;
      bucketer.byCohort(i);
    }
  } else {
    bucketer.byEvent();
  }
  if (builder.table.cells.get(UNATTRIBUTED)?.size === 0) builder.table.cells.delete(UNATTRIBUTED);
  return bucketer.first <= bucketer.last ? [bucketer.first, bucketer.last] : undefined;
}
