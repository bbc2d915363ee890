import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { adoptFactTable, availablePeriods, computeMetrics, factTable, parseDataset, type Dataset } from '../../src/core/index.js';

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
