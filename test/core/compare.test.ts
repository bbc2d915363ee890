import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareToBenchmark, computeMetrics } from '../../src/core/index.js';
import { dataset, handDataset } from './fixtures.js';

describe('previous-period comparison', () => {
  const march = computeMetrics(handDataset(), { period: '2026-03' }).metrics;

  it('gives value, absolute and relative deltas for counts and money', () => {
    assert.deepEqual(march.leads!.previous, { period: '2026-02', basis: 'full', value: 2, delta: 3, deltaUnit: 'unit', relative: 1.5 });
    assert.equal(march.marketing_spend!.previous!.delta, 150);
  });

  it('gives rate deltas in percentage points', () => {
    // lead_to_mql: 3/5 in March, 2/2 in February: −40 pp, −40% relative.
    const p = march.lead_to_mql!.previous!;
    assert.equal(p.deltaUnit, 'pp');
    assert.ok(Math.abs(p.delta! - -40) < 1e-9);
    assert.ok(Math.abs(p.relative! - -0.4) < 1e-9);
  });

  it('has no delta when either side is null', () => {
    assert.equal(march.cac!.previous!.value, null); // no customers in February
    assert.equal(march.cac!.previous!.delta, null);
  });

  it('status follows polarity: a falling CAC is good news, a falling lead count is not', () => {
    const d = dataset({
      version: 1,
      currency: 'USD',
      rows: [
        { period: '2026-02', leads: 100, customers: 10, marketingSpend: 10_000 },
        { period: '2026-03', leads: 80, customers: 10, marketingSpend: 8_000 },
      ],
    });
    const m = computeMetrics(d, { period: '2026-03' }).metrics;
    assert.equal(m.cac!.status, 'good');
    assert.equal(m.leads!.status, 'warn');
    assert.equal(m.customers!.status, 'neutral');
  });
});

describe('target comparison', () => {
  const d = dataset({
    version: 1,
    rows: [
      { period: '2026-01', mqls: 90, leads: 300 },
      { period: '2026-02', mqls: 100, leads: 300 },
      { period: '2026-03', mqls: 130, leads: 400 },
    ],
    targets: [
      // The channel's target first: a look-up that ignored channels would find it for all of them.
      { metric: 'mqls', period: '2026-03', value: 50, channel: 'organic' },
      { metric: 'mqls', period: '2026-01', value: 100 },
      { metric: 'mqls', period: '2026-02', value: 100 },
      { metric: 'mqls', period: '2026-03', value: 120 },
      { metric: 'lead_to_mql', period: '2026-03', value: 0.35 },
    ],
  });

  it('uses the exact key, with attainment and a status', () => {
    const m = computeMetrics(d, { period: '2026-03' }).metrics;
    assert.deepEqual(m.mqls!.target, { value: 120, attainment: 130 / 120, periods: 1 });
    assert.equal(m.mqls!.status, 'good');
    assert.equal(m.lead_to_mql!.target!.value, 0.35);
    assert.equal(m.lead_to_mql!.status, 'warn'); // 130/400 = 0.325; 0.325 / 0.35 = 0.93: at risk
  });

  it('sums monthly targets of additive metrics for a quarter; rates need an exact key', () => {
    const q1 = computeMetrics(d, { period: '2026-Q1' }).metrics;
    assert.deepEqual(q1.mqls!.target, { value: 320, attainment: 320 / 320, periods: 3 });
    assert.equal(q1.lead_to_mql!.target, undefined);
  });

  it('keeps channel targets to their channel', () => {
    assert.equal(computeMetrics(d, { period: '2026-03' }).metrics.mqls!.target!.value, 120);
    assert.equal(computeMetrics(d, { period: '2026-03', channel: 'organic' }).metrics.mqls!.target!.value, 50);
    assert.equal(computeMetrics(d, { period: '2026-03', channel: 'paid' }).metrics.mqls!.target, undefined);
  });

  it('lower-is-better metrics attain by staying under the target', () => {
    const costs = dataset({
      version: 1,
      currency: 'USD',
      rows: [{ period: '2026-03', customers: 10, marketingSpend: 9_000, salesSpend: 2_000 }],
      targets: [{ metric: 'cac', period: '2026-03', value: 1_000 }],
    });
    const cac = computeMetrics(costs).metrics.cac!;
    assert.equal(cac.value, 1_100);
    assert.ok(Math.abs(cac.target!.attainment! - 1_000 / 1_100) < 1e-12);
    assert.equal(cac.status, 'warn'); // 0.909: at risk, not missed
  });
});

describe('benchmark comparison', () => {
  const d = handDataset({
    benchmarks: [
      { metric: 'ltv_to_cac', value: 3, comparator: '>=', source: { name: 'Skok' } },
      { metric: 'cac_payback_months', value: 12, comparator: '<=', source: { name: 'Skok' } },
      { metric: 'lead_to_mql', low: 0.1, high: 0.25, source: { name: 'Waterfall', kind: 'secondary' } },
      { metric: 'cac', low: 600, median: 800, high: 1000, source: { name: 'Internal', kind: 'internal' } },
    ],
  });
  const m = computeMetrics(d, { period: '2026-03' }).metrics;

  it('thresholds: meets or not, with the source', () => {
    assert.equal(m.ltv_to_cac!.benchmark!.meets, true); // 8 ≥ 3
    assert.equal(m.ltv_to_cac!.benchmark!.position, 'above');
    assert.equal(m.ltv_to_cac!.benchmark!.source.name, 'Skok');
    assert.equal(m.cac_payback_months!.benchmark!.meets, true); // 6.25 ≤ 12
    assert.equal(m.cac_payback_months!.status, 'good');
  });

  it('bands: below, within, above, judged by polarity', () => {
    assert.equal(m.lead_to_mql!.benchmark!.position, 'above'); // 0.6 > 0.25, higher is better
    assert.equal(m.lead_to_mql!.benchmark!.status, 'good');
    assert.equal(m.cac!.benchmark!.position, 'below'); // 500 < 600, lower is better
    assert.equal(m.cac!.benchmark!.status, 'good');
  });

  it('reads the position by polarity: above is better for a rate, worse for a cost', () => {
    assert.equal(m.lead_to_mql!.benchmark!.verdict, 'better');
    assert.equal(m.cac!.benchmark!.verdict, 'better', 'a CAC below the band');
    assert.equal(m.ltv_to_cac!.benchmark!.verdict, 'better');
    // CAC payback 18 months against "≤ 12 months" is above the threshold: worse, not praise.
    const source = { name: 'Skok' };
    const payback = compareToBenchmark(18, { metric: 'cac_payback_months', value: 12, comparator: '<=', source }, 'down');
    assert.deepEqual([payback.position, payback.verdict, payback.status], ['above', 'worse', 'bad']);
    assert.equal(compareToBenchmark(12, { metric: 'cac_payback_months', value: 12, comparator: '<=', source }, 'down').verdict, 'within');
    const band = { metric: 'cac', low: 400, high: 600, source };
    assert.equal(compareToBenchmark(700, band, 'down').verdict, 'worse');
    assert.equal(compareToBenchmark(700, band, 'up').verdict, 'better');
    assert.equal(compareToBenchmark(500, band, 'down').verdict, 'within');
  });

  it('only the comparisons asked for are made', () => {
    const only = computeMetrics(d, { period: '2026-03', compare: ['benchmark'] }).metrics;
    assert.equal(only.leads!.previous, undefined);
    assert.ok(only.cac!.benchmark);
  });
});

describe('comparisons of extreme but valid values', () => {
  it('a relative change or attainment that would overflow is null, not Infinity', () => {
    // Found by the fast-check property: spend of 5e-324 one month, 8.9e-16 the next.
    const d = dataset({
      version: 1,
      currency: 'USD',
      rows: [
        { period: '2026-02', salesSpend: 5e-324 },
        { period: '2026-03', marketingSpend: 8.881784197001252e-16 },
      ],
      targets: [{ metric: 'total_spend', period: '2026-03', value: 5e-324 }],
    });
    const spend = computeMetrics(d, { period: '2026-03' }).metrics.total_spend!;
    assert.equal(spend.previous!.relative, null);
    assert.ok(Number.isFinite(spend.previous!.delta!));
    assert.equal(spend.target!.attainment, 5e-324 / 8.881784197001252e-16);
  });
});
