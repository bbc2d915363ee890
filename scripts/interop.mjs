// Framework apps as consumers write them (test/interop/<name>/, see its README): the packed
// package installed in a scratch project beside the framework, the app typechecked where
// it is typed, built by Vite for production (plain HTML: the CDN file, no build), and each
// of its two pages (elements registered before / after the first render) run in Chromium.
// Next.js and Astro render on a server: scripts/interop-server.mjs runs them (`next`, `astro`).
//   npm run test:interop [react|vue|svelte|angular|html|next|astro]   (after npm run build; CI runs it)
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, root, versionOf } from './packed.mjs';
import { removeScratch } from './scratch.mjs';
import { launchChromium, serveStatic } from './static-server.mjs';
import { runServerApp, SERVER_APPS } from './interop-server.mjs';

// Frameworks the project itself does not install, pinned here.
const SVELTE = ['svelte@5.57.3', '@sveltejs/vite-plugin-svelte@7.3.1'];
const ANGULAR = ['core', 'common', 'compiler', 'platform-browser'].map((p) => `@angular/${p}@22.2.6`).concat('rxjs@7.8.2');
const VUE_TOOLS = ['@vitejs/plugin-vue@6.0.11', 'vue-tsc@3.3.14'];
const TS = `typescript@${versionOf('typescript')}`;

const APPS = {
  react: { packages: [`react@${versionOf('react')}`, `react-dom@${versionOf('react-dom')}`, TS, `@types/react@${versionOf('@types/react')}`, `@types/react-dom@${versionOf('@types/react-dom')}`], typecheck: 'tsc' },
  vue: { packages: [`vue@${versionOf('vue')}`, ...VUE_TOOLS, TS], typecheck: 'vue-tsc' },
  svelte: { packages: SVELTE },
  angular: { packages: ANGULAR },
  html: { packages: [], cdn: true },
};
const PAGES = ['before', 'late'];

const only = process.argv[2];
let failed = false;
for (const [name, spec] of Object.entries(APPS)) {
  if (only && name !== only) continue;
  const started = Date.now();
  const failures = await runApp(name, spec).catch((error) => [String(error.stack ?? error)]);
  if (failures.length) {
    failed = true;
    console.error(`${name}: FAILED\n  ${failures.join('\n  ')}`);
  } else console.log(`${name}: card, funnel and dashboard render from an object and kpi-select reaches the framework's handlers, registered before and after the first render${spec.cdn ? ', and <kpi-chart> draws its own spec' : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
for (const name of Object.keys(SERVER_APPS)) {
  if (only && name !== only) continue;
  const started = Date.now();
  const failures = await runServerApp(name).catch((error) => [String(error.stack ?? error)]);
  if (failures.length) {
    failed = true;
    console.error(`${name}: FAILED\n  ${failures.join('\n  ')}`);
  } else console.log(`${name}: the core's numbers in the server's HTML, hydrated without a warning, CLS <= 0.01${name === 'next' ? ", the wrappers' attributes in the server's HTML and kpi-select in React's handler" : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
if (failed) process.exitCode = 1;

async function runApp(name, spec) {
  const { scratch, sh } = installPacked(`kpi-${name}`, spec.cdn ? [] : [`vite@${versionOf('vite')}`, ...spec.packages]);
  const app = join(scratch, 'app');
  cpSync(join(root, 'test/interop', name), app, { recursive: true });
  writeFileSync(join(app, 'data.json'), readFileSync(join(root, 'demo/data/leads.json')));
  let served = join(app, 'dist');
  if (spec.cdn) {
    cpSync(join(scratch, 'node_modules/inbound-kpi-kit/dist/cdn'), join(app, 'cdn'), { recursive: true });
    served = app;
  } else {
    if (spec.typecheck) sh(join(scratch, 'node_modules/.bin', spec.typecheck), ['-p', '.'], app);
    sh(join(scratch, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
  }
  const { server, origin } = await serveStatic(served);
  const browser = await launchChromium();
  const failures = [];
  try {
    for (const page of PAGES) {
      const found = await checkPage(browser, `${origin}/${page}.html`);
      failures.push(...found.map((f) => `${page}: ${f}`));
    }
  } finally {
    await browser.close();
    server.close();
    removeScratch(scratch);
  }
  return failures;
}

/** The card, funnel and dashboard show their numbers (and the dashboard's trend draws); a click on the card and on a dashboard card reaches the app's handlers. */
async function checkPage(browser, url) {
  const page = await browser.newPage();
  const failures = [];
  page.on('pageerror', (e) => failures.push(`page error: ${e}`));
  await page.goto(url);
  const ready = () => {
    const summary = (el) => el?.shadowRoot?.querySelector('[part=summary]');
    const dashboard = document.getElementById('dashboard');
    return summary(document.getElementById('card')) && summary(document.getElementById('funnel')) && summary(dashboard?.shadowRoot?.querySelector('kpi-card'));
  };
  const shown = await page.waitForFunction(ready, undefined, { timeout: 30_000 }).then(() => true, () => false);
  const texts = await page.evaluate(() => {
    const text = (el) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    const dashboard = document.getElementById('dashboard');
    return { card: text(document.getElementById('card')), funnel: text(document.getElementById('funnel')), dashboard: text(dashboard) + [...(dashboard?.shadowRoot?.querySelectorAll('kpi-card') ?? [])].map(text).join(' ') };
  });
  if (!shown) failures.push(`the elements did not render within 30 s (card: "${texts.card.slice(0, 160)}")`);
  for (const [id, expected] of [['card', 'MQLs, 2026-03 to date'], ['funnel', 'Leads'], ['dashboard', 'Cost per lead']]) {
    if (!texts[id].includes(expected)) failures.push(`#${id} does not show "${expected}"`);
    if (/not valid JSON|\[object Object\]/.test(texts[id])) failures.push(`#${id} got its data as a string: "${texts[id].slice(0, 160)}"`);
  }
  if (!shown) return failures;
  const charted = await page
    .waitForFunction(() => document.getElementById('dashboard').shadowRoot.querySelector('kpi-trend')?.shadowRoot?.querySelector('.chart svg path'), undefined, { timeout: 20_000 })
    .then(() => true, () => false);
  if (!charted) failures.push("the dashboard's trend chart did not draw");
  // A page with a <kpi-chart> (plain HTML): the page's own spec draws, through vega-embed.
  if (await page.evaluate(() => Boolean(document.getElementById('chart')))) {
    const own = await page
      .waitForFunction(() => document.getElementById('chart').shadowRoot?.querySelector('.chart svg .role-mark path'), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    if (!own) failures.push('the <kpi-chart> did not draw its spec');
  }
  const inner = await page.evaluate(() => {
    const card = document.getElementById('card');
    card.shadowRoot.querySelector('[part=value]').click();
    const innerCard = document.getElementById('dashboard').shadowRoot.querySelector('kpi-card');
    innerCard.shadowRoot.querySelector('[part=value]').click();
    return innerCard.metric;
  });
  const expected = `card:mqls,dashboard:${inner}`;
  await page.waitForFunction((expected) => document.getElementById('selected').textContent === expected, expected, { timeout: 5_000 }).catch(() => {});
  const selected = await page.evaluate(() => document.getElementById('selected').textContent);
  if (selected !== expected) failures.push(`kpi-select in the app's handlers: expected "${expected}", got "${selected}"`);
  await page.close();
  return failures;
}
