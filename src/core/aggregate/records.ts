import { MS_PER_DAY, MS_PER_HOUR } from '../time/civil.js';
import type { ZoneOffsets } from '../time/zone.js';
import { PeriodBoundaries } from '../time/boundaries.js';
import {
  CUSTOMERS,
  CYCLE_DAYS,
  DECISION_HOURS,
  DECISION_HOURS_TOTAL,
  FAILURE,
  HITS,
  LEADS,
  LEADS_DISQUALIFIED,
  LEADS_RECYCLED,
  LOST_DEALS,
  MQLS,
  MQLS_ACCEPTED,
  MQLS_CONTACTED,
  MQLS_CONTACTED_IN_SLA,
  MQLS_DECIDED,
  MQLS_DECIDED_IN_SLA,
  MQLS_REJECTED,
  OPPORTUNITIES,
  RecordCells,
  RESPONSE_HOURS_TOTAL,
  RESPONSE_HOURS,
  REVENUE,
  SALES_CYCLE_DAYS_TOTAL,
  SQLS,
  STAGE_DAYS,
  STAGE_DAYS_TOTAL,
  STAGE_SAMPLES,
  WIDTH,
} from './record-cells.js';
import { memberColumn, type MemberColumn, type RecordColumns } from './columns.js';
import { stallCandidates } from './stall-candidates.js';
import { recordMask } from './view.js';
import type { PeriodCells } from './period-cells.js';
import { UNATTRIBUTED, type TableBuilder } from './table.js';

// Lead records -> facts, over parsed columns. The hot path of a million records: no
// allocation per event, every fact written at its offset in a typed array (record-cells.ts).

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

/**
 * Each sparse column's indexes with a value, learned on its first scan: a payload's columns
 * outlive the many tables built from them (granularities, modes, views, windows, refreshes),
 * and most stamps are absent in most records. `null`: a column over half full, scanned whole.
 */
const presentMemo = new WeakMap<Float64Array, Int32Array | null>();
/** Where a first scan writes the indexes it finds (reused: one scan runs at a time). */
let found = new Int32Array(0);

// The kinds of record event, in the order `byEvent` visits their columns.
const [LEAD, MQL, SQL, OPPORTUNITY, WON, LOST, ACCEPTED, REJECTED, DISQUALIFIED] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

class RecordBucketer {
  readonly boundaries: Buckets;
  /** The instant events start counting from (a to-date window's start; -Infinity otherwise). */
  readonly from: number;
  /** Cells by member id + 1; slot 0 holds records without a member (no channel, no segment…). */
  readonly byMember: PeriodCells[];
  /** Member ids of the split, by record. */
  readonly memberIds: Int32Array;
  readonly mask: Uint8Array | undefined;
  readonly acceptanceHours: number;
  /** The facts as they are counted, folded into the table's cells at the end. */
  readonly cells: RecordCells;

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
    this.cells = new RecordCells(options.samples ?? true, (slot, index) => builder.cell(this.byMember[slot]!, index), columns.reasons);
    this.acceptanceHours = options.acceptanceHours ?? 24;
  }

  contact(id: number, mqlAt: number, contactAt: number): void {
    // A contact not yet made by `until` is absent (NaN compares false).
    if (!(contactAt < this.options.until)) return;
    // A contact logged before the MQL instant was immediate, not negative.
    const hours = Math.max(0, contactAt - mqlAt) / MS_PER_HOUR;
    const sums = this.cells.sums;
    const at = id * WIDTH;
    sums[at + MQLS_CONTACTED]!++;
    sums[at + RESPONSE_HOURS_TOTAL]! += hours;
    if (hours <= this.options.windowHours) sums[at + MQLS_CONTACTED_IN_SLA]!++;
    this.cells.sample(id, RESPONSE_HOURS, hours);
  }

  /**
   * Sales' answer to an MQL, in the MQL's cell: decided by the end of the MQL's period
   * `periodIndex` (or of `until`, when that comes first; in cohort mode, with no period,
   * `until` alone), and how fast.
   */
  decision(id: number, i: number, mqlAt: number, periodIndex: number | undefined): void {
    const c = this.columns;
    const accepted = c.acceptedAt[i]!;
    const at = accepted === accepted ? accepted : c.rejectedAt[i]!;
    // No answer at all (NaN compares false); the deadline is only looked up for an answer.
    if (!(at < this.options.until)) return;
    if (periodIndex !== undefined && !(at < this.boundaries.endOf(periodIndex))) return;
    // A decision logged before the MQL instant was immediate, not negative.
    const hours = Math.max(0, at - mqlAt) / MS_PER_HOUR;
    const sums = this.cells.sums;
    const base = id * WIDTH;
    sums[base + MQLS_DECIDED]!++;
    sums[base + DECISION_HOURS_TOTAL]! += hours;
    if (hours <= this.acceptanceHours) sums[base + MQLS_DECIDED_IN_SLA]!++;
    this.cells.sample(id, DECISION_HOURS, hours);
  }

  /** A failure of record i: its kind and its reason (or none). */
  failure(id: number, i: number, kind: number): void {
    this.cells.fail(id, kind, this.columns.reason[i]! + 1);
  }

  /** Time in a stage, in the cell of the later stamp (`to`): both there by `until`, never below 0. */
  stageTime(id: number, stage: 0 | 1 | 2 | 3, from: number, to: number): void {
    if (!(from < this.options.until)) return;
    const days = Math.max(0, to - from) / MS_PER_DAY;
    const sums = this.cells.sums;
    sums[id * WIDTH + STAGE_SAMPLES[stage]]!++;
    sums[id * WIDTH + STAGE_DAYS_TOTAL[stage]]! += days;
    this.cells.sample(id, STAGE_DAYS + stage, days);
  }

  won(id: number, i: number, wonAt: number): void {
    const sums = this.cells.sums;
    const at = id * WIDTH;
    sums[at + CUSTOMERS]!++;
    sums[at + REVENUE]! += this.columns.amount[i]!;
    const days = (wonAt - this.columns.createdAt[i]!) / MS_PER_DAY;
    sums[at + SALES_CYCLE_DAYS_TOTAL]! += days;
    this.cells.sample(id, CYCLE_DAYS, days);
  }

  /**
   * Visits one event column (its kind, in `byEvent`'s order), a column at a time: arrays read
   * in order are what make a million fast. One loop with a switch, not a callback per kind:
   * a call site that ten callbacks share is never inlined.
   */
  eachEvent(column: Float64Array, kind: number): void {
    const c = this.columns;
    const cells = this.cells;
    const { until } = this.options;
    const from = this.from;
    const mask = this.mask;
    const memberIds = this.memberIds;
    const boundaries = this.boundaries;
    const present = presentMemo.get(column);
    const learn = present === undefined;
    if (learn && found.length < column.length) found = new Int32Array(column.length);
    let seen = 0;
    const count = present ? present.length : column.length;
    for (let n = 0; n < count; n++) {
      const i = present ? present[n]! : n;
      const t = column[i]!;
      if (learn && t === t) found[seen++] = i;
      if (mask !== undefined && mask[i] === 0) continue;
      // Absent (NaN), outside [from, until): NaN fails every comparison.
      if (!(t < until && t >= from)) continue;
      const index = boundaries.indexOf(t);
      // Slot 0: no member; member id m in slot m + 1.
      const id = cells.id(memberIds[i]! + 1, index);
      const at = id * WIDTH;
      // Read after `id`, which may have grown the array.
      const sums = cells.sums;
      sums[at + HITS]!++;
      switch (kind) {
        case LEAD:
          sums[at + LEADS]!++;
          break;
        case MQL:
          sums[at + MQLS]!++;
          this.contact(id, t, c.firstContactAt[i]!);
          this.decision(id, i, t, index);
          this.stageTime(id, 0, c.createdAt[i]!, t);
          break;
        case SQL:
          sums[at + SQLS]!++;
          this.stageTime(id, 1, c.mqlAt[i]!, t);
          break;
        case OPPORTUNITY:
          sums[at + OPPORTUNITIES]!++;
          this.stageTime(id, 2, c.sqlAt[i]!, t);
          break;
        case WON:
          this.won(id, i, t);
          this.stageTime(id, 3, c.opportunityAt[i]!, t);
          break;
        case LOST:
          sums[at + LOST_DEALS]!++;
          this.failure(id, i, FAILURE.lost);
          break;
        case ACCEPTED:
          sums[at + MQLS_ACCEPTED]!++;
          break;
        case REJECTED:
          sums[at + MQLS_REJECTED]!++;
          this.failure(id, i, FAILURE.rejected);
          break;
        case DISQUALIFIED:
          sums[at + LEADS_DISQUALIFIED]!++;
          this.failure(id, i, FAILURE.disqualified);
          break;
        default:
          sums[at + LEADS_RECYCLED]!++;
      }
    }
    if (learn) presentMemo.set(column, seen <= column.length / 2 ? found.slice(0, seen) : null);
  }

  /**
   * Period ("flow") mode: every event counts in the period of its own timestamp; contact
   * facts belong to the MQL event, revenue and cycle to the won event. Events at or after
   * `until` have not happened yet.
   */
  byEvent(): void {
    const c = this.columns;
    const columns = [c.createdAt, c.mqlAt, c.sqlAt, c.opportunityAt, c.wonAt, c.lostAt, c.acceptedAt, c.rejectedAt, c.disqualifiedAt, c.recycledAt];
    for (let kind = 0; kind < columns.length; kind++) this.eachEvent(columns[kind]!, kind);
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
    const id = this.cells.id(this.memberIds[i]! + 1, this.boundaries.indexOf(createdAt));
    const at = id * WIDTH;
    const sums = this.cells.sums;
    sums[at + HITS]!++;
    sums[at + LEADS]!++;
    const wonAt = c.wonAt[i]!;
    const mqlAt = c.mqlAt[i]!;
    const reachedOpportunity = seen(wonAt) || seen(c.opportunityAt[i]!);
    const reachedSql = reachedOpportunity || seen(c.sqlAt[i]!);
    if (reachedSql || seen(mqlAt)) sums[at + MQLS]!++;
    if (reachedSql) sums[at + SQLS]!++;
    if (reachedOpportunity) sums[at + OPPORTUNITIES]!++;
    if (seen(wonAt)) this.won(id, i, wonAt);
    if (seen(c.lostAt[i]!)) {
      sums[at + LOST_DEALS]!++;
      this.failure(id, i, FAILURE.lost);
    }
    if (seen(mqlAt)) {
      this.contact(id, mqlAt, c.firstContactAt[i]!);
      this.decision(id, i, mqlAt, undefined);
      // Sales answers an MQL: over the cohort, the answers to its MQLs (accepted + rejected = decided).
      if (seen(c.acceptedAt[i]!)) sums[at + MQLS_ACCEPTED]!++;
      if (seen(c.rejectedAt[i]!)) {
        sums[at + MQLS_REJECTED]!++;
        this.failure(id, i, FAILURE.rejected);
      }
    }
    if (seen(c.disqualifiedAt[i]!)) {
      sums[at + LEADS_DISQUALIFIED]!++;
      this.failure(id, i, FAILURE.disqualified);
    }
    if (seen(c.recycledAt[i]!)) sums[at + LEADS_RECYCLED]!++;
    // Time in each stage over the cohort: where both stamps are there by `until`.
    const sqlAt = c.sqlAt[i]!;
    const opportunityAt = c.opportunityAt[i]!;
    if (seen(mqlAt)) this.stageTime(id, 0, createdAt, mqlAt);
    if (seen(sqlAt)) this.stageTime(id, 1, mqlAt, sqlAt);
    if (seen(opportunityAt)) this.stageTime(id, 2, sqlAt, opportunityAt);
    if (seen(wonAt)) this.stageTime(id, 3, opportunityAt, wonAt);
  }
}

/** Buckets the lead records of the builder's view into its table; returns the span of periods they touched. */
export function addRecords(builder: TableBuilder, columns: RecordColumns, options: RecordOptions): [number, number] | undefined {
  const { where, split } = builder.table;
  const bucketer = new RecordBucketer(builder, columns, options, { split: options.split ?? memberColumn(columns, split), mask: recordMask(columns, where) });
  if (builder.table.mode === 'cohort') {
    const { mask } = bucketer;
    for (let i = 0; i < columns.length; i++) if (mask === undefined || mask[i] !== 0) bucketer.byCohort(i);
  } else {
    bucketer.byEvent();
  }
  const { cells } = bucketer;
  cells.settle();
  if (options.stallDays) addStalls(bucketer, options.stallDays);
  if (builder.table.cells.get(UNATTRIBUTED)?.size === 0) builder.table.cells.delete(UNATTRIBUTED);
  return cells.first <= cells.last ? [cells.first, cells.last] : undefined;
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
