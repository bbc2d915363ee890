import { columnsBuilder, interner, type MemberColumn, type RecordColumns } from '../aggregate/columns.js';
import { instantEnd, parseInstantAt } from '../time/instant.js';
import { checkRecord, MAX_CHANNEL, MAX_ID } from './parse-records.js';

// A lead record read straight from its JSON text into the typed columns: no object, no
// string per field, each timestamp parsed where it lies in the text. It is what lets a
// streaming `aggregate` keep up with JSON.parse while checking every record. It reads the
// plain form records take in an export (known keys once each, strings without escapes,
// plain numbers) and vouches only for what the contract accepts; anything else it leaves
// to JSON.parse and checkRecord, so a record gets the same verdict and values either way
// (test/core/scan-records.test.ts holds the two together).

const KEYS = ['id', 'channel', 'createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'amount', 'dims'] as const;
const ID = 0;
const CHANNEL = 1;
const CREATED_AT = 2;
const AMOUNT = 9;
const DIMS = 10;
/** The longest dimension id (DIMENSION_ID). */
const MAX_DIMENSION_ID = 32;
/** Slots of the cache of channels (a power of two). */
const CHANNEL_SLOTS = 256;
/** Digits of an integer read exactly by hand: below 2^53. */
const EXACT_DIGITS = 15;

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN = 123;
const CLOSE = 125;
const MINUS = 45;
const DOT = 46;

/** The first index from i that is not JSON white space. */
function skipSpace(text: string, i: number, end: number): number {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 || (c !== 32 && c !== 10 && c !== 13 && c !== 9)) break;
  }
  return i;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The character at i of a record that ends at `end`; -1 past it (a record's text may be a range of a longer one). */
const charAt = (text: string, i: number, end: number) => (i < end ? text.charCodeAt(i) : -1);

/** Where the last number read lies, whether it is a plain integer, and its value when it is one of at most 15 digits (read on the way). */
interface Token {
  start: number;
  end: number;
  integer: boolean;
  value: number;
}

/** The end of the string whose opening quote is at `at`, or -1 when it has an escape or a control character (JSON.parse decides those). */
function stringEnd(text: string, at: number, end: number): number {
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === BACKSLASH || c < 32) return -1;
  }
  return -1;
}

/** The index after the member (a plain text of 1 to MAX_CHANNEL characters) whose opening quote is at `at`, or -1. */
function memberEnd(text: string, at: number, end: number): number {
  const valueEnd = stringEnd(text, at, end);
  const length = valueEnd - at - 1;
  return valueEnd < 0 || length < 1 || length > MAX_CHANNEL ? -1 : valueEnd + 1;
}

/** Whether the text from start to end is a dimension id: a lower-case letter, then lower-case letters, digits or _ (not channel or period). */
function isDimensionId(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > MAX_DIMENSION_ID) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    if (!(lower || (i > start && (isDigit(c) || c === 95)))) return false;
  }
  return !(length === 7 && text.startsWith('channel', start)) && !(length === 6 && text.startsWith('period', start));
}

/** One kept dimension's column while a batch is read: the members interned, a direct-mapped cache in front. */
interface KeptDimension {
  id: string;
  /** The key that names it in a record: its id; none for an id the contract refuses (a record naming it is refused). */
  key: string | undefined;
  column: MemberColumn;
  intern: (name: string | undefined) => number;
  slots: Int32Array;
}

/** The end of the JSON number starting at `at` (its grammar, exactly), or -1. */
function numberEnd(text: string, at: number, end: number, token: Token): number {
  let i = at;
  token.integer = charAt(text, i, end) !== MINUS;
  if (!token.integer) i++;
  const first = charAt(text, i, end);
  let value = 0;
  if (first === 48) i++;
  else if (first > 48 && first <= 57) for (let d = first; isDigit(d); d = charAt(text, ++i, end)) value = value * 10 + d - 48;
  else return -1;
  token.value = value;
  if (charAt(text, i, end) === DOT) {
    token.integer = false;
    if (!isDigit(charAt(text, ++i, end))) return -1;
    while (isDigit(charAt(text, i, end))) i++;
  }
  const e = charAt(text, i, end);
  if (e === 101 || e === 69) {
    token.integer = false;
    i++;
    const sign = charAt(text, i, end);
    if (sign === 43 || sign === MINUS) i++;
    if (!isDigit(charAt(text, i, end))) return -1;
    while (isDigit(charAt(text, i, end))) i++;
  }
  return i;
}

/**
 * Which of the contract's keys is written at `at` (just after its opening quote) and closed
 * there, or -1: told apart by their first letters, then compared whole.
 */
function keyAt(text: string, at: number): number {
  let k: number;
  switch (text.charCodeAt(at)) {
    case 105: // i
      k = ID;
      break;
    case 99: // c
      k = text.charCodeAt(at + 1) === 104 ? CHANNEL : CREATED_AT;
      break;
    case 109: // m
      k = 3;
      break;
    case 115: // s
      k = 4;
      break;
    case 111: // o
      k = 5;
      break;
    case 119: // w
      k = 6;
      break;
    case 108: // l
      k = 7;
      break;
    case 102: // f
      k = 8;
      break;
    case 97: // a
      k = AMOUNT;
      break;
    case 100: // d
      k = DIMS;
      break;
    default:
      return -1;
  }
  const key = KEYS[k]!;
  return text.charCodeAt(at + key.length) === QUOTE && text.startsWith(key, at) ? k : -1;
}

/** The number a JSON number's text stands for, as JSON.parse reads it. */
function numberValue(text: string, token: Token): number {
  return token.integer && token.end - token.start <= EXACT_DIGITS ? token.value : Number(text.slice(token.start, token.end));
}

/**
 * Reads records into columns, a batch at a time: `scan` the ones it can vouch for, `check`
 * the ones JSON.parse made into values. Either way the record's id is left where its text
 * lies (`idSource`, `idStart`, `idEnd`) for the caller's check of unique ids.
 */
export class RecordScanner {
  readonly #columns: RecordColumns;
  readonly #channelId: (name: string | undefined) => number;
  readonly #reasonId: (code: string | undefined) => number;
  readonly #channelSlots = new Int32Array(CHANNEL_SLOTS).fill(-1);
  /** Rows written in this batch. */
  length = 0;
  /** Whether a record of this batch carries a won amount. */
  hasAmount = false;
  /** Where the last record's id is written, as text (`1` and `"1"` alike: the contract compares ids as text). */
  idSource = '';
  idStart = 0;
  idEnd = 0;
  /** The last record's id when it was written as a number (so it need not be read again); -1 otherwise. */
  idNumber = -1;
  readonly #token: Token = { start: 0, end: 0, integer: false, value: 0 };
  /** The timestamp columns in the order of their keys (createdAt first). */
  readonly #stampColumns: Float64Array[];
  /** The dimensions whose members are kept (`aggregate --by`); a record may name others, checked and dropped. */
  readonly #kept: KeptDimension[];

  constructor(capacity: number, keep: readonly string[] = []) {
    const { columns, channelId, reasonId } = columnsBuilder(capacity);
    this.#columns = columns;
    this.#channelId = channelId;
    this.#reasonId = reasonId;
    this.#stampColumns = [columns.createdAt, columns.mqlAt, columns.sqlAt, columns.opportunityAt, columns.wonAt, columns.lostAt, columns.firstContactAt];
    this.#kept = keep.map((id) => {
      const column: MemberColumn = { ids: new Int32Array(capacity).fill(-1), names: [] };
      columns.dims[id] = column;
      return { id, key: isDimensionId(id, 0, id.length) ? id : undefined, column, intern: interner(column), slots: new Int32Array(CHANNEL_SLOTS).fill(-1) };
    });
  }

  /** The kept dimensions' members of a record JSON.parse made. */
  #writeDims = (row: number, dims: Readonly<Record<string, string>> | undefined): void => {
    for (const kept of this.#kept) {
      const name = dims?.[kept.id];
      kept.column.ids[row] = name === undefined ? -1 : kept.intern(name);
    }
  };

  /** How many rows a batch can hold. */
  get capacity(): number {
    return this.#columns.channel.length;
  }

  /** Starts a batch. */
  reset(): void {
    this.length = 0;
    this.hasAmount = false;
  }

  /** The rows of this batch, as columns (views, valid until the next reset). */
  columns(): RecordColumns {
    const c = this.#columns;
    const n = this.length;
    return {
      length: n,
      channels: c.channels,
      channel: c.channel.subarray(0, n),
      createdAt: c.createdAt.subarray(0, n),
      mqlAt: c.mqlAt.subarray(0, n),
      sqlAt: c.sqlAt.subarray(0, n),
      opportunityAt: c.opportunityAt.subarray(0, n),
      wonAt: c.wonAt.subarray(0, n),
      lostAt: c.lostAt.subarray(0, n),
      firstContactAt: c.firstContactAt.subarray(0, n),
      amount: c.amount.subarray(0, n),
      acceptedAt: c.acceptedAt.subarray(0, n),
      rejectedAt: c.rejectedAt.subarray(0, n),
      disqualifiedAt: c.disqualifiedAt.subarray(0, n),
      recycledAt: c.recycledAt.subarray(0, n),
      reason: c.reason.subarray(0, n),
      reasons: c.reasons,
      dims: Object.fromEntries(this.#kept.map(({ id, column }) => [id, { ids: column.ids.subarray(0, n), names: column.names }])),
    };
  }

  /** Checks a record JSON.parse made (see checkRecord) and adds it as the next row; false when it is not valid. */
  check(record: unknown): boolean {
    for (const kept of this.#kept) kept.column.ids[this.length] = -1;
    if (!checkRecord(record, this.#columns, this.length, { channelId: this.#channelId, reasonId: this.#reasonId, dims: { declared: undefined, write: this.#writeDims } })) return false;
    const { id, amount } = record as { id: string | number; amount?: number };
    const text = String(id);
    this.#setId(text, 0, text.length, typeof id === 'number' ? id : -1);
    if (amount !== undefined) this.hasAmount = true;
    this.length++;
    return true;
  }

  /**
   * Reads the record whose JSON text lies from `start` to `end` in `text` and adds it as the
   * next row; false when it cannot vouch for it (then nothing is added: parse it and `check`).
   */
  scan(text: string, start: number, end: number): boolean {
    const row = this.length;
    const c = this.#columns;
    // Stamps go straight into this row: it only counts once the whole record is vouched for.
    const stamps = this.#stampColumns;
    for (const column of stamps) column[row] = NaN;
    c.amount[row] = 0;
    // Records with the ledger's fields go through JSON.parse (keyAt knows none of them): here they are absent.
    c.acceptedAt[row] = NaN;
    c.rejectedAt[row] = NaN;
    c.disqualifiedAt[row] = NaN;
    c.recycledAt[row] = NaN;
    c.reason[row] = -1;
    for (const kept of this.#kept) kept.column.ids[row] = -1;
    let seen = 0;
    let idStart = -1;
    let idEnd = -1;
    let idNumber = -1;
    let channelStart = -1;
    let channelEnd = -1;
    let i = skipSpace(text, start, end);
    if (charAt(text, i, end) !== OPEN) return false;
    i = skipSpace(text, i + 1, end);
    for (;;) {
      if (charAt(text, i, end) !== QUOTE) return false;
      const key = keyAt(text, i + 1);
      // An unknown key, or one seen before (JSON.parse keeps the last): the slow path.
      if (key < 0 || seen & (1 << key)) return false;
      seen |= 1 << key;
      i = skipSpace(text, i + KEYS[key]!.length + 2, end);
      if (charAt(text, i, end) !== COLON) return false;
      i = skipSpace(text, i + 1, end);
      const first = charAt(text, i, end);
      if (key === DIMS) {
        i = this.#dims(text, i, end, row);
        if (i < 0) return false;
      } else if (first === QUOTE && key >= CREATED_AT) {
        if (key === AMOUNT) return false;
        // A timestamp, read where it lies; a quote must close it (an escape or any other
        // character is no timestamp).
        const at = parseInstantAt(text, i + 1);
        if (Number.isNaN(at) || charAt(text, instantEnd, end) !== QUOTE) return false;
        stamps[key - CREATED_AT]![row] = at;
        i = instantEnd + 1;
      } else if (first === QUOTE) {
        const valueEnd = stringEnd(text, i, end);
        const length = valueEnd - i - 1;
        if (valueEnd < 0 || length < 1 || length > (key === ID ? MAX_ID : MAX_CHANNEL)) return false;
        if (key === ID) {
          idStart = i + 1;
          idEnd = valueEnd;
        } else {
          channelStart = i + 1;
          channelEnd = valueEnd;
        }
        i = valueEnd + 1;
      } else {
        const token = this.#token;
        const valueEnd = numberEnd(text, i, end, token);
        if (valueEnd < 0) return false;
        token.start = i;
        token.end = valueEnd;
        if (key === ID) {
          // A non-negative safe integer: its digits are its text (String(id)).
          if (!token.integer || valueEnd - i > 16) return false;
          idNumber = numberValue(text, token);
          if (!Number.isSafeInteger(idNumber)) return false;
          idStart = i;
          idEnd = valueEnd;
        } else if (key === AMOUNT) {
          const amount = numberValue(text, token);
          if (!Number.isFinite(amount) || amount < 0) return false;
          c.amount[row] = amount;
        } else return false;
        i = valueEnd;
      }
      i = skipSpace(text, i, end);
      const next = charAt(text, i, end);
      if (next === CLOSE) break;
      if (next !== COMMA) return false;
      i = skipSpace(text, i + 1, end);
    }
    if (skipSpace(text, i + 1, end) !== end || idStart < 0) return false;

    // The record's rules: a creation instant, and no later stage before it.
    const createdAt = c.createdAt[row]!;
    if (Number.isNaN(createdAt)) return false;
    for (let k = 1; k < stamps.length; k++) if (stamps[k]![row]! < createdAt) return false;

    c.channel[row] = channelStart < 0 ? -1 : this.#channel(text, channelStart, channelEnd);
    if (seen & (1 << AMOUNT)) this.hasAmount = true;
    this.#setId(text, idStart, idEnd, idNumber);
    this.length++;
    return true;
  }

  /**
   * A record's `dims` object at `at`: ids well formed and once each, members plain texts of
   * 1 to 200 characters; the kept ones' members written at `row`. Its end, or -1.
   */
  #dims(text: string, at: number, end: number, row: number): number {
    if (charAt(text, at, end) !== OPEN) return -1;
    let i = skipSpace(text, at + 1, end);
    if (charAt(text, i, end) === CLOSE) return i + 1;
    // Kept dimensions seen, one bit each: a kept key twice goes to JSON.parse (it keeps the
    // last). Another key twice is harmless here: it is checked, then dropped.
    let seen = 0;
    for (;;) {
      if (charAt(text, i, end) !== QUOTE) return -1;
      const kept = this.#keptAt(text, i + 1);
      let keyEnd: number;
      if (kept >= 0) {
        if (seen & (1 << kept)) return -1;
        seen |= 1 << kept;
        keyEnd = i + 1 + this.#kept[kept]!.key!.length;
      } else {
        // Any other key is checked here: a valid id, its member a plain text, then dropped.
        keyEnd = stringEnd(text, i, end);
        if (keyEnd < 0 || !isDimensionId(text, i + 1, keyEnd)) return -1;
      }
      i = skipSpace(text, keyEnd + 1, end);
      if (charAt(text, i, end) !== COLON) return -1;
      i = skipSpace(text, i + 1, end);
      if (charAt(text, i, end) !== QUOTE) return -1;
      i = kept >= 0 ? this.#member(this.#kept[kept]!, text, i, end, row) : memberEnd(text, i, end);
      if (i < 0) return -1;
      i = skipSpace(text, i, end);
      const next = charAt(text, i, end);
      if (next === CLOSE) return i + 1;
      if (next !== COMMA) return -1;
      i = skipSpace(text, i + 1, end);
    }
  }

  /**
   * The kept dimension whose key is written at `at` (just after its opening quote) and closed
   * there, or -1. Kept keys are valid ids (checked once), so no escape can hide in one.
   */
  #keptAt(text: string, at: number): number {
    for (let k = 0; k < this.#kept.length; k++) {
      const key = this.#kept[k]!.key;
      if (key !== undefined && text.charCodeAt(at + key.length) === QUOTE && text.startsWith(key, at)) return k;
    }
    return -1;
  }

  /**
   * Reads the member whose opening quote is at `at` into a kept dimension's column at `row`,
   * in one pass that finds its end and hashes it for the cache (as channels are cached).
   * Returns the index after its closing quote, or -1 (see memberEnd).
   */
  #member(kept: KeptDimension, text: string, at: number, end: number, row: number): number {
    const start = at + 1;
    let hash = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < 32) return -1;
      // Stryker disable next-line all: a different slot is only a different miss rate
      hash = (hash * 31 + c) | 0; // every character: members often differ only inside ("Campaign 07", "Campaign 17")
    }
    const length = i - start;
    if (i >= end || length < 1 || length > MAX_CHANNEL) return -1;
    // Stryker disable next-line all: a different slot is only a different miss rate
    const slot = (hash ^ (hash >>> 8)) & (CHANNEL_SLOTS - 1);
    const cached = kept.slots[slot]!;
    const names = kept.column.names;
    let id: number;
    if (cached >= 0 && names[cached]!.length === length && text.startsWith(names[cached]!, start)) id = cached;
    else {
      id = kept.intern(text.slice(start, i));
      kept.slots[slot] = id;
    }
    kept.column.ids[row] = id;
    return i + 1;
  }

  #setId(text: string, start: number, end: number, number: number): void {
    this.idSource = text;
    this.idStart = start;
    this.idEnd = end;
    this.idNumber = number;
  }

  /** The id of the channel named by the text from start to end. */
  #channel(text: string, start: number, end: number): number {
    const length = end - start;
    // A direct-mapped cache in front of the names' map: one compare for a known channel. The
    // slot only decides how often a name is cut out and looked up in the map, never which id
    // it gets, so mutants of the slot's arithmetic are equivalent.
    // Stryker disable all: a different slot is only a different miss rate
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (CHANNEL_SLOTS - 1);
    // Stryker restore all
    const cached = this.#channelSlots[slot]!;
    const channels = this.#columns.channels;
    if (cached >= 0 && channels[cached]!.length === length && text.startsWith(channels[cached]!, start)) return cached;
    const id = this.#channelId(text.slice(start, end));
    this.#channelSlots[slot] = id;
    return id;
  }

}
