import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from './fc.js';
import { quantileInPlace } from '../../src/core/metrics/formulas.js';

/** The textbook definition: sort, then interpolate between the neighbouring ranks. */
function sortedQuantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  return sorted[lower]! + (sorted[Math.ceil(position)]! - sorted[lower]!) * (position - lower);
}

describe('quantiles by selection', () => {
  it('hand cases: odd and even counts, duplicates', () => {
    assert.equal(quantileInPlace(Float64Array.from([3, 1, 2]), 0.5), 2);
    assert.equal(quantileInPlace(Float64Array.from([4, 1, 3, 2]), 0.5), 2.5);
    assert.equal(quantileInPlace(Float64Array.from([5, 5, 5, 5]), 0.9), 5);
    assert.equal(quantileInPlace(Float64Array.from([7]), 0.9), 7);
    assert.ok(Math.abs(quantileInPlace(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.9) - 9.1) < 1e-12);
  });

  it('equal the sorted definition, the median and then the p90 on the same array', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const a = Float64Array.from(values);
        assert.equal(quantileInPlace(a, 0.5), sortedQuantile(values, 0.5));
        assert.equal(quantileInPlace(a, 0.9, Math.floor((a.length - 1) * 0.5)), sortedQuantile(values, 0.9));
      }),
    );
  });
});
