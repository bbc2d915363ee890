// Memory over data refreshes of the whole dashboard (DESIGN.md §10, RELIABILITY.md row 24),
// for both ways a page refreshes it: a new `data` property, and a poll of `src` (fetch,
// parse, validate). JS heap, event listeners and DOM nodes after a full GC, measured after
// FROM refreshes (caches warm) and again after TO: the slope between must be flat within 2%.
//   npm run bench:memory   (BENCH_FROM=500 BENCH_TO=3000 BENCH_SOURCES=data,src)
import { REUSE_MS } from '../dist/elements/shared/shared-requests.js';
import { launch, serve } from './browser.mjs';

const FROM = Number(process.env.BENCH_FROM ?? 500);
const TO = Number(process.env.BENCH_TO ?? 3000);
const SOURCES = (process.env.BENCH_SOURCES ?? 'data,src').split(',');
const FLAT = 0.02;

const { server, origin } = await serve();
const browser = await launch();
let flat = true;
try {
  for (const source of SOURCES) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/bench/pages/dashboard.html?source=${source}`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
    const measure = async () => {
      // A settled answer serves newcomers for REUSE_MS (shared-requests.ts): measured within
      // it, the last poll's payload is still held, and the heap swings by ±10% from run to run.
      await new Promise((resolve) => setTimeout(resolve, REUSE_MS + 500));
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value;
      return { heapMB: get('JSHeapUsedSize') / 1e6, listeners: get('JSEventListeners'), nodes: get('Nodes') };
    };
    const refreshTo = async (target, done) => {
      for (let at = done; at < target; at += 100) {
        await page.evaluate((n) => window.refresh(n), Math.min(100, target - at));
        process.stdout.write(`\r${source}: ${Math.min(at + 100, target)} refreshes`);
      }
    };
    const started = Date.now();
    await refreshTo(FROM, 0);
    const start = await measure();
    await refreshTo(TO, FROM);
    const end = await measure();
    const seconds = (Date.now() - started) / 1000;
    console.log(`\n\n${source === 'src' ? 'polling src (reload: fetch, parse, validate)' : 'a new data property'}: ${TO} refreshes of a ${await page.evaluate(() => window.widgetCount())}-widget dashboard in ${seconds.toFixed(0)} s\n`);
    console.log(`| measure | after ${FROM} | after ${TO} | change |\n|---|---:|---:|---:|`);
    for (const key of ['heapMB', 'listeners', 'nodes']) {
      const change = (end[key] - start[key]) / start[key];
      flat &&= Math.abs(change) <= FLAT;
      console.log(`| ${key === 'heapMB' ? 'JS heap (MB)' : key === 'listeners' ? 'event listeners' : 'DOM nodes'} | ${start[key].toFixed(key === 'heapMB' ? 2 : 0)} | ${end[key].toFixed(key === 'heapMB' ? 2 : 0)} | ${(change * 100).toFixed(2)}% |`);
    }
    await page.close();
  }
  console.log(flat ? `\nflat within ${FLAT * 100}%` : `\nNOT FLAT: something grows by more than ${FLAT * 100}% with refreshes`);
  if (!flat) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
