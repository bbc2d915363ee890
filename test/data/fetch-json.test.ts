import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchJson, parseJsonBytes, type FetchOptions } from '../../src/elements/data/fetch-json.js';
import { KpiLoadError } from '../../src/elements/contract/load-error.js';
import { startAttempt } from '../../src/elements/data/start-attempt.js';

// The elements' fetch (src/elements/data/fetch-json.ts) against a real HTTP server, in
// Node, which has the same fetch, streams and AbortController as a page: each fault of
// RELIABILITY.md, and each bound (retries, Retry-After, size, time).

const hits = new Map<string, number>();
type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;
const json = (res: ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body);
};
const ROUTES: Record<string, Route> = {
  '/ok': (_, res) => json(res, '{"version":1}'),
  '/flaky': (_, res, hit) => (hit <= 2 ? json(res, '{}', 503) : json(res, '{"after":2}')),
  '/404': (_, res) => json(res, '{}', 404, {}),
  '/401': (_, res) => json(res, '{}', 401),
  '/403': (_, res) => json(res, '{}', 403),
  '/400': (_, res) => {
    res.statusMessage = 'Bad Request';
    json(res, '{}', 400);
  },
  // Retry-After as an HTTP date, about a second ahead (whole seconds: the date has no more).
  '/429-date': (_, res, hit) => (hit === 1 ? json(res, '{}', 429, { 'Retry-After': new Date(Date.now() + 2000).toUTCString() }) : json(res, '{"ok":true}')),
  '/429-bare': (_, res, hit) => (hit === 1 ? json(res, '{}', 429) : json(res, '{"ok":true}')),
  '/503-after': (_, res, hit) => (hit === 1 ? json(res, '{}', 503, { 'Retry-After': '1' }) : json(res, '{"ok":true}')),
  '/500-after': (_, res, hit) => (hit === 1 ? json(res, '{}', 500, { 'Retry-After': '5' }) : json(res, '{"ok":true}')),
  '/no-type': (_, res) => {
    res.writeHead(200);
    res.end('{}');
  },
  // Headers, then a body that stalls past the timeout.
  '/stall-body': (_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"a":');
    setTimeout(() => res.end('1}'), 2000);
  },
  // A body in two chunks, within the cap.
  '/streamed-ok': (_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"first":"' + 'a'.repeat(100));
    setTimeout(() => res.end('","second":2}'), 10);
  },
  '/429': (_, res, hit) => (hit === 1 ? json(res, '{}', 429, { 'Retry-After': '1' }) : json(res, '{"ok":true}')),
  '/500': (_, res) => json(res, '{}', 500),
  '/html': (_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Sign in</title>');
  },
  '/text': (_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('hello');
  },
  '/html-as-json': (_, res) => json(res, '<html>Sign in</html>'),
  '/bad-json': (_, res) => json(res, '{"a":"<b>"'),
  '/declared-big': (_, res) => json(res, `"${'x'.repeat(5000)}"`, 200, { 'Content-Length': '5002' }),
  // Chunked, no Content-Length: the cap must hold while streaming.
  '/streamed-big': (_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(`"${'x'.repeat(3000)}`);
    setTimeout(() => res.end(`${'x'.repeat(3000)}"`), 10);
  },
  '/exactly': (_, res) => json(res, '"12345678"', 200, { 'Content-Length': '10' }),
  '/slow': (_, res) => setTimeout(() => json(res, '{}'), 2000),
};

let base = '';
const server = createServer((req, res) => {
  const path = new URL(req.url!, 'http://x').pathname;
  const key = req.url!;
  const hit = (hits.get(key) ?? 0) + 1;
  hits.set(key, hit);
  const route = ROUTES[path];
  if (route) route(req, res, hit);
  else json(res, '{}', 404);
});
before(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve(void (base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`)))));
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

let unique = 0;
/** A URL no other test has asked for, so hit counts are this test's. */
const url = (path: string) => `${base}${path}?n=${unique++}`;
const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ fetch: globalThis.fetch, signal: new AbortController().signal, timeout: 5000, maxBytes: 10_000, retries: 3, retryDelay: 10, ...extra });

async function failure(promise: Promise<unknown>): Promise<KpiLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KpiLoadError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('fetchJson', () => {
  it('reads JSON, asking for JSON', async () => {
    let accept = '';
    const spy: typeof fetch = (input, init) => {
      accept = new Headers(init?.headers).get('Accept') ?? '';
      return fetch(input, init);
    };
    assert.deepEqual(await fetchJson(url('/ok'), options({ fetch: spy })), { version: 1 });
    assert.equal(accept, 'application/json');
  });

  it('retries a 5xx with backoff, and answers once the server does', async () => {
    const u = url('/flaky');
    assert.deepEqual(await fetchJson(u, options()), { after: 2 });
    assert.equal(hits.get(u.slice(base.length)), 3);
  });

  it('gives up after `retries` further attempts, with the last error', async () => {
    const u = url('/500');
    const error = await failure(fetchJson(u, options({ retries: 2 })));
    assert.equal(error.kind, 'http');
    assert.equal(error.extra.status, 500);
    assert.equal(hits.get(u.slice(base.length)), 3, 'the first attempt and exactly two retries');
  });

  it('never retries other 4xx, and says what to do', async () => {
    const u = url('/404');
    const error = await failure(fetchJson(u, options()));
    assert.equal(hits.get(u.slice(base.length)), 1);
    assert.match(error.message, /answered 404.*Check the src URL/);
    assert.match((await failure(fetchJson(url('/401'), options()))).message, /sign in/);
    assert.match((await failure(fetchJson(url('/403'), options()))).message, /sign in/);
    assert.equal((await failure(fetchJson(url('/400'), options()))).message, 'The server answered 400 Bad Request. The server refused the request.');
    const server = await failure(fetchJson(url('/500'), options({ retries: 0 })));
    assert.equal(server.message, 'The server answered 500 Internal Server Error. The server had a problem; try again later.');
  });

  it('reads Retry-After as an HTTP date too, only on 429 and 503, and backs off without it', async () => {
    let started = Date.now();
    assert.deepEqual(await fetchJson(url('/429-date'), options({ retryDelay: 1 })), { ok: true });
    assert.ok(Date.now() - started >= 900, `waited until the date (${Date.now() - started} ms)`);
    started = Date.now();
    assert.deepEqual(await fetchJson(url('/503-after'), options({ retryDelay: 1 })), { ok: true });
    assert.ok(Date.now() - started >= 950, 'a 503 with Retry-After waits for it');
    started = Date.now();
    assert.deepEqual(await fetchJson(url('/500-after'), options({ retryDelay: 1 })), { ok: true });
    assert.ok(Date.now() - started < 2000, 'a 500 backs off, ignoring Retry-After');
    started = Date.now();
    assert.deepEqual(await fetchJson(url('/429-bare'), options({ retryDelay: 400 })), { ok: true });
    assert.ok(Date.now() - started >= 200, 'without Retry-After: the backoff, at least half the base delay');
  });

  it('waits as long as Retry-After says on a 429, then retries', async () => {
    const started = Date.now();
    assert.deepEqual(await fetchJson(url('/429'), options({ retryDelay: 1 })), { ok: true });
    assert.ok(Date.now() - started >= 950, 'waited the second Retry-After asked for');
  });

  it('refuses what is not JSON: a sign-in page by its content type, HTML sent as JSON, malformed JSON', async () => {
    const page = await failure(fetchJson(url('/html'), options()));
    assert.equal(page.kind, 'content-type');
    assert.match(page.message, /sign-in page/);
    const text = await failure(fetchJson(url('/text'), options()));
    assert.equal(text.kind, 'content-type');
    assert.equal(text.message, 'Expected JSON, but the server sent text/plain.');
    assert.equal((await failure(fetchJson(url('/no-type'), options()))).message, 'Expected JSON, but the server sent no content type.');
    const htmlJson = await failure(fetchJson(url('/html-as-json'), options()));
    assert.equal(htmlJson.kind, 'parse');
    assert.match(htmlJson.message, /looks like HTML/);
    const bad = await failure(fetchJson(url('/bad-json'), options()));
    assert.equal(bad.kind, 'parse');
    assert.doesNotMatch(bad.message, /HTML/, 'a "<" inside the JSON is not a page');
  });

  it('refuses a body over maxBytes, by its Content-Length or while it streams, and accepts one exactly at it', async () => {
    for (const path of ['/declared-big', '/streamed-big']) {
      const error = await failure(fetchJson(url(path), options({ maxBytes: 4000 })));
      assert.equal(error.kind, 'too-large', path);
      assert.match(error.message, /^The response is larger than 4,000 bytes, the limit set for this element; nothing was read\. Raise max-bytes/);
    }
    assert.match((await failure(fetchJson(url('/declared-big'), options({ maxBytes: 3000 })))).message, /3,000 bytes/);
    assert.deepEqual(await fetchJson(url('/streamed-ok'), options()), { first: 'a'.repeat(100), second: 2 }, 'chunks joined in order');
    assert.equal(await fetchJson(url('/exactly'), options({ maxBytes: 10 })), '12345678');
    assert.equal((await failure(fetchJson(url('/exactly'), options({ maxBytes: 9 })))).kind, 'too-large');
  });

  it('stops an attempt at its timeout, before the headers or during the body, as a network error naming the wait', async () => {
    for (const path of ['/slow', '/stall-body']) {
      const error = await failure(fetchJson(url(path), options({ timeout: 1000, retries: 0 })));
      assert.equal(error.kind, 'network', path);
      assert.equal(error.message, 'No answer from the server within 1 s.', path);
    }
  });

  it('retries a network failure, and says it may be CORS', async () => {
    let calls = 0;
    const down: typeof fetch = () => {
      calls++;
      return Promise.reject(new TypeError('fetch failed'));
    };
    const error = await failure(fetchJson(url('/ok'), options({ fetch: down, retries: 2 })));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /CORS/);
    assert.equal(calls, 3);
  });

  it('rejects with an AbortError when the caller aborts, and retries no more', async () => {
    const controller = new AbortController();
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const pending = fetchJson(url('/slow'), options({ signal: controller.signal, fetch: counting }));
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(calls, 1);
    // Aborted during a backoff: the wait ends at once.
    const backoff = new AbortController();
    const during = fetchJson(url('/500'), options({ signal: backoff.signal, retryDelay: 60_000 }));
    setTimeout(() => backoff.abort(), 100);
    await assert.rejects(during, { name: 'AbortError' });
    // Aborted while an attempt fails: the backoff does not even start.
    const early = new AbortController();
    const abortingThen500: typeof fetch = async () => {
      early.abort();
      return new Response('{}', { status: 500, headers: { 'Content-Type': 'application/json' } });
    };
    const started = Date.now();
    await assert.rejects(fetchJson(url('/ok'), options({ signal: early.signal, fetch: abortingThen500, retryDelay: 60_000 })), { name: 'AbortError' });
    assert.ok(Date.now() - started < 1000);
  });

  it('reads the first attempt the caller started (an element, before this code loaded), and starts new ones for retries', async () => {
    const u = url('/flaky');
    const first = startAttempt(u, globalThis.fetch, new AbortController().signal, 5000);
    await new Promise((resolve) => setTimeout(resolve, 50)); // answered (503) before anyone reads it
    assert.equal(hits.get(u.slice(base.length)), 1);
    assert.deepEqual(await fetchJson(u, options({ first })), { after: 2 });
    assert.equal(hits.get(u.slice(base.length)), 3, 'the started attempt, then two retries: no second first attempt');
    const ok = url('/ok');
    const started = startAttempt(ok, globalThis.fetch, new AbortController().signal, 5000);
    assert.deepEqual(await fetchJson(ok, options({ first: started })), { version: 1 });
    assert.equal(hits.get(ok.slice(base.length)), 1);
  });

  it("a started attempt keeps its own timeout, and follows the caller's signal", async () => {
    const slow = startAttempt(url('/slow'), globalThis.fetch, new AbortController().signal, 1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal(slow.timedOut, true);
    const error = await failure(fetchJson(url('/slow'), options({ first: slow, retries: 0, timeout: 1000 })));
    assert.equal(error.message, 'No answer from the server within 1 s.');
    const controller = new AbortController();
    const aborted = startAttempt(url('/slow'), globalThis.fetch, controller.signal, 5000);
    controller.abort();
    await assert.rejects(fetchJson(url('/slow'), options({ first: aborted, signal: controller.signal })), { name: 'AbortError' });
    assert.equal(aborted.timedOut, false);
  });

  it("an attempt that is over lets go of the caller's signal and of its timer", async () => {
    let own: AbortSignal | undefined;
    const spy: typeof fetch = (input, init) => {
      own = init?.signal ?? undefined;
      return fetch(input, init);
    };
    const caller = new AbortController();
    const first = startAttempt(url('/ok'), spy, caller.signal, 200);
    assert.deepEqual(await fetchJson(url('/ok'), options({ first, signal: caller.signal })), { version: 1 });
    caller.abort();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(own!.aborted, false, 'neither the caller nor the timeout reaches an attempt that is over');
    assert.equal(first.timedOut, false);
  });

  it('a fetch that throws instead of rejecting fails its attempt the same way', async () => {
    const throwing = (() => {
      throw new TypeError('no network here');
    }) as typeof fetch;
    const error = await failure(fetchJson(url('/ok'), options({ first: startAttempt(url('/ok'), throwing, new AbortController().signal, 5000), fetch: throwing, retries: 0 })));
    assert.equal(error.kind, 'network');
  });

  it('hands the bytes to `decode` when given', async () => {
    const decoded = await fetchJson(url('/ok'), options({ decode: async (bytes) => bytes.byteLength }));
    assert.equal(decoded, '{"version":1}'.length);
  });
});

describe('parseJsonBytes', () => {
  it('parses UTF-8 JSON, and names HTML in its error', () => {
    assert.deepEqual(parseJsonBytes(new TextEncoder().encode('{"é":1}')), { é: 1 });
    assert.throws(() => parseJsonBytes(new TextEncoder().encode('  <html>')), (e: KpiLoadError) => e.kind === 'parse' && /HTML/.test(e.message));
  });
});
