import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetrics, parsePeriod, replayedAsOf, type DatasetInput, type MetricsResult } from '../../src/core/index.js';
import { daysFromCivil } from '../../src/core/time/civil.js';
import { civilKey, progressOf } from '../../src/core/time/running.js';
import { dataset } from './fixtures.js';

// A running period, compared like for like (README). Every expected number below is
// worked out by hand in the comment beside it.

const near = (actual: number | null | undefined, expected: number, message?: string) =>
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
const metric = (result: MetricsResult, id: string) => result.metrics[id]!;

/**
 * New York; asOf Friday 2026-04-10, so April is running on its day 10 of 30 and the
 * previous window is 1–10 March, which holds the DST change (8 March, 02:00 EST -> EDT).
 */
const NEW_YORK_LEADS: NonNullable<DatasetInput['leads']> = [
  // April, to date.
  { id: 'A1', channel: 'web', createdAt: '2026-04-02T10:00:00-04:00', mqlAt: '2026-04-03T10:00:00-04:00', firstContactAt: '2026-04-03T11:00:00-04:00' },
  { id: 'A2', channel: 'web', createdAt: '2026-04-10T23:59:00-04:00' },
  // After the end of asOf: absent in both modes, like its MQL.
  { id: 'A3', channel: 'web', createdAt: '2026-04-11T00:01:00-04:00', mqlAt: '2026-04-11T02:00:00-04:00' },
  // An MQL on asOf whose contact comes the next day: an MQL, not (yet) contacted.
  { id: 'A4', channel: 'web', createdAt: '2026-04-05T09:00:00-04:00', mqlAt: '2026-04-10T12:00:00-04:00', firstContactAt: '2026-04-11T09:00:00-04:00' },
  // March: inside the window 1–10 March (local days), and outside it.
  { id: 'M1', channel: 'web', createdAt: '2026-03-01T00:30:00-05:00', mqlAt: '2026-03-02T00:00:00-05:00', firstContactAt: '2026-03-02T02:00:00-05:00' },
  { id: 'M2', channel: 'web', createdAt: '2026-03-10T23:30:00-04:00', mqlAt: '2026-03-12T10:00:00-04:00', firstContactAt: '2026-03-12T11:00:00-04:00' },
  { id: 'M3', channel: 'web', createdAt: '2026-03-11T00:30:00-04:00' },
  { id: 'M4', channel: 'web', createdAt: '2026-02-28T23:30:00-05:00', mqlAt: '2026-03-05T10:00:00-05:00', firstContactAt: '2026-03-20T10:00:00-04:00' },
  { id: 'M5', channel: 'web', createdAt: '2026-03-08T01:30:00-05:00' },
];

const newYork = (extra: Partial<DatasetInput> = {}) =>
  dataset({ version: 1, timezone: 'America/New_York', asOf: '2026-04-10', leads: NEW_YORK_LEADS, ...extra });

describe('a running month from records (New York, DST inside the previous window)', () => {
  const april = computeMetrics(newYork(), { period: '2026-04' });

  it('carries its progress: day 10 of 30', () => {
    assert.deepEqual(april.progress, { asOf: '2026-04-10', days: 10, daysTotal: 30, elapsed: 10 / 30 });
  });

  it('treats every event after the end of asOf as absent in period mode', () => {
    // Leads A1, A2, A4 (A3 is created after asOf); MQLs A1, A4; contacted A1 only.
    assert.equal(metric(april, 'leads').value, 3);
    assert.equal(metric(april, 'mqls').value, 2);
    assert.equal(metric(april, 'response_time_hours').value, 1);
    assert.equal(metric(april, 'sales_sla_rate').value, 0.5);
  });

  it('compares with 1–10 March as it stood then, exactly (to-date basis)', () => {
    // Created in the window: M1, M5 (before the DST jump) and M2 (23:30 EDT on the 10th);
    // M3 is the 11th and M4 is February. MQLs in the window: M1, M4. Contacted by the
    // window's end: M1 (2 h); M4's contact on the 20th had not happened yet.
    const leads = metric(april, 'leads').previous!;
    assert.deepEqual(leads, { period: '2026-03', basis: 'to-date', days: 10, value: 3, delta: 0, deltaUnit: 'unit', relative: 0 });
    assert.equal(metric(april, 'mqls').previous!.value, 2);
    assert.equal(metric(april, 'response_time_hours').previous!.value, 2);
    assert.equal(metric(april, 'sales_sla_rate').previous!.value, 0.5);
    assert.equal(metric(april, 'leads').status, 'neutral', 'level with the same days of March');
  });

  it('cuts the cohort and its events at the window end in cohort mode', () => {
    const cohort = computeMetrics(newYork(), { period: '2026-04', mode: 'cohort' });
    // April's cohort to date: A1, A2, A4, of which A1 and A4 reached MQL.
    assert.equal(metric(cohort, 'leads').value, 3);
    assert.equal(metric(cohort, 'mqls').value, 2);
    // March's cohort through the 10th: M1, M2, M5; only M1 was an MQL by then (M2 on the 12th).
    assert.equal(metric(cohort, 'leads').previous!.value, 3);
    assert.equal(metric(cohort, 'mqls').previous!.value, 1);
    assert.equal(metric(cohort, 'mqls').previous!.basis, 'to-date');
  });

  it('takes the CLI override of asOf the same way as the dataset field', () => {
    // As of 2026-03-10 March runs (day 10 of 31); the window is 1–10 February, which ends
    // before the first record (M4, 28 February): no data, not a zero to compare with.
    const march = computeMetrics(newYork({ asOf: '2026-03-10' }), { period: '2026-03' });
    assert.equal(march.progress!.days, 10);
    // Leads created 1–10 March: M1, M5, M2 (23:30 EDT on the 10th).
    assert.equal(metric(march, 'leads').value, 3);
    assert.equal(metric(march, 'leads').previous!.value, null, '1–10 February lies before the span of the data');
    assert.equal(metric(march, 'leads').status, 'neutral', 'no verdict from a comparison with nothing');
  });
});

/** Month rows taken on 2026-04-10: April's row holds its first 10 days. */
const months = dataset({
  version: 1,
  currency: 'USD',
  asOf: '2026-04-10',
  rows: [
    { period: '2026-03', leads: 310, visitors: 3100, mrr: 31_000, activeCustomersStart: 100, churnedCustomers: 3 },
    { period: '2026-04', leads: 100, visitors: 1000, mrr: 30_000, activeCustomersStart: 100, churnedCustomers: 1 },
  ],
});

describe('a running month from month rows (prorated basis) and from day rows (exact)', () => {
  const april = computeMetrics(months, { period: '2026-04' });

  it('weighs the previous month row by 10/31, and says so', () => {
    // 310 × 10/31 = 100 leads; 3100 × 10/31 = 1000 visitors.
    const leads = metric(april, 'leads').previous!;
    assert.equal(leads.basis, 'prorated');
    near(leads.value, 100);
    near(metric(april, 'visitor_to_lead').previous!.value, 0.1);
    assert.equal(metric(april, 'visitor_to_lead').previous!.basis, 'prorated');
  });

  it('keeps churn a rate per month: stocks count with the elapsed share, flows as they are', () => {
    // April: 1 churned over 100 × 10/30 customer-months = 0.03; March's window: 3 × 10/31 over 100 × 10/31 = 0.03.
    near(metric(april, 'churn_rate').value, 0.03);
    near(metric(april, 'churn_rate').previous!.value, 0.03);
    near(metric(april, 'churn_rate').previous!.delta, 0);
    // ARPA is a level over a level: unchanged by the weighting (30,000 / 100).
    near(metric(april, 'arpa').value, 300);
  });

  it('counts day rows whole or not at all (to-date basis), and ignores rows after asOf', () => {
    const days = (month: string, count: number) => Array.from({ length: count }, (_, i) => ({ period: `${month}-${String(i + 1).padStart(2, '0')}`, leads: 10 }));
    const d = dataset({ version: 1, granularity: 'day', asOf: '2026-04-10', rows: [...days('2026-03', 31), ...days('2026-04', 11)] });
    const result = computeMetrics(d, { period: '2026-04' });
    assert.equal(metric(result, 'leads').value, 100, '1–10 April; the row of the 11th starts after asOf');
    assert.deepEqual(metric(result, 'leads').previous, { period: '2026-03', basis: 'to-date', days: 10, value: 100, delta: 0, deltaUnit: 'unit', relative: 0 });
  });
});

describe('a dataset replayed at an earlier day than its data (a review, the CLI\'s --as-of)', () => {
  // The month rows above, replayed as of 2026-04-04.
  const april = computeMetrics(replayedAsOf(months, '2026-04-04'), { period: '2026-04' });

  it("counts the running month's row with the share of its 10 days that had passed: 4/10", () => {
    // 100 × 4/10 = 40 leads; 1000 × 4/10 = 400 visitors; taken whole (100) it would read 10 days as 4.
    near(metric(april, 'leads').value, 40);
    near(metric(april, 'visitors').value, 400);
    // The previous window is 1–4 March: 310 × 4/31 = 40 leads, an even pace.
    near(metric(april, 'leads').previous!.value, 40);
    // A rate of two rows is unchanged by the replay; churn stays a rate per month: 1 × 4/10 over 100 × 4/30 = 0.03.
    near(metric(april, 'visitor_to_lead').value, 0.1);
    near(metric(april, 'churn_rate').value, 0.03);
  });

  it('counts a row whole again from the day its data was taken, and a month closed by then whole', () => {
    near(metric(computeMetrics(replayedAsOf(months, '2026-04-10'), { period: '2026-04' }), 'leads').value, 100);
    // As of 2026-03-20, March runs (day 20 of 31) but its row holds all 31 days: 310 × 20/31 = 200.
    near(metric(computeMetrics(replayedAsOf(months, '2026-03-20'), { period: '2026-03' }), 'leads').value, 200);
  });
});

describe('a running quarter with monthly targets', () => {
  // asOf 2026-03-10: day 31 + 28 + 10 = 69 of 90. Expected = 100 + 100 + 100 × 10/31.
  const d = dataset({
    version: 1,
    asOf: '2026-03-10',
    rows: [
      { period: '2026-01', mqls: 100 },
      { period: '2026-02', mqls: 90 },
      { period: '2026-03', mqls: 40 },
    ],
    targets: ['2026-01', '2026-02', '2026-03'].map((period) => ({ metric: 'mqls', period, value: 100 })),
    slas: [{ id: 'mql-volume', owner: 'marketing', type: 'volume', metric: 'mqls', target: 100 }],
  });
  const q1 = computeMetrics(d, { period: '2026-Q1' });
  const expected = 200 + 1000 / 31;

  it('paces the target: full months whole, the running one its elapsed share', () => {
    const target = metric(q1, 'mqls').target!;
    assert.equal(target.value, 300);
    assert.equal(target.paced, true);
    near(target.expected, expected);
    near(target.attainment, 230 / expected);
    near(target.projected, 230 / (69 / 90));
    assert.deepEqual(q1.progress, { asOf: '2026-03-10', days: 69, daysTotal: 90, elapsed: 69 / 90 });
  });

  it('gives the volume SLA the same expected, attainment and verdict', () => {
    const sla = q1.slas[0]!;
    near(sla.pacing!.expected, expected);
    near(sla.attainment, 230 / expected);
    // 0.990 is under 1 and over warnAt 0.9: at risk on the gauge, "warn" on the card.
    assert.equal(sla.status, 'at-risk');
    assert.equal(metric(q1, 'mqls').status, 'warn');
  });

  it('compares rates, ratios and durations with the target as is', () => {
    const withRate = dataset({ version: 1, asOf: '2026-03-10', rows: [{ period: '2026-03', leads: 100, mqls: 40 }], targets: [{ metric: 'lead_to_mql', period: '2026-03', value: 0.4 }] });
    const target = metric(computeMetrics(withRate, { period: '2026-03' }), 'lead_to_mql').target!;
    assert.equal(target.paced, undefined);
    assert.equal(target.attainment, 1);
  });
});

describe('a running ISO week', () => {
  // asOf Wednesday 2026-03-18: 2026-W12 (Mon 16 – Sun 22) on day 3 of 7; the window is Mon 9 – Wed 11.
  const d = dataset({
    version: 1,
    granularity: 'week',
    asOf: '2026-03-18',
    leads: [
      { id: 'p1', createdAt: '2026-03-09T08:00:00Z' },
      { id: 'p2', createdAt: '2026-03-11T23:00:00Z' },
      { id: 'p3', createdAt: '2026-03-12T00:00:00Z' },
      { id: 'c1', createdAt: '2026-03-16T08:00:00Z' },
      { id: 'c2', createdAt: '2026-03-18T12:00:00Z' },
      { id: 'c3', createdAt: '2026-03-19T00:00:00Z' },
    ],
  });
  const week = computeMetrics(d, { period: '2026-W12' });

  it('is day 3 of 7 and compares with Monday to Wednesday of the week before', () => {
    assert.deepEqual(week.progress, { asOf: '2026-03-18', days: 3, daysTotal: 7, elapsed: 3 / 7 });
    assert.equal(metric(week, 'leads').value, 2);
    assert.equal(metric(week, 'leads').previous!.value, 2);
    assert.equal(metric(week, 'leads').previous!.days, 3);
  });
});

describe('when nothing is running', () => {
  const rows: DatasetInput['rows'] = [
    { period: '2026-02', leads: 280 },
    { period: '2026-03', leads: 310 },
  ];
  const targets: DatasetInput['targets'] = [{ metric: 'leads', period: '2026-03', value: 310 }];

  it('asOf on the period’s last day: closed, full comparison, target as is', () => {
    const march = computeMetrics(dataset({ version: 1, asOf: '2026-03-31', rows, targets }), { period: '2026-03' });
    assert.equal(march.progress, undefined);
    assert.equal(metric(march, 'leads').previous!.basis, 'full');
    assert.equal(metric(march, 'leads').previous!.value, 280);
    assert.equal(metric(march, 'leads').target!.paced, undefined);
    assert.equal(metric(march, 'leads').target!.attainment, 1);
  });

  it('no asOf: the data is complete and nothing runs', () => {
    const march = computeMetrics(dataset({ version: 1, rows, targets }), { period: '2026-03' });
    assert.equal(march.progress, undefined);
    assert.equal(metric(march, 'leads').previous!.basis, 'full');
  });

  it('the day before the last is still running', () => {
    const march = computeMetrics(dataset({ version: 1, asOf: '2026-03-30', rows, targets }), { period: '2026-03' });
    assert.equal(march.progress!.days, 30);
    // February has 28 days: all of it is compared, so its row counts whole and the basis is exact.
    assert.equal(metric(march, 'leads').previous!.basis, 'to-date');
    assert.equal(metric(march, 'leads').previous!.value, 280);
  });

  it('a previous window outside the data is no data', () => {
    const march = computeMetrics(dataset({ version: 1, asOf: '2026-03-18', rows: [{ period: '2026-03', leads: 10 }] }), { period: '2026-03' });
    assert.equal(metric(march, 'leads').previous!.value, null);
    assert.equal(metric(march, 'leads').status, 'neutral');
  });
});

describe('progress through a period, day by day', () => {
  const march = parsePeriod('2026-03')!;
  const day = (d: number) => daysFromCivil(2026, 3, d);

  it('runs from its first day to its second-to-last; on its last day it is whole, and closed or future periods do not run', () => {
    assert.equal(progressOf(march, undefined), undefined);
    assert.equal(progressOf(march, day(1) - 1), undefined);
    assert.deepEqual(progressOf(march, day(1)), { asOf: '2026-03-01', days: 1, daysTotal: 31, elapsed: 1 / 31 });
    assert.deepEqual(progressOf(march, day(30)), { asOf: '2026-03-30', days: 30, daysTotal: 31, elapsed: 30 / 31 });
    assert.equal(progressOf(march, day(31)), undefined);
    assert.equal(progressOf(march, day(32)), undefined);
  });

  it('writes a day as its whole key, years before 1000 with their zeros', () => {
    assert.equal(civilKey(daysFromCivil(999, 1, 2)), '0999-01-02');
    assert.equal(civilKey(day(9)), '2026-03-09');
  });
});
