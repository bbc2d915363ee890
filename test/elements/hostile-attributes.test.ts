import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/all.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { aTimeout, downloadedCsv, fixture, freshKey, html, menuItem, rendered, requestCount, sampleData, shadow, textOf, waitUntil } from './helpers.js';

// The attacks of a careless host page and of data that lies, each reproduced and held to
// the behaviour RELIABILITY.md asks for: a state a person can read, a kpi-error, never an
// exception, a loop or a silently disabled guard.

/** Console warnings while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Errors that escaped to the page while `run` ran. */
async function escapesDuring(run: () => Promise<void>): Promise<string[]> {
  const escapes: string[] = [];
  const onError = (e: ErrorEvent) => escapes.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => escapes.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await aTimeout(50);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return escapes;
}

describe('hostile attributes', () => {
  it('refresh="2592000" (30 days) and refresh="0.001" poll nothing: the default (off) and one warning each, over 10 s', async () => {
    const [long, tiny] = [freshKey(), freshKey()];
    const warnings = await warningsDuring(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <kpi-card refresh="2592000" src="/api/test/dataset?key=${long}"></kpi-card>
        <kpi-card refresh="0.001" src="/api/test/dataset?key=${tiny}"></kpi-card>
      </div>`);
      for (const el of wrapper.children) await rendered(el as KpiElement);
      await aTimeout(10_000);
    });
    expect(await requestCount('dataset', long)).to.equal(1);
    expect(await requestCount('dataset', tiny)).to.equal(1);
    expect(warnings.filter((w) => w.includes('refresh="2592000"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('refresh="0.001"'))).to.have.length(1);
    expect(warnings.join('\n')).to.include('outside 5–86400 s (or 0: off)');
  }).timeout(20_000);

  it('retries="1e9" retry-delay="0" against a 503 makes the default 3 retries, not a flood, over 10 s', async () => {
    const key = freshKey();
    const errors: string[] = [];
    const warnings = await warningsDuring(async () => {
      const el = await fixture<KpiElement>(html`<kpi-card retries="1e9" retry-delay="0" @kpi-error=${(e: CustomEvent) => errors.push(e.detail.kind)} src="/api/test/status/503?key=${key}"></kpi-card>`);
      await aTimeout(10_000);
      expect(shadow(el).querySelector('[role=alert]')).to.exist;
    });
    expect(await requestCount('status', key)).to.equal(4);
    expect(errors).to.deep.equal(['http']);
    expect(warnings.some((w) => w.includes('retries="1000000000"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('retry-delay="0"'))).to.equal(true);
  }).timeout(20_000);

  it('retries="abc", timeout="abc", max-bytes="abc": defaults, warnings, and the size cap still holds', async () => {
    const key = freshKey();
    const errors: string[] = [];
    const warnings = await warningsDuring(async () => {
      // 12 MB is over the default cap of 10 MB: the cap must not be disabled by "abc".
      const el = await fixture<KpiElement>(html`<kpi-card retries="abc" timeout="abc" max-bytes="abc" @kpi-error=${(e: CustomEvent) => errors.push(e.detail.kind)} src="/api/test/big?bytes=12000000&key=${key}"></kpi-card>`);
      await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error state', { timeout: 10_000 });
      expect(textOf(el)).to.include('larger than 10 MB');
    });
    expect(errors).to.deep.equal(['too-large']);
    for (const name of ['retries', 'timeout', 'max-bytes']) expect(warnings.some((w) => w.includes(`${name}="NaN"`) || w.includes(`${name}="abc"`)), name).to.equal(true);
    expect(warnings.join('\n')).not.to.include('NaN s');
  });

  it('metric="constructor", "__proto__" and "toString" are unknown metrics, listing the known ones', async () => {
    const { json } = await sampleData();
    for (const metric of ['constructor', '__proto__', 'toString']) {
      const errors: string[] = [];
      const escapes = await escapesDuring(async () => {
        const el = await fixture<KpiElement>(html`<kpi-card metric=${metric} .data=${json} @kpi-error=${(e: CustomEvent) => errors.push(e.detail.message)}></kpi-card>`);
        await rendered(el);
        await waitUntil(() => shadow(el).querySelector('[role=alert]'), `no error for ${metric}`);
        expect(textOf(el)).to.include(`Unknown metric "${metric}". Known metrics: visitors, leads,`);
      });
      expect(escapes, metric).to.deep.equal([]);
      expect(errors.length, metric).to.equal(1);
    }
  });

  it('src="http://[::1" is an error state naming the URL, not an exception', async () => {
    const errors: Array<{ kind: string; message: string }> = [];
    const escapes = await escapesDuring(async () => {
      const el = await fixture<KpiElement>(html`<kpi-card src="http://[::1" @kpi-error=${(e: CustomEvent) => errors.push(e.detail)}></kpi-card>`);
      await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error state');
      expect(textOf(el)).to.include('"http://[::1" is not a valid URL');
    });
    expect(escapes).to.deep.equal([]);
    expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
  });

  it('every attribute of every element, driven with hostile and random values, never lets an exception escape', async () => {
    const { json } = await sampleData();
    const TAGS = ['kpi-card', 'kpi-funnel', 'sla-gauge', 'economics-card', 'kpi-trend', 'kpi-breakdown', 'kpi-benchmark', 'kpi-reasons', 'kpi-bridge', 'kpi-review', 'kpi-chart', 'kpi-dashboard'];
    const ATTRIBUTES = ['metric', 'metrics', 'sla', 'period', 'channel', 'mode', 'compare', 'refresh', 'timeout', 'retries', 'retry-delay', 'max-bytes', 'periods', 'theme', 'lang', 'layout', 'data', 'split', 'kind', 'against', 'by', 'since', 'spec', 'fields', 'actions'];
    const hostile = fc.oneof(
      fc.constantFrom('', ' ', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '-1', '1e308', '0.001', '2592000', '{}', '[]', 'null', '{"sections":null}', '[object Object]', '<img src=x onerror=alert(1)>', '2026-02-30', '2026-W54', '2026-Q5', 'cohort', '0-01'),
      fc.string({ maxLength: 40 }),
    );
    const escapes = await escapesDuring(async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), hostile), { maxLength: 5 }), async (tag, attributes) => {
          const el = document.createElement(tag) as KpiElement;
          el.data = json;
          document.body.append(el);
          try {
            for (const [name, value] of attributes) el.setAttribute(name, value);
            await el.updateComplete;
            await aTimeout(0);
          } finally {
            el.remove();
          }
        }),
        { numRuns: 80, seed: 20261127 },
      );
    });
    expect(escapes).to.deep.equal([]);
  }).timeout(60_000);
});

describe('data that lies, and an empty dataset', () => {
  it('a wonAt before createdAt and a duplicate lead id are schema errors with their paths', async () => {
    const data = {
      version: 1,
      currency: 'USD',
      leads: [
        { id: 'L1', createdAt: '2026-03-10T12:00:00Z', wonAt: '2026-02-01T12:00:00Z', amount: 100 },
        { id: 'L1', createdAt: '2026-03-11T12:00:00Z' },
      ],
    };
    const errors: Array<{ kind: string; issues?: Array<{ path: string }> }> = [];
    const el = await fixture<KpiElement>(html`<kpi-card metric="sales_cycle_days" .data=${data} @kpi-error=${(e: CustomEvent) => errors.push(e.detail)}></kpi-card>`);
    await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error state');
    expect(textOf(el)).to.include('leads[0].wonAt: is before createdAt');
    expect(errors[0]!.kind).to.equal('schema');
    expect(errors[0]!.issues!.map((i) => i.path)).to.deep.equal(['leads[0].wonAt', 'leads[1].id']);
  });

  it('{"version": 1} says the dataset has no rows and no leads', async () => {
    const el = await fixture<KpiElement>(html`<kpi-card data='{"version":1}'></kpi-card>`);
    await waitUntil(() => shadow(el).querySelector('[part=empty]'), 'no empty state');
    expect(textOf(el)).to.include('The dataset has no rows and no leads.');
    expect(textOf(el)).not.to.include('0-01');
  });

  it('a label with ";" or a leading NUL downloads quoted and neutralised, and a pt-BR file reads with ";"', async () => {
    const data = { version: 1, rows: [{ period: '2026-03', channel: 'paid;search', leads: 3 }, { period: '2026-03', channel: '\u0000=1+1', leads: 2 }] };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><kpi-breakdown metric="leads" .data=${data}></kpi-breakdown></div>`);
    const el = wrapper.firstElementChild as KpiElement;
    await rendered(el);
    const csvButton = await menuItem(el, 'Baixar CSV');
    const csv = await downloadedCsv(el, () => csvButton.click());
    expect(csv.split('\r\n')).to.deep.equal(['Canal;Leads', '"paid;search";3', "'\u0000=1+1;2", '']);
  });
});
