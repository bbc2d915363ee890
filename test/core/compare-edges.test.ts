import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareToBenchmark } from '../../src/core/compare/benchmark.js';
import { findTarget } from '../../src/core/compare/target.js';
import type { Benchmark } from '../../src/core/schema/dataset.js';
import { parsePeriod } from '../../src/core/time/period.js';

// Benchmarks and target roll-ups at their edges: written from the mutants StrykerJS found
// surviving in src/core/compare/ (TESTING.md).

const source = { name: 'a source' };
const threshold = (value: number, comparator?: '>=' | '<='): Benchmark => ({ metric: 'ltv_to_cac', value, ...(comparator && { comparator }), source }) as Benchmark;
const band = (low: number, high: number): Benchmark => ({ metric: 'lead_to_mql', low, high, source }) as Benchmark;

describe('a benchmark at its edges', () => {
  it('a threshold without a comparator is met the metric\'s way: at least it for higher-is-better, at most it for lower-is-better', () => {
    assert.deepEqual(pick(compareToBenchmark(4, threshold(3), 'up')), { position: 'above', verdict: 'better', meets: true, status: 'good' });
    assert.deepEqual(pick(compareToBenchmark(4, threshold(3), 'down')), { position: 'above', verdict: 'worse', meets: false, status: 'bad' });
    assert.deepEqual(pick(compareToBenchmark(2, threshold(3), 'down')), { position: 'below', verdict: 'better', meets: true, status: 'good' });
    assert.deepEqual(pick(compareToBenchmark(2, threshold(3), 'up')), { position: 'below', verdict: 'worse', meets: false, status: 'bad' });
    assert.deepEqual(pick(compareToBenchmark(3, threshold(3), 'down')), { position: 'within', verdict: 'within', meets: true, status: 'good' });
  });

  it('a comparator, when given, decides over the polarity', () => {
    assert.equal(compareToBenchmark(4, threshold(3, '<='), 'up').meets, false);
    assert.equal(compareToBenchmark(2, threshold(3, '>='), 'down').meets, false);
  });

  it('a band includes both its ends; better or worse by polarity; within is no judgement', () => {
    assert.deepEqual(pick(compareToBenchmark(0.1, band(0.1, 0.25), 'up')), { position: 'within', verdict: 'within', status: 'neutral' });
    assert.deepEqual(pick(compareToBenchmark(0.25, band(0.1, 0.25), 'up')), { position: 'within', verdict: 'within', status: 'neutral' });
    assert.deepEqual(pick(compareToBenchmark(0.3, band(0.1, 0.25), 'up')), { position: 'above', verdict: 'better', status: 'good' });
    assert.deepEqual(pick(compareToBenchmark(0.05, band(0.1, 0.25), 'up')), { position: 'below', verdict: 'worse', status: 'bad' });
    assert.deepEqual(pick(compareToBenchmark(0.05, band(0.1, 0.25), 'down')), { position: 'below', verdict: 'better', status: 'good' });
  });
});

describe('a target rolled up at its edges', () => {
  it('sums only the sub-periods inside the period asked for, and only when they cover all of it', () => {
    const targets = [
      { metric: 'mqls', period: '2026-01', value: 100 },
      { metric: 'mqls', period: '2026-02', value: 100 },
      { metric: 'mqls', period: '2026-04', value: 500 }, // the next quarter's
      { metric: 'mqls', period: '2025-12', value: 700 }, // the previous one's
    ];
    assert.equal(findTarget(targets, 'mqls', parsePeriod('2026-Q1')!, {}, true), undefined, 'two months of targets are not a quarter\'s target');
    const withMarch = [...targets, { metric: 'mqls', period: '2026-03', value: 100 }];
    const found = findTarget(withMarch, 'mqls', parsePeriod('2026-Q1')!, {}, true)!;
    assert.equal(found.value, 300);
    assert.deepEqual(found.parts.map((p) => p.period.key), ['2026-01', '2026-02', '2026-03']);
    assert.equal(findTarget(withMarch, 'mqls', parsePeriod('2026-Q1')!, {}, false), undefined, 'a rate takes an exact key only');
  });
});

function pick(c: ReturnType<typeof compareToBenchmark>) {
  return { position: c.position, verdict: c.verdict, ...(c.meets !== undefined && { meets: c.meets }), status: c.status };
}
