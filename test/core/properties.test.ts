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
  type TargetComparison,
} from '../../src/core/index.js';
import { emptyCell, mergeCell } from '../../src/core/aggregate/cell.js';
import { buildFactTable, type FactTable } from '../../src/core/aggregate/aggregate.js';

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
/** Up to 60 days after creation, each stage on its own: stages out of order among themselves are valid data. */
const later = (t: number) => fc.option(fc.integer({ min: 0, max: 60 * 24 }).map((h) => iso(t + h * HOUR)), { nil: undefined });

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
      // One row per period and channel: the same fact twice under one key is refused (it would count twice).
      rows: fc.uniqueArray(row(options.channels ?? false), { maxLength: 12, selector: (r) => `${String(r.period)}|${String(r.channel)}` }),
      economics: fc.record({ grossMargin: fc.double({ min: 0, max: 1, noNaN: true }), monthlyChurn: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
    })
    .map(({ timezone, leads, rows, economics }): Dataset => {
      const input: DatasetInput = { version: 1, currency: 'USD', timezone, leads: leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'], rows: rows as unknown as DatasetInput['rows'], economics };
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

  it("a payload's second table, visiting sparse stamps by the list its first scan learned, is the table a fresh payload gives", () => {
    const cellsOf = (table: FactTable) => [...table.cells].map(([member, cells]) => [member, [...cells.entries()]]);
    const asOf = fc.option(fc.constantFrom('2025-12-10', '2026-02-28', '2026-05-31'), { nil: undefined });
    fc.assert(
      fc.property(datasetArb({ channels: true }), fc.constantFrom('day', 'week', 'month'), modeArb, asOf, (d, granularity, mode, day) => {
        // The first table sees only what happened by mid-January: what it learns must still be every stamp.
        buildFactTable({ ...d, asOf: '2026-01-15' }, 'day', 'period');
        const fresh = { ...d, leads: d.leads!.map((lead) => ({ ...lead })) };
        const at = (dataset: Dataset) => (day === undefined ? dataset : { ...dataset, asOf: day });
        assert.deepEqual(cellsOf(buildFactTable(at(d), granularity, mode)), cellsOf(buildFactTable(at(fresh), granularity, mode)));
      }),
      { numRuns: 100 },
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

describe('properties of a running period', () => {
  // A month M followed by a longer month N: on N's day |M|, N still runs and its previous
  // window is all of M, as it stood at M's end.
  const PAIRS = [
    { month: '2025-11', next: '2025-12', asOf: '2025-12-30', monthEnd: '2025-11-30' },
    { month: '2026-02', next: '2026-03', asOf: '2026-03-28', monthEnd: '2026-02-28' },
    { month: '2026-04', next: '2026-05', asOf: '2026-05-30', monthEnd: '2026-04-30' },
  ];
  const same = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined ? b === null || b === undefined : b !== null && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

  it('a window that reaches the previous period’s last day gives that closed period’s figures', () => {
    fc.assert(
      fc.property(datasetArb(), modeArb, fc.constantFrom(...PAIRS), (d, mode, pair) => {
        const closed = computeMetrics({ ...d, asOf: pair.monthEnd }, { period: pair.month, mode });
        fc.pre(!closed.empty);
        assert.equal(closed.progress, undefined);
        const running = computeMetrics({ ...d, asOf: pair.asOf }, { period: pair.next, mode });
        assert.ok(running.progress);
        for (const m of Object.values(running.metrics)) {
          assert.ok(same(m.previous!.value, closed.metrics[m.id]!.value), `${m.id}: previous ${m.previous!.value} vs closed ${closed.metrics[m.id]!.value}`);
          assert.notEqual(m.previous!.basis, 'full');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a metric exactly on pace has a paced attainment of 1 (month and quarter)', () => {
    const Q1 = ['2026-01', '2026-02', '2026-03'];
    const DAYS = [31, 28, 31];
    fc.assert(
      fc.property(fc.tuple(...Q1.map(() => fc.double({ min: 1, max: 1e6, noNaN: true }))), fc.integer({ min: 0, max: 88 }), (targets, dayOfQuarter) => {
        // asOf: day `dayOfQuarter` of Q1 (0-based), never its last day.
        let month = 0;
        let day = dayOfQuarter;
        while (day >= DAYS[month]!) day -= DAYS[month++]!;
        const asOf = `${Q1[month]}-${String(day + 1).padStart(2, '0')}`;
        const rows = Q1.slice(0, month + 1).map((period, i) => ({ period, revenue: i < month ? targets[i]! : (targets[i]! * (day + 1)) / DAYS[i]! }));
        const d = parseDataset({ version: 1, currency: 'USD', asOf, rows, targets: Q1.map((period, i) => ({ metric: 'revenue', period, value: targets[i]! })) });
        if (!d.ok) throw new Error(JSON.stringify(d.issues));
        for (const period of ['2026-Q1', Q1[month]!]) {
          const target: TargetComparison = computeMetrics(d.dataset, { period }).metrics.revenue!.target!;
          if (period === Q1[month] && day === DAYS[month]! - 1) continue; // the month's last day: closed
          assert.equal(target.paced, true, `${period} as of ${asOf}`);
          assert.ok(Math.abs(target.attainment! - 1) < 1e-9, `${period} as of ${asOf}: ${target.attainment}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
