import { memberColumn, type MemberColumn, type RecordColumns } from '../aggregate/columns.js';
import { addRecords } from '../aggregate/records.js';
import { TableBuilder, UNATTRIBUTED } from '../aggregate/table.js';
import { DIMENSION_ID, MAX_DIMENSIONS } from '../schema/patterns.js';
import type { SummaryRow } from '../schema/dataset.js';
import { RECORD_FACTS } from '../schema/facts.js';
import { formatPath, renumberFirstAt, type SchemaIssue } from '../schema/issues.js';
import { periodFromIndex, type Granularity } from '../time/period.js';
import { zoneOffsets } from '../time/zone.js';
import { parseWithZod } from './parse.js';
import { RecordScanner } from './scan-records.js';
import { SeenIds } from './seen-ids.js';

// Lead records into the contract's summary rows, a chunk at a time, so a file of any size
// turns into rows in a fixed memory (the CLI's `aggregate`). Each chunk is validated as the
// contract says (read in place by RecordScanner, or checked by checkRecord; zod words the
// issues) and aggregated exactly as `compute` aggregates records; only ids are remembered
// (see SeenIds), so a duplicate far apart in the file is still found.

export interface RowsOptions {
  timezone: string;
  granularity: Exclude<Granularity, 'year'>;
  /** The response SLA's window: a contact within it counts in `mqlsContactedInSla`. */
  responseHours: number;
  /** The acceptance SLA's window: a decision within it counts in `mqlsDecidedInSla` (default 24). */
  acceptanceHours?: number;
  /** Whether the rows carry won revenue (money: their dataset then needs a currency). */
  money: boolean;
  /** About how many records will come (from the file's size): see SeenIds. */
  expectedRecords?: number;
  /** Dimensions the rows keep (`aggregate --by`): rows are then keyed by period × channel × these. */
  dims?: readonly string[];
}

/** The most issues kept; the rest are counted. */
const MAX_KEPT = 20;

/**
 * Records as the JSON texts they are written in: record k lies from `starts[k]` to `ends[k]`
 * in `texts[k]` (a line of a chunk, or one element of an array), and is the `places[k]`-th
 * `unit` of the input (`line 12`, `record 3`: what a syntax error names).
 */
export interface RecordTexts {
  texts: string[];
  starts: number[];
  ends: number[];
  places: number[];
  unit: 'line' | 'record';
}

export class RowsFromRecords {
  readonly #options: RowsOptions;
  readonly #builder: TableBuilder;
  readonly #ids: SeenIds;
  #scanner: RecordScanner;
  #first = Infinity;
  #last = -Infinity;
  #records = 0;
  /** Whether some record carries a won amount. */
  hasAmounts = false;
  readonly issues: SchemaIssue[] = [];
  issueCount = 0;

  constructor(options: RowsOptions) {
    this.#options = options;
    this.#scanner = new RecordScanner(0, options.dims);
    this.#builder = new TableBuilder(options.granularity, 'period', true);
    this.#ids = new SeenIds(options.expectedRecords ?? 0);
  }

  /** How many records were read, valid or not. */
  get records(): number {
    return this.#records;
  }

  /** Validates and aggregates the next records (`leads[offset…]` in the input). */
  add(chunk: readonly unknown[]): void {
    const batch = this.#batch(chunk.length);
    for (let i = 0; i < chunk.length; i++) batch.next(chunk[i]);
    this.#finish(batch);
  }

  /**
   * {@link add} for records still in their JSON text: most are read in place (see
   * RecordScanner), the rest parsed; a text that is not JSON throws a SyntaxError that
   * names its place.
   */
  addTexts(records: RecordTexts): void {
    const batch = this.#batch(records.texts.length);
    for (let k = 0; k < records.texts.length; k++) {
      const text = records.texts[k]!;
      const start = records.starts[k]!;
      const end = records.ends[k]!;
      if (this.#scanner.scan(text, start, end)) batch.scanned();
      else batch.next(parseRecord(text.slice(start, end), records.unit, records.places[k]!));
    }
    this.#finish(batch);
  }

  #batch(size: number): Batch {
    if (size > this.#scanner.capacity) this.#scanner = new RecordScanner(Math.max(size, 2 * this.#scanner.capacity), this.#options.dims);
    this.#scanner.reset();
    const offset = this.#records;
    this.#records += size;
    return new Batch(this.#scanner, this.#ids, offset);
  }

  /** Reports the batch's issues, or aggregates its records when the input is valid so far. */
  #finish(batch: Batch): void {
    const reported = batch.invalid.length > 0 ? this.#report(batch.invalid, batch.invalidAt) : new Set<string>();
    for (const issue of batch.duplicates) if (!reported.has(issue.path)) this.#issue(issue);
    if (this.issueCount > 0) return; // once invalid, only issues are collected
    const scanner = this.#scanner;
    this.hasAmounts ||= scanner.hasAmount;
    const columns = scanner.columns();
    const dims = this.#options.dims ?? [];
    const split = dims.length > 0 ? compositeColumn(columns, dims) : undefined;
    // Rows carry sums, not the samples behind medians: none is kept, or they would grow with the file.
    const span = addRecords(this.#builder, columns, { zone: zoneOffsets(this.#options.timezone), windowHours: this.#options.responseHours, acceptanceHours: this.#options.acceptanceHours ?? 24, until: Infinity, samples: false, ...(split && { split }) });
    if (span) {
      this.#first = Math.min(this.#first, span[0]);
      this.#last = Math.max(this.#last, span[1]);
    }
  }

  /**
   * The rows: one per channel (and one without, for unattributed leads) and period, from the
   * first period with a record event to the last, zeros included, so a quiet period inside
   * the records' span stays a real zero when computed from rows, as from the records. With
   * kept dimensions, one per channel × their members (a record without one: unassigned).
   */
  rows(): SummaryRow[] {
    const table = this.#builder.table;
    const rows: SummaryRow[] = [];
    if (this.#first > this.#last) return rows;
    const dims = this.#options.dims ?? [];
    // Members in name order (unattributed last): the same rows whatever the records' order.
    for (const member of [...[...table.members].sort(), UNATTRIBUTED]) {
      const cells = table.cells.get(member);
      if (!cells) continue;
      const key = dims.length > 0 ? keyOf(member, dims) : { ...(member !== UNATTRIBUTED && { channel: member }) };
      for (let index = this.#first; index <= this.#last; index++) {
        const row: Record<string, unknown> = { period: periodFromIndex(this.#options.granularity, index).key, ...key };
        const cell = cells.get(index);
        for (const fact of RECORD_FACTS) if (fact !== 'revenue' || this.#options.money) row[fact] = cell ? cell.sums[fact] : 0;
        // Always written, empty too: rows that say "no failure" make failures by team a real 0.
        row.reasons = cell ? reasonCounts(cell.reasons) : {};
        rows.push(row as unknown as SummaryRow);
      }
    }
    return rows;
  }

  /** Records that failed the check: zod says why, at their places in the whole input. Returns the paths reported. */
  #report(records: readonly unknown[], at: readonly number[]): Set<string> {
    const reported = new Set<string>();
    // Records name dimensions no dataset declares here: any well-formed id is one.
    const dimensions = [...new Set(records.flatMap((r) => Object.keys((r as { dims?: object } | null)?.dims ?? {})))].filter((id) => DIMENSION_ID.test(id)).map((id) => ({ id }));
    const result = parseWithZod({ version: 1, timezone: this.#options.timezone, leads: records, ...(dimensions.length > 0 && { dimensions: dimensions.slice(0, MAX_DIMENSIONS) }) });
    // Never ok: checkRecord accepts exactly what zod accepts (test/core/parse-records.test.ts).
    if (result.ok) return reported;
    // zod numbers the records it was given; each is named by its place in the whole input, in paths and in messages.
    const shift = (path: string) => path.replace(/^leads\[(\d+)\]/, (_, i: string) => `leads[${at[Number(i)]!}]`);
    for (const issue of result.issues) {
      reported.add(shift(issue.path));
      this.#issue({ path: shift(issue.path), message: renumberFirstAt(issue.message, (_, i) => at[i]!) });
    }
    this.issueCount += result.issueCount - result.issues.length;
    return reported;
  }

  #issue(issue: SchemaIssue): void {
    this.issueCount++;
    if (this.issues.length < MAX_KEPT) this.issues.push(issue);
  }
}

/** A record's channel and kept dimensions as one member: the JSON of their names (null when absent), so a row's key reads back from it. */
function compositeColumn(columns: RecordColumns, dims: readonly string[]): MemberColumn {
  const parts = [memberColumn(columns, 'channel'), ...dims.map((id) => memberColumn(columns, id))];
  // Each record's tuple of member ids as one number (mixed radix, -1 as 0): one look-up per record, no string.
  const radix = parts.map((part) => part.names.length + 1);
  const exact = radix.reduce((product, r) => product * r, 1) <= Number.MAX_SAFE_INTEGER;
  const ids = new Int32Array(columns.length);
  const names: string[] = [];
  const byTuple = new Map<number | string, number>();
  for (let i = 0; i < columns.length; i++) {
    let tuple: number | string = 0;
    if (exact) for (let p = 0; p < parts.length; p++) tuple = (tuple as number) * radix[p]! + parts[p]!.ids[i]! + 1;
    else tuple = parts.map((part) => part.ids[i]).join(',');
    let composite = byTuple.get(tuple);
    if (composite === undefined) {
      composite = names.length;
      names.push(JSON.stringify(parts.map((part) => part.names[part.ids[i]!] ?? null)));
      byTuple.set(tuple, composite);
    }
    ids[i] = composite;
  }
  return { ids, names };
}

/** Failures by reason code, whatever their kind: what a row carries (an own key even for "__proto__"). */
function reasonCounts(reasons: ReadonlyMap<string, number>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const [key, n] of reasons) {
    const code = key.slice(key.indexOf('\u0000') + 1);
    counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return Object.fromEntries(counts);
}

/** A row's channel and dims from a composite member (see compositeColumn). */
function keyOf(member: string, dims: readonly string[]): { channel?: string; dims?: Record<string, string> } {
  const [channel, ...values] = JSON.parse(member) as Array<string | null>;
  const named = dims.flatMap((id, k) => (values[k] === null ? [] : [[id, values[k]!] as const]));
  return { ...(channel !== null && { channel }), ...(named.length > 0 && { dims: Object.fromEntries(named) }) };
}

/** One batch of records on its way into the scanner's rows: their ids checked in the input's order, the invalid ones set aside for zod. */
class Batch {
  readonly invalid: unknown[] = [];
  /** Where each invalid record is in the whole input. */
  readonly invalidAt: number[] = [];
  readonly duplicates: SchemaIssue[] = [];
  #index: number;

  constructor(
    readonly scanner: RecordScanner,
    readonly ids: SeenIds,
    offset: number,
  ) {
    this.#index = offset;
  }

  /** The scanner took the next record in. */
  scanned(): void {
    const { idSource, idStart, idEnd, idNumber } = this.scanner;
    const index = this.#index++;
    if (!this.ids.add(idSource, idStart, idEnd, idNumber >= 0 ? idNumber : undefined)) this.#duplicate(index, idSource.slice(idStart, idEnd));
  }

  /** The next record as a value. */
  next(record: unknown): void {
    if (this.scanner.check(record)) return this.scanned();
    this.invalid.push(record);
    this.invalidAt.push(this.#index);
    // An invalid record's id still counts: a later record with it is a duplicate too.
    const id = (record as { id?: unknown } | null)?.id;
    const index = this.#index++;
    if (typeof id !== 'string' && typeof id !== 'number') return;
    const text = String(id);
    if (!this.ids.add(text, 0, text.length)) this.#duplicate(index, text);
  }

  #duplicate(index: number, id: string): void {
    this.duplicates.push({ path: formatPath(['leads', index, 'id']), message: `duplicate lead id "${id}" (seen earlier in the input)` });
  }
}

/** A record's text as a value; a SyntaxError naming its place when it is not JSON. */
function parseRecord(text: string, unit: RecordTexts['unit'], place: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`${unit} ${place} is not JSON: ${(error as Error).message}`);
  }
}
