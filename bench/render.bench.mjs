// First render of a twelve-widget dashboard from one endpoint (ARCHITECTURE.md, "Budgets"), against a
// static-HTML baseline and against raw vega drawing the same three charts, compiled
// beforehand, in one run; two floors with no elements (the core alone; the core and raw
// vega); whether the non-chart widgets are on screen before vega has loaded; and the
// static page and the dashboard (with and without a preload of its data) over a slower network.
//   Run: npm run build && node bench/render.bench.mjs
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { compile } from 'vega-lite';
import { benchmarkSpec, breakdownSpec, parseDataset, trendSpec } from '../dist/core/index.js';
import { launch, serve } from './browser.mjs';
import { chartRows } from './pages/render-rows.js';
import { ms, ratio } from './timing.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const chunks = readdirSync('dist/cdn');
const vegaChunk = chunks.find((f) => /^vega-runtime-.*\.js$/.test(f));

// The raw page's specs: the kit's own builders with rows from the core, so both draw the same.
const dataset = parseDataset(JSON.parse(readFileSync('demo/data/leads.json', 'utf8'))).dataset;
const rows = chartRows(dataset);
// The raw page gets vega specs: vega-lite compiles them here, as the kit's build compiles its templates.
const withRows = (spec, values) => compile({ ...spec, width: 600, datasets: { table: values } }).spec;
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/render-specs.json', JSON.stringify({
  trend: withRows(trendSpec({ valueTitle: 'MQLs', valueFormat: ',.0f', width: 600, periodTitle: 'Period', targetTitle: 'Target', toDateTitle: 'to date', series: ['this period'], target: 95 }), rows.trend),
  breakdown: withRows(breakdownSpec({ valueTitle: 'CAC', valueFormat: ',.0f', width: 600, channelTitle: 'Channel' }), rows.breakdown),
  benchmark: withRows(benchmarkSpec({ width: 600, valueTitle: 'Value', bandTitle: 'Benchmark', scaleTitle: 'against the benchmark', verdicts: ['better', 'within', 'worse'], colors: ['#1a7a3a', '#566070', '#b02a20'] }), rows.benchmark),
}));

// The floor pages' scripts, each bundled with the core into one minified file, as a page would ship it.
for (const name of ['render-core', 'render-core-vega']) {
  await build({ logLevel: 'silent', configFile: false, build: { outDir: 'bench/.out', emptyOutDir: false, minify: true, lib: { entry: `bench/pages/${name}.js`, formats: ['es'], fileName: () => `${name}.js` }, rolldownOptions: { output: { minify: true } } } });
}

/** A page of bench/pages written to bench/.out with one piece of it replaced. */
const variant = (page, name, from, to) => writeFileSync(`bench/.out/${name}`, readFileSync(`bench/pages/${page}`, 'utf8').replace(from, to));
// The raw page's charts, their rows computed in the browser by the bundled core.
variant('render-vega.html', 'render-core-vega.html', '/bench/pages/render-vega.js', '/bench/.out/render-core-vega.js');
// The dashboard page with a preload of its endpoint (README: "Loading faster").
variant('render-dashboard.html', 'render-dashboard-preload.html', '<title>', '<link rel="preload" href="/api/kpis.json" as="fetch" crossorigin />\n    <title>');

const { server, origin } = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The same pages over a slower network: every request waits LATENCY_MS, at 20 Mbit/s.
const LATENCY_MS = 100;
const MBIT = 20;

async function measure(path, { latency = false } = {}) {
  const widgets = [];
  const charts = [];
  const vegaLoaded = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    if (latency) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: (MBIT * 1e6) / 8, uploadThroughput: (MBIT * 1e6) / 8 });
    }
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => window.chartsAt !== undefined, null, { timeout: 60_000 });
    const t = await page.evaluate(() => ({ widgets: window.widgetsAt, charts: window.chartsAt, vega: performance.getEntriesByType('resource').find((e) => /\/vega-runtime-[^/]*\.js$/.test(e.name))?.responseEnd }));
    widgets.push(t.widgets);
    charts.push(t.charts);
    if (t.vega !== undefined) vegaLoaded.push(t.vega);
    await page.close();
  }
  return { widgets: median(widgets), charts: median(charts), vega: vegaLoaded.length ? median(vegaLoaded) : undefined, widgetsBeforeVega: vegaLoaded.length ? widgets.every((w, i) => w < vegaLoaded[i]) : undefined };
}

try {
  const baseline = await measure('/bench/pages/render-static.html');
  const coreAlone = await measure('/bench/pages/render-core.html');
  const dashboard = await measure('/bench/pages/render-dashboard.html');
  const raw = await measure(`/bench/pages/render-vega.html?chunk=${vegaChunk}`);
  const coreVega = await measure(`/bench/.out/render-core-vega.html?chunk=${vegaChunk}`);
  const slow = {
    baseline: await measure('/bench/pages/render-static.html', { latency: true }),
    dashboard: await measure('/bench/pages/render-dashboard.html', { latency: true }),
    preloaded: await measure('/bench/.out/render-dashboard-preload.html', { latency: true }),
  };
  console.log(`Chromium, ${RUNS} page loads each, medians, ms from navigation start\n`);
  console.log('| page | non-chart widgets on screen | charts drawn | vega loaded |\n|---|---:|---:|---:|');
  console.log(`| static HTML: fetches the same JSON, writes precomputed numbers in twelve boxes (baseline) | ${ms(baseline.widgets)} | — | — |`);
  console.log(`| the core alone, no elements: fetches the same JSON, validates it, computes the metric set once, writes twelve numbers | ${ms(coreAlone.widgets)} | — | — |`);
  console.log(`| <kpi-dashboard>, 12 widgets from one endpoint | ${ms(dashboard.widgets)} | ${ms(dashboard.charts)} | ${dashboard.vega === undefined ? '—' : ms(dashboard.vega)} |`);
  console.log(`| raw vega, the same 3 charts compiled beforehand, rows precomputed | — | ${ms(raw.charts)} | ${raw.vega === undefined ? '—' : ms(raw.vega)} |`);
  console.log(`| the core and raw vega, no elements: vega loads at once while the same JSON is fetched, validated and computed into the charts' rows | — | ${ms(coreVega.charts)} | ${coreVega.vega === undefined ? '—' : ms(coreVega.vega)} |`);
  console.log(`\ndashboard widgets ÷ static baseline: ${ratio(dashboard.widgets, baseline.widgets)}`);
  console.log(`the core alone ÷ static baseline: ${ratio(coreAlone.widgets, baseline.widgets)} (the floor of computing in the browser)`);
  console.log(`dashboard widgets ÷ the core alone: ${ratio(dashboard.widgets, coreAlone.widgets)} (what the elements add)`);
  console.log(`dashboard charts ÷ raw vega: ${ratio(dashboard.charts, raw.charts)}`);
  console.log(`the core and raw vega ÷ raw vega: ${ratio(coreVega.charts, raw.charts)} (the floor of charts computed in the browser)`);
  console.log(`dashboard charts ÷ the core and raw vega: ${ratio(dashboard.charts, coreVega.charts)} (what cards first and the elements add)`);
  console.log(`non-chart widgets on screen before vega loaded, every run: ${dashboard.widgetsBeforeVega ? 'yes' : 'NO'}`);
  console.log(`\nThe same with ${LATENCY_MS} ms of latency on every request, at ${MBIT} Mbit/s (emulated):\n`);
  console.log('| page | non-chart widgets on screen | charts drawn |\n|---|---:|---:|');
  console.log(`| static HTML (baseline) | ${ms(slow.baseline.widgets)} | — |`);
  console.log(`| <kpi-dashboard> | ${ms(slow.dashboard.widgets)} | ${ms(slow.dashboard.charts)} |`);
  console.log(`| <kpi-dashboard>, its endpoint preloaded by the page | ${ms(slow.preloaded.widgets)} | ${ms(slow.preloaded.charts)} |`);
  console.log(`\ndashboard widgets ÷ static baseline: ${ratio(slow.dashboard.widgets, slow.baseline.widgets)}; preloaded: ${ratio(slow.preloaded.widgets, slow.baseline.widgets)}`);
} finally {
  await browser.close();
  server.close();
}
