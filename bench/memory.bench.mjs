// Memory over data refreshes of the whole dashboard (ARCHITECTURE.md, "Budgets"; RELIABILITY.md row 24),
// for both ways a page refreshes it: a new `data` property, and a poll of `src` (fetch,
// parse, validate). Measured after a full GC at three points, and each budget judged on its
// own span, within 2%:
//   - the page's own objects (a heap snapshot's objects, closures, arrays and strings),
//     event listeners and DOM nodes: flat from FROM (caches warm) to TO;
//   - the whole JS heap: flat from TO to END (by TO the engine's compiled code, which grows as
//     it optimizes more functions and is not the page's to free, has warmed up).
// Every measure is printed at all three points; the budgets' lines say met or not met.
//   npm run bench:memory   (BENCH_FROM=500 BENCH_TO=3000 BENCH_END=5500 BENCH_SOURCES=data,src)
import { REUSE_MS } from '../dist/elements/data/shared-requests.js';
import { serve } from './browser.mjs';
import { launchPipe } from './cdp-pipe.mjs';

const FROM = Number(process.env.BENCH_FROM ?? 500);
const TO = Number(process.env.BENCH_TO ?? 3000);
const END = Number(process.env.BENCH_END ?? 5500);
const SOURCES = (process.env.BENCH_SOURCES ?? 'data,src').split(',');
const FLAT = 0.02;

/** The budgets: which measure must stay flat over which span. */
const BUDGETS = [
  { key: 'snapshotObjectsMB', label: "the page's own objects", from: 'from', to: 'to' },
  { key: 'listeners', label: 'event listeners', from: 'from', to: 'to' },
  { key: 'nodes', label: 'DOM nodes', from: 'from', to: 'to' },
  { key: 'heapMB', label: 'the whole JS heap', from: 'to', to: 'end' },
];
const AT = { from: FROM, to: TO, end: END };

const ROWS = [
  ['heapMB', 'JS heap (MB)'],
  ['listeners', 'event listeners'],
  ['nodes', 'DOM nodes'],
  ['snapshotObjectsMB', "heap snapshot: the page's objects, closures, arrays and strings (MB)"],
  ['snapshotCodeMB', "heap snapshot: the engine's compiled code (MB)"],
  ['snapshotNativeMB', "heap snapshot: the browser's own (DOM, performance entries) (MB)"],
];

/**
 * A heap snapshot's self sizes by kind of node: the JS heap's growth is only a leak when the
 * page's own objects grow; compiled code grows as the engine optimizes more functions, and
 * the browser's own records (performance entries) are not the page's to free.
 */
async function heapByKind(page) {
  const chunks = [];
  const off = page.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await page.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  off();
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [typeNames] = snapshot.meta.node_types;
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const bytes = { objects: 0, code: 0, native: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = typeNames[nodes[i + type]];
    if (kind === 'synthetic') continue; // the snapshot's own roots, of no size
    bytes[kind === 'code' || kind === 'native' ? kind : 'objects'] += nodes[i + size];
  }
  return { snapshotObjectsMB: bytes.objects / 1e6, snapshotCodeMB: bytes.code / 1e6, snapshotNativeMB: bytes.native / 1e6 };
}

const { server, origin } = await serve();
let allMet = true;
let page;
try {
  for (const source of SOURCES) {
    // A browser of its own per source, with only the domains measured here enabled (cdp-pipe.mjs).
    page = await launchPipe();
    await page.send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 1000, deviceScaleFactor: 1, mobile: false });
    await page.send('Performance.enable');
    await page.send('Page.navigate', { url: `${origin}/bench/pages/dashboard.html?source=${source}` });
    // Asked from here: an evaluation sent during the navigation may land in the blank page.
    for (const started = Date.now(); !(await page.evaluate('window.benchReady === true').catch(() => false));) {
      if (Date.now() - started > 60_000) throw new Error('the dashboard was not ready in 60 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const measure = async () => {
      // A settled answer serves newcomers for REUSE_MS (shared-requests.ts): measured within
      // it, the last poll's payload is still held, and the heap swings by ±10% from run to run.
      await new Promise((resolve) => setTimeout(resolve, REUSE_MS + 500));
      await page.send('HeapProfiler.collectGarbage');
      await page.send('HeapProfiler.collectGarbage');
      const { metrics } = await page.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value;
      return { heapMB: get('JSHeapUsedSize') / 1e6, listeners: get('JSEventListeners'), nodes: get('Nodes'), ...(await heapByKind(page)) };
    };
    const refreshTo = async (target, done) => {
      for (let at = done; at < target; at += 100) {
        await page.evaluate(`window.refresh(${Math.min(100, target - at)})`);
        process.stdout.write(`\r${source}: ${Math.min(at + 100, target)} refreshes`);
      }
    };
    const started = Date.now();
    const at = {};
    await refreshTo(FROM, 0);
    at.from = await measure();
    await refreshTo(TO, FROM);
    at.to = await measure();
    await refreshTo(END, TO);
    at.end = await measure();
    const seconds = (Date.now() - started) / 1000;
    const change = (key, from, to) => (at[to][key] - at[from][key]) / at[from][key];
    const percent = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;
    console.log(`\n\n${source === 'src' ? 'polling src (reload: fetch, parse, validate)' : 'a new data property'}: ${END} refreshes of a ${await page.evaluate('window.widgetCount()')}-widget dashboard in ${seconds.toFixed(0)} s\n`);
    console.log(`| measure | after ${FROM} | after ${TO} | after ${END} | ${FROM} → ${TO} | ${TO} → ${END} |\n|---|---:|---:|---:|---:|---:|`);
    for (const [key, label] of ROWS) {
      const digits = key === 'listeners' || key === 'nodes' ? 0 : 2;
      console.log(`| ${label} | ${at.from[key].toFixed(digits)} | ${at.to[key].toFixed(digits)} | ${at.end[key].toFixed(digits)} | ${percent(change(key, 'from', 'to'))} | ${percent(change(key, 'to', 'end'))} |`);
    }
    console.log('');
    for (const budget of BUDGETS) {
      const x = change(budget.key, budget.from, budget.to);
      const met = Math.abs(x) <= FLAT;
      allMet &&= met;
      console.log(`${budget.label}, ${AT[budget.from]} → ${AT[budget.to]} refreshes: ${percent(x)} (budget: flat within ${FLAT * 100}%) ${met ? 'met' : 'NOT MET'}`);
    }
    await page.close();
    page = undefined;
  }
  console.log(allMet ? '\nevery memory budget met' : '\nmemory budget NOT MET (above)');
  if (!allMet) process.exitCode = 1;
} finally {
  await page?.close();
  server.close();
}
