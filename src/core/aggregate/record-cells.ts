import { FAILURE_KINDS, RECORD_FACTS, type Fact, type FailureKind } from '../schema/facts.js';
import { reasonKey, type FactCell } from './cell.js';

type RecordFact = (typeof RECORD_FACTS)[number];
const offset = (fact: RecordFact) => RECORD_FACTS.indexOf(fact);

// Where each fact sits in a cell's block of `RecordCells.sums`.
export const LEADS = offset('leads');
export const MQLS = offset('mqls');
export const SQLS = offset('sqls');
export const OPPORTUNITIES = offset('opportunities');
export const CUSTOMERS = offset('customers');
export const LOST_DEALS = offset('lostDeals');
export const REVENUE = offset('revenue');
export const MQLS_CONTACTED = offset('mqlsContacted');
export const MQLS_CONTACTED_IN_SLA = offset('mqlsContactedInSla');
export const RESPONSE_HOURS_TOTAL = offset('responseHoursTotal');
export const SALES_CYCLE_DAYS_TOTAL = offset('salesCycleDaysTotal');
export const MQLS_DECIDED = offset('mqlsDecided');
export const MQLS_DECIDED_IN_SLA = offset('mqlsDecidedInSla');
export const DECISION_HOURS_TOTAL = offset('decisionHoursTotal');
export const MQLS_ACCEPTED = offset('mqlsAccepted');
export const MQLS_REJECTED = offset('mqlsRejected');
export const LEADS_DISQUALIFIED = offset('leadsDisqualified');
export const LEADS_RECYCLED = offset('leadsRecycled');
/** Each stage's count of leads that moved on, then its days in the stage (STAGE_TIMES order): `STAGE_SAMPLES[s]`, `STAGE_DAYS_TOTAL[s]`. */
export const STAGE_SAMPLES = [offset('leadToMqlSamples'), offset('mqlToSqlSamples'), offset('sqlToOpportunitySamples'), offset('opportunityToCustomerSamples')] as const;
export const STAGE_DAYS_TOTAL = [offset('leadToMqlDaysTotal'), offset('mqlToSqlDaysTotal'), offset('sqlToOpportunityDaysTotal'), offset('opportunityToCustomerDaysTotal')] as const;
/** The events that landed in a cell, after its facts. */
export const HITS = RECORD_FACTS.length;
/** Numbers per cell in `sums`. */
export const WIDTH = HITS + 1;

/** How a lead failed, as `RecordCells.fail` counts it. */
export const FAILURE = Object.fromEntries(FAILURE_KINDS.map((kind, k) => [kind, k])) as Record<FailureKind, number>;

/** The samples behind a median, as `RecordCells.sample` takes them: each kind is one of a cell's sample lists. */
export const [RESPONSE_HOURS, CYCLE_DAYS, DECISION_HOURS] = [0, 1, 2];
/** Stage s's days (STAGE_TIMES order): kind `STAGE_DAYS + s`. */
export const STAGE_DAYS = 3;
const SAMPLE_KINDS = 7;

/** One kind's samples in the order they come, each with its cell's id: two typed arrays, doubled when full. */
class SampleColumn {
  values = new Float64Array(1024);
  ids = new Int32Array(1024);
  length = 0;

  push(id: number, value: number): void {
    if (this.length === this.values.length) {
      const values = new Float64Array(this.length * 2);
      values.set(this.values);
      this.values = values;
      const ids = new Int32Array(this.length * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.values[this.length] = value;
    this.ids[this.length++] = id;
  }
}

/**
 * Sample columns between builds: one build runs at a time, and typed arrays made anew for each
 * (megabytes for a million records) press the collector, as memory outside its heap does.
 */
const spare: SampleColumn[] = [];

/** A cell's list of samples of one kind. */
function listOf(cell: FactCell, kind: number): number[] {
  return kind === RESPONSE_HOURS ? cell.responseHours : kind === CYCLE_DAYS ? cell.cycleDays : kind === DECISION_HOURS ? cell.decisionHours : cell.stageDays[kind - STAGE_DAYS]!;
}

// A cell's record facts to and from its block of `sums`, each by name: a loop over the facts'
// names is a keyed look-up per fact, and a build of many small batches (the CLI's) did millions.

function seed(sums: Float64Array, at: number, facts: Readonly<Record<Fact, number>>): void {
  sums[at + LEADS] = facts.leads;
  sums[at + MQLS] = facts.mqls;
  sums[at + SQLS] = facts.sqls;
  sums[at + OPPORTUNITIES] = facts.opportunities;
  sums[at + CUSTOMERS] = facts.customers;
  sums[at + LOST_DEALS] = facts.lostDeals;
  sums[at + REVENUE] = facts.revenue;
  sums[at + MQLS_CONTACTED] = facts.mqlsContacted;
  sums[at + MQLS_CONTACTED_IN_SLA] = facts.mqlsContactedInSla;
  sums[at + RESPONSE_HOURS_TOTAL] = facts.responseHoursTotal;
  sums[at + SALES_CYCLE_DAYS_TOTAL] = facts.salesCycleDaysTotal;
  sums[at + MQLS_DECIDED] = facts.mqlsDecided;
  sums[at + MQLS_DECIDED_IN_SLA] = facts.mqlsDecidedInSla;
  sums[at + DECISION_HOURS_TOTAL] = facts.decisionHoursTotal;
  sums[at + MQLS_ACCEPTED] = facts.mqlsAccepted;
  sums[at + MQLS_REJECTED] = facts.mqlsRejected;
  sums[at + LEADS_DISQUALIFIED] = facts.leadsDisqualified;
  sums[at + LEADS_RECYCLED] = facts.leadsRecycled;
  sums[at + STAGE_SAMPLES[0]] = facts.leadToMqlSamples;
  sums[at + STAGE_SAMPLES[1]] = facts.mqlToSqlSamples;
  sums[at + STAGE_SAMPLES[2]] = facts.sqlToOpportunitySamples;
  sums[at + STAGE_SAMPLES[3]] = facts.opportunityToCustomerSamples;
  sums[at + STAGE_DAYS_TOTAL[0]] = facts.leadToMqlDaysTotal;
  sums[at + STAGE_DAYS_TOTAL[1]] = facts.mqlToSqlDaysTotal;
  sums[at + STAGE_DAYS_TOTAL[2]] = facts.sqlToOpportunityDaysTotal;
  sums[at + STAGE_DAYS_TOTAL[3]] = facts.opportunityToCustomerDaysTotal;
}

function writeBack(facts: Record<Fact, number>, sums: Float64Array, at: number): void {
  facts.leads = sums[at + LEADS]!;
  facts.mqls = sums[at + MQLS]!;
  facts.sqls = sums[at + SQLS]!;
  facts.opportunities = sums[at + OPPORTUNITIES]!;
  facts.customers = sums[at + CUSTOMERS]!;
  facts.lostDeals = sums[at + LOST_DEALS]!;
  facts.revenue = sums[at + REVENUE]!;
  facts.mqlsContacted = sums[at + MQLS_CONTACTED]!;
  facts.mqlsContactedInSla = sums[at + MQLS_CONTACTED_IN_SLA]!;
  facts.responseHoursTotal = sums[at + RESPONSE_HOURS_TOTAL]!;
  facts.salesCycleDaysTotal = sums[at + SALES_CYCLE_DAYS_TOTAL]!;
  facts.mqlsDecided = sums[at + MQLS_DECIDED]!;
  facts.mqlsDecidedInSla = sums[at + MQLS_DECIDED_IN_SLA]!;
  facts.decisionHoursTotal = sums[at + DECISION_HOURS_TOTAL]!;
  facts.mqlsAccepted = sums[at + MQLS_ACCEPTED]!;
  facts.mqlsRejected = sums[at + MQLS_REJECTED]!;
  facts.leadsDisqualified = sums[at + LEADS_DISQUALIFIED]!;
  facts.leadsRecycled = sums[at + LEADS_RECYCLED]!;
  facts.leadToMqlSamples = sums[at + STAGE_SAMPLES[0]]!;
  facts.mqlToSqlSamples = sums[at + STAGE_SAMPLES[1]]!;
  facts.sqlToOpportunitySamples = sums[at + STAGE_SAMPLES[2]]!;
  facts.opportunityToCustomerSamples = sums[at + STAGE_SAMPLES[3]]!;
  facts.leadToMqlDaysTotal = sums[at + STAGE_DAYS_TOTAL[0]]!;
  facts.mqlToSqlDaysTotal = sums[at + STAGE_DAYS_TOTAL[1]]!;
  facts.sqlToOpportunityDaysTotal = sums[at + STAGE_DAYS_TOTAL[2]]!;
  facts.opportunityToCustomerDaysTotal = sums[at + STAGE_DAYS_TOTAL[3]]!;
}

/** Gives a cell its list of samples of one kind; returns it. */
function setListOf(cell: FactCell, kind: number, list: number[]): number[] {
  if (kind === RESPONSE_HOURS) cell.responseHours = list;
  else if (kind === CYCLE_DAYS) cell.cycleDays = list;
  else if (kind === DECISION_HOURS) cell.decisionHours = list;
  else cell.stageDays[kind - STAGE_DAYS] = list;
  return list;
}

/** One member's cells, by period index: a dense run from `base` (periods of real data are contiguous); -1 where none is made yet. */
class PeriodSlots {
  constructor(
    public base: number,
    public ids: Int32Array,
  ) {}
}

/**
 * The facts of lead records while they are counted: every cell's numbers in one flat array
 * (`sums[id * WIDTH + fact]`), seeded from the table's cell when the cell's first event lands
 * and written back once, at the end (`settle`), so each sum adds in the order it always did.
 * A million events write into a typed array where a property of an object per cell measured
 * a fifth slower. Samples are kept in typed columns, each with its cell's id, and handed to
 * each cell as one list of its exact length at the end: a list grown a push at a time left
 * twice its size in garbage, and samples were two fifths of the time. Failures are counted by
 * kind and reason id, and added to the cell's failures by reason once, at the end.
 */
export class RecordCells {
  sums = new Float64Array(64 * WIDTH);
  /** The table's cell behind each id. */
  readonly cells: FactCell[] = [];
  readonly #bySlot: Array<PeriodSlots | undefined> = [];
  /** The lowest and highest period index of a cell counted into. */
  first = Infinity;
  last = -Infinity;
  /** Reason slots a failure kind has: 0 for none, reason r + 1. */
  readonly #slots: number;
  /** The failure key of each kind × slot (`FAILURE[kind] * slots + slot`), made once: no string per failure. */
  readonly #keys: string[];
  /** Failures by kind × slot, by cell id; made at a cell's first failure. */
  readonly #failures: Array<Int32Array | undefined> = [];
  /** Each count's cell id and kind × slot, in the order of its first failure: the order a cell's reasons keep. */
  readonly #firstFailures: number[] = [];
  /** The samples, by kind (when the cells keep them). */
  readonly #samples: SampleColumn[];

  /** `cellOf(slot, index)`: the table's cell (made if need be) of a member slot and period; `reasons`: the records' reason codes. */
  constructor(
    readonly samples: boolean,
    private readonly cellOf: (slot: number, index: number) => FactCell,
    reasons: readonly string[],
  ) {
    this.#samples = samples ? Array.from({ length: SAMPLE_KINDS }, () => spare.pop() ?? new SampleColumn()) : [];
    this.#slots = reasons.length + 1;
    this.#keys = FAILURE_KINDS.flatMap((kind) => ['', ...reasons].map((code) => reasonKey(kind, code)));
  }

  /** Keeps a sample of a kind (RESPONSE_HOURS…) for cell `id`'s median, when the cells keep them. */
  sample(id: number, kind: number, value: number): void {
    if (this.samples) this.#samples[kind]!.push(id, value);
  }

  /** Counts a failure of cell `id`: its kind (`FAILURE`) and reason slot (0: none; reason r: r + 1). */
  fail(id: number, kind: number, slot: number): void {
    const counts = (this.#failures[id] ??= new Int32Array(FAILURE_KINDS.length * this.#slots));
    const k = kind * this.#slots + slot;
    if (counts[k]!++ === 0) this.#firstFailures.push(id, k);
  }

  /** The id of member slot `slot`'s cell for period `index`, made the first time it is asked for. */
  id(slot: number, index: number): number {
    const slots = this.#bySlot[slot];
    if (slots !== undefined) {
      const k = index - slots.base;
      if (k >= 0 && k < slots.ids.length) {
        const id = slots.ids[k]!;
        if (id >= 0) return id;
      }
    }
    return this.#make(slot, index);
  }

  #make(slot: number, index: number): number {
    const slots = (this.#bySlot[slot] = cover(this.#bySlot[slot], index));
    const id = this.cells.length;
    slots.ids[index - slots.base] = id;
    const cell = this.cellOf(slot, index);
    this.cells.push(cell);
    if ((id + 1) * WIDTH > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    const at = id * WIDTH;
    seed(this.sums, at, cell.sums);
    this.sums[at + HITS] = cell.hits;
    if (index < this.first) this.first = index;
    if (index > this.last) this.last = index;
    return id;
  }

  #settleSamples(column: SampleColumn, kind: number): void {
    const counts = new Int32Array(this.cells.length);
    for (let n = 0; n < column.length; n++) counts[column.ids[n]!]!++;
    // Each cell's list: made at its exact length where the cell had none, else the cell's own, appended to.
    const lists: number[][] = [];
    const next = new Int32Array(this.cells.length);
    this.cells.forEach((cell, id) => {
      const list = listOf(cell, kind);
      if (list.length === 0 && counts[id]! > 0) {
        lists[id] = setListOf(cell, kind, new Array<number>(counts[id]!).fill(0));
      } else {
        next[id] = list.length;
        list.length += counts[id]!;
        lists[id] = list;
      }
    });
    const { values, ids } = column;
    for (let n = 0; n < column.length; n++) {
      const id = ids[n]!;
      lists[id]![next[id]!++] = values[n]!;
    }
  }

  /** Writes every cell's sums back into the table's cells, adds its failures by reason and hands it its samples. */
  settle(): void {
    this.#samples.forEach((column, kind) => {
      this.#settleSamples(column, kind);
      column.length = 0;
      spare.push(column);
    });
    const first = this.#firstFailures;
    for (let n = 0; n < first.length; n += 2) {
      const [id, k] = [first[n]!, first[n + 1]!];
      const reasons = this.cells[id]!.reasons;
      const key = this.#keys[k]!;
      reasons.set(key, (reasons.get(key) ?? 0) + this.#failures[id]![k]!);
    }
    const sums = this.sums;
    this.cells.forEach((cell, id) => {
      const at = id * WIDTH;
      writeBack(cell.sums, sums, at);
      cell.hits = sums[at + HITS]!;
    });
  }
}

/** `slots` widened to hold `index` (made for it when undefined), doubling so a run of periods grows in few copies. */
function cover(slots: PeriodSlots | undefined, index: number): PeriodSlots {
  if (slots === undefined) return new PeriodSlots(index, new Int32Array(4).fill(-1));
  const k = index - slots.base;
  if (k >= 0 && k < slots.ids.length) return slots;
  const length = slots.ids.length;
  const base = Math.min(slots.base, index - (k < 0 ? length : 0));
  const end = Math.max(slots.base + length, index + 1 + (k >= length ? length : 0));
  const ids = new Int32Array(end - base).fill(-1);
  ids.set(slots.ids, slots.base - base);
  return new PeriodSlots(base, ids);
}
