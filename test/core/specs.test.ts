import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchmarkSpec, breakdownSpec, trendSpec, type VegaLiteSpec } from '../../src/core/index.js';

/** Every value of a spec, recursively, with the key it sits under. */
function* entries(node: unknown, key = ''): Generator<[string, unknown]> {
  if (Array.isArray(node)) for (const item of node) yield* entries(item, key);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* entries(v, k);
  else yield [key, node];
}

/** No expression, signal or URL anywhere: specs only name fields, as {"field": …}. */
function assertInert(spec: VegaLiteSpec): void {
  for (const [key, value] of entries(spec)) {
    assert.ok(!['expr', 'signal', 'url', 'calculate', 'filter'].includes(key), `a spec must not carry "${key}"`);
    if (key !== '$schema') assert.ok(typeof value !== 'string' || !/^(https?|javascript|data):/i.test(value), `no URL in a spec: ${String(value)}`);
  }
}

const base = { valueTitle: 'MQLs', valueFormat: ',.0f', width: 480 };

describe('spec builders', () => {
  it('trend: a line per series in the given order, a target rule of its own datum', () => {
    const spec = trendSpec({ ...base, periodTitle: 'Period', targetTitle: 'Target', series: ['this period', 'last year'], target: 95 });
    assertInert(spec);
    const [line, rule] = spec.layer as Array<{ mark: { type: string }; encoding: Record<string, { field?: string; scale?: { domain: string[] }; datum?: number }>; data?: unknown }>;
    assert.equal(line!.mark.type, 'line');
    assert.deepEqual(line!.encoding.color!.scale!.domain, ['this period', 'last year']);
    assert.equal(line!.encoding.x!.field, 'period');
    assert.equal(rule!.mark.type, 'rule');
    assert.equal(rule!.encoding.y!.datum, 95);
    assert.deepEqual(rule!.data, { values: [{}] });
    assert.deepEqual(spec.data, { name: 'table' });
    assert.equal((trendSpec({ ...base, periodTitle: 'P', targetTitle: 'T', series: ['a'] }).layer as unknown[]).length, 1);
  });

  it('breakdown: bars by channel, largest first; a label never enters the spec', () => {
    const spec = breakdownSpec({ ...base, channelTitle: '<img src=x onerror=alert(1)>' });
    assertInert(spec);
    const encoding = spec.encoding as Record<string, { field: string; sort?: string }>;
    assert.equal(encoding.y!.field, 'channel');
    assert.equal(encoding.y!.sort, '-x');
    assert.equal(JSON.stringify(spec).includes('"channel"'), true);
  });

  it('benchmark: band, bar and reference tick on the relative scale', () => {
    const spec = benchmarkSpec({ width: 480, valueTitle: 'Value', bandTitle: 'Benchmark' });
    assertInert(spec);
    const layers = spec.layer as Array<{ mark: { type: string }; encoding: Record<string, { field?: string; datum?: number }> }>;
    assert.deepEqual(layers.map((l) => l.mark.type), ['bar', 'bar', 'tick']);
    assert.equal(layers[2]!.encoding.x!.datum, 1);
  });

  it('turn off per-mark ARIA (the element has its own text alternative) and fit the given width', () => {
    for (const spec of [trendSpec({ ...base, periodTitle: 'P', targetTitle: 'T', series: ['a'] }), breakdownSpec({ ...base, channelTitle: 'c' }), benchmarkSpec({ width: 1, valueTitle: 'v', bandTitle: 'b' })]) {
      assert.deepEqual(spec.config, { aria: false, mark: { aria: false } });
      assert.deepEqual(spec.autosize, { type: 'fit-x', contains: 'padding' });
    }
  });
});
