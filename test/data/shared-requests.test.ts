import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundedNumber, isWithin, NUMBER_RULES } from '../../src/elements/contract/attributes.js';
import { jsonAttribute, MalformedAttribute } from '../../src/elements/contract/data-attribute.js';
import { REUSE_MS, requestKey, subscribe } from '../../src/elements/data/shared-requests.js';
import { sharedMetrics } from '../../src/elements/lazy/shared-metrics.js';
import { computeMetrics, KpiQueryError, type MetricsQuery } from '../../src/core/index.js';
import { handDataset } from '../core/fixtures.js';

// The rest of the elements' data layer that needs no page: one request shared by the
// elements asking for it, one computation shared by the elements showing the same numbers,
// the numeric attributes' bounds, and the `data` attribute's JSON.

/** A request the test settles by hand, counting how often one was started and watching its signal. */
function manual<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const state = { started: 0, signal: undefined as AbortSignal | undefined };
  const start = (signal: AbortSignal) => {
    state.started++;
    state.signal = signal;
    return new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
      // As fetch does: an aborted request rejects.
      signal.addEventListener('abort', () => rej(new DOMException('aborted', 'AbortError')), { once: true });
    });
  };
  return { start, state, resolve: (v: T) => resolve(v), reject: (e: unknown) => reject(e) };
}

let unique = 0;
const key = () => `k${unique++}`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('shared requests', () => {
  it('start one request for every subscriber of a key, and give each the same answer', async () => {
    const k = key();
    const request = manual<string>();
    const a = subscribe(k, request.start);
    const b = subscribe(k, request.start);
    assert.equal(request.state.started, 1);
    request.resolve('answer');
    assert.deepEqual(await Promise.all([a.promise, b.promise]), ['answer', 'answer']);
  });

  it('abort only when the last subscriber leaves before the answer (one leaving keeps it for the rest)', async () => {
    const k = key();
    const request = manual<string>();
    const a = subscribe(k, request.start);
    const b = subscribe(k, request.start);
    a.release();
    a.release(); // twice counts once
    assert.equal(request.state.signal!.aborted, false, 'b still waits');
    b.release();
    assert.equal(request.state.signal!.aborted, true);
    // The next subscriber starts afresh.
    subscribe(k, request.start);
    assert.equal(request.state.started, 2);
  });

  it('never abort a request that has answered', async () => {
    const k = key();
    const request = manual<string>();
    const a = subscribe(k, request.start);
    request.resolve('x');
    await a.promise;
    await tick();
    a.release();
    assert.equal(request.state.signal!.aborted, false);
  });

  it('serve a settled answer to newcomers for REUSE_MS, unless they want a fresh one', async () => {
    const k = key();
    const request = manual<string>();
    const first = subscribe(k, request.start);
    request.resolve('old');
    await first.promise;
    await tick();
    assert.equal(await subscribe(k, request.start).promise, 'old');
    assert.equal(request.state.started, 1);
    subscribe(k, request.start, true);
    assert.equal(request.state.started, 2, 'fresh: a new request');
  });

  it('forget a settled answer after REUSE_MS', async () => {
    const k = key();
    const request = manual<string>();
    const first = subscribe(k, request.start);
    request.resolve('old');
    await first.promise;
    await new Promise((resolve) => setTimeout(resolve, REUSE_MS + 50));
    subscribe(k, request.start);
    assert.equal(request.state.started, 2);
  });

  it('forget a failed request at once: the next subscriber tries again (and nothing is aborted)', async () => {
    const k = key();
    const request = manual<string>();
    const first = subscribe(k, request.start);
    const signal = request.state.signal!;
    request.reject(new Error('down'));
    await assert.rejects(first.promise, /down/);
    first.release();
    assert.equal(signal.aborted, false, 'a settled request is never aborted');
    subscribe(k, request.start);
    assert.equal(request.state.started, 2);
  });

  it('an old request settling never removes the newer one of its key', async () => {
    // An aborted request's rejection arrives after a new request for the key has started.
    const k = key();
    const request = manual<string>();
    const a = subscribe(k, request.start);
    a.promise.catch(() => undefined);
    a.release();
    const b = subscribe(k, request.start);
    await tick();
    subscribe(k, request.start);
    assert.equal(request.state.started, 2, 'the third shares the second');
    // An answer's reuse window ending never removes a fresh request that replaced it.
    const k2 = key();
    const old = manual<string>();
    const first = subscribe(k2, old.start);
    old.resolve('old');
    await first.promise;
    await tick();
    const fresh = manual<string>();
    subscribe(k2, fresh.start, true);
    await new Promise((resolve) => setTimeout(resolve, REUSE_MS + 50));
    subscribe(k2, fresh.start);
    assert.equal(fresh.state.started, 1, 'still shared after the old answer\'s window');
    b.release();
  });

  it('key requests by URL and by fetch function: another fetch (other credentials) shares nothing', () => {
    const f = () => undefined;
    const g = () => undefined;
    assert.equal(requestKey('/a', f), requestKey('/a', f));
    assert.notEqual(requestKey('/a', f), requestKey('/a', g));
    assert.notEqual(requestKey('/a', f), requestKey('/b', f));
  });
});

describe('numeric attributes', () => {
  const host = { localName: 'kpi-card' } as HTMLElement;
  const warnings: string[] = [];
  const warn = console.warn;

  it('take values within their bounds, their ends included, and an absent one quietly', () => {
    console.warn = (message: string) => warnings.push(message);
    assert.equal(boundedNumber(host, 'refresh', 5), 5);
    assert.equal(boundedNumber(host, 'refresh', 86_400), 86_400);
    assert.equal(boundedNumber(host, 'refresh', 0), 0, 'refresh 0: off');
    assert.equal(boundedNumber(host, 'retries', '10'), 10, 'from an attribute string');
    assert.equal(boundedNumber(host, 'heading-level', 1), 1);
    assert.equal(boundedNumber(host, 'timeout', undefined), NUMBER_RULES.timeout.fallback);
    assert.equal(boundedNumber(host, 'timeout', null), NUMBER_RULES.timeout.fallback);
    console.warn = warn;
    assert.deepEqual(warnings, [], 'no warning for a value within bounds or absent');
  });

  it('fall back to the default outside them, not a number or not whole, warning once per value', () => {
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = { localName: 'kpi-trend' } as HTMLElement;
      assert.equal(boundedNumber(element, 'refresh', 4.9), 0);
      assert.equal(boundedNumber(element, 'refresh', 86_401), 0);
      assert.equal(boundedNumber(element, 'retries', 1.5), 3);
      assert.equal(boundedNumber(element, 'max-bytes', 'abc'), 10_000_000);
      assert.equal(boundedNumber(element, 'periods', Infinity), 12);
      assert.equal(boundedNumber(element, 'heading-level', 7), 3);
      assert.equal(boundedNumber(element, 'refresh', 4.9), 0);
      assert.equal(warnings.length, 6, 'the repeated refresh=4.9 warned once');
      assert.match(warnings[0]!, /<kpi-trend> refresh="4\.9" is outside 5–86400 s \(or 0: off\): using 0\./);
      assert.match(warnings[2]!, /retries="1\.5" is outside 0–10, a whole number: using 3/);
    } finally {
      console.warn = warn;
    }
  });

  it('isWithin: NaN never, the off value always, fractions only where allowed', () => {
    assert.equal(isWithin(NUMBER_RULES.timeout, Number.NaN), false);
    assert.equal(isWithin(NUMBER_RULES.refresh, 0), true);
    assert.equal(isWithin(NUMBER_RULES.timeout, 1000.5), true);
    assert.equal(isWithin(NUMBER_RULES.retries, 2.5), false);
    assert.equal(isWithin(NUMBER_RULES.timeout, 999), false);
  });
});

describe('the data attribute', () => {
  it('reads JSON, keeps what was wrong with malformed JSON, and names an object written as text', () => {
    assert.deepEqual(jsonAttribute.fromAttribute!('{"version":1}', undefined), { version: 1 });
    assert.equal(jsonAttribute.fromAttribute!(null, undefined), undefined);
    const malformed = jsonAttribute.fromAttribute!('{"version":', undefined);
    assert.ok(malformed instanceof MalformedAttribute);
    assert.match(malformed.message, /JSON/);
    const object = jsonAttribute.fromAttribute!('[object Object]', undefined) as MalformedAttribute;
    assert.match(object.message, /an object was written as text/);
  });

  it('writes JSON back, and nothing for a malformed value', () => {
    assert.equal(jsonAttribute.toAttribute!({ a: 1 }, undefined), '{"a":1}');
    assert.equal(jsonAttribute.toAttribute!(new MalformedAttribute('x'), undefined), null);
  });
});

describe('sharedMetrics', () => {
  it('computes once per dataset object and query: the same object for the same question, another for another', () => {
    const data = handDataset();
    const latest = sharedMetrics(data, { mode: 'period', compare: ['previous'] });
    assert.equal(sharedMetrics(data, { mode: 'period', compare: ['previous'] }), latest);
    assert.deepEqual(latest, computeMetrics(data, { mode: 'period', compare: ['previous'] }));
    // The default period named, as a dashboard hands it to its widgets: the same question.
    assert.equal(sharedMetrics(data, { period: latest.period, mode: 'period', compare: ['previous'] }), latest);
    for (const other of [{ mode: 'period' as const, compare: ['target' as const] }, { mode: 'period' as const }, { channel: 'a', mode: 'period' as const, compare: ['previous' as const] }, { mode: 'cohort' as const, compare: ['previous' as const] }]) {
      const result = sharedMetrics(data, other);
      assert.notEqual(result, latest, JSON.stringify(other));
      assert.deepEqual(result, computeMetrics(data, other), JSON.stringify(other));
    }
    assert.notEqual(sharedMetrics(handDataset(), { mode: 'period', compare: ['previous'] }), latest, 'another dataset object');
  });

  it('never takes one question for another: another period, no comparisons against all, a channel whose name runs into the mode', () => {
    const data = handDataset();
    const pairs: Array<[MetricsQuery, MetricsQuery]> = [
      [{ period: '2026-03' }, { period: '2026-02' }],
      [{ period: '2026-03', compare: [] }, { period: '2026-03' }],
      [{ channel: 'a', mode: 'cohort' }, { channel: 'acohort' }],
    ];
    for (const [one, other] of pairs) {
      const first = sharedMetrics(data, one);
      const second = sharedMetrics(data, other);
      assert.notEqual(first, second, `${JSON.stringify(one)} and ${JSON.stringify(other)}`);
      assert.deepEqual(second, computeMetrics(data, other));
    }
  });

  it('a question the data cannot answer fails every time it is asked', () => {
    const data = handDataset();
    for (let i = 0; i < 2; i++) assert.throws(() => sharedMetrics(data, { period: 'March' }), KpiQueryError);
  });
});
