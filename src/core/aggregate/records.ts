import { MS_PER_DAY, MS_PER_HOUR } from '../time/civil.js';
import type { ZoneOffsets } from '../time/zone.js';
import { reasonKey, type FactCell } from './cell.js';
import { PeriodBoundaries } from '../time/boundaries.js';
import { memberColumn, type MemberColumn, type RecordColumns } from './columns.js';
import { stallCandidates } from './stall-candidates.js';
import { recordMask } from './view.js';
import type { PeriodCells } from './period-cells.js';
import { UNATTRIBUTED, type TableBuilder } from './table.js';

// Lead records -> facts, over parsed columns. The hot path of a million records: no
// allocation per event, stages unrolled with static property names.

export interface RecordOptions {
  zone: ZoneOffsets;
  /** "Contacted in SLA" means within this many hours. */
  windowHours: number;
  /** "Decided in SLA" means accepted or rejected within this many hours of the MQL (default 24). */
  acceptanceHours?: number;
  /** How long a lead may wait in each stage before it is stalled (leads, MQLs, SQLs, opportunities; NaN: no limit). */
  stallDays?: readonly [number, number, number, number];
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

/** Maps an instant to the index of the cell it lands in, and a cell to the instant it ends. */
export interface Buckets {
  indexOf(t: number): number;
  /** The first instant after cell `index`: decisions and stalls are read as they stood then. */
  endOf(index: number): number;
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
  readonly acceptanceHours: number;

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
    this.acceptanceHours = options.acceptanceHours ?? 24;
  }

  /** The index of the cell `at` last handed out. */
  lastIndex = 0;

  /** The cell of the period holding instant t in the dataset's zone. */
  at(t: number): FactCell {
    const index = this.boundaries.indexOf(t);
    this.lastIndex = index;
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

  /**
   * Sales' answer to an MQL, in the MQL's cell: decided by the end of the MQL's period (or
   * of `until`, when that comes first; in cohort mode `until` alone), and how fast.
   */
  decision(cell: FactCell, i: number, mqlAt: number, byPeriodEnd: boolean): void {
    const c = this.columns;
    const accepted = c.acceptedAt[i]!;
    const at = accepted === accepted ? accepted : c.rejectedAt[i]!;
    // No answer at all (NaN compares false); the deadline is only looked up for an answer.
    if (!(at < this.options.until)) return;
    if (byPeriodEnd && !(at < this.boundaries.endOf(this.lastIndex))) return;
    // A decision logged before the MQL instant was immediate, not negative.
    const hours = Math.max(0, at - mqlAt) / MS_PER_HOUR;
    cell.sums.mqlsDecided++;
    cell.sums.decisionHoursTotal += hours;
    if (hours <= this.acceptanceHours) cell.sums.mqlsDecidedInSla++;
    if (this.samples) cell.decisionHours.push(hours);
  }

  /** Failure keys by kind and reason id + 1 (slot 0: no reason), made once: no string per failure. */
  readonly #failureKeys = new Map<string, string[]>();

  /** A failure by its reason code ('' for none) and kind. */
  failure(cell: FactCell, i: number, kind: string): void {
    let keys = this.#failureKeys.get(kind);
    if (!keys) {
      keys = ['', ...this.columns.reasons].map((code) => reasonKey(kind, code));
      this.#failureKeys.set(kind, keys);
    }
    const key = keys[this.columns.reason[i]! + 1]!;
    cell.reasons.set(key, (cell.reasons.get(key) ?? 0) + 1);
  }

  /** Time in a stage, in the cell of the later stamp (`to`): both there by `until`, never below 0. */
  stageTime(cell: FactCell, stage: number, from: number, to: number): void {
    if (!(from < this.options.until)) return;
    const days = Math.max(0, to - from) / MS_PER_DAY;
    const sums = cell.sums;
    switch (stage) {
      case 0:
        sums.leadToMqlSamples++;
        sums.leadToMqlDaysTotal += days;
        break;
      case 1:
        sums.mqlToSqlSamples++;
        sums.mqlToSqlDaysTotal += days;
        break;
      case 2:
        sums.sqlToOpportunitySamples++;
        sums.sqlToOpportunityDaysTotal += days;
        break;
      default:
        sums.opportunityToCustomerSamples++;
        sums.opportunityToCustomerDaysTotal += days;
    }
    if (this.samples) cell.stageDays[stage]!.push(days);
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
      this.decision(cell, i, t, true);
      this.stageTime(cell, 0, c.createdAt[i]!, t);
    });
    this.eachEvent(c.sqlAt, (cell, i, t) => {
      cell.sums.sqls++;
      this.stageTime(cell, 1, c.mqlAt[i]!, t);
    });
    this.eachEvent(c.opportunityAt, (cell, i, t) => {
      cell.sums.opportunities++;
      this.stageTime(cell, 2, c.sqlAt[i]!, t);
    });
    this.eachEvent(c.wonAt, (cell, i, t) => {
      this.won(cell, i, t);
      this.stageTime(cell, 3, c.opportunityAt[i]!, t);
    });
    this.eachEvent(c.lostAt, (cell, i) => {
      cell.sums.lostDeals++;
      this.failure(cell, i, 'lost');
    });
    this.eachEvent(c.acceptedAt, (cell) => void cell.sums.mqlsAccepted++);
    this.eachEvent(c.rejectedAt, (cell, i) => {
      cell.sums.mqlsRejected++;
      this.failure(cell, i, 'rejected');
    });
    this.eachEvent(c.disqualifiedAt, (cell, i) => {
      cell.sums.leadsDisqualified++;
      this.failure(cell, i, 'disqualified');
    });
    this.eachEvent(c.recycledAt, (cell) => void cell.sums.leadsRecycled++);
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
    if (seen(c.lostAt[i]!)) {
      sums.lostDeals++;
      this.failure(cell, i, 'lost');
    }
    if (seen(mqlAt)) {
      this.contact(cell, mqlAt, c.firstContactAt[i]!);
      this.decision(cell, i, mqlAt, false);
      // Sales answers an MQL: over the cohort, the answers to its MQLs (accepted + rejected = decided).
      if (seen(c.acceptedAt[i]!)) sums.mqlsAccepted++;
      if (seen(c.rejectedAt[i]!)) {
        sums.mqlsRejected++;
        this.failure(cell, i, 'rejected');
      }
    }
    if (seen(c.disqualifiedAt[i]!)) {
      sums.leadsDisqualified++;
      this.failure(cell, i, 'disqualified');
    }
    if (seen(c.recycledAt[i]!)) sums.leadsRecycled++;
    // Time in each stage over the cohort: where both stamps are there by `until`.
    const sqlAt = c.sqlAt[i]!;
    const opportunityAt = c.opportunityAt[i]!;
    if (seen(mqlAt)) this.stageTime(cell, 0, createdAt, mqlAt);
    if (seen(sqlAt)) this.stageTime(cell, 1, mqlAt, sqlAt);
    if (seen(opportunityAt)) this.stageTime(cell, 2, sqlAt, opportunityAt);
    if (seen(wonAt)) this.stageTime(cell, 3, opportunityAt, wonAt);
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
  if (options.stallDays) addStalls(bucketer, options.stallDays);
  if (builder.table.cells.get(UNATTRIBUTED)?.size === 0) builder.table.cells.delete(UNATTRIBUTED);
  return bucketer.first <= bucketer.last ? [bucketer.first, bucketer.last] : undefined;
}

/**
 * Stalled leads (README, "Stages"): at the end of each period (or at `until` for the one
 * that holds it), a lead waits in the latest stage it reached; it is stalled when that
 * stage has a `maxDays` and it has waited longer, with no later stage and no win, loss,
 * rejection, disqualification or recycling by then. A stock, counted in the cell of each
 * period it is stalled at the end of (in cohort mode, only its cohort's period).
 *
 * A wait is stalled at the ends of a run of consecutive periods. Each run is added as +1 at its
 * first period and −1 after its last, per member and stage, and the runs summed once (a
 * difference array): a wait stalled all year costs what a wait stalled for a month does.
 */
function addStalls(bucketer: RecordBucketer, maxDays: readonly [number, number, number, number]): void {
  const c = bucketer.columns;
  const { until } = bucketer.options;
  const from = bucketer.from;
  const periods = bucketer.boundaries;
  const cohort = bucketer.builder.table.mode === 'cohort';
  const waits = stallCandidates(c, maxDays);
  // The period holding `until`, or the one ending at it when `until` starts a period (a window's one cell holds both).
  const holdingUntil = periods.indexOf(until);
  const lastOfAll = periods.endOf(holdingUntil - 1) >= until ? holdingUntil - 1 : holdingUntil;
  // Each wait's run of periods, [first, last]; none where last < first.
  const firsts = new Int32Array(waits.length);
  const lasts = new Int32Array(waits.length).fill(-1);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let n = 0; n < waits.length; n++) {
    const i = waits.record[n]!;
    if (bucketer.mask !== undefined && bucketer.mask[i] === 0) continue;
    const createdAt = c.createdAt[i]!;
    // Period mode: every lead known by then; cohort mode: the cohort's (a window's, from its start).
    if (!(createdAt < until && (!cohort || createdAt >= from))) continue;
    const stalledFrom = waits.from[n]!;
    if (!(stalledFrom < until)) continue;
    const leave = waits.leave[n]!;
    // The periods whose end (or `until`) falls inside (stalledFrom, leave).
    const first = periods.indexOf(cohort ? createdAt : stalledFrom);
    let last: number;
    if (cohort) {
      const at = Math.min(periods.endOf(first), until);
      last = at > stalledFrom && at < leave ? first : first - 1;
    } else {
      last = leave <= until ? lastEndingBefore(periods, leave) : Math.max(first, lastOfAll);
    }
    if (last < first) continue;
    firsts[n] = first;
    lasts[n] = last;
    if (first < lowest) lowest = first;
    if (last > highest) highest = last;
  }
  if (!(lowest <= highest)) return;
  // Per member, the four stages' differences over the periods lowest to highest.
  const width = highest - lowest + 2;
  const differences: Int32Array[] = [];
  for (let n = 0; n < waits.length; n++) {
    if (lasts[n]! < firsts[n]!) continue;
    const d = (differences[bucketer.memberIds[waits.record[n]!]! + 1] ??= new Int32Array(width * 4));
    d[(firsts[n]! - lowest) * 4 + waits.stage[n]!]!++;
    d[(lasts[n]! + 1 - lowest) * 4 + waits.stage[n]!]!--;
  }
  differences.forEach((d, slot) => {
    const stalled = [0, 0, 0, 0];
    for (let k = 0; k < d.length; k++) {
      const s = k % 4;
      stalled[s]! += d[k]!;
      if (stalled[s]) bucketer.builder.cell(bucketer.byMember[slot]!, lowest + (k >> 2)).stalled[s]! += stalled[s]!;
    }
  });
}

/** The last period ending before instant t: the one before t's, or two before when t starts its period. */
function lastEndingBefore(periods: Buckets, t: number): number {
  const holding = periods.indexOf(t);
  return periods.endOf(holding - 1) < t ? holding - 1 : holding - 2;
}
