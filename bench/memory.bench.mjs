// 1,000 data refreshes of the whole dashboard (DESIGN.md §10, RELIABILITY.md row 24):
// JS heap, event listeners and DOM nodes, after a full GC, at the start and the end.
// Flat means within 10%.   Run: npm run build && node bench/memory.bench.mjs
import { launch, serve } from './browser.mjs';

const REFRESHES = Number(process.env.BENCH_REFRESHES ?? 1000);
const { server, origin } = await serve();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/bench/pages/dashboard.html`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });

  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name).value;
    return { heapMB: get('JSHeapUsedSize') / 1e6, listeners: get('JSEventListeners'), nodes: get('Nodes') };
  };

  // Warm up: the first refreshes fill caches (Intl formatters, compiled styles, vega's).
  await page.evaluate((n) => window.refresh(n), 20);
  const start = await measure();
  const started = Date.now();
  for (let done = 0; done < REFRESHES; done += 100) {
    await page.evaluate((n) => window.refresh(n), Math.min(100, REFRESHES - done));
    process.stdout.write(`\r${done + 100} refreshes`);
  }
  const seconds = (Date.now() - started) / 1000;
  const end = await measure();
  console.log(`\n\n${REFRESHES} refreshes of a ${await page.evaluate(() => window.widgetCount())}-widget dashboard in ${seconds.toFixed(0)} s\n`);
  console.log('| measure | start | end | change |\n|---|---:|---:|---:|');
  let flat = true;
  for (const key of ['heapMB', 'listeners', 'nodes']) {
    const change = (end[key] - start[key]) / start[key];
    flat &&= Math.abs(change) <= 0.1;
    console.log(`| ${key === 'heapMB' ? 'JS heap (MB)' : key === 'listeners' ? 'event listeners' : 'DOM nodes'} | ${start[key].toFixed(key === 'heapMB' ? 1 : 0)} | ${end[key].toFixed(key === 'heapMB' ? 1 : 0)} | ${(change * 100).toFixed(1)}% |`);
  }
  console.log(flat ? '\nflat within 10%' : '\nNOT FLAT: something grows with refreshes');
  if (!flat) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
