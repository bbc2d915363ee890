import { addRecords } from '../aggregate/records.js';
import { TableBuilder, UNATTRIBUTED } from '../aggregate/table.js';
import type { SummaryRow } from '../schema/dataset.js';
import { RECORD_FACTS } from '../schema/facts.js';
import { formatPath, type SchemaIssue } from '../schema/issues.js';
import { periodFromIndex, type Granularity } from '../time/period.js';
import { zoneOffsets } from '../time/zone.js';
import { checkRecords } from './parse-records.js';
import { parseWithZod } from './parse.js';

// Lead records into the contract's summary rows, a chunk at a time, so a file of any size
// turns into rows in a fixed memory (the CLI's `aggregate`). Each chunk is validated as the
// contract says (the fast check, and zod's words for the issues) and aggregated exactly as
// `compute` aggregates records; only ids are remembered across chunks, as 64-bit hashes, so
// a duplicate far apart in the file is still found.

export interface RowsOptions {
  timezone: string;
  granularity: Exclude<Granularity, 'year'>;
  /** The response SLA's window: a contact within it counts in `mqlsContactedInSla`. */
  responseHours: number;
  /** Whether the rows carry won revenue (money: their dataset then needs a currency). */
  money: boolean;
  /** About how many records will come (from the file's size): the ids' table is made that big at once rather than doubled up to it (a doubling holds both tables for a moment). */
  expectedRecords?: number;
}

/** The most issues kept; the rest are counted. */
const MAX_KEPT = 20;

export class RowsFromRecords {
  readonly #options: RowsOptions;
  readonly #builder: TableBuilder;
  readonly #ids: IdHashes;
  #first = Infinity;
  #last = -Infinity;
  #records = 0;
  /** Whether some record carries a won amount. */
  hasAmounts = false;
  readonly issues: SchemaIssue[] = [];
  issueCount = 0;

  constructor(options: RowsOptions) {
    this.#options = options;
    this.#builder = new TableBuilder(options.granularity, 'period', true);
    this.#ids = new IdHashes(options.expectedRecords ?? 0);
  }

  /** How many records were read, valid or not. */
  get records(): number {
    return this.#records;
  }

  /** Validates and aggregates the next records (`leads[offset…]` in the input). */
  add(chunk: readonly unknown[]): void {
    const offset = this.#records;
    this.#records += chunk.length;
    const checked = checkRecords(chunk);
    const reported = checked ? new Set<string>() : this.#report(chunk, offset);
    // Ids across chunks (within one, the check above sees duplicates).
    for (let i = 0; i < chunk.length; i++) {
      const id = (chunk[i] as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      const path = formatPath(['leads', offset + i, 'id']);
      if (!this.#ids.add(String(id)) && !reported.has(path)) this.#issue({ path, message: `duplicate lead id "${String(id)}" (seen earlier in the input)` });
    }
    if (!checked || this.issueCount > 0) return; // once invalid, only issues are collected
    this.hasAmounts ||= checked.hasAmount;
    const span = addRecords(this.#builder, checked.columns, { zone: zoneOffsets(this.#options.timezone), windowHours: this.#options.responseHours, until: Infinity });
    if (span) {
      this.#first = Math.min(this.#first, span[0]);
      this.#last = Math.max(this.#last, span[1]);
    }
    // Rows carry sums, not the samples behind medians: drop them, or they grow with the file.
    for (const cells of this.#builder.table.cells.values()) {
      for (const [, cell] of cells.entries()) {
        cell.responseHours.length = 0;
        cell.cycleDays.length = 0;
      }
    }
  }

  /**
   * The rows: one per channel (and one without, for unattributed leads) and period, from the
   * first period with a record event to the last, zeros included, so a quiet period inside
   * the records' span stays a real zero when computed from rows, as from the records.
   */
  rows(): SummaryRow[] {
    const table = this.#builder.table;
    const rows: SummaryRow[] = [];
    if (this.#first > this.#last) return rows;
    // Channels in name order (unattributed last): the same rows whatever the records' order.
    for (const channel of [...[...table.channels].sort(), UNATTRIBUTED]) {
      const cells = table.cells.get(channel);
      if (!cells) continue;
      for (let index = this.#first; index <= this.#last; index++) {
        const row: Record<string, string | number> = { period: periodFromIndex(this.#options.granularity, index).key };
        if (channel !== UNATTRIBUTED) row.channel = channel;
        const cell = cells.get(index);
        for (const fact of RECORD_FACTS) if (fact !== 'revenue' || this.#options.money) row[fact] = cell ? cell.sums[fact] : 0;
        rows.push(row as unknown as SummaryRow);
      }
    }
    return rows;
  }

  /** Records that failed the fast check: zod says why, at their places in the whole input. Returns the paths reported. */
  #report(chunk: readonly unknown[], offset: number): Set<string> {
    const reported = new Set<string>();
    const result = parseWithZod({ version: 1, timezone: this.#options.timezone, leads: chunk });
    if (result.ok) return reported;
    const shift = (path: string) => path.replace(/^leads\[(\d+)\]/, (_, i: string) => `leads[${offset + Number(i)}]`);
    for (const issue of result.issues) {
      reported.add(shift(issue.path));
      this.#issue({ path: shift(issue.path), message: issue.message });
    }
    this.issueCount += result.issueCount - result.issues.length;
    return reported;
  }

  #issue(issue: SchemaIssue): void {
    this.issueCount++;
    if (this.issues.length < MAX_KEPT) this.issues.push(issue);
  }
}

/**
 * Ids seen, as two independent 32-bit hashes each (a false "duplicate" among ten million
 * ids: about one chance in 400,000), in an open-addressing table of 8 bytes a slot that
 * doubles at three quarters full: 134 MB for ten million ids.
 */
class IdHashes {
  /** Pairs of hashes; (0, 0) marks an empty slot (the second hash is never 0). */
  #slots: Uint32Array;
  #size = 0;

  constructor(expected: number) {
    let slots = 1024;
    while (slots * 3 < expected * 4) slots *= 2;
    this.#slots = new Uint32Array(2 * slots);
  }

  /** Adds an id; false when it was there already. */
  add(id: string): boolean {
    if (this.#size * 4 >= (this.#slots.length / 2) * 3) this.#grow();
    const [a, b] = hashes(id);
    return this.#insert(a, b);
  }

  #insert(a: number, b: number): boolean {
    const slots = this.#slots;
    const mask = slots.length / 2 - 1;
    for (let i = (a ^ (b >>> 7)) & mask; ; i = (i + 1) & mask) {
      if (slots[2 * i + 1] === 0) {
        slots[2 * i] = a;
        slots[2 * i + 1] = b;
        this.#size++;
        return true;
      }
      if (slots[2 * i] === a && slots[2 * i + 1] === b) return false;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.#insert(old[i]!, old[i + 1]!);
  }
}

/** FNV-1a and a multiplicative variant over the id's UTF-16 code units. */
function hashes(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
}
