import { MS_PER_DAY, MS_PER_HOUR } from '../time/civil.js';
import type { ZoneOffsets } from '../time/zone.js';
import type { FactCell } from './cell.js';
import { PeriodBoundaries } from '../time/boundaries.js';
import type { RecordColumns } from './columns.js';
import type { PeriodCells } from './period-cells.js';
import { UNATTRIBUTED, type TableBuilder } from './table.js';

// Lead records -> facts, over parsed columns. The hot path of a million records: no
// allocation per event, stages unrolled with static property names.

export interface RecordOptions {
  zone: ZoneOffsets;
  /** "Contacted in SLA" means within this many hours. */
  windowHours: number;
  /** Cohort mode ignores events at or after this instant (the end of `asOf`). */
  until: number;
}

const isSet = (t: number) => !Number.isNaN(t);

class RecordBucketer {
  first = Infinity;
  last = -Infinity;
  byPeriod!: PeriodCells;
  readonly boundaries: PeriodBoundaries;

  constructor(
    readonly builder: TableBuilder,
    readonly columns: RecordColumns,
    readonly options: RecordOptions,
  ) {
    this.boundaries = new PeriodBoundaries(options.zone, builder.table.granularity);
  }

  /** The cell of the period holding instant t in the dataset's zone. */
  at(t: number): FactCell {
    const index = this.boundaries.indexOf(t);
    if (index < this.first) this.first = index;
    if (index > this.last) this.last = index;
    return this.builder.cell(this.byPeriod, index);
  }

  contact(cell: FactCell, mqlAt: number, contactAt: number): void {
    if (!isSet(contactAt)) return;
    // A contact logged before the MQL instant was immediate, not negative.
    const hours = Math.max(0, contactAt - mqlAt) / MS_PER_HOUR;
    cell.sums.mqlsContacted++;
    cell.sums.responseHoursTotal += hours;
    if (hours <= this.options.windowHours) cell.sums.mqlsContactedInSla++;
    cell.responseHours.push(hours);
  }

  won(cell: FactCell, i: number, wonAt: number): void {
    cell.sums.customers++;
    cell.sums.revenue += this.columns.amount[i]!;
    const days = (wonAt - this.columns.createdAt[i]!) / MS_PER_DAY;
    cell.sums.salesCycleDaysTotal += days;
    cell.cycleDays.push(days);
  }

  /** Period ("flow") mode: every event counts in the period of its own timestamp. */
  byEvent(i: number): void {
    const c = this.columns;
    let cell = this.at(c.createdAt[i]!);
    cell.sums.leads++;
    cell.hits++;
    const mqlAt = c.mqlAt[i]!;
    if (isSet(mqlAt)) {
      cell = this.at(mqlAt);
      cell.sums.mqls++;
      cell.hits++;
      this.contact(cell, mqlAt, c.firstContactAt[i]!);
    }
    const sqlAt = c.sqlAt[i]!;
    if (isSet(sqlAt)) {
      cell = this.at(sqlAt);
      cell.sums.sqls++;
      cell.hits++;
    }
    const opportunityAt = c.opportunityAt[i]!;
    if (isSet(opportunityAt)) {
      cell = this.at(opportunityAt);
      cell.sums.opportunities++;
      cell.hits++;
    }
    const wonAt = c.wonAt[i]!;
    if (isSet(wonAt)) {
      cell = this.at(wonAt);
      this.won(cell, i, wonAt);
      cell.hits++;
    }
    const lostAt = c.lostAt[i]!;
    if (isSet(lostAt)) {
      cell = this.at(lostAt);
      cell.sums.lostDeals++;
      cell.hits++;
    }
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
    if (!seen(createdAt)) return;
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
    const contactAt = c.firstContactAt[i]!;
    if (seen(mqlAt)) this.contact(cell, mqlAt, seen(contactAt) ? contactAt : NaN);
  }
}

/** Buckets lead records into the builder's table; returns the span of periods they touched. */
export function addRecords(builder: TableBuilder, columns: RecordColumns, options: RecordOptions): [number, number] | undefined {
  const bucketer = new RecordBucketer(builder, columns, options);
  const byChannel = columns.channels.map((name) => builder.channel(name));
  const unattributed = builder.channel(UNATTRIBUTED);
  const cohort = builder.table.mode === 'cohort';
  for (let i = 0; i < columns.length; i++) {
    const channel = columns.channel[i]!;
    bucketer.byPeriod = channel < 0 ? unattributed : byChannel[channel]!;
    if (cohort) bucketer.byCohort(i);
    else bucketer.byEvent(i);
  }
  if (unattributed.size === 0) builder.table.cells.delete(UNATTRIBUTED);
  return bucketer.first <= bucketer.last ? [bucketer.first, bucketer.last] : undefined;
}
