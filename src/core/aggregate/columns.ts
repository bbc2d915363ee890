import type { LeadRecord } from '../schema/dataset.js';
import { parseInstant } from '../time/instant.js';

/**
 * Lead records as typed columns: each timestamp parsed once into epoch ms (NaN when absent),
 * channels interned. Every aggregation (each granularity, each mode, each refresh of the
 * same payload) then scans flat arrays instead of re-parsing a million ISO strings.
 */
export interface RecordColumns {
  length: number;
  /** Index into `channels`, or -1 for a record without a channel. */
  channel: Int32Array;
  channels: string[];
  createdAt: Float64Array;
  mqlAt: Float64Array;
  sqlAt: Float64Array;
  opportunityAt: Float64Array;
  wonAt: Float64Array;
  lostAt: Float64Array;
  firstContactAt: Float64Array;
  /** Won amount; 0 when absent. */
  amount: Float64Array;
  /** The handoff ledger's stamps (NaN when absent). */
  acceptedAt: Float64Array;
  rejectedAt: Float64Array;
  disqualifiedAt: Float64Array;
  recycledAt: Float64Array;
  /** The failure's reason, interned (index into `reasons`; -1 for none). */
  reason: Int32Array;
  reasons: string[];
  /** Each dimension a record names, by id: its members interned as channels are (-1: unassigned). */
  dims: Record<string, MemberColumn>;
}

/** One attribute of every record, interned: `ids[i]` indexes `names`, -1 when record i has none. */
export interface MemberColumn {
  ids: Int32Array;
  names: string[];
}

/** Interns the names of one attribute into a column: the same name, the same id. */
export function interner(column: MemberColumn): (name: string | undefined) => number {
  const ids = new Map<string, number>(column.names.map((name, i) => [name, i]));
  return (name) => {
    if (name === undefined) return -1;
    let id = ids.get(name);
    if (id === undefined) {
      id = column.names.length;
      ids.set(name, id);
      column.names.push(name);
    }
    return id;
  };
}

/** Writes record `row`'s dimension members into the columns, each dimension's column made on first sight. */
export type DimsWriter = (row: number, dims: Readonly<Record<string, string>> | undefined) => void;

function dimsWriter(columns: RecordColumns): DimsWriter {
  const interners = new Map<string, { column: MemberColumn; intern: (name: string | undefined) => number; last: string; lastId: number }>();
  return (row, dims) => {
    if (dims === undefined) return;
    for (const id in dims) {
      let dimension = interners.get(id);
      if (!dimension) {
        const column: MemberColumn = { ids: new Int32Array(columns.length).fill(-1), names: [] };
        columns.dims[id] = column;
        dimension = { column, intern: interner(column), last: '', lastId: -1 };
        interners.set(id, dimension);
      }
      const name = dims[id]!;
      // Exports come sorted often enough that the last member is the next one's.
      if (name !== dimension.last) {
        dimension.last = name;
        dimension.lastId = dimension.intern(name);
      }
      dimension.column.ids[row] = dimension.lastId;
    }
  };
}

/** The column of one attribute: `channel`, or a dimension (all unassigned when no record names it). */
export function memberColumn(columns: RecordColumns, id: string): MemberColumn {
  if (id === 'channel') return { ids: columns.channel, names: columns.channels };
  return columns.dims[id] ?? { ids: new Int32Array(columns.length).fill(-1), names: [] };
}

const instantOrNaN = (value: string | undefined) => (value === undefined ? NaN : parseInstant(value));

/** Empty columns for `length` records, and the interning of channels and dimensions that fills them. */
export function columnsBuilder(length: number): { columns: RecordColumns; channelId: (name: string | undefined) => number; reasonId: (code: string | undefined) => number; setDims: DimsWriter } {
  const columns: RecordColumns = {
    length,
    channel: new Int32Array(length),
    channels: [],
    createdAt: new Float64Array(length),
    mqlAt: new Float64Array(length),
    sqlAt: new Float64Array(length),
    opportunityAt: new Float64Array(length),
    wonAt: new Float64Array(length),
    lostAt: new Float64Array(length),
    firstContactAt: new Float64Array(length),
    amount: new Float64Array(length),
    acceptedAt: new Float64Array(length),
    rejectedAt: new Float64Array(length),
    disqualifiedAt: new Float64Array(length),
    recycledAt: new Float64Array(length),
    reason: new Int32Array(length),
    reasons: [],
    dims: {},
  };
  return {
    columns,
    channelId: interner({ ids: columns.channel, names: columns.channels }),
    reasonId: interner({ ids: columns.reason, names: columns.reasons }),
    setDims: dimsWriter(columns),
  };
}

export function toColumns(leads: readonly LeadRecord[]): RecordColumns {
  const { columns, channelId, reasonId, setDims } = columnsBuilder(leads.length);
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i]!;
    columns.channel[i] = channelId(lead.channel);
    setDims(i, lead.dims);
    columns.createdAt[i] = parseInstant(lead.createdAt);
    columns.mqlAt[i] = instantOrNaN(lead.mqlAt);
    columns.sqlAt[i] = instantOrNaN(lead.sqlAt);
    columns.opportunityAt[i] = instantOrNaN(lead.opportunityAt);
    columns.wonAt[i] = instantOrNaN(lead.wonAt);
    columns.lostAt[i] = instantOrNaN(lead.lostAt);
    columns.firstContactAt[i] = instantOrNaN(lead.firstContactAt);
    columns.amount[i] = lead.amount ?? 0;
    columns.acceptedAt[i] = instantOrNaN(lead.acceptedAt);
    columns.rejectedAt[i] = instantOrNaN(lead.rejectedAt);
    columns.disqualifiedAt[i] = instantOrNaN(lead.disqualifiedAt);
    columns.recycledAt[i] = instantOrNaN(lead.recycledAt);
    columns.reason[i] = reasonId(lead.reason);
  }
  return columns;
}

const memo = new WeakMap<readonly LeadRecord[], RecordColumns>();

/** Columns made while validating the records (see ingest/parse-records.ts), so nothing is parsed twice. */
export function primeRecordColumns(leads: readonly LeadRecord[], columns: RecordColumns): void {
  memo.set(leads, columns);
}

/** {@link toColumns}, memoised per records array (parsed datasets are never mutated). */
export function recordColumns(leads: readonly LeadRecord[]): RecordColumns {
  let columns = memo.get(leads);
  if (!columns) {
    columns = toColumns(leads);
    memo.set(leads, columns);
  }
  return columns;
}
