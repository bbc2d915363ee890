import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availablePeriods, channelsOf, computeMetrics, EMPTY_DATASET, isEmptyDataset, SMALL_SAMPLE } from '../../src/core/index.js';
import { dataset, handDataset } from './fixtures.js';

// What computeMetrics says beyond each formula (metrics.test.ts has those): the queries it
// refuses and why, the fields a result carries only when they apply, the small-sample flag,
// and when a comparison can and cannot be made.

const refusal = (message: string) => ({ name: 'KpiQueryError', message });

describe('a query the dataset cannot answer', () => {
  it('is refused with words that say what is wrong and what would do', () => {
    const d = handDataset();
    assert.throws(() => computeMetrics(d, { period: '2026-13' }), refusal('"2026-13" is not a period key (2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026)'));
    assert.throws(() => computeMetrics(d, { mode: 'weekly' as 'period' }), refusal('mode must be "period" or "cohort", not "weekly"'));
    assert.throws(() => computeMetrics(dataset({ version: 1, rows: [] })), refusal(EMPTY_DATASET));
  });

  it('a dataset is empty with neither rows nor leads, and only then', () => {
    assert.equal(isEmptyDataset(dataset({ version: 1, rows: [] })), true);
    assert.equal(isEmptyDataset(dataset({ version: 1, rows: [], leads: [] })), true);
    assert.equal(isEmptyDataset(dataset({ version: 1, rows: [{ period: '2026-03', leads: 1 }] })), false);
    assert.equal(isEmptyDataset(dataset({ version: 1, leads: [{ id: 1, createdAt: '2026-03-02T00:00:00Z' }] })), false);
  });
});

describe('the fields of a result', () => {
  it('a channel and a currency only when there are ones; a warning only for rows that do not fit', () => {
    const plain = computeMetrics(dataset({ version: 1, rows: [{ period: '2026-03', leads: 1 }] }));
    assert.equal('channel' in plain, false);
    assert.equal('currency' in plain, false);
    assert.deepEqual(plain.warnings, []);
    const hand = computeMetrics(handDataset(), { period: '2026-03', channel: 'a' });
    assert.equal(hand.channel, 'a');
    assert.equal(hand.currency, 'USD');
    // Weekly rows asked for in months: W09 (23 February – 1 March) belongs to no month.
    const weekly = dataset({ version: 1, granularity: 'week', rows: [{ period: '2026-W09', leads: 5 }, { period: '2026-W10', leads: 7 }, { period: '2026-W13', leads: 2 }] });
    assert.deepEqual(computeMetrics(weekly, { period: '2026-03' }).warnings, ['1 row at week granularity does not fit in month periods and was left out']);
    // W01 starts on 29 December 2025 and W14 ends on 5 April: neither is in the first quarter.
    const two = dataset({ version: 1, granularity: 'week', rows: [{ period: '2026-W01', leads: 5 }, { period: '2026-W05', leads: 1 }, { period: '2026-W14', leads: 2 }] });
    assert.deepEqual(computeMetrics(two, { period: '2026-Q1' }).warnings, ['2 rows at week granularity do not fit in quarter periods and were left out']);
  });

  it('a median says so and gives its p90; a count has neither', () => {
    const { metrics } = computeMetrics(handDataset(), { period: '2026-03' });
    // The sales cycle is the median of March's three wins.
    assert.equal(metrics.sales_cycle_days!.estimate, 'median');
    assert.equal(typeof metrics.sales_cycle_days!.p90, 'number');
    assert.equal('estimate' in metrics.leads!, false);
    assert.equal('p90' in metrics.leads!, false);
  });
});

describe('the small-sample flag', () => {
  it(`a rate or a median under ${SMALL_SAMPLE} is flagged; from ${SMALL_SAMPLE} on, a count, or no value, it is not`, () => {
    const at = (leads: number) => computeMetrics(dataset({ version: 1, rows: [{ period: '2026-03', leads, mqls: 1 }] })).metrics;
    assert.equal(at(SMALL_SAMPLE - 1).lead_to_mql!.smallSample, true);
    assert.equal(at(SMALL_SAMPLE).lead_to_mql!.smallSample, undefined);
    assert.equal(at(5).leads!.smallSample, undefined, 'a count is exact, however small');
    assert.equal(at(5).mql_to_sql!.value, null);
    assert.equal(at(5).mql_to_sql!.smallSample, undefined, 'no value, nothing to flag');
    const hand = computeMetrics(handDataset(), { period: '2026-03' }).metrics;
    assert.equal(hand.sales_cycle_days!.smallSample, true, 'a median of three wins');
    assert.equal(hand.cac!.smallSample, undefined, 'money is not a sample');
  });
});

describe('comparisons that cannot be made', () => {
  it('against a negative previous value there is a difference but no relative change (ROI from −10% to 100% is not "+1,100%")', () => {
    const d = dataset({ version: 1, currency: 'USD', rows: [{ period: '2026-02', revenue: 900, marketingSpend: 1000 }, { period: '2026-03', revenue: 2000, marketingSpend: 1000 }] });
    const roi = computeMetrics(d, { period: '2026-03' }).metrics.roi!;
    assert.equal(roi.value, 1);
    assert.ok(Math.abs(roi.previous!.value! - -0.1) < 1e-12);
    assert.ok(Math.abs(roi.previous!.delta! - 110) < 1e-9);
    assert.equal(roi.previous!.relative, null);
  });

  it('against a previous value of 0 there is a difference but no relative change; without a value, neither', () => {
    const d = dataset({ version: 1, rows: [{ period: '2026-02', leads: 0, mqls: 0 }, { period: '2026-03', leads: 4, mqls: 2 }] });
    const { metrics } = computeMetrics(d, { period: '2026-03' });
    assert.deepEqual(metrics.leads!.previous, { period: '2026-02', basis: 'full', value: 0, delta: 4, deltaUnit: 'unit', relative: null });
    // February's rate has no leads to divide by; March's is 0.5.
    assert.deepEqual(metrics.lead_to_mql!.previous, { period: '2026-02', basis: 'full', value: null, delta: null, deltaUnit: 'pp', relative: null });
    // And the other way: March without a rate, February with one.
    const fallen = dataset({ version: 1, rows: [{ period: '2026-02', leads: 4, mqls: 2 }, { period: '2026-03', leads: 0, mqls: 0 }] });
    const rate = computeMetrics(fallen, { period: '2026-03' }).metrics.lead_to_mql!;
    assert.equal(rate.value, null);
    assert.deepEqual(rate.previous, { period: '2026-02', basis: 'full', value: 0.5, delta: null, deltaUnit: 'pp', relative: null });
  });

  it('a change is judged only against a previous value: none, and the status stays neutral', () => {
    const d = dataset({ version: 1, rows: [{ period: '2026-03', leads: 4 }] });
    assert.equal(computeMetrics(d).metrics.leads!.status, 'neutral');
    const grown = dataset({ version: 1, rows: [{ period: '2026-02', leads: 2 }, { period: '2026-03', leads: 4 }] });
    assert.equal(computeMetrics(grown).metrics.leads!.status, 'good');
  });

  it('a running period paces additive metrics only: a rate is held to its whole target', () => {
    const d = dataset({
      version: 1,
      asOf: '2026-03-10',
      rows: [{ period: '2026-03', leads: 10, mqls: 4 }],
      targets: [
        { metric: 'leads', period: '2026-03', value: 31 },
        { metric: 'lead_to_mql', period: '2026-03', value: 0.5 },
      ],
    });
    const { metrics } = computeMetrics(d);
    // 10 of 31 leads by day 10 of 31: exactly the pace.
    assert.equal(metrics.leads!.target!.paced, true);
    assert.equal(metrics.leads!.target!.attainment, 1);
    assert.deepEqual(metrics.lead_to_mql!.target, { value: 0.5, attainment: 0.8, periods: 1 });
  });

  it('without a value there is no attainment, projection or benchmark verdict', () => {
    const d = dataset({
      version: 1,
      asOf: '2026-03-10',
      rows: [{ period: '2026-03', leads: 10 }],
      targets: [
        { metric: 'mqls', period: '2026-03', value: 31 },
        { metric: 'lead_to_mql', period: '2026-03', value: 0.5 },
      ],
      benchmarks: [{ metric: 'lead_to_mql', value: 0.3, comparator: '>=', source: { name: 'Survey' } }],
    });
    const { metrics } = computeMetrics(d);
    assert.equal(metrics.mqls!.value, null);
    assert.equal(metrics.mqls!.target!.attainment, null);
    assert.equal(metrics.mqls!.target!.projected, null);
    assert.equal(metrics.lead_to_mql!.target!.attainment, null);
    assert.equal(metrics.lead_to_mql!.benchmark, undefined);
    assert.equal(metrics.lead_to_mql!.status, 'neutral');
  });
});

describe('what a picker offers', () => {
  it("periods with data, oldest first, at the dataset's granularity and in period mode unless asked; channels in order of appearance", () => {
    const d = dataset({ version: 1, leads: [{ id: 1, channel: 'web', createdAt: '2026-01-20T00:00:00Z', mqlAt: '2026-02-02T00:00:00Z' }, { id: 2, channel: 'ads', createdAt: '2026-01-22T00:00:00Z' }] });
    assert.deepEqual(availablePeriods(d), ['2026-01', '2026-02']);
    assert.deepEqual(availablePeriods(d, 'month', 'cohort'), ['2026-01']);
    assert.deepEqual(availablePeriods(d, 'quarter'), ['2026-Q1']);
    assert.deepEqual(channelsOf(d), ['web', 'ads']);
  });
});
