// First render of a twelve-widget dashboard from one endpoint against the floors of DESIGN's
// budgets (ARCHITECTURE.md, "Budgets"; BENCHMARKS.md, "First render of the dashboard"), in one
// run: the non-chart widgets against the core alone (fetch, validate, compute, write the same
// numbers with no elements); the dashboard fed summary rows against a static page fetching the
// same JSON and writing precomputed numbers; the charts against the core and raw vega. Also
// measured: the static page and raw vega for records, whether the non-chart widgets are on
// screen before vega has loaded; the dashboard server-rendered from the same summary rows
// (not a budget's measure: its numbers come computed in the HTML); and (BENCH_NETWORK=0 to
// skip) the static page and the dashboard, with and without a preload of its data, over a
// slower network.
//
// Every page loads once per round, in an order rotated round by round, so each budget's ratio
// is taken within one round and the machine's drift falls on both sides alike.
//   Run: npm run build && node bench/render.bench.mjs   (BENCH_RUNS=11 rounds by default)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { compile } from 'vega-lite';
import { benchmarkSpec, breakdownSpec, parseDataset, trendSpec } from '../dist/core/index.js';
import { launch, serve } from './browser.mjs';
import { chartRows } from './pages/render-rows.js';
import { ms } from './timing.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const NETWORK = process.env.BENCH_NETWORK !== '0';
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
// The dashboard and the static page fed summary rows (demo/data/rows.json) instead of records.
variant('render-dashboard.html', 'render-dashboard-rows.html', 'src="/api/kpis.json"', 'src="/api/rows.json"');
variant('render-static.html', 'render-static-rows.html', "fetch('/api/kpis.json')", "fetch('/api/rows.json')");

// The dashboard server-rendered from the same summary rows (inbound-kpi-kit/ssr, the README's
// "Server rendering"): the numbers are in the HTML, and the page's bundle (Lit's hydrate support,
// the kit's, the define files, as an app bundles the packed package) hydrates them. Not a
// budget's measure (the budgets' dashboard computes in the browser): printed beside them.
await build({
  logLevel: 'silent',
  configFile: false,
  base: '/bench/.out/ssr/',
  build: { outDir: 'bench/.out/ssr', emptyOutDir: true, minify: true, modulePreload: false, rolldownOptions: { input: 'bench/pages/ssr-client.js', output: { entryFileNames: 'client.js' } } },
});
{
  // Imported after the client's build: the server's entry registers the elements in Node.
  await import('../dist/ssr.js');
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const layout = readFileSync('bench/pages/render-dashboard.html', 'utf8').match(/layout='([^']+)'/)[1];
  const dashboard = collectResultSync(render(html`<kpi-dashboard data=${readFileSync('demo/data/rows.json', 'utf8')} layout=${layout}></kpi-dashboard>`));
  variant('render-dashboard.html', 'render-dashboard-ssr.html', /<script type="module" src="\/dist\/cdn\/inbound-kpi-kit.js"><\/script>[\s\S]*<\/body>/, () => `<script type="module" src="/bench/.out/ssr/client.js"></script>\n  </head>\n  <body>\n    ${dashboard}\n  </body>`);
}

const { server, origin } = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The same pages over a slower network: every request waits LATENCY_MS, at 20 Mbit/s.
const LATENCY_MS = 100;
const MBIT = 20;

const PAGES = {
  static: { path: '/bench/pages/render-static.html' },
  core: { path: '/bench/pages/render-core.html' },
  dashboard: { path: '/bench/pages/render-dashboard.html' },
  staticRows: { path: '/bench/.out/render-static-rows.html' },
  dashboardRows: { path: '/bench/.out/render-dashboard-rows.html' },
  dashboardRowsServer: { path: '/bench/.out/render-dashboard-ssr.html' },
  raw: { path: `/bench/pages/render-vega.html?chunk=${vegaChunk}` },
  coreVega: { path: `/bench/.out/render-core-vega.html?chunk=${vegaChunk}` },
  ...(NETWORK && {
    slowStatic: { path: '/bench/pages/render-static.html', latency: true },
    slowDashboard: { path: '/bench/pages/render-dashboard.html', latency: true },
    slowPreloaded: { path: '/bench/.out/render-dashboard-preload.html', latency: true },
  }),
};

/** One load of a page: when its widgets and its charts were on screen, and when vega had loaded. */
async function load({ path, latency = false }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  if (latency) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: (MBIT * 1e6) / 8, uploadThroughput: (MBIT * 1e6) / 8 });
  }
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.chartsAt !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => ({ widgets: window.widgetsAt, charts: window.chartsAt, vega: performance.getEntriesByType('resource').find((e) => /\/vega-runtime-[^/]*\.js$/.test(e.name))?.responseEnd }));
  await page.close();
  return t;
}

// One warm-up load of each page (the browser's caches of compiled code and fonts), not counted.
const names = Object.keys(PAGES);
for (const name of names) await load(PAGES[name]);
/** Per page, one entry per round. */
const runs = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < RUNS; round++) {
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const name of order) runs[name].push(await load(PAGES[name]));
}
await browser.close();
server.close();

const at = (name, key) => runs[name].map((t) => t[key]);
const med = (name, key) => median(at(name, key));
const cell = (name, key) => (name in runs ? ms(med(name, key)) : '—');
const x = (r) => `${r.toFixed(2)}×`;

/** A budget: per round, page A's time ÷ page B's; the median and spread of those ratios against the goal. */
function budget(label, [a, aKey], [b, bKey], goal) {
  const ratios = at(a, aKey).map((v, i) => v / at(b, bKey)[i]);
  const mid = median(ratios);
  const spread = `${x(Math.min(...ratios))}–${x(Math.max(...ratios))}`;
  console.log(`| ${label} | ${ms(med(a, aKey))} | ${ms(med(b, bKey))} | ${x(mid)} | ${spread} | ≤ ${goal}×: ${mid <= goal ? 'met' : 'not met'}${Math.max(...ratios) > goal ? ` (${ratios.filter((r) => r > goal).length} of ${ratios.length} rounds over)` : ''} |`);
}

console.log(`Chromium, ${RUNS} rounds, every page loaded once per round in a rotated order; medians, ms from navigation start\n`);
console.log('| page | non-chart widgets on screen | charts drawn | vega loaded |\n|---|---:|---:|---:|');
// The static pages and the core alone draw no charts; the vega pages no widgets.
const NO_CHARTS = new Set(['static', 'core', 'staticRows']);
const NO_WIDGETS = new Set(['raw', 'coreVega']);
const row = (label, name) => console.log(`| ${label} | ${NO_WIDGETS.has(name) ? '—' : cell(name, 'widgets')} | ${NO_CHARTS.has(name) ? '—' : cell(name, 'charts')} | ${runs[name][0].vega === undefined ? '—' : ms(median(at(name, 'vega')))} |`);
row('static HTML: fetches the records\' JSON, writes precomputed numbers in twelve boxes', 'static');
row('the core alone, no elements: fetches the same JSON, validates it, computes the metric set once, writes twelve numbers', 'core');
row('<kpi-dashboard>, 12 widgets from one endpoint (records)', 'dashboard');
row('static HTML: fetches the summary rows\' JSON, writes precomputed numbers in twelve boxes', 'staticRows');
row('<kpi-dashboard>, 12 widgets from one endpoint (summary rows, no records)', 'dashboardRows');
row('<kpi-dashboard>, the same 12 widgets server-rendered from the same summary rows, hydrated by the page', 'dashboardRowsServer');
row('raw vega, the same 3 charts compiled beforehand, rows precomputed', 'raw');
row('the core and raw vega, no elements: vega loads at once while the same JSON is fetched, validated and computed into the charts\' rows', 'coreVega');

console.log('\n| budget (DESIGN.md §10) | dashboard | floor | per-round ratio, median | min–max | goal |\n|---|---:|---:|---:|---:|---|');
budget('non-chart widgets on screen ÷ the core alone', ['dashboard', 'widgets'], ['core', 'widgets'], 1.3);
budget('from summary rows, widgets on screen ÷ static HTML fetching the same JSON', ['dashboardRows', 'widgets'], ['staticRows', 'widgets'], 1.5);
budget('charts drawn ÷ the core and raw vega', ['dashboard', 'charts'], ['coreVega', 'charts'], 1.1);

const ratioOf = (a, b, key = 'widgets') => x(median(at(a, key).map((v, i) => v / at(b, key)[i])));
console.log(`\nAlso, per-round medians: dashboard widgets ÷ static HTML (records) ${ratioOf('dashboard', 'static')}; the core alone ÷ static HTML ${ratioOf('core', 'static')} (the floor of computing in the browser); dashboard charts ÷ raw vega ${ratioOf('dashboard', 'raw', 'charts')}; the core and raw vega ÷ raw vega ${ratioOf('coreVega', 'raw', 'charts')}.`);
console.log(`Server-rendered from summary rows (not a budget's measure: its numbers are computed on the server), widgets on screen ÷ static HTML fetching the same JSON, per-round median: ${ratioOf('dashboardRowsServer', 'staticRows')}; charts drawn ÷ the browser-rendered dashboard's: ${ratioOf('dashboardRowsServer', 'dashboardRows', 'charts')}.`);
const vegaAt = at('dashboard', 'vega');
console.log(`non-chart widgets on screen before vega loaded, every round: ${at('dashboard', 'widgets').every((w, i) => vegaAt[i] !== undefined && w < vegaAt[i]) ? 'yes' : 'NO'}`);

if (NETWORK) {
  console.log(`\nThe same with ${LATENCY_MS} ms of latency on every request, at ${MBIT} Mbit/s (emulated), in the same rounds:\n`);
  console.log('| page | non-chart widgets on screen | charts drawn |\n|---|---:|---:|');
  console.log(`| static HTML (baseline) | ${cell('slowStatic', 'widgets')} | — |`);
  console.log(`| <kpi-dashboard> | ${cell('slowDashboard', 'widgets')} | ${cell('slowDashboard', 'charts')} |`);
  console.log(`| <kpi-dashboard>, its endpoint preloaded by the page | ${cell('slowPreloaded', 'widgets')} | ${cell('slowPreloaded', 'charts')} |`);
  console.log(`\ndashboard widgets ÷ static baseline, per-round median: ${ratioOf('slowDashboard', 'slowStatic')}; preloaded: ${ratioOf('slowPreloaded', 'slowStatic')}`);
}
