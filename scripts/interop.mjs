// Framework apps as consumers write them: the packed package installed in a scratch
// project with React 19 or Vue 3, built by Vite for production, run in Chromium. Each
// gives the elements the dataset as an object and must show their numbers and hear
// kpi-select in the framework's own handlers.
//   npm run test:interop [react|vue]   (after npm run build; CI runs it)
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { installPacked, root, versionOf } from './packed.mjs';

/** Each app renders a card (a wrapper where the framework has one) and a funnel from an object, and records kpi-select in #selected. */
const APPS = {
  react: {
    packages: [`react@${versionOf('react')}`, `react-dom@${versionOf('react-dom')}`],
    expectSelected: 'wrapper:mqls,tag:customers',
    // Plain createElement, so the build needs no JSX plugin.
    main: `import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { KpiCard, KpiFunnel } from 'inbound-kpi-kit/react';
import data from './data.json';

function App() {
  const [selected, setSelected] = useState([]);
  const select = (from) => (event) => setSelected((all) => [...all, from + ':' + event.detail.metric]);
  return h('div', null,
    h(KpiCard, { id: 'wrapped', metric: 'mqls', data, onKpiSelect: select('wrapper') }),
    h('kpi-card', { id: 'plain', metric: 'customers', data, 'onkpi-select': select('tag') }),
    h(KpiFunnel, { id: 'funnel', data }),
    h('output', { id: 'selected' }, selected.join(',')),
  );
}
createRoot(document.getElementById('root')).render(h(App));
`,
  },
  vue: {
    packages: [`vue@${versionOf('vue')}`],
    expectSelected: 'tag:mqls,tag:customers',
    // A render function, so the build needs no SFC plugin; Vue sets a defined element's properties as properties.
    main: `import 'inbound-kpi-kit/define/all';
import { createApp, h, ref } from 'vue';
import data from './data.json';

createApp({
  setup() {
    const selected = ref([]);
    const select = (event) => selected.value.push('tag:' + event.detail.metric);
    return () => h('div', [
      h('kpi-card', { id: 'wrapped', metric: 'mqls', data, 'onKpi-select': select }),
      h('kpi-card', { id: 'plain', metric: 'customers', data, 'onKpi-select': select }),
      h('kpi-funnel', { id: 'funnel', data }),
      h('output', { id: 'selected' }, selected.value.join(',')),
    ]);
  },
}).mount('#root');
`,
  },
};

const only = process.argv[2];
let failed = false;
for (const [name, spec] of Object.entries(APPS)) {
  if (only && name !== only) continue;
  const failures = await runApp(name, spec);
  if (failures.length) {
    failed = true;
    console.error(`${name}: ${failures.join('; ')}`);
  } else console.log(`${name}: renders from an object and delivers kpi-select to the framework's handlers`);
}
if (failed) process.exitCode = 1;

async function runApp(name, spec) {
  const { scratch, sh } = installPacked(`kpi-${name}`, [`vite@${versionOf('vite')}`, ...spec.packages]);
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'data.json'), readFileSync(join(root, 'demo/data/leads.json')));
  writeFileSync(join(app, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>');
  writeFileSync(join(app, 'main.js'), spec.main);
  sh(join(scratch, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', app]);

  const dist = join(app, 'dist');
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    try {
      const file = join(dist, path);
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const failures = [];
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const text = (id) => page.evaluate((id) => document.getElementById(id)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', id);
    await page.waitForFunction(() => ['wrapped', 'plain', 'funnel'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part=summary]')), undefined, { timeout: 30_000 });
    for (const [id, expected] of [['wrapped', 'MQLs, 2026-03 to date'], ['plain', 'New customers, 2026-03 to date'], ['funnel', 'Leads']]) {
      const shown = await text(id);
      console.log(`${name} ${id}: ${shown.includes(expected) ? 'shows' : 'DOES NOT SHOW'} "${expected}"`);
      if (!shown.includes(expected)) failures.push(`${id} does not show "${expected}"`);
    }
    for (const id of ['wrapped', 'plain']) await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('[part=value]').click(), id);
    await page.waitForFunction(() => document.getElementById('selected').textContent.split(',').length === 2, undefined, { timeout: 5_000 }).catch(() => {});
    const selected = await page.evaluate(() => document.getElementById('selected').textContent);
    console.log(`${name}: kpi-select heard: ${selected}`);
    if (selected !== spec.expectSelected) failures.push(`kpi-select in the framework's handlers: got "${selected}"`);
    if (errors.length) failures.push(...errors);
  } finally {
    await browser.close();
    server.close();
  }
  return failures;
}
