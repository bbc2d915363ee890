import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMetrics, channelsByLeads, computeMetrics, computeValues, factTable, getMetric, metricAt, metricByChannel, metricForChannels, metricOverPeriods, parsePeriod, selectFacts } from '../../src/core/index.js';
import { dataset, handDataset, HAND_LEADS } from './fixtures.js';

// One metric at a time, as the charts and the scorecard ask for it, worked out by hand on the
// hand company (fixtures.ts) with one more lead: C1, channel "c", created in February and
// quiet since. March's leads: a 2 (L1, L2), b 2 (L3, L4), none 1 (L5); MQLs: a 2, b 1.
// SQLs in each month: February 0, March 4 (L1, L2, L4, L6); by cohort: February's leads 1
// (L6), March's 3 (L1, L2, L4).

const company = handDataset({ leads: [...HAND_LEADS, { id: 'C1', channel: 'c', createdAt: '2026-02-15T00:00:00Z' }] });
const march = parsePeriod('2026-03')!;
const february = parsePeriod('2026-02')!;

describe('a metric over periods', () => {
  it('every period with data up to the one asked for, oldest first, in either mode', () => {
    assert.deepEqual(metricOverPeriods(company, march, { metric: 'sqls' }), [
      { period: '2026-02', value: 0, n: 0 },
      { period: '2026-03', value: 4, n: 4 },
    ]);
    assert.deepEqual(metricOverPeriods(company, march, { metric: 'sqls', mode: 'cohort' }), [
      { period: '2026-02', value: 1, n: 1 },
      { period: '2026-03', value: 3, n: 3 },
    ]);
  });

  it("a cohort's periods are those its leads were created in", () => {
    // Created in January, moving on in February and March: three months of events, one cohort.
    const d = dataset({ version: 1, leads: [{ id: 1, createdAt: '2026-01-20T00:00:00Z', mqlAt: '2026-02-02T00:00:00Z', sqlAt: '2026-03-02T00:00:00Z' }] });
    assert.deepEqual(metricOverPeriods(d, march, { metric: 'sqls', mode: 'cohort' }), [{ period: '2026-01', value: 1, n: 1 }]);
    assert.deepEqual(metricOverPeriods(d, march, { metric: 'sqls' }).map((p) => p.value), [0, 0, 1]);
  });

  it('stops at the period asked for, and keeps the latest `count`', () => {
    assert.deepEqual(metricOverPeriods(company, february, { metric: 'leads' }).map((p) => p.period), ['2026-02']);
    assert.deepEqual(metricOverPeriods(company, march, { metric: 'leads' }, 1), [{ period: '2026-03', value: 5, n: 5 }]);
  });

  it('for one channel, each point is what a card filtered to it shows', () => {
    const points = metricOverPeriods(company, march, { metric: 'leads', channel: 'a' });
    assert.deepEqual(points, [
      { period: '2026-02', channel: 'a', value: 1, n: 1 },
      { period: '2026-03', channel: 'a', value: 2, n: 2 },
    ]);
    for (const p of points) assert.equal(p.value, computeMetrics(company, { period: p.period, channel: 'a' }).metrics.leads!.value);
  });
});

describe('one point', () => {
  it('carries the period\'s progress while it runs, and its value to date', () => {
    // To 10 March: b's leads L3 (5 March) and L4 (10 March, 00:00).
    assert.deepEqual(metricAt(handDataset({ asOf: '2026-03-10' }), march, { metric: 'leads', channel: 'b' }), {
      period: '2026-03',
      channel: 'b',
      progress: { asOf: '2026-03-10', days: 10, daysTotal: 31, elapsed: 10 / 31 },
      value: 2,
      n: 2,
    });
  });

  it('a metric the catalogue does not have is missing its input', () => {
    assert.deepEqual(metricAt(company, march, { metric: 'nosuch' }), { period: '2026-03', value: null, reason: 'missing-input', n: 0 });
  });
});

describe('a metric by channel', () => {
  it('each channel in the order given; with records, a channel quiet in the period is 0, one they never name has no data', () => {
    assert.deepEqual(metricByChannel(company, march, { metric: 'leads' }, ['b', 'c', 'zzz', 'a']), [
      { period: '2026-03', channel: 'b', value: 2, n: 2 },
      { period: '2026-03', channel: 'c', value: 0, n: 0 },
      { period: '2026-03', channel: 'zzz', value: null, reason: 'no-data', n: 0 },
      { period: '2026-03', channel: 'a', value: 2, n: 2 },
    ]);
  });

  it('with summary rows alone, a channel without a row in the period has no data', () => {
    const rows = dataset({ version: 1, rows: [{ period: '2026-02', channel: 'web', leads: 4 }, { period: '2026-03', channel: 'ads', leads: 6 }] });
    assert.deepEqual(metricByChannel(rows, march, { metric: 'leads' }, ['ads', 'web']), [
      { period: '2026-03', channel: 'ads', value: 6, n: 6 },
      { period: '2026-03', channel: 'web', value: null, reason: 'no-data', n: 0 },
    ]);
    assert.deepEqual(metricForChannels(rows, march, { metric: 'leads' }, ['web']), { period: '2026-03', value: null, reason: 'no-data', n: 0 });
  });

  it('ranks channels by their leads, most first, equals in code-point order; no figure last', () => {
    assert.deepEqual(channelsByLeads(company, march, 'period', ['c', 'zzz', 'b', 'a']), ['a', 'b', 'c', 'zzz']);
  });
});

describe('a metric over several channels together', () => {
  it('is computed from their summed facts: a true rate, not a sum of rates', () => {
    // a: 2 MQLs of 2 leads; b: 1 of 2. Together 3 of 4, where the rates would sum to 1.5.
    assert.deepEqual(metricForChannels(company, march, { metric: 'lead_to_mql' }, ['a', 'b']), { period: '2026-03', value: 0.75, n: 4 });
    // With records, channels quiet in the period are zeros: no leads, so no rate.
    assert.deepEqual(metricForChannels(company, march, { metric: 'lead_to_mql' }, ['c']), { period: '2026-03', value: null, reason: 'zero-denominator', n: 0 });
  });
});

describe('what a metric read decides its basis', () => {
  // April runs to its day 10, compared with 1–10 March. Leads are records (exact to the day);
  // the marketing spend comes in month rows (March's counted with 10/31 of itself).
  const d = dataset({
    version: 1,
    currency: 'USD',
    asOf: '2026-04-10',
    rows: [{ period: '2026-03', marketingSpend: 3100 }, { period: '2026-04', marketingSpend: 1000 }],
    leads: [{ id: 1, createdAt: '2026-03-02T00:00:00Z' }, { id: 2, createdAt: '2026-03-20T00:00:00Z' }, { id: 3, createdAt: '2026-04-02T00:00:00Z' }],
  });
  const bases = () => {
    const { metrics } = computeMetrics(d, { period: '2026-04' });
    return { leads: metrics.leads!.previous!.basis, spend: metrics.marketing_spend!.previous!.basis, cpl: metrics.cpl!.previous!.basis };
  };

  it('a metric reading only records is compared to date; one reading a prorated row says so; every time it is asked', () => {
    const expected = { leads: 'to-date', spend: 'prorated', cpl: 'prorated' };
    assert.deepEqual(bases(), expected);
    // The window's values are kept for the next question: what one metric read must not leak into another's.
    assert.deepEqual(bases(), expected);
    assert.equal(computeMetrics(d, { period: '2026-04' }).metrics.cpl!.previous!.value, 1000, '3,100 × 10/31 over 1 lead');
  });

  it('a value too large to hold is out of range, never Infinity', () => {
    const big = dataset({ version: 1, currency: 'USD', rows: [{ period: '2026-03', channel: 'a', marketingSpend: 1e308, leads: 1 }, { period: '2026-03', channel: 'b', marketingSpend: 1e308, leads: 1 }] });
    const { metrics } = computeMetrics(big);
    assert.deepEqual([metrics.marketing_spend!.value, metrics.marketing_spend!.reason], [null, 'out-of-range']);
    assert.deepEqual([metrics.cpl!.value, metrics.cpl!.reason], [null, 'out-of-range']);
  });

  it('"" names no channel: it is not all of them', () => {
    assert.equal(metricAt(company, march, { metric: 'leads' }).value, 5);
    assert.deepEqual(metricAt(company, march, { metric: 'leads', channel: '' }), { period: '2026-03', channel: '', value: null, reason: 'no-data', n: 0 });
  });
});

describe('every value of one selection of facts (computeValues)', () => {
  it("gives each metric asked for, by id, as computeMetrics gives it; the whole catalogue unless told", () => {
    const table = factTable(company, 'month', 'period');
    const facts = selectFacts(table, march.index, 'a');
    const values = computeValues(company, facts, table.fromRecords, 'a');
    const card = computeMetrics(company, { period: '2026-03', channel: 'a' }).metrics;
    assert.deepEqual([...values.keys()], allMetrics().map((m) => m.id));
    for (const [id, computed] of values) assert.equal(computed.value, card[id]!.value, id);
    const two = computeValues(company, facts, table.fromRecords, 'a', [getMetric('leads')!, getMetric('lead_to_mql')!]);
    assert.deepEqual([...two], [['leads', { value: 2, n: 2 }], ['lead_to_mql', { value: 1, n: 2 }]]);
  });
});
