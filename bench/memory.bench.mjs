// Memory over data refreshes of the whole dashboard (ARCHITECTURE.md, "Budgets"; RELIABILITY.md row 24),
// for both ways a page refreshes it: a new `data` property, and a poll of `src` (fetch,
// parse, validate). JS heap, event listeners and DOM nodes after a full GC, measured after
// FROM refreshes (caches warm) and again after TO: the slope between must be flat within 2%.
// A heap snapshot at each point splits the heap by kind, so growth reads as the page's own
// objects (a leak) or the engine's compiled code and the browser's records (not the page's).
//   npm run bench:memory   (BENCH_FROM=500 BENCH_TO=3000 BENCH_SOURCES=data,src)
import { REUSE_MS } from '../dist/elements/data/shared-requests.js';
import { serve } from './browser.mjs';
import { launchPipe } from './cdp-pipe.mjs';

const FROM = Number(process.env.BENCH_FROM ?? 500);
const TO = Number(process.env.BENCH_TO ?? 3000);
const SOURCES = (process.env.BENCH_SOURCES ?? 'data,src').split(',');
const FLAT = 0.02;

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
let flat = true;
let objectsFlat = true;
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
    await refreshTo(FROM, 0);
    const start = await measure();
    await refreshTo(TO, FROM);
    const end = await measure();
    const seconds = (Date.now() - started) / 1000;
    console.log(`\n\n${source === 'src' ? 'polling src (reload: fetch, parse, validate)' : 'a new data property'}: ${TO} refreshes of a ${await page.evaluate('window.widgetCount()')}-widget dashboard in ${seconds.toFixed(0)} s\n`);
    console.log(`| measure | after ${FROM} | after ${TO} | change |\n|---|---:|---:|---:|`);
    for (const [key, label] of ROWS) {
      const change = (end[key] - start[key]) / start[key];
      if (key.startsWith('snapshot')) objectsFlat &&= key !== 'snapshotObjectsMB' || Math.abs(change) <= FLAT;
      else flat &&= Math.abs(change) <= FLAT;
      const digits = key === 'listeners' || key === 'nodes' ? 0 : 2;
      console.log(`| ${label} | ${start[key].toFixed(digits)} | ${end[key].toFixed(digits)} | ${(change * 100).toFixed(2)}% |`);
    }
    await page.close();
    page = undefined;
  }
  console.log(flat ? `\nflat within ${FLAT * 100}%` : `\nNOT FLAT: something grows by more than ${FLAT * 100}% with refreshes`);
  console.log(`the page's own objects (heap snapshot): ${objectsFlat ? 'flat' : 'NOT flat'} within ${FLAT * 100}%`);
  if (!flat) process.exitCode = 1;
} finally {
  await page?.close();
  server.close();
}
