// The test server's API: real HTTP answers for the elements' fetch code, one route per
// fault. Koa middleware, mounted by web-test-runner.config.mjs under /api/test/.
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../../demo/data/leads.json', import.meta.url));
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The demo pages' data where the demo server gives it (scripts/demo-server.mjs): tests open the pages in frames.
const DEMO_API = { '/api/kpis.json': sample, '/api/rows.json': readFileSync(new URL('../../demo/data/rows.json', import.meta.url)) };

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (DEMO_API[url.pathname]) {
    ctx.type = 'application/json';
    ctx.body = DEMO_API[url.pathname];
    return undefined;
  }
  if (!url.pathname.startsWith('/api/test/')) return next();
  const [, , , route, arg] = url.pathname.split('/');
  const key = url.searchParams.get('key') ?? '';
  const hits = (counts.get(`${route}:${key}`) ?? 0) + 1;
  counts.set(`${route}:${key}`, hits);
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (route) {
    case 'count': // how many requests a route got for a key
      return json(JSON.stringify({ count: counts.get(`${arg}:${key}`) ?? 0 }));
    case 'sample': {
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await sleep(delay);
      return json(sample);
    }
    case 'dataset': // a small dataset whose label says which request answered
      await sleep(Number(url.searchParams.get('delay') ?? 0));
      return json(JSON.stringify({ version: 1, rows: [{ period: '2026-03', channel: url.searchParams.get('label') ?? 'x', leads: Number(url.searchParams.get('leads') ?? 1) }] }));
    case 'status': {
      const status = Number(arg);
      if (url.searchParams.has('retry-after')) ctx.set('Retry-After', url.searchParams.get('retry-after'));
      return json(JSON.stringify({ error: status }), status);
    }
    case 'flaky': // fails `fail` times with `status`, then answers
      if (hits <= Number(url.searchParams.get('fail') ?? 1)) {
        if (url.searchParams.has('retry-after')) ctx.set('Retry-After', url.searchParams.get('retry-after'));
        return json('{}', Number(url.searchParams.get('status') ?? 500));
      }
      return json(sample);
    case 'signin': // an SSO login page, with status 200
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><form action="/login"><input name="user"></form>';
      return;
    case 'html-as-json': // HTML sent with a JSON content type
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '<html><body>Sign in</body></html>';
      return;
    case 'hang': // never answers within the test
      await sleep(Number(url.searchParams.get('ms') ?? 30_000));
      return json(sample);
    case 'big': // larger than a small cap
      return json(`{"version":1,"rows":[],"pad":"${'x'.repeat(Number(url.searchParams.get('bytes') ?? 200_000))}"}`);
    case 'many': { // the sample company with its records repeated to `n` (a payload for the worker); `broken` spoils the last
      const dataset = JSON.parse(sample.toString('utf8'));
      const n = Number(url.searchParams.get('n') ?? 30_000);
      const leads = Array.from({ length: n }, (_, i) => ({ ...dataset.leads[i % dataset.leads.length], id: `M${i}` }));
      if (url.searchParams.has('broken')) leads[n - 1].createdAt = 'yesterday';
      return json(JSON.stringify({ ...dataset, leads }));
    }
    case 'channels': { // `n` channels of summary rows in two months, the second running (asOf its day 17): a payload for the worker without records
      const n = Number(url.searchParams.get('n') ?? 50_000);
      const rows = [];
      for (let i = 0; i < n; i++) {
        rows.push({ period: '2026-02', channel: `ch-${i}`, visitors: 900 + i, leads: 90 + (i % 50), customers: i % 997, marketingSpend: 4000.1 + (i % 7) / 10 });
        rows.push({ period: '2026-03', channel: `ch-${i}`, visitors: 1000 + i, leads: 100 + (i % 50), customers: (i % 997) + 1, marketingSpend: 5000.3 + (i % 11) / 10 });
      }
      return json(JSON.stringify({ version: 1, currency: 'USD', asOf: '2026-03-17', rows }));
    }
    case 'empty-records': // `n` lead records that are all `{}`: two issues each
      return json(`{"version":1,"leads":[${Array(Number(url.searchParams.get('n') ?? 1000)).fill('{}').join(',')}]}`);
    case 'invalid': // JSON that breaks the data contract
      return json(JSON.stringify({ version: 1, rows: [{ period: 'March', leads: -1 }] }));
    case 'then-fail': // answers once, then fails with `status` (a refresh that fails: stale data)
      return hits === 1 ? json(sample) : json('{}', Number(url.searchParams.get('status') ?? 500));
    case 'hostile':
      return json(readFileSync(new URL('./hostile.json', import.meta.url)));
    default:
      ctx.status = 404;
      ctx.body = 'no such test route';
  }
}
