// First render of a twelve-widget dashboard from one endpoint (DESIGN.md §10), against a
// static-HTML baseline and against raw vega drawing the same three charts, compiled
// beforehand, in one run; and whether the non-chart widgets are on screen before vega has
// loaded.
//   Run: npm run build && node bench/render.bench.mjs
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'vega-lite';
import { benchmarkSpec, breakdownSpec, channelsOf, computeMetrics, parseDataset, trendRows, trendSpec } from '../dist/core/index.js';
import { launch, serve } from './browser.mjs';
import { ms, ratio } from './timing.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const chunks = readdirSync('dist/cdn');
const vegaChunk = chunks.find((f) => /^vega-runtime-.*\.js$/.test(f));

// The raw page's specs: the kit's own builders with rows from the core, so both draw the same.
const dataset = parseDataset(JSON.parse(readFileSync('demo/data/leads.json', 'utf8'))).dataset;
const latest = computeMetrics(dataset);
const trendValues = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'].map((period) => ({ period, series: 'this period', value: computeMetrics(dataset, { period, compare: [] }).metrics.mqls.value }));
const cacRows = channelsOf(dataset).flatMap((channel) => {
  const value = computeMetrics(dataset, { channel, compare: [] }).metrics.cac.value;
  return value === null ? [] : [{ channel, value }];
});
const benchRows = Object.values(latest.metrics).filter((m) => m.benchmark && m.value !== null).map((m) => ({ label: m.id, value: m.value / (m.benchmark.value ?? m.benchmark.high), low: 0, high: 1, verdict: m.benchmark.verdict, valueText: '', bandText: '' }));
// The raw page gets vega specs: vega-lite compiles them here, as the kit's build compiles its templates.
const withRows = (spec, values) => compile({ ...spec, width: 600, datasets: { table: values } }).spec;
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/render-specs.json', JSON.stringify({
  trend: withRows(trendSpec({ valueTitle: 'MQLs', valueFormat: ',.0f', width: 600, periodTitle: 'Period', targetTitle: 'Target', toDateTitle: 'to date', series: ['this period'], target: 95 }), trendRows(trendValues)),
  breakdown: withRows(breakdownSpec({ valueTitle: 'CAC', valueFormat: ',.0f', width: 600, channelTitle: 'Channel' }), cacRows),
  benchmark: withRows(benchmarkSpec({ width: 600, valueTitle: 'Value', bandTitle: 'Benchmark', scaleTitle: 'against the benchmark', verdicts: ['better', 'within', 'worse'], colors: ['#1a7a3a', '#566070', '#b02a20'] }), benchRows),
}));

const { server, origin } = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(path) {
  const widgets = [];
  const charts = [];
  const vegaLoaded = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
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
  const dashboard = await measure('/bench/pages/render-dashboard.html');
  const raw = await measure(`/bench/pages/render-vega.html?chunk=${vegaChunk}`);
  console.log(`Chromium, ${RUNS} page loads each, medians, ms from navigation start\n`);
  console.log('| page | non-chart widgets on screen | charts drawn | vega loaded |\n|---|---:|---:|---:|');
  console.log(`| static HTML: fetches the same JSON, writes precomputed numbers in twelve boxes (baseline) | ${ms(baseline.widgets)} | — | — |`);
  console.log(`| <kpi-dashboard>, 12 widgets from one endpoint | ${ms(dashboard.widgets)} | ${ms(dashboard.charts)} | ${dashboard.vega === undefined ? '—' : ms(dashboard.vega)} |`);
  console.log(`| raw vega, the same 3 charts compiled beforehand, rows precomputed | — | ${ms(raw.charts)} | ${raw.vega === undefined ? '—' : ms(raw.vega)} |`);
  console.log(`\ndashboard widgets ÷ static baseline: ${ratio(dashboard.widgets, baseline.widgets)}`);
  console.log(`dashboard charts ÷ raw vega: ${ratio(dashboard.charts, raw.charts)}`);
  console.log(`non-chart widgets on screen before vega loaded, every run: ${dashboard.widgetsBeforeVega ? 'yes' : 'NO'}`);
} finally {
  await browser.close();
  server.close();
}
