import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { computeMetrics, parseDataset, RowsFromRecords } from '../../src/core/index.js';
import { reasonsWithDimensions, withDimensions } from '../../src/cli/sql-recipe.js';
import fc from './fc.js';

// sql/period-rows.sql on real engines, DuckDB and PostgreSQL (PGlite: PostgreSQL in
// WebAssembly), against the kit: the rows the SQL makes must be the rows `aggregate` makes
// from the same records (and so give the same metrics as the records, see
// aggregate-rows.test.ts), to 1e-9, in four time zones; and sql/period-reasons.sql must make
// the rows' `reasons` (failures by reason code), count for count.

const RECIPE = readFileSync(new URL('../../sql/period-rows.sql', import.meta.url), 'utf8');
const REASONS_RECIPE = readFileSync(new URL('../../sql/period-reasons.sql', import.meta.url), 'utf8');
const COLUMNS = ['id', 'channel', 'created_at', 'mql_at', 'sql_at', 'opportunity_at', 'won_at', 'lost_at', 'first_contact_at', 'amount', 'accepted_at', 'rejected_at', 'disqualified_at', 'recycled_at', 'reason'] as const;
const FIELDS = ['id', 'channel', 'createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'amount', 'acceptedAt', 'rejectedAt', 'disqualifiedAt', 'recycledAt', 'reason'] as const;
/** The `leads` table, with a text column per dimension kept. */
const create = (dims: readonly string[]) =>
  `CREATE TABLE leads (id VARCHAR, channel VARCHAR, created_at TIMESTAMPTZ, mql_at TIMESTAMPTZ, sql_at TIMESTAMPTZ, opportunity_at TIMESTAMPTZ, won_at TIMESTAMPTZ, lost_at TIMESTAMPTZ, first_contact_at TIMESTAMPTZ, amount DOUBLE PRECISION, accepted_at TIMESTAMPTZ, rejected_at TIMESTAMPTZ, disqualified_at TIMESTAMPTZ, recycled_at TIMESTAMPTZ, reason VARCHAR${dims.map((id) => `, "${id}" VARCHAR`).join('')})`;
const SLA_HOURS = 4;
/** The acceptance SLA's window, as aggregate has it by default (--acceptance-hours). */
const ACCEPTANCE_HOURS = 24;

type Lead = Partial<Record<(typeof FIELDS)[number], string | number>> & { id: string; createdAt: string; dims?: Record<string, string> };
type Row = Record<string, string | number | null>;

/** Each engine: load the records into `leads`, run SQL with its parameters ($1, $2…), read rows back. */
interface Engine {
  name: string;
  load(leads: readonly Lead[], dims?: readonly string[]): Promise<void>;
  query(sql: string, params: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

const insert = (dims: readonly string[]) => `INSERT INTO leads VALUES (${[...COLUMNS, ...dims].map((_, i) => `$${i + 1}`).join(', ')})`;
const valuesOf = (lead: Lead, dims: readonly string[]) => [...FIELDS.map((f) => lead[f] ?? null), ...dims.map((id) => lead.dims?.[id] ?? null)];

async function pglite(): Promise<Engine> {
  const db = new PGlite();
  return {
    name: 'PostgreSQL (PGlite)',
    async load(leads, dims = []) {
      await db.exec(`DROP TABLE IF EXISTS leads; ${create(dims)}`);
      await db.transaction(async (tx) => {
        for (const lead of leads) await tx.query(insert(dims), valuesOf(lead, dims));
      });
    },
    query: async (sql, params) => (await db.query<Row>(sql, [...params])).rows,
    close: () => db.close(),
  };
}

async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  return {
    name: 'DuckDB',
    async load(leads, dims = []) {
      await connection.run(`DROP TABLE IF EXISTS leads; ${create(dims)}`);
      const appender = await connection.prepare(insert(dims));
      for (const lead of leads) {
        appender.bind(valuesOf(lead, dims) as never);
        await appender.run();
      }
    },
    query: async (sql, params) => (await connection.runAndReadAll(sql, params as never)).getRowObjectsJson() as Row[],
    async close() {
      connection.closeSync();
    },
  };
}

/** What both sides make: the rows by key (period|channel|members), and their failures by key|reason code. */
interface Made {
  rows: Map<string, Row>;
  reasons: Map<string, number>;
}

/** The rows as the kit makes them from the same records (the CLI's `aggregate`), their `reasons` apart. */
function kitRows(leads: readonly Lead[], timezone: string, dims: readonly string[] = [], acceptanceHours = ACCEPTANCE_HOURS): Made {
  const made = new RowsFromRecords({ timezone, granularity: 'month', responseHours: SLA_HOURS, acceptanceHours, money: true, dims });
  made.add(leads);
  assert.equal(made.issueCount, 0, JSON.stringify(made.issues));
  const rows = new Map<string, Row>();
  const reasons = new Map<string, number>();
  for (const row of made.rows()) {
    const { dims: members, reasons: counts, ...rest } = row;
    const key = keyOf(row.period, row.channel, dims.map((id) => members?.[id]));
    // Each kept dimension as a field of its own, as the SQL's columns are.
    rows.set(key, { ...rest, ...members } as unknown as Row);
    // Failures by reason code (none: {}), never a zero: the reasons recipe's rows, one per code.
    assert.ok(Object.values(counts ?? {}).every((n) => n > 0), `${key}: reasons ${JSON.stringify(counts)}`);
    for (const [code, n] of Object.entries(counts ?? {})) reasons.set(`${key}|${code}`, n);
  }
  return { rows, reasons };
}

const keyOf = (period: string, channel: string | null | undefined, members: ReadonlyArray<string | null | undefined>) => [period, channel ?? '', ...members.map((m) => m ?? '')].join('|');

/** A column's fact: the recipe's snake_case as the contract's camelCase (lost_deals: lostDeals). */
const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The SQL's rows in the contract's shape (engines return counts as bigints or strings, numerics as strings). */
function sqlRows(rows: Row[], dims: readonly string[] = []): Map<string, Row> {
  const out = new Map(
    rows.map((row) => {
      const fields: Row = {};
      for (const [column, value] of Object.entries(row)) {
        if (column === 'channel' || dims.includes(column)) {
          if (value !== null) fields[column] = value;
        } else fields[camel(column)] = column === 'period' ? value : Number(value);
      }
      return [keyOf(fields.period as string, fields.channel as string | undefined, dims.map((id) => fields[id] as string | undefined)), fields];
    }),
  );
  assert.equal(out.size, rows.length, 'one row per period x channel (x members)');
  return out;
}

/** The reasons recipe's rows as counts by key|reason code. */
function sqlReasons(rows: Row[], dims: readonly string[] = []): Map<string, number> {
  const out = new Map(rows.map((row) => [`${keyOf(row.period as string, row.channel as string | null, dims.map((id) => row[id] as string | null))}|${row.reason as string}`, Number(row.failures)]));
  assert.equal(out.size, rows.length, 'one row per period x channel (x members) x reason');
  return out;
}

/** Both recipes on what the engine holds: the zone, the SLA hours and the acceptance hours as their parameters. */
async function sqlMade(engine: Engine, timezone: string, options: { dims?: readonly string[]; acceptanceHours?: number; recipe?: string } = {}): Promise<Made> {
  const { dims = [], acceptanceHours = ACCEPTANCE_HOURS, recipe = RECIPE } = options;
  return {
    rows: sqlRows(await engine.query(withDimensions(recipe, dims), [timezone, SLA_HOURS, acceptanceHours]), dims),
    reasons: sqlReasons(await engine.query(reasonsWithDimensions(REASONS_RECIPE, dims), [timezone]), dims),
  };
}

function assertSameRows(actual: Map<string, Row>, expected: Map<string, Row>, label: string): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${label}: the same period x channel rows`);
  for (const [key, row] of expected) {
    const other = actual.get(key)!;
    // Every fact of the kit's rows, and nothing else.
    assert.deepEqual(Object.keys(other).sort(), Object.keys(row).sort(), `${label} ${key}: the same facts`);
    for (const [fact, value] of Object.entries(row)) {
      if (typeof value === 'number') assert.ok(Math.abs(value - Number(other[fact])) <= 1e-9 * Math.max(1, Math.abs(value)), `${label} ${key} ${fact}: kit ${value}, SQL ${String(other[fact])}`);
      else assert.equal(other[fact], value, `${label} ${key} ${fact}`);
    }
  }
}

function assertSame(actual: Made, expected: Made, label: string): void {
  assertSameRows(actual.rows, expected.rows, label);
  const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(sorted(actual.reasons), sorted(expected.reasons), `${label}: the same failures by reason`);
}

/** Hand-made edges, in local wall time of each zone's own DST and offset quirks. */
const EDGES: Record<string, Lead[]> = {
  'America/New_York': [
    // MQL just before the spring-forward gap, contacted exactly 4 elapsed hours later (in SLA).
    { id: 'ny1', channel: 'paid-search', createdAt: '2026-03-07T20:00:00-05:00', mqlAt: '2026-03-08T01:30:00-05:00', firstContactAt: '2026-03-08T06:30:00-04:00', sqlAt: '2026-03-10T09:00:00-04:00' },
    // A contact one millisecond past 4 hours (out), sub-millisecond digits cut.
    { id: 'ny2', channel: 'paid-search', createdAt: '2026-03-31T23:59:59.9999-04:00', mqlAt: '2026-04-01T00:00:00.0004-04:00', firstContactAt: '2026-04-01T04:00:00.0014-04:00' },
    // A contact before the MQL (0 h), won across the fall-back night, a skipped stage.
    { id: 'ny3', channel: 'email', createdAt: '2025-10-31T22:00:00-04:00', mqlAt: '2025-11-01T08:00:00-04:00', firstContactAt: '2025-11-01T07:00:00-04:00', wonAt: '2025-11-02T01:30:00-05:00', amount: 1200.5 },
    // Unattributed; lost without a reason (code ''); and nothing in December for email (a quiet month inside the span).
    { id: 'ny4', createdAt: '2025-11-30T23:30:00-05:00', lostAt: '2026-01-01T00:00:00-05:00' },
    { id: 'ny5', channel: 'email', createdAt: '2026-01-15T12:00:00Z' },
    // Accepted at the very end of the MQL's month (the first instant of February): not decided for January; accepted in February.
    { id: 'ny6', channel: 'paid-search', createdAt: '2026-01-20T09:00:00-05:00', mqlAt: '2026-01-20T10:00:00-05:00', acceptedAt: '2026-02-01T00:00:00-05:00', sqlAt: '2026-02-03T10:00:00-05:00' },
    // Rejected exactly 24 elapsed hours after the MQL (in SLA) across the spring-forward night (25 wall-clock hours), ms kept.
    { id: 'ny7', channel: 'paid-search', createdAt: '2026-03-07T11:00:00-05:00', mqlAt: '2026-03-07T12:00:00.123-05:00', rejectedAt: '2026-03-08T13:00:00.123-04:00', reason: 'no-budget' },
    // Accepted one millisecond past 24 hours (out); then an opportunity, won in the next month.
    { id: 'ny8', channel: 'email', createdAt: '2026-03-19T08:00:00-04:00', mqlAt: '2026-03-20T08:00:00-04:00', acceptedAt: '2026-03-21T08:00:00.001-04:00', sqlAt: '2026-03-22T08:00:00-04:00', opportunityAt: '2026-03-25T18:00:00-04:00', wonAt: '2026-04-02T09:00:00-04:00', amount: 80 },
    // Accepted before the MQL was logged (0 hours), in the month before it.
    { id: 'ny9', channel: 'email', createdAt: '2026-03-31T10:00:00-04:00', acceptedAt: '2026-03-31T11:00:00-04:00', mqlAt: '2026-04-01T12:00:00-04:00' },
    // Accepted one millisecond before its month ends (decided, far out of SLA); lost to a reason in the next month.
    { id: 'ny10', channel: 'email', createdAt: '2026-04-02T09:00:00-04:00', mqlAt: '2026-04-10T09:00:00-04:00', acceptedAt: '2026-04-30T23:59:59.999-04:00', lostAt: '2026-05-04T10:00:00-04:00', reason: 'no-budget' },
    // Disqualified with a reason; recycled later; an SQL stamp before the MQL's (0 days in that stage).
    { id: 'ny11', channel: 'paid-search', createdAt: '2025-11-05T10:00:00-05:00', sqlAt: '2025-11-06T10:00:00-05:00', mqlAt: '2025-11-07T10:00:00-05:00', disqualifiedAt: '2025-12-01T00:00:00-05:00', reason: 'not-icp', recycledAt: '2026-02-10T10:00:00-05:00' },
    // Rejected without a reason (code ''), in the MQL's month; unattributed.
    { id: 'ny12', createdAt: '2026-02-27T10:00:00-05:00', mqlAt: '2026-02-27T11:00:00-05:00', rejectedAt: '2026-02-28T10:00:00-05:00' },
  ],
  'Australia/Lord_Howe': [
    // Half-hour DST: 02:00 -> 02:30 on 2025-10-05 (+10:30 -> +11:00), back on 2026-04-05.
    { id: 'lh1', channel: 'events', createdAt: '2025-10-04T23:00:00+10:30', mqlAt: '2025-10-05T01:45:00+10:30', firstContactAt: '2025-10-05T05:45:00+11:00' },
    { id: 'lh2', channel: 'events', createdAt: '2026-03-31T23:45:00+11:00', wonAt: '2026-04-05T01:45:00+10:30', amount: 300 },
    { id: 'lh3', createdAt: '2026-04-30T13:30:00Z' },
    // Rejected one ms before March ends in the zone (decided); accepted at April's first instant (not decided for March).
    { id: 'lh4', channel: 'events', createdAt: '2026-03-31T20:00:00+11:00', mqlAt: '2026-03-31T21:00:00+11:00', rejectedAt: '2026-03-31T23:59:59.999+11:00', reason: 'timing' },
    { id: 'lh5', channel: 'events', createdAt: '2026-03-31T20:00:00+11:00', mqlAt: '2026-03-31T22:00:00+11:00', acceptedAt: '2026-03-31T13:00:00Z' },
    // Accepted exactly 24 elapsed hours after an MQL across the fall-back night (23.5 wall-clock hours).
    { id: 'lh6', channel: 'events', createdAt: '2026-04-04T09:00:00+11:00', mqlAt: '2026-04-04T12:00:00+11:00', acceptedAt: '2026-04-05T11:30:00+10:30' },
  ],
  'Asia/Kathmandu': [
    // +05:45: a UTC evening is the next local morning, and the next local month.
    // A contact before its MQL (0 h), in the local February of a UTC January evening.
    { id: 'kt1', channel: 'referral', createdAt: '2026-01-31T18:00:00Z', mqlAt: '2026-01-31T18:15:00Z', firstContactAt: '2026-01-31T18:10:00Z' },
    { id: 'kt2', channel: 'referral', createdAt: '2026-02-28T18:14:59.999Z', opportunityAt: '2026-03-01T00:00:00+05:45' },
    // Accepted at 23:59:59.999 local on January 31 (decided in January); disqualified at February's first local instant.
    { id: 'kt3', channel: 'referral', createdAt: '2026-01-31T10:00:00Z', mqlAt: '2026-01-31T12:00:00Z', acceptedAt: '2026-01-31T18:14:59.999Z', disqualifiedAt: '2026-01-31T18:15:00Z', reason: 'not-icp' },
  ],
  UTC: [
    { id: 'u1', channel: 'organic', createdAt: '2026-02-28T23:59:59.999Z', mqlAt: '2026-03-01T00:00:00Z', firstContactAt: '2026-03-01T04:00:00Z', sqlAt: '2026-03-01T00:00:00.5Z' },
    { id: 'u2', channel: 'organic', createdAt: '2026-05-01T00:00:00Z', wonAt: '2026-05-02T12:00:00Z' },
    // A later event extends the span: a recycling alone in July; lost with a reason in June.
    { id: 'u3', channel: 'organic', createdAt: '2026-05-20T00:00:00Z', mqlAt: '2026-05-21T00:00:00Z', sqlAt: '2026-05-23T06:00:00Z', opportunityAt: '2026-05-30T00:00:00Z', lostAt: '2026-06-02T00:00:00Z', reason: 'timing', recycledAt: '2026-07-01T00:00:00Z' },
  ],
};

/** Random records around new year and both DST seasons, with every kind of offset and fraction. */
const OFFSETS = ['Z', '-03:00', '+05:45', '-04:00', '+11:00', '+10:30'];
/** Instant t (ms) written in an offset, with sub-second digits (cut to ms by both sides). */
const written = (t: number, offset: string, micros: number) => {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(t + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}.${String(micros).padStart(6, '0')}${offset}`;
};
const instant = fc.tuple(fc.integer({ min: Date.UTC(2025, 9, 1), max: Date.UTC(2026, 5, 1) }), fc.constantFrom(...OFFSETS), fc.integer({ min: 0, max: 999_999 })).map(([t, offset, micros]) => ({ t, text: written(t, offset, micros) }));
const HOUR = 3_600_000;
/** Sales' answer, some time around the MQL: often within a day, sometimes exactly 24 h, sometimes before the MQL. */
const answerDelay = fc.oneof(fc.integer({ min: -3 * HOUR, max: 3 * 86_400_000 }), fc.constant(24 * HOUR), fc.integer({ min: 10 * 86_400_000, max: 40 * 86_400_000 }));
const randomLead = fc
  .record({
    channel: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    created: instant,
    later: fc.array(fc.tuple(fc.constantFrom('mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'firstContactAt', 'recycledAt'), fc.integer({ min: -3 * HOUR, max: 40 * 86_400_000 })), { maxLength: 5 }),
    amount: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
    answer: fc.option(fc.tuple(fc.constantFrom('acceptedAt', 'rejectedAt'), answerDelay, fc.constantFrom(...OFFSETS), fc.integer({ min: 0, max: 999_999 })), { nil: undefined }),
    failure: fc.option(fc.tuple(fc.constantFrom('disqualifiedAt', 'lostAt'), fc.integer({ min: 0, max: 60 * 86_400_000 })), { nil: undefined }),
    reason: fc.option(fc.constantFrom('not-icp', 'no-budget', 'timing'), { nil: undefined }),
  })
  .map(({ channel, created, later, amount, answer, failure, reason }) => {
    const lead: Lead = { id: '', createdAt: created.text, ...(channel && { channel }) };
    // Stamps a second or more after creation (written to the second, the created stamp's fraction can not pass them).
    const after = (delay: number) => created.t + Math.max(delay, 1000);
    for (const [field, delay] of later) {
      // Stages after creation (the contract's rule); a contact may come before its MQL.
      lead[field] = new Date(after(field === 'firstContactAt' ? delay : Math.abs(delay))).toISOString();
    }
    if (lead.wonAt !== undefined && amount !== undefined) lead.amount = amount;
    // The ledger's rules: an answer needs an MQL; a lead fails once (a rejection is a failure); a reason needs a failure.
    if (answer && lead.mqlAt !== undefined) {
      const [field, delay, offset, micros] = answer;
      lead[field] = written(after(Date.parse(lead.mqlAt as string) - created.t + delay), offset, micros);
    }
    if (failure && lead.rejectedAt === undefined) lead[failure[0]] = new Date(after(failure[1])).toISOString();
    if (reason && (lead.rejectedAt ?? lead.disqualifiedAt ?? lead.lostAt) !== undefined) lead.reason = reason;
    return lead;
  });

describe('sql/period-rows.sql and sql/period-reasons.sql on DuckDB and PostgreSQL', () => {
  let engines: Engine[] = [];
  before(async () => {
    engines = [await duckdb(), await pglite()];
  });
  after(async () => {
    for (const engine of engines) await engine.close();
  });

  for (const [timezone, leads] of Object.entries(EDGES)) {
    it(`makes the kit's rows from edge records in ${timezone}`, async () => {
      const expected = kitRows(leads, timezone);
      for (const engine of engines) {
        await engine.load(leads);
        assertSame(await sqlMade(engine, timezone), expected, `${engine.name}, ${timezone}`);
      }
    });
  }

  it('counts the edges as the ledger says (decided by the end of the MQL month, 24 h included)', () => {
    const ny = kitRows(EDGES['America/New_York']!, 'America/New_York').rows;
    const fact = (key: string, name: string) => ny.get(key)![name];
    // ny6: at the first instant of February, not decided for January; ny7: exactly 24 h, in SLA.
    assert.deepEqual([fact('2026-01|paid-search', 'mqls'), fact('2026-01|paid-search', 'mqlsDecided'), fact('2026-02|paid-search', 'mqlsAccepted')], [1, 0, 1]);
    assert.deepEqual([fact('2026-03|paid-search', 'mqlsDecided'), fact('2026-03|paid-search', 'mqlsDecidedInSla'), fact('2026-03|paid-search', 'decisionHoursTotal')], [1, 1, 24]);
    // ny8: 24 h and 1 ms, out; ny9 (MQL in April, accepted in March): 0 hours, in SLA; ny10: 1 ms before May, decided.
    assert.deepEqual([fact('2026-03|email', 'mqlsDecided'), fact('2026-03|email', 'mqlsDecidedInSla'), fact('2026-03|email', 'mqlsAccepted')], [1, 0, 2]);
    assert.deepEqual([fact('2026-04|email', 'mqls'), fact('2026-04|email', 'mqlsDecided'), fact('2026-04|email', 'mqlsDecidedInSla')], [2, 2, 1]);
  });

  it("makes the kit's rows from 1,000 random records, in each zone", async () => {
    const leads = fc.sample(randomLead, { numRuns: 1000, seed: 20261127 }).map((lead, i) => ({ ...lead, id: `r${i}` }));
    // The sample holds every kind of ledger fact.
    for (const field of ['acceptedAt', 'rejectedAt', 'disqualifiedAt', 'lostAt', 'recycledAt', 'reason'] as const) assert.ok(leads.filter((lead) => lead[field] !== undefined).length >= 20, `records with ${field}`);
    for (const engine of engines) await engine.load(leads);
    for (const timezone of ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC']) {
      const expected = kitRows(leads, timezone);
      for (const engine of engines) assertSame(await sqlMade(engine, timezone), expected, `${engine.name}, ${timezone}`);
    }
    // Another acceptance window (aggregate --acceptance-hours 4.5): only the in-SLA decisions change.
    const shorter = kitRows(leads, 'Asia/Kathmandu', [], 4.5);
    const inSla = (made: Made) => [...made.rows.values()].reduce((n, row) => n + (row.mqlsDecidedInSla as number), 0);
    assert.ok(inSla(shorter) < inSla(kitRows(leads, 'Asia/Kathmandu')), 'a shorter window keeps fewer decisions in SLA');
    for (const engine of engines) assertSame(await sqlMade(engine, 'Asia/Kathmandu', { acceptanceHours: 4.5 }), shorter, `${engine.name}, 4.5 h to decide`);
  });

  it("grouped by dimensions (NULL: unassigned), makes the kit's rows with those dimensions kept", async () => {
    const dims = ['segment', 'owner'];
    const members = fc.record({ segment: fc.constantFrom('smb', 'mid market', 'enterprise'), owner: fc.constantFrom('Ana', 'Bo') }, { requiredKeys: [] });
    const leads = fc.sample(fc.tuple(randomLead, members), { numRuns: 400, seed: 20261206 }).map(([lead, m], i) => ({ ...lead, id: `d${i}`, ...(Object.keys(m).length > 0 && { dims: m }) }));
    for (const engine of engines) await engine.load(leads, dims);
    for (const timezone of ['America/Sao_Paulo', 'Asia/Kathmandu']) {
      const expected = kitRows(leads, timezone, dims);
      for (const engine of engines) assertSame(await sqlMade(engine, timezone, { dims }), expected, `${engine.name}, ${timezone}, by ${dims.join(', ')}`);
    }
    assert.throws(() => withDimensions(RECIPE.replace('GROUP BY channel, month_index', 'GROUP BY month_index, channel'), dims), /no longer names channel/);
    assert.throws(() => reasonsWithDimensions(REASONS_RECIPE.replace('GROUP BY channel, month_index, reason', 'GROUP BY month_index, channel, reason'), dims), /no longer names channel/);
  });

  it('gives, through the rows, the metrics compute gives from the records', async () => {
    const leads = EDGES['America/New_York']!;
    const reasons = [
      { code: 'not-icp', owner: 'marketing' },
      { code: 'no-budget', owner: 'sales' },
    ];
    const dataset = { version: 1, currency: 'USD', timezone: 'America/New_York', reasons, slas: [{ id: 'follow-up', owner: 'sales', type: 'response', withinHours: SLA_HOURS, target: 0.8 }] };
    const fromRecords = parseDataset({ ...dataset, leads });
    await engines[1]!.load(leads);
    const made = await sqlMade(engines[1]!, 'America/New_York');
    // A row carries its failures as `reasons`, {} for none (as aggregate writes them: failures by team are then a real 0).
    const rows = [...made.rows].map(([key, row]) => {
      const counts = [...made.reasons].filter(([k]) => k.slice(0, k.lastIndexOf('|')) === key).map(([k, n]) => [k.slice(k.lastIndexOf('|') + 1), n]);
      return { ...row, reasons: Object.fromEntries(counts) as Record<string, number> };
    });
    const fromRows = parseDataset({ ...dataset, rows, responseWindowHours: SLA_HOURS });
    if (!fromRecords.ok || !fromRows.ok) throw new Error(JSON.stringify((!fromRecords.ok && fromRecords.issues) || (!fromRows.ok && fromRows.issues)));
    const records = fromRecords.dataset;
    const summary = fromRows.dataset;
    const ids = ['leads', 'mqls', 'sqls', 'customers', 'revenue', 'sales_sla_rate', 'lead_to_mql', 'win_rate'];
    const ledger = ['sales_acceptance_rate', 'mql_rejection_rate', 'mqls_undecided', 'acceptance_sla_rate', 'disqualified_leads', 'recycled_leads', 'failures_marketing_owned', 'failures_sales_owned', 'marketing_owned_failure_share'];
    for (const period of ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']) {
      const a = computeMetrics(records, { period, compare: [] }).metrics;
      const b = computeMetrics(summary, { period, compare: [] }).metrics;
      for (const id of [...ids, ...ledger]) assert.equal(b[id]!.value, a[id]!.value, `${id} in ${period}`);
    }
  });

  it('would catch a recipe that buckets in UTC, measures wall-clock hours, or takes a decision at the month end as made', async () => {
    const wrong = {
      'buckets in UTC': RECIPE.replaceAll('AT TIME ZONE p.tz', "AT TIME ZONE 'UTC'"),
      'measures wall-clock hours': RECIPE.replace(
        'greatest(0, t.contact_ms - t.mql_ms) / 3600000',
        "greatest(0, extract(epoch FROM (l.first_contact_at AT TIME ZONE 'America/New_York')) - extract(epoch FROM (l.mql_at AT TIME ZONE 'America/New_York'))) / 3600",
      ),
      'takes a decision at the month end as made': RECIPE.replaceAll('decided_month_index <= month_index', 'decided_month_index <= month_index + 1'),
    };
    const leads = EDGES['America/New_York']!;
    const expected = kitRows(leads, 'America/New_York');
    for (const [mistake, sql] of Object.entries(wrong)) {
      assert.notEqual(sql, RECIPE, `${mistake}: the variant differs from the recipe`);
      for (const engine of engines) {
        await engine.load(leads);
        const made = await sqlMade(engine, 'America/New_York', { recipe: sql });
        assert.throws(() => assertSame(made, expected, mistake), `${engine.name}: a recipe that ${mistake} must not pass`);
      }
    }
  });
});
