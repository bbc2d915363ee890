import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { adoptFactTable, availablePeriods, computeMetrics, factTable, parseDataset, parsePeriod, periodIndexes, selectFacts, UNATTRIBUTED, type Dataset } from '../../src/core/index.js';
import { selectChannels } from '../../src/core/aggregate/select.js';
import { dataset } from './fixtures.js';

// A fact table built in the page's records worker reaches the page by structured clone
// (Maps, Sets and arrays survive; classes do not): adopted, it must serve the same numbers.

describe('a fact table built elsewhere', () => {
  it('serves, once adopted, the numbers the dataset gives when it builds its own', () => {
    const result = parseDataset(JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')));
    assert.ok(result.ok);
    const built = factTable(result.dataset, result.dataset.granularity, 'period');
    const copy: Dataset = { ...result.dataset };
    const cloned = structuredClone(built);
    adoptFactTable(copy, cloned);
    assert.equal(factTable(copy, copy.granularity, 'period'), cloned, 'the adopted table is the memoised one: nothing is aggregated again');
    for (const period of availablePeriods(result.dataset).slice(-4)) {
      assert.deepEqual(computeMetrics(copy, { period }).metrics, computeMetrics(result.dataset, { period }).metrics, period);
    }
  });
});

describe('selecting from a fact table', () => {
  // Channel a's March lead comes before its January one, and the unattributed lead sits in February.
  const d = dataset({
    version: 1,
    leads: [
      { id: 1, channel: 'a', createdAt: '2026-03-05T00:00:00Z' },
      { id: 2, channel: 'a', createdAt: '2026-01-05T00:00:00Z' },
      { id: 3, channel: 'b', createdAt: '2026-02-05T00:00:00Z' },
      { id: 4, createdAt: '2026-02-06T00:00:00Z' },
    ],
  });
  const table = factTable(d, 'month', 'period');
  const [jan, feb, mar] = ['2026-01', '2026-02', '2026-03'].map((key) => parsePeriod(key)!.index);

  it('lists the periods with facts in ascending order, whatever order the records came in', () => {
    assert.deepEqual(periodIndexes(table), [jan, feb, mar]);
    assert.deepEqual(availablePeriods(d), ['2026-01', '2026-02', '2026-03']);
  });

  it('counts unattributed facts in the all-channels view only: as a channel, "" selects nothing', () => {
    assert.equal(selectFacts(table, feb!).sums.leads, 2);
    assert.equal(selectFacts(table, feb!, UNATTRIBUTED).sums.leads, 0);
    assert.equal(selectFacts(table, feb!, 'b').sums.leads, 1);
  });

  it('sums a set of channels, where a channel without facts in the period, or unknown, adds nothing', () => {
    assert.equal(selectChannels(table, mar!, ['a', 'b', 'nowhere']).sums.leads, 1);
    assert.equal(selectChannels(table, jan!, ['b', 'nowhere']).sums.leads, 0);
  });
});

describe('the n of a sum', () => {
  it('is the number of rows it summed', () => {
    const d = dataset({
      version: 1,
      currency: 'USD',
      rows: [
        { period: '2026-03', channel: 'a', marketingSpend: 500 },
        { period: '2026-03', channel: 'b', marketingSpend: 250 },
        { period: '2026-03', salesSpend: 750 },
        { period: '2026-02', channel: 'a', marketingSpend: 400 },
      ],
    });
    assert.deepEqual([computeMetrics(d, { period: '2026-03' }).metrics.total_spend!.value, computeMetrics(d, { period: '2026-03' }).metrics.total_spend!.n], [1500, 3]);
    assert.equal(computeMetrics(d, { period: '2026-03', channel: 'a' }).metrics.total_spend!.n, 1);
  });
});
