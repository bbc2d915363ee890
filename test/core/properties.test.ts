import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from './fc.js';
import {
  COUNT_FACTS,
  computeMetrics,
  factTable,
  FACTS,
  parseDataset,
  periodFromIndex,
  periodIndexOfDay,
  selectFacts,
  type Dataset,
  type DatasetInput,
  type Mode,
} from '../../src/core/index.js';
import { emptyCell, mergeCell } from '../../src/core/aggregate/cell.js';

// Property-based checks of RELIABILITY.md: for any valid dataset the core's numbers are
// finite or null with a reason, cohort funnels never widen, channels add up, and months
// add up to their quarter.

const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'America/Sao_Paulo', 'Australia/Lord_Howe'];
const CHANNELS = ['organic', 'paid', 'events'];
const FROM = Date.UTC(2025, 10, 1);
const TO = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;

const iso = (t: number) => new Date(t).toISOString();
const instant = fc.integer({ min: FROM, max: TO });
/** Later by up to 60 days, or sometimes earlier: out-of-order stages are valid data. */
const later = (t: number) => fc.option(fc.integer({ min: -5 * 24, max: 60 * 24 }).map((h) => iso(t + h * HOUR)), { nil: undefined });

const lead = (channels: boolean) =>
  fc
    .record({ createdAt: instant, channel: channels ? fc.constantFrom(...CHANNELS) : fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }), amount: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }) })
    .chain(({ createdAt, channel, amount }) =>
      fc.record({ mqlAt: later(createdAt), sqlAt: later(createdAt), opportunityAt: later(createdAt), wonAt: later(createdAt), lostAt: later(createdAt), firstContactAt: later(createdAt) }).map((stages) => {
        const record: Record<string, unknown> = { id: 0, createdAt: iso(createdAt) };
        if (channel !== undefined) record.channel = channel;
        if (amount !== undefined) record.amount = amount;
        for (const [key, value] of Object.entries(stages)) if (value !== undefined) record[key] = value;
        return record;
      }),
    );

const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
const count = fc.nat({ max: 5000 });
const money = fc.double({ min: 0, max: 1e6, noNaN: true });
const row = (channels: boolean) =>
  fc.record(
    {
      period: fc.constantFrom(...MONTHS),
      channel: channels ? fc.constantFrom(...CHANNELS) : fc.constantFrom(...CHANNELS, undefined),
      visitors: count,
      marketingSpend: money,
      salesSpend: money,
      mrr: money,
      activeCustomersStart: count,
      churnedCustomers: count,
    },
    { requiredKeys: channels ? ['period', 'channel'] : ['period'] },
  ).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

const datasetArb = (options: { channels?: boolean } = {}) =>
  fc
    .record({
      timezone: fc.constantFrom(...ZONES),
      leads: fc.array(lead(options.channels ?? false), { maxLength: 40 }),
      rows: fc.array(row(options.channels ?? false), { maxLength: 12 }),
      economics: fc.record({ grossMargin: fc.double({ min: 0, max: 1, noNaN: true }), monthlyChurn: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
    })
    .map(({ timezone, leads, rows, economics }): Dataset => {
      const input: DatasetInput = { version: 1, currency: 'USD', timezone, leads: leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'], rows: rows as DatasetInput['rows'], economics };
      const parsed = parseDataset(input);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      return parsed.dataset;
    });

const modeArb = fc.constantFrom<Mode>('period', 'cohort');
const periodArb = fc.constantFrom(...MONTHS, '2026-Q1', '2025-Q4', '2026', '2026-W05', '2026-03-08');
const finiteOrNull = (v: number | null | undefined) => v === undefined || v === null || Number.isFinite(v);

describe('properties of the core', () => {
  it('every value is finite, or null with a reason', () => {
    fc.assert(
      fc.property(datasetArb(), modeArb, periodArb, fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }), (d, mode, period, channel) => {
        const result = computeMetrics(d, { period, mode, ...(channel && { channel }) });
        for (const m of Object.values(result.metrics)) {
          assert.ok(m.value === null ? typeof m.reason === 'string' : Number.isFinite(m.value), `${m.id}: ${m.value}`);
          assert.ok(Number.isFinite(m.n));
          assert.ok(finiteOrNull(m.p90) && finiteOrNull(m.previous?.value) && finiteOrNull(m.previous?.delta) && finiteOrNull(m.previous?.relative) && finiteOrNull(m.target?.attainment));
        }
        for (const s of result.slas) assert.ok(finiteOrNull(s.actual) && finiteOrNull(s.attainment));
      }),
      { numRuns: 150 },
    );
  });

  it('cohort counts never increase down the funnel, and cohort rates lie in [0, 1]', () => {
    const stages = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'];
    const rates = ['lead_to_mql', 'mql_to_sql', 'sql_to_opportunity', 'opportunity_to_customer', 'lead_to_customer', 'mql_to_customer', 'win_rate', 'sales_sla_rate'];
    fc.assert(
      fc.property(datasetArb(), periodArb, fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }), (d, period, channel) => {
        const m = computeMetrics(d, { period, mode: 'cohort', ...(channel && { channel }) }).metrics;
        for (let i = 1; i < stages.length; i++) {
          const upper = m[stages[i - 1]!]!.value;
          const lower = m[stages[i]!]!.value;
          if (upper !== null && lower !== null) assert.ok(lower <= upper, `${stages[i]} ${lower} > ${stages[i - 1]} ${upper}`);
        }
        for (const id of rates) {
          const v = m[id]!.value;
          if (v !== null) assert.ok(v >= 0 && v <= 1, `${id} = ${v}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('per-channel facts sum to the all-channel facts', () => {
    const additive = ['visitors', 'leads', 'mqls', 'sqls', 'opportunities', 'customers', 'revenue', 'marketing_spend', 'sales_spend'];
    fc.assert(
      fc.property(datasetArb({ channels: true }), modeArb, periodArb, (d, mode, period) => {
        const all = computeMetrics(d, { period, mode, compare: [] }).metrics;
        if (Object.values(all).every((m) => m.reason === 'no-data')) return;
        const byChannel = CHANNELS.map((channel) => computeMetrics(d, { period, mode, channel, compare: [] }).metrics);
        for (const id of additive) {
          const parts = byChannel.map((m) => m[id]!.value).filter((v): v is number => v !== null);
          const total = all[id]!.value;
          if (total === null) assert.equal(parts.length, 0, id);
          else assert.ok(Math.abs(parts.reduce((a, b) => a + b, 0) - total) <= 1e-6 * Math.max(1, total), `${id}: Σ ${parts} ≠ ${total}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('months rolled up equal the quarter computed directly (sums, samples and so medians)', () => {
    fc.assert(
      fc.property(datasetArb(), modeArb, fc.constantFrom('2025-Q4', '2026-Q1', '2026-Q2'), (d, mode, quarterKey) => {
        const quarters = factTable(d, 'quarter', mode);
        const months = factTable(d, 'month', mode);
        const [year, q] = quarterKey.split('-Q').map(Number) as [number, number];
        const quarter = selectFacts(quarters, year * 4 + q - 1);
        const rolled = emptyCell();
        for (let m = 0; m < 3; m++) mergeCell(rolled, selectFacts(months, year * 12 + (q - 1) * 3 + m));
        for (const fact of FACTS) {
          const tolerance = (COUNT_FACTS as readonly string[]).includes(fact) ? 0 : 1e-6 * Math.max(1, quarter.sums[fact]);
          assert.ok(Math.abs(rolled.sums[fact] - quarter.sums[fact]) <= tolerance, fact);
        }
        const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
        assert.deepEqual(sorted(rolled.cycleDays), sorted(quarter.cycleDays));
        assert.deepEqual(sorted(rolled.responseHours), sorted(quarter.responseHours));
        assert.equal(rolled.hits, quarter.hits);
      }),
      { numRuns: 150 },
    );
  });

  it('any instant lands in exactly one period of each granularity, and that period contains its local day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 40000 }), fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const), (day, granularity) => {
        const period = periodFromIndex(granularity, periodIndexOfDay(granularity, day));
        assert.ok(period.startDay <= day && day < period.endDay);
      }),
    );
  });
});
