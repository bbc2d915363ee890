import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from './fc.js';
import { computeMetrics, parseDataset, type Dataset, type DatasetInput, type MetricsResult, type Mode } from '../../src/core/index.js';
import { setClock } from '../../src/core/aggregate/aggregate.js';
import { dataSpan } from '../../src/core/aggregate/span.js';

// The span of the data, "today" without asOf, unknown facts, target roll-ups and LTV at zero
// churn (README, "The data contract" and "A running period"), by hand and as properties.

function dataset(input: DatasetInput): Dataset {
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.dataset;
}
const value = (r: MetricsResult, id: string) => r.metrics[id]!.value;
const reasons = (r: MetricsResult) => Object.values(r.metrics).map((m) => m.reason);

describe('the span of the data, the same in both modes', () => {
  // One lead created on 10 January, an MQL on 10 February: February is inside the span.
  const quiet = () => dataset({ version: 1, leads: [{ id: 'a', createdAt: '2026-01-10T12:00:00Z', mqlAt: '2026-02-10T12:00:00Z' }] });

  it('a cohort of 0 leads inside the span is a real 0, and its rates divide by zero', () => {
    const cohort = computeMetrics(quiet(), { period: '2026-02', mode: 'cohort' });
    assert.equal(cohort.empty, false);
    assert.equal(value(cohort, 'leads'), 0);
    assert.equal(value(cohort, 'mqls'), 0);
    assert.equal(cohort.metrics.lead_to_mql!.reason, 'zero-denominator');
    assert.ok(!reasons(cohort).includes('no-data'), 'no metric of a period inside the span is "no data"');
    const flow = computeMetrics(quiet(), { period: '2026-02', mode: 'period' });
    assert.deepEqual([value(flow, 'leads'), value(flow, 'mqls')], [0, 1]);
  });

  it('a period wholly outside the span is no data in both modes, its previous too', () => {
    for (const mode of ['period', 'cohort'] as const) {
      for (const period of ['2025-12', '2026-03']) {
        const r = computeMetrics(quiet(), { period, mode });
        assert.equal(r.empty, true, `${period} ${mode}`);
        assert.ok(reasons(r).every((reason) => reason === 'no-data'));
      }
      // January's previous period, December, is before the span.
      assert.equal(computeMetrics(quiet(), { period: '2026-01', mode }).metrics.leads!.previous!.value, null);
    }
  });

  it('a previous window before all the data is no data: no delta, no verdict from it', () => {
    const d = dataset({ version: 1, asOf: '2026-03-18', leads: [{ id: 'a', createdAt: '2026-02-20T12:00:00Z' }, { id: 'b', createdAt: '2026-03-05T12:00:00Z' }] });
    const r = computeMetrics(d, { period: '2026-03' });
    assert.equal(r.progress!.days, 18);
    const leads = r.metrics.leads!;
    assert.equal(leads.value, 1);
    assert.deepEqual([leads.previous!.value, leads.previous!.delta, leads.previous!.relative], [null, null, null]);
    assert.equal(leads.status, 'neutral');
    // 1–18 February ends before the first record (20 February): the whole of February would not.
    assert.equal(computeMetrics(d, { period: '2026-02' }).metrics.leads!.value, 1);
  });

  it("economics constants do not leak into a previous window outside the span", () => {
    const d = dataset({
      version: 1,
      currency: 'USD',
      asOf: '2026-03-18',
      economics: { grossMargin: 0.8, arpa: 100, monthlyChurn: 0.02 },
      rows: [{ period: '2026-03', visitors: 10 }],
    });
    const r = computeMetrics(d, { period: '2026-03' });
    for (const id of ['churn_rate', 'arpa', 'ltv']) {
      assert.notEqual(value(r, id), null, id);
      assert.equal(r.metrics[id]!.previous!.value, null, `${id}: 1–18 February is before the rows`);
      assert.equal(r.metrics[id]!.status, 'neutral', id);
    }
  });

  it("one payload's records read under two cut-offs: each dataset gets its own span, in either order", () => {
    const d = dataset({ version: 1, leads: [{ id: 'a', createdAt: '2026-01-10T12:00:00Z', mqlAt: '2026-03-10T12:00:00Z' }] });
    for (const order of [['2026-04-01', '2026-02-01'], ['2026-02-01', '2026-04-01']]) {
      // New dataset objects, one records array: its earliest and latest instants are kept per cut-off.
      const [first, second] = order.map((asOf) => ({ ...d, asOf }));
      assert.equal(first!.leads, second!.leads);
      const spans = Object.fromEntries([first!, second!].map((x) => [x.asOf, dataSpan(x)!]));
      assert.equal(spans['2026-02-01']!.endDay - spans['2026-02-01']!.startDay, 1, 'by 1 February only the lead of 10 January');
      assert.equal(spans['2026-04-01']!.endDay - spans['2026-04-01']!.startDay, 60, '10 January to 10 March, both days in');
    }
  });

  it('a window that overlaps the span reads real zeros where the records say nothing happened', () => {
    // First record on 10 February; March runs to the 18th; 1–18 February overlaps the span.
    const d = dataset({ version: 1, asOf: '2026-03-18', leads: [{ id: 'a', createdAt: '2026-02-10T12:00:00Z', mqlAt: '2026-02-25T12:00:00Z' }, { id: 'b', createdAt: '2026-03-05T12:00:00Z' }] });
    const r = computeMetrics(d, { period: '2026-03' });
    assert.equal(r.metrics.leads!.previous!.value, 1);
    assert.equal(r.metrics.mqls!.previous!.value, 0, 'the MQL of the 25th had not happened by the 18th');
  });
});

describe('"today" without asOf is the clock\'s day in the dataset\'s zone', () => {
  let restore = () => {};
  after(() => restore());
  const leads = [
    { id: 'n1', createdAt: '2026-11-02T15:00:00Z' },
    { id: 'n2', createdAt: '2026-11-20T15:00:00Z' },
    { id: 'd1', createdAt: '2026-12-03T15:00:00Z' },
  ];

  it('judges the running month to date, and says the day came from the clock', () => {
    // 02:00 UTC on 7 December is still the 6th in São Paulo (UTC−3).
    restore = setClock(() => Date.UTC(2026, 11, 7, 2));
    const r = computeMetrics(dataset({ version: 1, timezone: 'America/Sao_Paulo', leads }), { period: '2026-12' });
    assert.equal(r.today, '2026-12-06');
    assert.deepEqual([r.progress!.days, r.progress!.daysTotal], [6, 31]);
    assert.equal(value(r, 'leads'), 1);
    // 1–6 November: n1 only, not the whole month's two.
    assert.deepEqual([r.metrics.leads!.previous!.value, r.metrics.leads!.previous!.basis], [1, 'to-date']);
    restore();
  });

  it('the latest period by default is the running one, and a lead stamped after today is absent', () => {
    restore = setClock(() => Date.UTC(2026, 11, 6, 12));
    const future = [...leads, { id: 'x', createdAt: '2026-12-20T15:00:00Z' }];
    const r = computeMetrics(dataset({ version: 1, leads: future }));
    assert.equal(r.period, '2026-12');
    assert.equal(value(r, 'leads'), 1);
    restore();
  });

  it('a dataset with asOf never reads the clock', () => {
    restore = setClock(() => {
      throw new Error('the clock was read');
    });
    const r = computeMetrics(dataset({ version: 1, asOf: '2026-11-30', leads }), { period: '2026-11' });
    assert.equal(r.today, undefined);
    assert.equal(r.progress, undefined);
    restore();
  });
});

describe('rules written down', () => {
  it('a fact no selected row carries is unknown; spend is the one exception', () => {
    const d = dataset({
      version: 1,
      currency: 'USD',
      asOf: '2026-03-31',
      rows: [
        { period: '2026-03', channel: 'email', leads: 100, mqls: 40, customers: 4, revenue: 4000, marketingSpend: 1000 },
        { period: '2026-03', salesSpend: 600, mrr: 9000, activeCustomersStart: 30, churnedCustomers: 1 },
      ],
    });
    const all = computeMetrics(d, { period: '2026-03' });
    assert.deepEqual([value(all, 'win_rate'), all.metrics.win_rate!.reason], [null, 'missing-input'], 'no lost-deal facts: not 100%');
    assert.deepEqual([value(all, 'total_spend'), value(all, 'cac')], [1600, 400]);
    const email = computeMetrics(d, { period: '2026-03', channel: 'email' });
    assert.deepEqual([value(email, 'sales_spend'), email.metrics.sales_spend!.reason], [null, 'missing-input']);
    assert.deepEqual([value(email, 'total_spend'), value(email, 'cac')], [1000, 250], "the channel's marketing spend alone");
    for (const id of ['arpa', 'churn_rate', 'ltv']) assert.equal(email.metrics[id]!.reason, 'missing-input', id);
  });

  it('a target rolls up only when every sub-period has one', () => {
    const base = { version: 1 as const, asOf: '2026-03-31', rows: ['2026-01', '2026-02', '2026-03'].map((period) => ({ period, mqls: 10 })) };
    const two = [{ metric: 'mqls', period: '2026-01', value: 12 }, { metric: 'mqls', period: '2026-02', value: 12 }];
    assert.equal(computeMetrics(dataset({ ...base, targets: two }), { period: '2026-Q1' }).metrics.mqls!.target, undefined);
    const three = [...two, { metric: 'mqls', period: '2026-03', value: 12 }];
    const target = computeMetrics(dataset({ ...base, targets: three }), { period: '2026-Q1' }).metrics.mqls!.target!;
    assert.deepEqual([target.value, target.periods], [36, 3]);
  });

  it('LTV at zero churn is null (zero-churn) unless a lifetime cap is given', () => {
    const at = (economics: NonNullable<DatasetInput['economics']>) =>
      computeMetrics(dataset({ version: 1, currency: 'USD', asOf: '2026-03-31', economics, rows: [{ period: '2026-03', customers: 1 }] }), { period: '2026-03' }).metrics.ltv!;
    assert.deepEqual([at({ arpa: 100, grossMargin: 0.8, monthlyChurn: 0 }).value, at({ arpa: 100, grossMargin: 0.8, monthlyChurn: 0 }).reason], [null, 'zero-churn']);
    assert.equal(at({ arpa: 100, grossMargin: 0.8, monthlyChurn: 0, lifetimeCapMonths: 60 }).value, 100 * 0.8 * 60);
  });
});

// Random records in four zones, over Oct 2025 – May 2026, and a "today" inside or after them.
const ZONES = ['UTC', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago'];
const FROM = Date.UTC(2025, 9, 1);
const TO = Date.UTC(2026, 4, 31);
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const stamp = (t: number) => fc.option(fc.integer({ min: 0, max: 90 * 24 }).map((h) => iso(t + h * HOUR)), { nil: undefined });
const record = fc.integer({ min: FROM, max: TO }).chain((createdAt) =>
  fc.record({ mqlAt: stamp(createdAt), sqlAt: stamp(createdAt), wonAt: stamp(createdAt), firstContactAt: stamp(createdAt) }).map((stages) => {
    const r: Record<string, unknown> = { createdAt: iso(createdAt) };
    for (const [key, v] of Object.entries(stages)) if (v !== undefined) r[key] = v;
    return r;
  }),
);
const MONTHS = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
const recordsArb = fc.record({ timezone: fc.constantFrom(...ZONES), leads: fc.array(record, { minLength: 1, maxLength: 30 }) });
const modeArb = fc.constantFrom<Mode>('period', 'cohort');

/** The local day range of a month key, and the span of the records' stamps in local days (what the rule says, from the records themselves). */
function localDay(t: number, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
}
function spanOf(leads: Array<Record<string, unknown>>, timezone: string, asOf?: string): [string, string] {
  const days = leads.flatMap((l) => Object.entries(l).filter(([k]) => k.endsWith('At')).map(([, v]) => localDay(Date.parse(v as string), timezone))).filter((d) => asOf === undefined || d <= asOf).sort();
  return [days[0]!, days.at(-1)!];
}

describe('properties of the span and of today', () => {
  it('no period overlapping the span is "no data", in either mode', () => {
    fc.assert(
      fc.property(recordsArb, modeArb, fc.constantFrom(...MONTHS), ({ timezone, leads }, mode, month) => {
        const d = dataset({ version: 1, timezone, asOf: '2026-09-30', leads: leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'] });
        const [first, last] = spanOf(leads, timezone);
        const r = computeMetrics(d, { period: month, mode });
        const inside = `${month}-01` <= last && `${month}-31` >= first;
        assert.equal(r.empty, !inside, `${month} against ${first}…${last}`);
        if (inside) assert.ok(!reasons(r).includes('no-data'));
      }),
      { numRuns: 150 },
    );
  });

  it('a to-date window wholly before the first record has every previous null', () => {
    fc.assert(
      fc.property(recordsArb, modeArb, fc.integer({ min: 1, max: 27 }), ({ timezone, leads }, mode, day) => {
        const [first] = spanOf(leads, timezone);
        // The month after the first record's runs to `day`; its window is the first record's month up to `day`.
        const [y, m] = first.split('-').map(Number) as [number, number];
        const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        const asOf = `${next}-${String(day).padStart(2, '0')}`;
        const d = dataset({ version: 1, timezone, asOf, leads: leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'] });
        const r = computeMetrics(d, { period: next, mode });
        const windowEnd = `${first.slice(0, 7)}-${String(day).padStart(2, '0')}`;
        if (windowEnd < first) for (const metric of Object.values(r.metrics)) assert.equal(metric.previous!.value, null, metric.id);
      }),
      { numRuns: 150 },
    );
  });

  it('without asOf, the clock\'s day gives what asOf set to that day gives', () => {
    fc.assert(
      fc.property(recordsArb, modeArb, fc.constantFrom(...MONTHS), fc.integer({ min: FROM, max: TO + 40 * 24 * HOUR }), ({ timezone, leads }, mode, period, now) => {
        let reads = 0;
        const restore = setClock(() => (reads++, now));
        try {
          const records = leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'];
          const today = localDay(now, timezone);
          const clocked = computeMetrics(dataset({ version: 1, timezone, leads: records }), { mode, period });
          const dated = computeMetrics(dataset({ version: 1, timezone, asOf: today, leads: records }), { mode, period });
          assert.equal(clocked.today, today);
          const { today: _t, ...rest } = clocked;
          assert.deepEqual(rest, dated);
          assert.equal(reads, 1, 'the clock is read once per dataset');
        } finally {
          restore();
        }
      }),
      { numRuns: 100 },
    );
  });
});
