import { columnsBuilder, type DimsWriter, type RecordColumns } from '../aggregate/columns.js';
import { DIMENSION_ID } from '../schema/patterns.js';
import { ledgerIssues } from '../schema/ledger.js';
import type { LeadRecord } from '../schema/dataset.js';
import { parseInstant } from '../time/instant.js';

// Lead records are the bulk of every large payload, and zod, walking each record's schema
// generically, costs several times JSON.parse. This pass checks a records array against
// exactly what the contract checks (leadRecordSchema, and the records' rules of
// datasetSchema: unique ids, nothing before createdAt) and builds the typed columns as it
// goes, so every timestamp is parsed once. It never reports: at the first thing it cannot
// vouch for it gives up, and zod validates the whole dataset, so issues keep zod's words and
// paths. A property test holds the two to the same verdict (test/core/parse-records.test.ts).

/** The contract's longest id and channel name (leadRecordSchema). */
export const MAX_ID = 200;
export const MAX_CHANNEL = 200;
/** The contract's longest reason code (leadRecordSchema). */
export const MAX_REASON = 64;

export interface CheckedRecords {
  leads: LeadRecord[];
  columns: RecordColumns;
  /** Whether a record carries a won amount (money: the dataset then needs a currency). */
  hasAmount: boolean;
}

/** A later stamp: absent (NaN), or an instant not before the lead's creation; undefined when neither. */
function laterStamp(value: unknown, createdAt: number): number | undefined {
  if (value === undefined) return NaN;
  if (typeof value !== 'string') return undefined;
  const at = parseInstant(value);
  return at >= createdAt ? at : undefined; // NaN (not an instant) fails the comparison too
}

/** How a record's `dims` are checked and kept: the dimensions it may name (any valid id when undefined), and where their members go. */
export interface DimsCheck {
  declared: ReadonlySet<string> | undefined;
  write: DimsWriter;
}

/** What a record is checked against beyond its own shape, and how its names are interned. */
export interface RecordCheck {
  channelId: (name: string | undefined) => number;
  reasonId: (code: string | undefined) => number;
  /** Absent: a record with `dims` is left to zod. */
  dims?: DimsCheck;
  /** The declared reason codes (any code of the right shape when undefined: the CLI's aggregate, which has no dataset). */
  reasons?: ReadonlySet<string>;
}

/** The records, checked and in columns, against the declared dimensions; undefined when zod should look at them. */
export function checkRecords(input: readonly unknown[], declared: ReadonlySet<string> = new Set(), reasons: ReadonlySet<string> = new Set()): CheckedRecords | undefined {
  const length = input.length;
  const { columns, channelId, reasonId, setDims } = columnsBuilder(length);
  const check: RecordCheck = { channelId, reasonId, dims: { declared, write: setDims }, reasons };
  // Ids are unique as text (1 and "1" are the same lead), kept apart by type so numeric ids
  // never pay for a conversion: a string is checked against the numbers only when it is one.
  const numberIds = new Set<number>();
  const textIds = new Set<string>();
  let hasAmount = false;
  for (let i = 0; i < length; i++) {
    if (!checkRecord(input[i], columns, i, check)) return undefined;
    const r = input[i] as Record<string, unknown>;
    const id = r.id;
    if (typeof id === 'number') {
      if (numberIds.has(id) || (textIds.size > 0 && textIds.has(String(id)))) return undefined;
      numberIds.add(id);
    } else {
      const text = id as string;
      if (textIds.has(text) || (numberIds.size > 0 && String(Number(text)) === text && numberIds.has(Number(text)))) return undefined;
      textIds.add(text);
    }
    if (r.amount !== undefined) hasAmount = true;
  }
  return { leads: input.slice() as LeadRecord[], columns, hasAmount };
}

/**
 * Checks one record as the contract does, all but the uniqueness of its id (that spans
 * records: the caller's), and writes it at `row` of the columns; false when zod should look
 * at it.
 */
export function checkRecord(record: unknown, columns: RecordColumns, row: number, check: RecordCheck): boolean {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
  const prototype: unknown = Object.getPrototypeOf(record);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in record) {
    switch (key) {
      case 'id':
      case 'channel':
      case 'createdAt':
      case 'mqlAt':
      case 'sqlAt':
      case 'opportunityAt':
      case 'wonAt':
      case 'lostAt':
      case 'firstContactAt':
      case 'amount':
      case 'acceptedAt':
      case 'rejectedAt':
      case 'disqualifiedAt':
      case 'recycledAt':
      case 'reason':
        break;
      case 'dims':
        if (!check.dims) return false;
        break;
      default:
        return false; // an unknown key (or an inherited one)
    }
  }
  const r = record as Record<string, unknown>;

  // id: a string of 1 to 200 characters, or a non-negative safe integer.
  const id = r.id;
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id) || id < 0) return false;
  } else if (typeof id !== 'string' || id.length < 1 || id.length > MAX_ID) return false;

  const channel = r.channel;
  if (channel !== undefined && (typeof channel !== 'string' || channel.length < 1 || channel.length > MAX_CHANNEL)) return false;

  if (typeof r.createdAt !== 'string') return false;
  const createdAt = parseInstant(r.createdAt);
  if (Number.isNaN(createdAt)) return false;
  const mqlAt = laterStamp(r.mqlAt, createdAt);
  const sqlAt = laterStamp(r.sqlAt, createdAt);
  const opportunityAt = laterStamp(r.opportunityAt, createdAt);
  const wonAt = laterStamp(r.wonAt, createdAt);
  const lostAt = laterStamp(r.lostAt, createdAt);
  const firstContactAt = laterStamp(r.firstContactAt, createdAt);
  if (mqlAt === undefined || sqlAt === undefined || opportunityAt === undefined || wonAt === undefined || lostAt === undefined || firstContactAt === undefined) return false;
  const acceptedAt = laterStamp(r.acceptedAt, createdAt);
  const rejectedAt = laterStamp(r.rejectedAt, createdAt);
  const disqualifiedAt = laterStamp(r.disqualifiedAt, createdAt);
  const recycledAt = laterStamp(r.recycledAt, createdAt);
  if (acceptedAt === undefined || rejectedAt === undefined || disqualifiedAt === undefined || recycledAt === undefined) return false;

  const amount = r.amount;
  if (amount !== undefined && (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0)) return false;
  const members = r.dims;
  if (members !== undefined && !checkDims(members, check.dims!.declared)) return false;
  const reason = r.reason;
  if (reason !== undefined && (typeof reason !== 'string' || reason.length < 1 || reason.length > MAX_REASON || (check.reasons !== undefined && !check.reasons.has(reason)))) return false;
  if ((r.acceptedAt !== undefined || r.rejectedAt !== undefined || r.disqualifiedAt !== undefined || reason !== undefined) && ledgerIssues(r).length > 0) return false;

  columns.channel[row] = check.channelId(channel);
  columns.createdAt[row] = createdAt;
  columns.mqlAt[row] = mqlAt;
  columns.sqlAt[row] = sqlAt;
  columns.opportunityAt[row] = opportunityAt;
  columns.wonAt[row] = wonAt;
  columns.lostAt[row] = lostAt;
  columns.firstContactAt[row] = firstContactAt;
  columns.amount[row] = amount ?? 0;
  columns.acceptedAt[row] = acceptedAt;
  columns.rejectedAt[row] = rejectedAt;
  columns.disqualifiedAt[row] = disqualifiedAt;
  columns.recycledAt[row] = recycledAt;
  columns.reason[row] = check.reasonId(reason as string | undefined);
  if (members !== undefined) check.dims!.write(row, members as Record<string, string>);
  return true;
}

/** A record's `dims`: a plain object of declared (or, undeclared, well-formed) ids to texts of 1 to 200 characters. */
function checkDims(value: unknown, declared: ReadonlySet<string> | undefined): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (declared ? !declared.has(key) : !DIMENSION_ID.test(key) || key === 'channel' || key === 'period') return false;
    const member = (value as Record<string, unknown>)[key];
    if (typeof member !== 'string' || member.length < 1 || member.length > MAX_CHANNEL) return false;
  }
  return true;
}
