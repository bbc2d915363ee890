import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { computeMetrics, parseDataset, RowsFromRecords } from '../../src/core/index.js';
import { withDimensions } from '../../src/cli/sql-recipe.js';
import fc from './fc.js';

// sql/period-rows.sql on real engines, DuckDB and PostgreSQL (PGlite: PostgreSQL in
// WebAssembly), against the kit: the rows the SQL makes must be the rows `aggregate` makes
// from the same records (and so give the same metrics as the records, see
// aggregate-rows.test.ts), to 1e-9, in four time zones.

const RECIPE = readFileSync(new URL('../../sql/period-rows.sql', import.meta.url), 'utf8');
const COLUMNS = ['id', 'channel', 'created_at', 'mql_at', 'sql_at', 'opportunity_at', 'won_at', 'lost_at', 'first_contact_at', 'amount'] as const;
const FIELDS = ['id', 'channel', 'createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'amount'] as const;
/** The `leads` table, with a text column per dimension kept. */
const create = (dims: readonly string[]) =>
  `CREATE TABLE leads (id VARCHAR, channel VARCHAR, created_at TIMESTAMPTZ, mql_at TIMESTAMPTZ, sql_at TIMESTAMPTZ, opportunity_at TIMESTAMPTZ, won_at TIMESTAMPTZ, lost_at TIMESTAMPTZ, first_contact_at TIMESTAMPTZ, amount DOUBLE PRECISION${dims.map((id) => `, "${id}" VARCHAR`).join('')})`;
const SLA_HOURS = 4;

type Lead = Partial<Record<(typeof FIELDS)[number], string | number>> & { id: string; createdAt: string; dims?: Record<string, string> };
type Row = Record<string, string | number>;

/** Each engine: load the records into `leads`, run SQL with the zone and the SLA hours, read rows back. */
interface Engine {
  name: string;
  run(leads: readonly Lead[], sql: string, timezone: string, dims?: readonly string[]): Promise<Row[]>;
  close(): Promise<void>;
}

const insert = (dims: readonly string[]) => `INSERT INTO leads VALUES (${[...COLUMNS, ...dims].map((_, i) => `$${i + 1}`).join(', ')})`;
const valuesOf = (lead: Lead, dims: readonly string[]) => [...FIELDS.map((f) => lead[f] ?? null), ...dims.map((id) => lead.dims?.[id] ?? null)];

async function pglite(): Promise<Engine> {
  const db = new PGlite();
  return {
    name: 'PostgreSQL (PGlite)',
    async run(leads, sql, timezone, dims = []) {
      await db.exec(`DROP TABLE IF EXISTS leads; ${create(dims)}`);
      await db.transaction(async (tx) => {
        for (const lead of leads) await tx.query(insert(dims), valuesOf(lead, dims));
      });
      return (await db.query<Row>(sql, [timezone, SLA_HOURS])).rows;
    },
    close: () => db.close(),
  };
}

async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  return {
    name: 'DuckDB',
    async run(leads, sql, timezone, dims = []) {
      await connection.run(`DROP TABLE IF EXISTS leads; ${create(dims)}`);
      const appender = await connection.prepare(insert(dims));
      for (const lead of leads) {
        appender.bind(valuesOf(lead, dims) as never);
        await appender.run();
      }
      return (await connection.runAndReadAll(sql, [timezone, SLA_HOURS])).getRowObjectsJson() as Row[];
    },
    async close() {
      connection.closeSync();
    },
  };
}

/** The rows as the kit makes them from the same records (the CLI's `aggregate`). */
function kitRows(leads: readonly Lead[], timezone: string, dims: readonly string[] = []): Map<string, Row> {
  const rows = new RowsFromRecords({ timezone, granularity: 'month', responseHours: SLA_HOURS, money: true, dims });
  rows.add(leads);
  assert.equal(rows.issueCount, 0, JSON.stringify(rows.issues));
  return new Map(
    rows.rows().map((row) => {
      const { dims: members, ...rest } = row;
      // Each kept dimension as a field of its own, as the SQL's columns are.
      return [keyOf(row.period, row.channel, dims.map((id) => members?.[id])), { ...rest, ...members } as unknown as Row];
    }),
  );
}

const keyOf = (period: string, channel: string | undefined, members: ReadonlyArray<string | undefined>) => [period, channel ?? '', ...members.map((m) => m ?? '')].join('|');

const CAMEL: Record<string, string> = { lost_deals: 'lostDeals', mqls_contacted: 'mqlsContacted', mqls_contacted_in_sla: 'mqlsContactedInSla', response_hours_total: 'responseHoursTotal', sales_cycle_days_total: 'salesCycleDaysTotal' };

/** The SQL's rows in the contract's shape (engines return counts as bigints or strings, numerics as strings). */
function sqlRows(rows: Row[], dims: readonly string[] = []): Map<string, Row> {
  return new Map(
    rows.map((row) => {
      const out: Row = {};
      for (const [column, value] of Object.entries(row)) {
        if (column === 'channel' || dims.includes(column)) {
          if (value !== null) out[column] = value;
        } else out[CAMEL[column] ?? column] = column === 'period' ? value : Number(value);
      }
      return [keyOf(out.period as string, out.channel as string | undefined, dims.map((id) => out[id] as string | undefined)), out];
    }),
  );
}

function assertSameRows(actual: Map<string, Row>, expected: Map<string, Row>, label: string): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${label}: the same period x channel rows`);
  for (const [key, row] of expected) {
    const other = actual.get(key)!;
    for (const [fact, value] of Object.entries(row)) {
      if (typeof value === 'number') assert.ok(Math.abs(value - Number(other[fact])) <= 1e-9 * Math.max(1, Math.abs(value)), `${label} ${key} ${fact}: kit ${value}, SQL ${String(other[fact])}`);
      else assert.equal(other[fact], value, `${label} ${key} ${fact}`);
    }
  }
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
    // Unattributed; lost; and nothing in December for email (a quiet month inside the span).
    { id: 'ny4', createdAt: '2025-11-30T23:30:00-05:00', lostAt: '2026-01-01T00:00:00-05:00' },
    { id: 'ny5', channel: 'email', createdAt: '2026-01-15T12:00:00Z' },
  ],
  'Australia/Lord_Howe': [
    // Half-hour DST: 02:00 -> 02:30 on 2025-10-05 (+10:30 -> +11:00), back on 2026-04-05.
    { id: 'lh1', channel: 'events', createdAt: '2025-10-04T23:00:00+10:30', mqlAt: '2025-10-05T01:45:00+10:30', firstContactAt: '2025-10-05T05:45:00+11:00' },
    { id: 'lh2', channel: 'events', createdAt: '2026-03-31T23:45:00+11:00', wonAt: '2026-04-05T01:45:00+10:30', amount: 300 },
    { id: 'lh3', createdAt: '2026-04-30T13:30:00Z' },
  ],
  'Asia/Kathmandu': [
    // +05:45: a UTC evening is the next local morning, and the next local month.
    // A contact before its MQL (0 h), in the local February of a UTC January evening.
    { id: 'kt1', channel: 'referral', createdAt: '2026-01-31T18:00:00Z', mqlAt: '2026-01-31T18:15:00Z', firstContactAt: '2026-01-31T18:10:00Z' },
    { id: 'kt2', channel: 'referral', createdAt: '2026-02-28T18:14:59.999Z', opportunityAt: '2026-03-01T00:00:00+05:45' },
  ],
  UTC: [
    { id: 'u1', channel: 'organic', createdAt: '2026-02-28T23:59:59.999Z', mqlAt: '2026-03-01T00:00:00Z', firstContactAt: '2026-03-01T04:00:00Z', sqlAt: '2026-03-01T00:00:00.5Z' },
    { id: 'u2', channel: 'organic', createdAt: '2026-05-01T00:00:00Z', wonAt: '2026-05-02T12:00:00Z' },
  ],
};

/** Random records around new year and both DST seasons, with every kind of offset and fraction. */
const OFFSETS = ['Z', '-03:00', '+05:45', '-04:00', '+11:00', '+10:30'];
const instant = fc.tuple(fc.integer({ min: Date.UTC(2025, 9, 1), max: Date.UTC(2026, 5, 1) }), fc.constantFrom(...OFFSETS), fc.integer({ min: 0, max: 999_999 })).map(([t, offset, micros]) => {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(t + minutes * 60_000).toISOString().slice(0, 19);
  return { t, text: `${local}.${String(micros).padStart(6, '0')}${offset}` };
});
const randomLead = fc
  .record({
    channel: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    created: instant,
    later: fc.array(fc.tuple(fc.constantFrom('mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt'), fc.integer({ min: -3 * 3_600_000, max: 40 * 86_400_000 })), { maxLength: 5 }),
    amount: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  })
  .map(({ channel, created, later, amount }) => {
    const lead: Lead = { id: '', createdAt: created.text, ...(channel && { channel }) };
    for (const [field, delay] of later) {
      // Stages after creation (the contract's rule); a contact may come before its MQL.
      const at = new Date(created.t + Math.max(field === 'firstContactAt' ? delay : Math.abs(delay), 1000)).toISOString();
      lead[field] = at;
    }
    if (lead.wonAt !== undefined && amount !== undefined) lead.amount = amount;
    return lead;
  });

describe('sql/period-rows.sql on DuckDB and PostgreSQL', () => {
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
      for (const engine of engines) assertSameRows(sqlRows(await engine.run(leads, RECIPE, timezone)), expected, `${engine.name}, ${timezone}`);
    });
  }

  it("makes the kit's rows from 1,000 random records, in each zone", async () => {
    const leads = fc.sample(randomLead, { numRuns: 1000, seed: 20261127 }).map((lead, i) => ({ ...lead, id: `r${i}` }));
    for (const timezone of ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC']) {
      const expected = kitRows(leads, timezone);
      for (const engine of engines) assertSameRows(sqlRows(await engine.run(leads, RECIPE, timezone)), expected, `${engine.name}, ${timezone}`);
    }
  });

  it("grouped by dimensions (NULL: unassigned), makes the kit's rows with those dimensions kept", async () => {
    const dims = ['segment', 'owner'];
    const members = fc.record({ segment: fc.constantFrom('smb', 'mid market', 'enterprise'), owner: fc.constantFrom('Ana', 'Bo') }, { requiredKeys: [] });
    const leads = fc.sample(fc.tuple(randomLead, members), { numRuns: 400, seed: 20261206 }).map(([lead, m], i) => ({ ...lead, id: `d${i}`, ...(Object.keys(m).length > 0 && { dims: m }) }));
    const recipe = withDimensions(RECIPE, dims);
    for (const timezone of ['America/Sao_Paulo', 'Asia/Kathmandu']) {
      const expected = kitRows(leads, timezone, dims);
      for (const engine of engines) assertSameRows(sqlRows(await engine.run(leads, recipe, timezone, dims), dims), expected, `${engine.name}, ${timezone}, by ${dims.join(', ')}`);
    }
    assert.throws(() => withDimensions(RECIPE.replace('GROUP BY channel, month_index', 'GROUP BY month_index, channel'), dims), /no longer names channel/);
  });

  it('gives, through the rows, the metrics compute gives from the records', async () => {
    const leads = EDGES['America/New_York']!;
    const dataset = { version: 1, currency: 'USD', timezone: 'America/New_York', slas: [{ id: 'follow-up', owner: 'sales', type: 'response', withinHours: SLA_HOURS, target: 0.8 }] };
    const fromRecords = parseDataset({ ...dataset, leads });
    const rows = [...sqlRows(await engines[1]!.run(leads, RECIPE, 'America/New_York')).values()];
    const fromRows = parseDataset({ ...dataset, rows, responseWindowHours: SLA_HOURS });
    if (!fromRecords.ok || !fromRows.ok) throw new Error(JSON.stringify(!fromRows.ok && fromRows.issues));
    const records = fromRecords.dataset;
    const summary = fromRows.dataset;
    for (const period of ['2025-11', '2026-03', '2026-04']) {
      const a = computeMetrics(records, { period, compare: [] }).metrics;
      const b = computeMetrics(summary, { period, compare: [] }).metrics;
      for (const id of ['leads', 'mqls', 'sqls', 'customers', 'revenue', 'sales_sla_rate', 'lead_to_mql', 'win_rate']) assert.equal(b[id]!.value, a[id]!.value, `${id} in ${period}`);
    }
  });

  it('would catch a recipe that buckets in UTC, or measures wall-clock hours', async () => {
    const wrong = {
      'buckets in UTC': RECIPE.replaceAll('AT TIME ZONE p.tz', "AT TIME ZONE 'UTC'"),
      'measures wall-clock hours': RECIPE.replace(
        "greatest(0, extract(epoch FROM date_trunc('milliseconds', l.first_contact_at)) - extract(epoch FROM date_trunc('milliseconds', l.mql_at))) / 3600",
        "greatest(0, extract(epoch FROM (l.first_contact_at AT TIME ZONE 'America/New_York')) - extract(epoch FROM (l.mql_at AT TIME ZONE 'America/New_York'))) / 3600",
      ),
    };
    const leads = EDGES['America/New_York']!;
    const expected = kitRows(leads, 'America/New_York');
    for (const [mistake, sql] of Object.entries(wrong)) {
      assert.notEqual(sql, RECIPE, `${mistake}: the variant differs from the recipe`);
      for (const engine of engines) {
        const rows = sqlRows(await engine.run(leads, sql, 'America/New_York'));
        assert.throws(() => assertSameRows(rows, expected, mistake), `${engine.name}: a recipe that ${mistake} must not pass`);
      }
    }
  });
});
