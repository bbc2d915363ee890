import { expect } from '@open-wc/testing';
import '../../src/define/kpi-card.js';
import type { KpiErrorEvent } from '../../src/elements/contract/events.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { aTimeout, fixture, freshKey, html, oneEvent, rendered, requestCount, sampleData, shadow, textOf, waitUntil } from './helpers.js';

// RELIABILITY.md rows 1, 2 and 15–23, 29, 30, against the real test server
// (test/support/test-api.mjs). Retries are made fast with the smallest retry-delay accepted.

async function failure(el: KpiCard): Promise<KpiErrorEvent['detail']> {
  const event = await oneEvent(el, 'kpi-error');
  await el.updateComplete;
  return event.detail;
}

function card(src: string, extra: Partial<KpiCard> = {}): KpiCard {
  const el = document.createElement('kpi-card');
  Object.assign(el, { metric: 'mqls', retryDelay: 100, ...extra });
  el.src = src;
  return el;
}

async function mount(el: KpiCard): Promise<KpiCard> {
  await fixture(html`<div></div>`).then((host) => host.append(el));
  return el;
}

describe('getting the data', () => {
  it('row 1: malformed JSON in the data attribute is a parse error naming the attribute', async () => {
    const el = document.createElement('kpi-card');
    el.setAttribute('data', '{"version": 1, rows: []}');
    setTimeout(() => document.body.append(el));
    const detail = await failure(el);
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.include('data attribute');
    const alert = shadow(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('not valid JSON');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('row 2: data attribute and property, the last write wins', async () => {
    const a = { version: 1, rows: [{ period: '2026-03', mqls: 11 }] };
    const b = { version: 1, rows: [{ period: '2026-03', mqls: 22 }] };
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" data=${JSON.stringify(a)}></kpi-card>`);
    await rendered(el);
    expect(el.result!.metrics.mqls!.value).to.equal(11);
    el.data = b;
    await el.updateComplete;
    expect(el.result!.metrics.mqls!.value).to.equal(22);
    el.setAttribute('data', JSON.stringify(a));
    await el.updateComplete;
    expect(el.result!.metrics.mqls!.value).to.equal(11);
  });

  it('row 3: a schema violation is kind "schema", with readable paths', async () => {
    const el = document.createElement('kpi-card');
    setTimeout(() => {
      el.data = { version: 1, rows: [{ period: '2026-03' }, { period: '2026-03', mqls: -4 }] };
      document.body.append(el);
    });
    const detail = await failure(el);
    expect(detail.kind).to.equal('schema');
    expect(detail.issues).to.deep.equal([{ path: 'rows[1].mqls', message: 'expected a non-negative integer' }]);
    expect(textOf(el)).to.include('rows[1].mqls: expected a non-negative integer');
    el.remove();
  });

  it('row 15: network errors are retried with backoff, then kind "network"', async () => {
    const el = card('http://127.0.0.1:9/unreachable.json', { retries: 2 });
    setTimeout(() => mount(el));
    const detail = await failure(el);
    expect(detail.kind).to.equal('network');
    expect(shadow(el).querySelector('[role=alert]')).to.exist;
  });

  for (const status of [401, 403, 404, 422]) {
    it(`row 16: HTTP ${status} is not retried; kind "http" with the status`, async () => {
      const key = freshKey();
      const el = card(`/api/test/status/${status}?key=${key}`);
      setTimeout(() => mount(el));
      const detail = await failure(el);
      expect(detail).to.include({ kind: 'http', status });
      if (status === 401 || status === 403) expect(detail.message).to.include('sign in');
      expect(await requestCount('status', key)).to.equal(1);
      await expect(el).to.be.accessible();
    });
  }

  it('row 17: 429 and 503 wait for Retry-After, then retry', async () => {
    for (const status of [429, 503]) {
      const key = freshKey();
      const started = performance.now();
      const el = card(`/api/test/flaky?key=${key}&fail=1&status=${status}&retry-after=1`);
      setTimeout(() => mount(el));
      await oneEvent(el, 'kpi-load');
      expect(performance.now() - started).to.be.greaterThan(900);
      expect(await requestCount('flaky', key)).to.equal(2);
    }
  });

  it('row 18: 5xx is retried with backoff, then an error state', async () => {
    const recovered = freshKey();
    const el = card(`/api/test/flaky?key=${recovered}&fail=2&status=502`);
    setTimeout(() => mount(el));
    await oneEvent(el, 'kpi-load');
    expect(await requestCount('flaky', recovered)).to.equal(3);

    const key = freshKey();
    const failing = card(`/api/test/status/500?key=${key}`, { retries: 2 });
    setTimeout(() => mount(failing));
    const detail = await failure(failing);
    expect(detail).to.include({ kind: 'http', status: 500 });
    expect(await requestCount('status', key)).to.equal(3);
  });

  it('row 19: an HTML sign-in page with status 200 is kind "content-type", never parsed', async () => {
    const el = card(`/api/test/signin?key=${freshKey()}`);
    setTimeout(() => mount(el));
    const detail = await failure(el);
    expect(detail.kind).to.equal('content-type');
    expect(detail.message).to.include('sign-in page');
    const disguised = card(`/api/test/html-as-json?key=${freshKey()}`);
    setTimeout(() => mount(disguised));
    const parse = await failure(disguised);
    expect(parse.kind).to.equal('parse');
    expect(parse.message).to.include('HTML');
  });

  it('row 20: a hung server hits the timeout, after saying it is still loading', async () => {
    const el = card(`/api/test/hang?key=${freshKey()}&ms=20000`, { timeout: 4000, retries: 0 });
    await mount(el);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.include('Loading');
    await waitUntil(() => textOf(el).includes('Still loading'), 'no "still loading" after 3 s', { timeout: 3800 });
    const detail = await failure(el);
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.include('within 4 s');
  });

  it('row 21: src changed twice quickly, answers out of order: only the latest is rendered', async () => {
    const el = card(`/api/test/dataset?key=${freshKey()}&label=first&leads=1&delay=600`);
    el.metric = 'leads';
    await mount(el);
    el.src = `/api/test/dataset?key=${freshKey()}&label=second&leads=2&delay=300`;
    await el.updateComplete;
    el.src = `/api/test/dataset?key=${freshKey()}&label=third&leads=3&delay=0`;
    await oneEvent(el, 'kpi-load');
    await aTimeout(800);
    expect(el.result!.metrics.leads!.value).to.equal(3);
  });

  it('row 22: a removed element renders nothing late; reconnected, it loads again', async () => {
    const key = freshKey();
    const el = card(`/api/test/sample?key=${key}&delay=400`);
    await mount(el);
    el.remove();
    await aTimeout(600);
    expect(el.result).to.equal(undefined);
    document.body.append(el);
    await oneEvent(el, 'kpi-load');
    expect(el.result!.metrics.mqls!.value).to.be.a('number');
    el.remove();
  });

  it("row 22: the request's signal is aborted on removal", async () => {
    let signal: AbortSignal | undefined;
    const el = card(`/api/test/sample?key=${freshKey()}&delay=500`);
    el.fetch = (input, init) => {
      signal = init?.signal ?? undefined;
      return window.fetch(input, init);
    };
    await mount(el);
    await waitUntil(() => signal !== undefined);
    el.remove();
    expect(signal!.aborted).to.equal(true);
  });

  it('row 23: no polling while the page is hidden; one refresh on return', async () => {
    const key = freshKey();
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    try {
      // 5 s is the shortest refresh the element accepts.
      const el = card(`/api/test/sample?key=${key}`, { refresh: 5 });
      await mount(el);
      await oneEvent(el, 'kpi-load');
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      const whileHidden = await requestCount('sample', key);
      await aTimeout(6000);
      expect(await requestCount('sample', key)).to.equal(whileHidden);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await oneEvent(el, 'kpi-load');
      expect(await requestCount('sample', key)).to.equal(whileHidden + 1);
      el.remove();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  }).timeout(30_000);

  it('keeps the last good data, marked stale, when a refresh fails', async () => {
    const { json } = await sampleData();
    let calls = 0;
    const el = card('/api/stale-test.json', { refresh: 5, retries: 0 });
    el.fetch = async () => (++calls === 1 ? new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } }) : new Response('down', { status: 500 }));
    await mount(el);
    await oneEvent(el, 'kpi-load');
    const detail = await failure(el);
    expect(detail.stale).to.equal(true);
    expect(shadow(el).querySelector('[part=stale]')!.textContent).to.include('latest refresh failed');
    expect(shadow(el).querySelector('[part=value]')).to.exist;
    el.remove();
  }).timeout(30_000);

  it('row 29: several elements with the same src make one request, each with its own state', async () => {
    const key = freshKey();
    const src = `/api/test/sample?key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-card metric="mqls" src=${src}></kpi-card>
      <kpi-card metric="cac" src=${src}></kpi-card>
      <kpi-card metric="leads" src=${src} period="2019-01"></kpi-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('kpi-card')];
    for (const c of cards) await rendered(c);
    expect(await requestCount('sample', key)).to.equal(1);
    expect(cards[2]!.result!.empty).to.equal(true);
    expect(cards[0]!.result!.empty).to.equal(false);
  });

  it('reload() right after an answer fetches again (a shared answer serves newcomers, never a reload)', async () => {
    const key = freshKey();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" src="/api/test/sample?key=${key}"></kpi-card>`);
    await rendered(el);
    const first = el.currentDataset;
    const loaded = oneEvent(el, 'kpi-load');
    el.reload();
    await loaded;
    expect(await requestCount('sample', key)).to.equal(2);
    expect(el.currentDataset).to.not.equal(first, 'a new answer, validated again');
  });

  it('row 29: removing one of several elements sharing a request leaves the others loading', async () => {
    const key = freshKey();
    const src = `/api/test/sample?delay=400&key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-card metric="mqls" src=${src}></kpi-card>
      <kpi-card metric="cac" src=${src}></kpi-card>
    </div>`);
    const [leaving, staying] = [...wrapper.querySelectorAll('kpi-card')];
    await aTimeout(50);
    leaving!.remove();
    await rendered(staying!);
    expect(staying!.result, 'the remaining card got the shared answer').to.exist;
    expect(shadow(staying!).querySelector('[role=alert]')).to.equal(null);
    expect(await requestCount('sample', key)).to.equal(1);
  });

  it('one failed request shared by three elements is one alert (heard once), each element showing the error', async () => {
    const key = freshKey();
    const src = `/api/test/status/404?key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>${['mqls', 'cac', 'leads'].map((metric) => html`<kpi-card metric=${metric} src=${src}></kpi-card>`)}</div>`);
    const cards = [...wrapper.querySelectorAll('kpi-card')];
    await waitUntil(() => cards.every((el) => shadow(el).querySelector('[part=error] button')), 'not every card shows the error', { timeout: 10_000 });
    expect(await requestCount('status', key)).to.equal(1);
    expect(cards.map((el) => shadow(el).querySelectorAll('[role=alert]').length)).to.deep.equal([1, 0, 0]);
    expect(cards.every((el) => textOf(el).includes('The server answered 404'))).to.equal(true);
    // Each "Try again" is told apart by the element's title.
    expect(shadow(cards[1]!).querySelector('[part=error] button')!.getAttribute('aria-describedby')).to.equal('title');
  });

  it('"Try again" keeps the keyboard on the element: focus waits on its article through the reload', async () => {
    const key = freshKey();
    const el = card(`/api/test/flaky?key=${key}&fail=1&status=404`);
    setTimeout(() => mount(el));
    await failure(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part=error] button')!;
    button.focus();
    const loaded = oneEvent(el, 'kpi-load');
    button.click();
    expect(shadow(el).activeElement?.localName).to.equal('article');
    await loaded;
    await rendered(el);
    expect(document.activeElement === el && shadow(el).activeElement?.localName === 'article').to.equal(true);
    el.remove();
  });

  it('row 30: a response over the size cap is kind "too-large", nothing parsed', async () => {
    const el = card(`/api/test/big?key=${freshKey()}&bytes=50000`, { maxBytes: 10_000 });
    setTimeout(() => mount(el));
    const detail = await failure(el);
    expect(detail.kind).to.equal('too-large');
  });
});
