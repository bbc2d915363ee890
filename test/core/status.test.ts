import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attainment, statusOfAttainment, statusOfChange, verdict } from '../../src/core/compare/status.js';

// The one verdict's rules, each at its edge: written from the mutants StrykerJS found
// surviving in src/core/compare/status.ts (TESTING.md).

describe('the verdict rules at their edges', () => {
  it('attainment: a zero target of a higher-is-better metric has none; a zero of a lower-is-better one meets any target from 0 up', () => {
    assert.equal(attainment(5, 0, 'up'), null);
    assert.equal(attainment(45, 50, 'up'), 0.9);
    assert.equal(attainment(0, 12, 'down'), 1);
    assert.equal(attainment(0, 0, 'down'), 1);
    assert.equal(attainment(0, -1, 'down'), 0, 'a negative cap a zero cannot meet');
    assert.equal(attainment(24, 12, 'down'), 0.5);
  });

  it('attainment to status: 1 is good, exactly at warnAt is at risk, just under is bad', () => {
    assert.equal(statusOfAttainment(1), 'good');
    assert.equal(statusOfAttainment(0.9, 0.9), 'warn');
    assert.equal(statusOfAttainment(0.8999, 0.9), 'bad');
    assert.equal(statusOfAttainment(0.8, 0.8), 'warn');
  });

  it('change: within 1% either way is no judgement; beyond it, the metric\'s way is good, the other a warning', () => {
    assert.equal(statusOfChange(101, 100, 'up'), 'neutral', 'exactly +1%');
    assert.equal(statusOfChange(99, 100, 'up'), 'neutral', 'exactly -1%');
    assert.equal(statusOfChange(100.5, 100, 'up'), 'neutral', '+0.5% is relative to the previous value');
    assert.equal(statusOfChange(102, 100, 'up'), 'good');
    assert.equal(statusOfChange(98, 100, 'up'), 'warn');
    assert.equal(statusOfChange(98, 100, 'down'), 'good');
    assert.equal(statusOfChange(102, 100, 'down'), 'warn');
    assert.equal(statusOfChange(-102, -100, 'up'), 'warn', 'a negative previous value: the change is relative to its size');
  });

  it('change from zero: any rise is a full step in its direction', () => {
    assert.equal(statusOfChange(3, 0, 'up'), 'good');
    assert.equal(statusOfChange(3, 0, 'down'), 'warn');
    assert.equal(statusOfChange(0, 0, 'up'), 'neutral');
  });

  it('verdict: an attainment that cannot be computed leaves the benchmark to decide', () => {
    assert.equal(verdict({ attainment: null, benchmark: 'good', change: 'warn' }), 'good');
    assert.equal(verdict({ attainment: undefined, change: 'warn' }), 'warn');
    assert.equal(verdict({ attainment: 0.95, warnAt: 0.9, benchmark: 'good' }), 'warn', 'a target decides over the benchmark');
  });
});
