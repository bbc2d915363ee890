import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMetrics, CATALOGUE, computeMetrics, GROUPS, KINDS, UNITS, type MetricsResult } from '../../src/core/index.js';
import { warmUp } from '../../src/core/ingest/warm-up.js';
import { dataset, HAND_LEADS, HAND_ROWS, handDataset, handRowsDataset } from './fixtures.js';

const values = (result: MetricsResult) => Object.fromEntries(Object.entries(result.metrics).map(([id, m]) => [id, m.value]));

function assertValues(actual: Record<string, number | null>, expected: Record<string, number | null>): void {
  for (const [id, value] of Object.entries(expected)) {
    if (value === null) assert.equal(actual[id], null, id);
    else assert.ok(Math.abs(actual[id]! - value) < 1e-9 * Math.max(1, Math.abs(value)), `${id}: expected ${value}, got ${actual[id]}`);
  }
}

// Worked by hand from fixtures.ts; see the comments there for who does what when.
const MARCH_PERIOD_MODE = {
  visitors: 1500,
  leads: 5, // L1–L5 created in March
  visitor_to_lead: 5 / 1500,
  mqls: 3, // L1, L2, L3 (L6's MQL was in February)
  lead_to_mql: 3 / 5,
  cpl: 750 / 5,
  cost_per_mql: 750 / 3,
  sqls: 4, // L1, L2, L4, L6
  mql_to_sql: 4 / 3, // a flow ratio above 100%: shown as is
  opportunities: 4,
  sql_to_opportunity: 1,
  customers: 3, // L1, L4, L6 won in March
  opportunity_to_customer: 3 / 4,
  win_rate: 3 / 4, // L2 lost
  revenue: 6000,
  avg_ticket: 2000,
  sales_cycle_days: 18, // median of 16, 18, 21.958…
  response_time_hours: 2, // median of 2, 0 (contact before MQL), 30
  sales_sla_rate: 2 / 3, // 0 h and 2 h are within the default 24 h
  sales_velocity: (4 * 0.75 * 2000) / 18,
  lead_to_customer: 3 / 5,
  visitor_to_customer: 3 / 1500,
  mql_to_customer: 1,
  marketing_spend: 750,
  sales_spend: 750,
  total_spend: 1500,
  cac: 500,
  marketing_cac: 250,
  arpa: 100,
  churn_rate: 0.02,
  ltv: (100 * 0.8) / 0.02,
  ltv_to_cac: 4000 / 500,
  cac_payback_months: 500 / 80,
  roi: (6000 - 1500) / 1500,
};

const cycleL4 = (Date.parse('2026-03-31T23:00:00Z') - Date.parse('2026-03-10T00:00:00Z')) / 86_400_000;

describe('computeMetrics, period mode, by hand', () => {
  const result = computeMetrics(handDataset(), { period: '2026-03' });

  it('computes every catalogue metric for all channels', () => {
    assert.deepEqual(Object.keys(result.metrics).sort(), CATALOGUE.map((m) => m.id).sort());
    assertValues(values(result), MARCH_PERIOD_MODE);
  });

  it('reports the p90 beside the median of durations from records', () => {
    assert.equal(result.metrics.sales_cycle_days!.estimate, 'median');
    assert.ok(Math.abs(result.metrics.sales_cycle_days!.p90! - (18 + (cycleL4 - 18) * 0.8)) < 1e-9);
    assert.equal(result.metrics.sales_cycle_days!.n, 3);
  });

  it('carries n: the denominator of a rate, the count of a count', () => {
    assert.equal(result.metrics.lead_to_mql!.n, 5);
    assert.equal(result.metrics.leads!.n, 5);
    assert.equal(result.metrics.cac!.n, 3);
    assert.equal(result.metrics.lead_to_mql!.smallSample, true);
  });

  it('filters by channel: unattributed facts count only in the all-channels view', () => {
    const a = computeMetrics(handDataset(), { period: '2026-03', channel: 'a' });
    assertValues(values(a), { leads: 2, mqls: 2, sqls: 3, opportunities: 3, customers: 2, win_rate: 2 / 3, revenue: 3000, visitors: 1000, marketing_spend: 500, total_spend: 500, cac: 250, visitor_to_lead: 0.002 });
    for (const id of ['sales_spend', 'arpa', 'churn_rate', 'ltv', 'ltv_to_cac', 'cac_payback_months']) {
      assert.equal(a.metrics[id]!.value, null, id);
      assert.equal(a.metrics[id]!.reason, 'missing-input', id);
    }
  });

  it('matches the same facts given as summary rows, except durations (means, not medians)', () => {
    const rows = computeMetrics(handRowsDataset(), { period: '2026-03' });
    const { sales_cycle_days: _median, response_time_hours: _alsoMedian, sales_velocity: _fromMedian, ...rest } = MARCH_PERIOD_MODE;
    assertValues(values(rows), rest);
    assert.equal(rows.metrics.sales_cycle_days!.estimate, 'mean');
    assert.ok(Math.abs(rows.metrics.sales_cycle_days!.value! - (34 + 21.9583) / 3) < 1e-9);
    assert.equal(rows.metrics.response_time_hours!.value, 32 / 3);
  });
});

describe('computeMetrics, cohort mode, by hand', () => {
  const result = computeMetrics(handDataset(), { period: '2026-03', mode: 'cohort' });
  const cycle = (18 + cycleL4) / 2;

  it('counts the March cohort through every stage it reached, skipped stages passed through', () => {
    assert.equal(Object.keys(result.metrics).length, CATALOGUE.length);
    assertValues(values(result), {
      visitors: 1500,
      leads: 5,
      visitor_to_lead: 5 / 1500,
      cpl: 750 / 5,
      cost_per_mql: 750 / 4,
      mqls: 4, // L4 skipped MQL but reached SQL
      sqls: 3,
      opportunities: 3,
      customers: 2,
      lead_to_mql: 0.8,
      mql_to_sql: 0.75,
      sql_to_opportunity: 1,
      opportunity_to_customer: 2 / 3,
      win_rate: 2 / 3,
      revenue: 4000,
      avg_ticket: 2000,
      sales_cycle_days: cycle,
      response_time_hours: 2,
      sales_sla_rate: 2 / 4,
      sales_velocity: (3 * (2 / 3) * 2000) / cycle,
      lead_to_customer: 0.4,
      visitor_to_customer: 2 / 1500,
      mql_to_customer: 0.5,
      marketing_spend: 750,
      sales_spend: 750,
      total_spend: 1500,
      cac: 750,
      marketing_cac: 375,
      arpa: 100,
      churn_rate: 0.02,
      ltv: 4000,
      ltv_to_cac: 4000 / 750,
      cac_payback_months: 750 / 80,
      roi: (4000 - 1500) / 1500,
    });
    assert.equal(result.mode, 'cohort');
  });

  it('ignores events after asOf', () => {
    const early = computeMetrics(handDataset({ asOf: '2026-03-19' }), { period: '2026-03', mode: 'cohort' });
    assert.equal(early.metrics.customers!.value, 0); // L1 won on the 20th, L4 on the 31st
    assert.equal(early.metrics.leads!.value, 5);
  });

  it('is refused for rows-only data, with a reason', () => {
    assert.throws(() => computeMetrics(handRowsDataset(), { mode: 'cohort' }), /cohort mode counts lead records/);
  });
});

describe('null with a reason, never NaN or a fake zero', () => {
  it('zero denominators', () => {
    const feb = computeMetrics(handDataset(), { period: '2026-02' });
    assert.equal(feb.metrics.customers!.value, 0);
    for (const id of ['avg_ticket', 'cac', 'marketing_cac', 'opportunity_to_customer', 'win_rate', 'sql_to_opportunity']) {
      assert.equal(feb.metrics[id]!.value, null, id);
      assert.equal(feb.metrics[id]!.reason, 'zero-denominator', id);
    }
  });

  it('zero churn, with and without a lifetime cap', () => {
    const noCap = computeMetrics(handDataset({ economics: { grossMargin: 0.8, monthlyChurn: 0 } }), { period: '2026-03' });
    assert.equal(noCap.metrics.ltv!.value, null);
    assert.equal(noCap.metrics.ltv!.reason, 'zero-churn');
    assert.equal(noCap.metrics.ltv_to_cac!.reason, 'zero-churn');
    const capped = computeMetrics(handDataset({ economics: { grossMargin: 0.8, monthlyChurn: 0, lifetimeCapMonths: 24 } }), { period: '2026-03' });
    assert.equal(capped.metrics.ltv!.value, 100 * 0.8 * 24);
  });

  it('caps the lifetime when churn is low', () => {
    const result = computeMetrics(handDataset({ economics: { grossMargin: 0.8, lifetimeCapMonths: 36 } }), { period: '2026-03' });
    assert.equal(result.metrics.ltv!.value, 100 * 0.8 * 36); // 1 / 0.02 = 50 months, capped at 36
  });

  it('no data for the period: empty, every metric null "no-data"', () => {
    const result = computeMetrics(handDataset(), { period: '2025-06' });
    assert.equal(result.empty, true);
    for (const m of Object.values(result.metrics)) {
      assert.equal(m.value, null);
      assert.equal(m.reason, 'no-data');
    }
  });

  it('win rate needs lost deals: without them every deal would look won', () => {
    const d = dataset({ version: 1, rows: [{ period: '2026-03', customers: 4 }] });
    assert.equal(computeMetrics(d).metrics.win_rate!.reason, 'missing-input');
  });

  it('records with no MQL in the period: no samples for the median', () => {
    const d = dataset({ version: 1, leads: [{ id: 1, createdAt: '2026-03-01T00:00:00Z' }] });
    const result = computeMetrics(d, { period: '2026-03' });
    assert.equal(result.metrics.response_time_hours!.reason, 'no-samples');
    assert.equal(result.metrics.mqls!.value, 0); // a real zero: records say so
  });
});

describe('defaults', () => {
  it('the period defaults to the latest with data, at the dataset granularity', () => {
    assert.equal(computeMetrics(handDataset()).period, '2026-03');
  });

  it('a malformed period key is a query error', () => {
    assert.throws(() => computeMetrics(handDataset(), { period: '2026-13' }), { name: 'KpiQueryError' });
  });

  it('every metric has labels in three languages, a unit, a polarity, a group and a kind', () => {
    for (const m of allMetrics()) {
      for (const locale of ['en', 'pt-BR', 'es'] as const) assert.ok(m.label[locale].length > 0, `${m.id} ${locale}`);
      assert.ok(m.formula.length > 0);
      assert.ok((UNITS as readonly string[]).includes(m.unit), `${m.id} unit ${m.unit}`);
      assert.ok(m.polarity === 'up' || m.polarity === 'down', `${m.id} polarity`);
      assert.ok((GROUPS as readonly string[]).includes(m.group), `${m.id} group`);
      assert.ok((KINDS as readonly string[]).includes(m.kind), `${m.id} kind`);
    }
  });
});

describe('the catalogue', () => {
  // The catalogue as specified, row by row, in its order (the README's metric table shows it):
  // what each metric is measured in, which way is better, where it sits, and whether it sums
  // over sub-periods (counts and money flows).
  const SPECIFIED = `
    visitors                count        up    marketing  performance  additive
    leads                   count        up    marketing  performance  additive
    visitor_to_lead         rate         up    marketing  performance
    mqls                    count        up    marketing  result       additive
    lead_to_mql             rate         up    marketing  performance
    cpl                     money        down  marketing  performance
    cost_per_mql            money        down  marketing  performance
    sqls                    count        up    sales      performance  additive
    mql_to_sql              rate         up    sales      performance
    opportunities           count        up    sales      performance  additive
    sql_to_opportunity      rate         up    sales      performance
    customers               count        up    sales      result       additive
    opportunity_to_customer rate         up    sales      result
    win_rate                rate         up    sales      result
    revenue                 money        up    sales      result       additive
    avg_ticket              money        up    sales      result
    sales_cycle_days        days         down  sales      performance
    response_time_hours     hours        down  sales      performance
    sales_sla_rate          rate         up    sales      performance
    sales_velocity          moneyPerDay  up    sales      performance
    lead_to_customer        rate         up    shared     result
    visitor_to_customer     rate         up    shared     result
    mql_to_customer         rate         up    shared     result
    marketing_spend         money        down  economics  performance  additive
    sales_spend             money        down  economics  performance  additive
    total_spend             money        down  economics  performance  additive
    cac                     money        down  economics  result
    marketing_cac           money        down  economics  result
    arpa                    money        up    economics  result
    churn_rate              rate         down  economics  result
    ltv                     money        up    economics  result
    ltv_to_cac              ratio        up    economics  result
    cac_payback_months      months       down  economics  result
    roi                     rate         up    economics  result
    sales_acceptance_rate   rate         up    shared     performance
    mql_rejection_rate      rate         down  shared     performance
    mqls_undecided          count        down  sales      performance
    decision_time_hours     hours        down  sales      performance
    acceptance_sla_rate     rate         up    sales      performance
    disqualified_leads      count        down  sales      result       additive
    recycled_leads          count        up    marketing  result       additive
    failures_marketing_owned count       down  shared     result       additive
    failures_sales_owned    count        down  shared     result       additive
    marketing_owned_failure_share rate   down  shared     result
    days_lead_to_mql        days         down  marketing  performance
    days_mql_to_sql         days         down  sales      performance
    days_sql_to_opportunity days         down  sales      performance
    days_opportunity_to_customer days    down  sales      performance
    stalled_leads           count        down  shared     performance`;

  it("is the specified table: every metric's unit, polarity, group, kind and whether it sums, in order", () => {
    const expected = SPECIFIED.trim().split('\n').map((line) => {
      const [id, unit, polarity, group, kind, additive] = line.trim().split(/\s+/);
      return { id, unit, polarity, group, kind, additive: additive === 'additive' };
    });
    assert.deepEqual(
      allMetrics().map(({ id, unit, polarity, group, kind, additive }) => ({ id, unit, polarity, group, kind, additive })),
      expected,
    );
  });
});

describe('warming up', () => {
  it("the elements' warm-up sample is a valid dataset with every part of the contract (else it warms less)", () => {
    const sample = warmUp();
    assert.ok(sample, 'the sample must be valid');
    for (const part of ['rows', 'leads', 'targets', 'slas', 'benchmarks'] as const) assert.ok((sample[part]?.length ?? 0) > 0, part);
    assert.deepEqual(new Set(sample.slas!.map((sla) => sla.type)), new Set(['volume', 'response']));
    assert.ok(Object.keys(sample.economics ?? {}).length > 0 && Object.keys(sample.stageLabels ?? {}).length > 0);
    assert.ok(sample.leads!.some((lead) => lead.wonAt !== undefined && lead.amount !== undefined), 'a won lead with its amount');
  });
});

describe('the economics formulas where an input is given, or missing', () => {
  it("the company's own ARPA wins over the rows' MRR (100 from 10,000 / 100 accounts)", () => {
    assert.equal(computeMetrics(handDataset(), { period: '2026-03' }).metrics.arpa!.value, 100);
    const own = computeMetrics(handDataset({ economics: { grossMargin: 0.8, arpa: 120 } }), { period: '2026-03' }).metrics.arpa!;
    assert.deepEqual([own.value, own.n], [120, 1]);
  });

  it('LTV and CAC payback need the gross margin; ROI needs revenue and spend; velocity says which part is unknown', () => {
    const noMargin = computeMetrics(handDataset({ economics: {} }), { period: '2026-03' }).metrics;
    assert.equal(noMargin.ltv!.value, null);
    assert.equal(noMargin.ltv!.reason, 'missing-input');
    assert.equal(noMargin.cac_payback_months!.reason, 'missing-input');
    const noSpend = computeMetrics(dataset({ version: 1, currency: 'USD', leads: HAND_LEADS }), { period: '2026-03' }).metrics;
    assert.equal(noSpend.revenue!.value, 6000);
    assert.equal(noSpend.roi!.value, null);
    assert.equal(noSpend.roi!.reason, 'missing-input');
    const noRevenue = computeMetrics(dataset({ version: 1, currency: 'USD', rows: HAND_ROWS }), { period: '2026-03' }).metrics;
    assert.equal(noRevenue.roi!.reason, noRevenue.revenue!.reason);
    // February: no deal won or lost, so no win rate; velocity carries that reason, not a generic one.
    const february = computeMetrics(handDataset(), { period: '2026-02' }).metrics;
    assert.equal(february.win_rate!.reason, 'zero-denominator');
    assert.equal(february.sales_velocity!.value, null);
    assert.equal(february.sales_velocity!.reason, 'zero-denominator');
  });
});
