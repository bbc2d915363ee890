import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from './fc.js';
import { computeMetrics, decompose, explain, explainBy, type DatasetInput } from '../../src/core/index.js';
import { dataset } from './fixtures.js';

// Why a number moved (README, "Why did it move?"): one exact contribution per driver, by
// LMDI or, with a factor at 0, by Shapley; and a rate's change as mix and rate.

const close = (a: number, b: number, label = '') => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)), `${label} ${a} vs ${b}`);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('the decomposition, by hand', () => {
  it('LMDI: L(y₁, y₀) · ln(x₁ / x₀) per factor', () => {
    // 100 leads at 10% → 150 leads at 8%: 10 → 12 customers. L(12, 10) = 2 / ln 1.2.
    const { method, contributions } = decompose([100, 0.1], [150, 0.08]);
    const l = 2 / Math.log(1.2);
    assert.equal(method, 'lmdi');
    close(contributions[0]!, l * Math.log(1.5));
    close(contributions[1]!, l * Math.log(0.8));
    close(sum(contributions), 2);
  });

  it('LMDI stays finite and exact at the extremes: neighbours a few ulps apart, and a product that falls a billionfold', () => {
    // ln a − ln b rounds to 0 for neighbours, and 1 − a/b loses every digit when a/b ≈ 1e-9.
    const [a, b] = [0.05000000000000011, 0.050000000000000114];
    assert.equal(decompose([a], [b]).contributions[0], b - a);
    const from = [0.05, 0.05, 0.05, 565.4124983734456, 218.39027881803509, 0.9642614763727724];
    const to = [0.0657616925273446, 0.05, 0.050000000000000114, 0.05, 0.05, 0.05];
    const product = (xs: number[]) => xs.reduce((p, x) => p * x, 1);
    assert.ok(Math.abs(sum(decompose(from, to).contributions) - (product(to) - product(from))) < 1e-12);
  });

  it('Shapley where a factor is 0: two drivers, by hand', () => {
    // 0 × 5 → 4 × 3: f(∅)=0, f({a})=4·5=20, f({b})=0·3=0, f({a,b})=12.
    // φa = ½(f(a) − f(∅)) + ½(f(ab) − f(b)) = ½·20 + ½·12 = 16; φb = ½(0 − 0) + ½(12 − 20) = −4.
    const { method, contributions } = decompose([0, 5], [4, 3]);
    assert.equal(method, 'shapley');
    assert.deepEqual(contributions, [16, -4]);
  });
});

describe('explain on a dataset', () => {
  const rows = (visitors: number, leads: number, mqls: number, sqls: number, opportunities: number, customers: number, revenue: number) => ({ visitors, leads, mqls, sqls, opportunities, customers, revenue });
  const d = (extra: Partial<DatasetInput> = {}) =>
    dataset({
      version: 1,
      currency: 'USD',
      asOf: '2026-03-31',
      rows: [
        { period: '2026-02', ...rows(1000, 100, 40, 20, 10, 4, 4000) },
        { period: '2026-03', ...rows(1200, 120, 30, 18, 9, 6, 7200) },
      ],
      ...extra,
    });

  it('customers: the drivers in the funnel\'s order, summing exactly to the change', () => {
    const b = explain(d(), { metric: 'customers', period: '2026-03' });
    assert.deepEqual(b.contributions.map((c) => c.driver), ['leads', 'lead_to_mql', 'mql_to_sql', 'sql_to_opportunity', 'opportunity_to_customer']);
    assert.deepEqual([b.from, b.to, b.method], [4, 6, 'lmdi']);
    close(sum(b.contributions.map((c) => c.contribution)), 2);
    // SQL → opportunity did not move (50% both months): it contributes 0.
    assert.equal(b.contributions[3]!.contribution, 0);
    // Leads grew 20%: L(6, 4) · ln 1.2.
    close(b.contributions[0]!.contribution, (2 / Math.log(1.5)) * Math.log(1.2));
  });

  it('against targets: each driver\'s target, and a driver without one keeps its previous value and says so', () => {
    const targets = [{ metric: 'leads', period: '2026-03', value: 150 }, { metric: 'lead_to_mql', period: '2026-03', value: 0.3 }];
    const b = explain(d({ targets }), { metric: 'mqls', period: '2026-03', against: 'target' });
    assert.deepEqual(b.contributions.map((c) => [c.driver, c.from, c.reference]), [['leads', 150, 'target'], ['lead_to_mql', 0.3, 'target']]);
    assert.equal(b.from, 45, 'the plan: 150 leads at 30%');
    close(sum(b.contributions.map((c) => c.contribution)), 30 - 45);
    const partial = explain(d({ targets: targets.slice(0, 1) }), { metric: 'mqls', period: '2026-03', against: 'target' });
    assert.deepEqual(partial.contributions.map((c) => c.reference), ['target', 'previous']);
  });

  it('an unknown factor leaves the bridge null with its reason; a metric that is no product is refused', () => {
    const b = explain(d(), { metric: 'customers', period: '2026-02' });
    assert.deepEqual([b.from, b.method, b.reason, b.unknown], [null, null, 'no-data', 'leads']);
    // What is unknown is January (before the data): February's value is still told, and where the gap is.
    assert.deepEqual([b.to, b.unknownReference], [computeMetrics(d(), { period: '2026-02' }).metrics.customers!.value, '2026-01']);
    // What is unknown is a driver now (March's rows give no leads): no value to tell, no gap before it.
    const rows = dataset({ version: 1, asOf: '2026-03-31', rows: [{ period: '2026-02', leads: 100, mqls: 30, sqls: 10, opportunities: 5, customers: 2 }, { period: '2026-03', mqls: 20, sqls: 8, opportunities: 4, customers: 1 }] });
    const now = explain(rows, { metric: 'customers', period: '2026-03' });
    assert.deepEqual([now.from, now.to, now.unknown, now.unknownReference, now.contributions], [null, null, 'leads', undefined, []]);
    assert.throws(() => explain(d(), { metric: 'cac' }), /product of others/);
    // An inherited key of the chains is no metric either.
    assert.throws(() => explain(d(), { metric: 'constructor' }), /product of others/);
  });

  it('mix and rate by a dimension: exact, by hand', () => {
    // Two segments. Feb: a 80 leads 32 MQLs (40%), b 20 leads 2 MQLs (10%) → 34%.
    // Mar: a 40 leads 16 MQLs (40%), b 60 leads 6 MQLs (10%) → 22%. Rates unchanged: all mix.
    const r = (period: string, segment: string, leads: number, mqls: number) => ({ period, dims: { segment }, leads, mqls });
    const data = dataset({ version: 1, asOf: '2026-03-31', dimensions: [{ id: 'segment' }], rows: [r('2026-02', 'a', 80, 32), r('2026-02', 'b', 20, 2), r('2026-03', 'a', 40, 16), r('2026-03', 'b', 60, 6)] });
    const m = explainBy(data, { metric: 'lead_to_mql', by: 'segment', period: '2026-03' });
    close(m.from!, 0.34);
    close(m.to!, 0.22);
    close(m.rate!, 0);
    close(m.mix!, -0.12);
  });
});

describe('properties of the bridge', () => {
  // Factors as a funnel has them (rates to counts in the thousands); sums checked to 1e-9 of the terms' size.
  const factor = fc.double({ min: 0.05, max: 5000, noNaN: true });
  const scale = (...xs: number[]) => Math.max(1, ...xs.map(Math.abs));
  const near = (a: number, b: number, size: number, label = '') => assert.ok(Math.abs(a - b) <= 1e-9 * size, `${label} ${a} vs ${b}`);
  const factors = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.array(factor, { minLength: n, maxLength: n }), fc.array(factor, { minLength: n, maxLength: n })));
  const product = (xs: readonly number[]) => xs.reduce((p, x) => p * x, 1);

  it('contributions sum to the change (LMDI), and with a factor at 0 (Shapley)', () => {
    fc.assert(
      fc.property(factors, fc.boolean(), fc.nat(), ([from, to], zero, k) => {
        const a = [...from];
        if (zero) a[k % a.length] = 0;
        const { contributions } = decompose(a, to);
        near(sum(contributions), product(to) - product(a), scale(product(to), product(a), ...contributions));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the drivers\' order; a driver that did not move adds 0; swapping sides negates each', () => {
    fc.assert(
      fc.property(factors, fc.boolean(), ([from, to], zero) => {
        const a = zero ? [0, ...from] : from;
        const b = zero ? [2, ...to] : to;
        const forward = decompose(a, b).contributions;
        const size = scale(product(a), product(b), ...forward);
        const reversed = decompose([...a].reverse(), [...b].reverse()).contributions.reverse();
        forward.forEach((c, i) => near(c, reversed[i]!, size, 'order'));
        const still = decompose([...a, 7], [...b, 7]).contributions;
        near(still.at(-1)!, 0, 7 * size, 'unmoved');
        decompose(b, a).contributions.forEach((c, i) => near(c, -forward[i]!, size, 'swap'));
      }),
      { numRuns: 300 },
    );
  });

  it('mix + rate = the rate\'s change, whatever the members', () => {
    const member = fc.record({ segment: fc.constantFrom('a', 'b', 'c'), feb: fc.nat(50), febMqls: fc.nat(50), mar: fc.nat(50), marMqls: fc.nat(50) });
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m.segment, minLength: 1, maxLength: 3 }), (members) => {
        const rows = members.flatMap((m) => [
          { period: '2026-02', dims: { segment: m.segment }, leads: m.feb, mqls: Math.min(m.febMqls, m.feb) },
          { period: '2026-03', dims: { segment: m.segment }, leads: m.mar, mqls: Math.min(m.marMqls, m.mar) },
        ]);
        const data = dataset({ version: 1, asOf: '2026-03-31', dimensions: [{ id: 'segment' }], rows });
        const m = explainBy(data, { metric: 'lead_to_mql', by: 'segment', period: '2026-03' });
        if (m.from === null) return;
        close(m.mix! + m.rate!, m.to! - m.from);
        close(m.to!, computeMetrics(data, { period: '2026-03' }).metrics.lead_to_mql!.value!);
      }),
      { numRuns: 200 },
    );
  });
});
