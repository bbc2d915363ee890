import { LEAD_TIMESTAMPS, type LeadTimestamp } from '../../core/schema/facts.js';
import { ledgerIssues, type LedgerFields } from '../../core/schema/ledger.js';
import { MS_PER_DAY } from '../../core/time/civil.js';
import { zoneOffsets, type ZoneOffsets } from '../../core/time/zone.js';
import { dateReader, formatInstant, resolveLocal, type DateReader } from './dates.js';
import { STATUS, specOf, type ColumnSpec, type Mapping } from './mapping.js';
import { amountReader, type NumberLocale } from './numbers.js';

// One CSV row into one lead record, or the first reason it cannot be one: the line, the
// column and the value at fault. A record that comes out passes the contract's record rules
// (types, lengths, stamps at or after createdAt, the ledger's rules, declared reasons);
// duplicate ids are the caller's (they need every row before).

/** Why a row was skipped, as the summary counts them. */
export type IssueKind = 'malformed CSV' | 'bad date' | 'bad number' | 'missing value' | 'unknown value' | 'too long' | 'before createdAt' | 'ledger rule' | 'duplicate id';

export interface RowIssue {
  line: number;
  column?: string;
  value?: string;
  message: string;
  kind: IssueKind;
}

export interface MapOptions {
  timezone: string;
  dateFormats: readonly string[];
  number: NumberLocale;
}

export type LeadOut = Record<string, unknown> & { id: string; createdAt: string };

export type Mapped = { record: LeadOut; gaps: number; overlaps: number } | { issue: RowIssue };

interface Column {
  name: string;
  index: number;
  spec: ColumnSpec;
  readDate: Array<{ format: string; read: DateReader }>;
  /** For status: the date column's index (-1: absent from the file). */
  atIndex: number;
}

const STAMPS: readonly string[] = LEAD_TIMESTAMPS;
/** The contract's text limits: ids and members 200 characters, reason codes 64. */
const MAX_TEXT: Record<string, number> = { id: 200, channel: 200, reason: 64 };
/** A record's keys in the contract's order, so that imported files read like hand-written ones. */
const ORDER = ['id', 'channel', ...LEAD_TIMESTAMPS.slice(0, 7), 'amount', 'dims', ...LEAD_TIMESTAMPS.slice(7), 'reason'];

class Fault extends Error {
  constructor(
    readonly kind: IssueKind,
    message: string,
    readonly column?: Column,
    readonly value?: string,
  ) {
    super(message);
  }
}

export class RowMapper {
  /** Mapped columns the file does not have: their fields stay empty. */
  readonly missing: string[] = [];
  readonly #columns: Column[] = [];
  readonly #zone: ZoneOffsets;
  readonly #amount: (text: string) => number | undefined;
  readonly #codes: Set<string>;
  readonly #byField = new Map<string, Column>();
  readonly #width: number;

  constructor(mapping: Mapping, header: readonly string[], options: MapOptions) {
    const names = header.map((h) => h.trim());
    this.#width = names.length;
    this.#zone = zoneOffsets(options.timezone);
    this.#amount = amountReader(options.number);
    this.#codes = new Set((mapping.reasons ?? []).map((r) => r.code));
    const readers = (formats: readonly string[]) => formats.map((format) => ({ format, read: dateReader(format) }));
    for (const [name, raw] of Object.entries(mapping.columns)) {
      const spec = specOf(raw);
      const index = names.indexOf(name);
      if (index < 0) {
        this.missing.push(name);
        continue;
      }
      const column: Column = { name, index, spec, readDate: readers(spec.dateFormats ?? options.dateFormats), atIndex: spec.at === undefined ? -1 : names.indexOf(spec.at) };
      if (spec.field === STATUS && column.atIndex < 0) this.missing.push(spec.at!);
      this.#columns.push(column);
      this.#byField.set(spec.field, column);
    }
  }

  /** Whether a column of the file fills a field (id and createdAt must, or no row can be read). */
  has(field: string): boolean {
    return this.#byField.has(field);
  }

  map(cells: readonly string[], line: number): Mapped {
    try {
      return this.#map(cells);
    } catch (error) {
      if (!(error instanceof Fault)) throw error;
      return { issue: { line, ...(error.column && { column: error.column.name }), ...(error.value !== undefined && { value: error.value }), message: error.message, kind: error.kind } };
    }
  }

  #map(cells: readonly string[]): Mapped {
    if (cells.length > this.#width && cells.slice(this.#width).some((c) => c.trim() !== '')) throw new Fault('malformed CSV', `has ${cells.length} cells where the header has ${this.#width}`);
    const fields: Record<string, unknown> = {};
    const dims: Record<string, string> = {};
    const at: Partial<Record<LeadTimestamp, number>> = {};
    const from = new Map<string, Column>();
    let gaps = 0;
    let overlaps = 0;
    const dayOnly = new Set<string>();
    const stamp = (field: LeadTimestamp, column: Column, text: string) => {
      const { at: instant, text: written, dst, dateOnly } = this.#date(column, text);
      fields[field] = written;
      at[field] = instant;
      if (dateOnly) dayOnly.add(field);
      from.set(field, column);
      if (dst === 'gap') gaps++;
      else if (dst === 'overlap') overlaps++;
    };
    const statuses: Column[] = [];
    for (const column of this.#columns) {
      const text = (cells[column.index] ?? '').trim();
      const { field } = column.spec;
      if (field === STATUS) {
        statuses.push(column);
        continue;
      }
      if (text === '') continue;
      if (STAMPS.includes(field)) stamp(field as LeadTimestamp, column, text);
      else if (field === 'amount') {
        const amount = this.#amount(text);
        if (amount === undefined) throw new Fault('bad number', `"${text}" is not a non-negative amount`, column, text);
        fields.amount = amount;
      } else {
        const value = this.#text(column, text);
        if (value === undefined) continue;
        if (field.startsWith('dims.')) dims[field.slice(5)] = value;
        else fields[field] = value;
      }
      from.set(field, column);
    }
    // Statuses fill only the stamps no date column gave: a dedicated date is the more exact one.
    for (const column of statuses) {
      const text = (cells[column.index] ?? '').trim();
      if (text === '') continue;
      const values = column.spec.values!;
      const listed = Object.hasOwn(values, text);
      if (!listed && column.spec.otherwise === undefined) throw new Fault('unknown value', `status "${text}" is not in the mapping's values (${Object.keys(values).join(', ')})`, column, text);
      const to = (listed ? values[text] : column.spec.otherwise) as LeadTimestamp | null;
      if (to === null || fields[to] !== undefined) continue;
      const date = (cells[column.atIndex] ?? '').trim();
      if (date === '') throw new Fault('missing value', `status "${text}" needs a date in column "${column.spec.at}"`, column, text);
      stamp(to, { ...column, name: column.spec.at! }, date);
    }
    if (fields.id === undefined) throw new Fault('missing value', 'has no id', this.#byField.get('id'), '');
    if (fields.createdAt === undefined) throw new Fault('missing value', 'has no createdAt date', this.#byField.get('createdAt'), '');
    for (const field of STAMPS) {
      let time = at[field as LeadTimestamp];
      // A day without a time (Salesforce's Converted Date) on the lead's first day reads as
      // the moment it was created: the earliest time both can be true.
      if (time !== undefined && dayOnly.has(field) && time < at.createdAt! && time + MS_PER_DAY > at.createdAt!) {
        time = at[field as LeadTimestamp] = at.createdAt!;
        fields[field] = fields.createdAt;
      }
      if (time !== undefined && time < at.createdAt!) throw new Fault('before createdAt', `${field} ${fields[field] as string} is before createdAt ${fields.createdAt as string}`, from.get(field), fields[field] as string);
    }
    const [ledger] = ledgerIssues(fields as LedgerFields);
    if (ledger) throw new Fault('ledger rule', `${ledger.field} ${ledger.message}`, from.get(ledger.field), String(fields[ledger.field] ?? ''));
    if (Object.keys(dims).length > 0) fields.dims = dims;
    const record: Record<string, unknown> = {};
    for (const key of ORDER) if (fields[key] !== undefined) record[key] = fields[key];
    return { record: record as LeadOut, gaps, overlaps };
  }

  /** A text field's value after the value map; undefined when the map says null. */
  #text(column: Column, text: string): string | undefined {
    const { field, values, otherwise } = column.spec;
    let value: string | null = text;
    if (values && Object.hasOwn(values, text)) value = values[text]!;
    else if (otherwise !== undefined) value = otherwise;
    else if (field === 'reason' && !this.#codes.has(text)) throw new Fault('unknown value', `reason "${text}" is neither in the mapping's values nor a declared reason code`, column, text);
    if (value === null) return undefined;
    const max = MAX_TEXT[field] ?? 200;
    if (value.length > max) throw new Fault('too long', `has ${value.length} characters; ${field} takes at most ${max}`, column, `${text.slice(0, 40)}…`);
    return value;
  }

  #date(column: Column, text: string): { at: number; text: string; dst?: 'gap' | 'overlap'; dateOnly?: boolean } {
    for (const { read } of column.readDate) {
      const time = read(text);
      if (!time) continue;
      if (time.offsetMinutes !== undefined) {
        const offset = time.offsetMinutes * 60_000;
        return { at: time.local - offset, text: formatInstant(time.local - offset, offset), dateOnly: time.dateOnly };
      }
      const resolved = resolveLocal(time.local, this.#zone);
      return { at: resolved.at, text: formatInstant(resolved.at, resolved.offset), dateOnly: time.dateOnly, ...(resolved.dst && { dst: resolved.dst }) };
    }
    throw new Fault('bad date', `"${text}" is not a date in ${column.readDate.map((r) => r.format).join(' or ')}`, column, text);
  }
}
