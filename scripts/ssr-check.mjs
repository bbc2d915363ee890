// Server rendering as a visitor gets it, in Chromium: every tag rendered by @lit-labs/ssr
// with the sample dataset (inbound-kpi-kit/ssr), the page's bundle (scripts/ssr-client.mjs:
// hydrate support, then the define files, the core a lazy chunk held back by a slow network)
// hydrating it. Fails if any element paints its loading skeleton after the server's numbers
// (a MutationObserver in every shadow root, and every frame looked at), if an element
// redraws instead of keeping the server's DOM, if a chart is not drawn, or if the layout
// shifts by more than CLS 0.01.
//   npm run test:ssr   (CI runs it)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium, serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kpi-ssr-'));
const GOAL = 0.01;
/** How long the core's chunk (and every other lazy chunk) takes to arrive. */
const CHUNK_DELAY_MS = 600;

// The page's bundle, as an app bundles the kit: the core and vega stay lazy chunks.
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: false, target: 'es2022', minify: false, modulePreload: false, rolldownOptions: { input: join(root, 'scripts/ssr-client.mjs'), output: { entryFileNames: 'client.js', chunkFileNames: 'chunks/[name]-[hash].js' } } },
});

// The server's HTML (imported after the build: the server's modules register the elements in Node).
await import('../src/ssr.ts');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const json = readFileSync(join(root, 'demo/data/leads.json'), 'utf8');
const TAGS = ['kpi-card', 'sla-gauge', 'kpi-funnel', 'economics-card', 'kpi-trend', 'kpi-breakdown', 'kpi-benchmark', 'kpi-reasons', 'kpi-bridge', 'kpi-review', 'kpi-scorecard', 'kpi-dashboard'];
const CHARTS = new Set(['kpi-trend', 'kpi-breakdown', 'kpi-benchmark', 'kpi-reasons', 'kpi-bridge']);
// The data attribute goes to the page with the HTML: the page's element has the server's dataset.
const elements = {
  'kpi-card': html`<kpi-card metric="customers" data=${json}></kpi-card>`,
  'sla-gauge': html`<sla-gauge data=${json}></sla-gauge>`,
  'kpi-funnel': html`<kpi-funnel data=${json}></kpi-funnel>`,
  'economics-card': html`<economics-card data=${json}></economics-card>`,
  'kpi-trend': html`<kpi-trend metric="mqls" data=${json}></kpi-trend>`,
  'kpi-breakdown': html`<kpi-breakdown metric="mqls" data=${json}></kpi-breakdown>`,
  'kpi-benchmark': html`<kpi-benchmark data=${json}></kpi-benchmark>`,
  'kpi-reasons': html`<kpi-reasons data=${json}></kpi-reasons>`,
  'kpi-bridge': html`<kpi-bridge data=${json}></kpi-bridge>`,
  'kpi-review': html`<kpi-review since="2026-03-11" data=${json}></kpi-review>`,
  'kpi-scorecard': html`<kpi-scorecard data=${json}></kpi-scorecard>`,
  'kpi-dashboard': html`<kpi-dashboard data=${json}></kpi-dashboard>`,
};
// Where the page cannot draw what the server drew, the element draws afresh in one task (no
// skeleton frame either): a page in another language than the server's English, and a
// dataset given to the server only (a property, which does not reach the page).
const dataset = JSON.parse(json);
const redraws = {
  'pt-BR': html`<div lang="pt-BR"><kpi-card id="pt-BR" metric="customers" data=${json}></kpi-card></div>`,
  'server-only': html`<kpi-card id="server-only" metric="customers" .data=${dataset}></kpi-card>`,
};
const body = [...TAGS.map((tag) => elements[tag]), ...Object.values(redraws)].map((template) => collectResultSync(render(template))).join('\n');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered KPIs</title><link rel="icon" href="data:,">
<style>body{margin:16px;font-family:system-ui,sans-serif}main{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;align-items:start}kpi-scorecard,kpi-dashboard{grid-column:1/-1}</style>
</head><body><main>${body}</main><script type="module" src="/client.js"></script></body></html>`,
);

const { server, origin } = await serveStatic(out, { delay: (path) => (path.startsWith('chunks/') ? CHUNK_DELAY_MS : 0) });
const browser = await launchChromium();
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} ${message.location().url ?? ''}`));
  await page.addInitScript((tags) => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    window.__skeletons = [];
    window.__serverNodes = new Map();
    const skeleton = (node) => node.nodeType === 1 && (node.matches('[part=loading]') || node.querySelector('[part=loading]'));
    // Parsed, before the page's module runs: the server's shadow roots are all attached.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      // The elements, and those inside their shadow roots (the dashboard's widgets).
      const within = (root) => [...root.querySelectorAll('*')].filter((el) => el.shadowRoot).flatMap((el) => [el, ...within(el.shadowRoot)]);
      window.__within = within;
      for (const element of document.querySelectorAll(`${tags.join(',')},#pt-BR,#server-only`)) {
        const root = element.shadowRoot;
        if (!root) continue;
        window.__serverNodes.set(element, root.querySelector('#summary'));
        for (const el of [element, ...within(root)]) {
          new MutationObserver((records) => {
            for (const record of records) for (const node of record.addedNodes) if (skeleton(node)) window.__skeletons.push(`${el.localName}: added`);
          }).observe(el.shadowRoot, { childList: true, subtree: true });
        }
      }
      const everyFrame = () => {
        for (const element of document.querySelectorAll(`${tags.join(',')},#pt-BR`)) {
          for (const el of [element, ...(element.shadowRoot ? within(element.shadowRoot) : [])]) if (el.shadowRoot?.querySelector('[part=loading]')) window.__skeletons.push(`${el.localName}: painted`);
        }
        if (!window.__stop) requestAnimationFrame(everyFrame);
      };
      requestAnimationFrame(everyFrame);
    });
  }, TAGS);
  await page.goto(`${origin}/`);
  // Every element has drawn from its own core (the charts with vega) and the page is quiet.
  await page.waitForFunction(
    ([tags, charts]) => tags.every((tag) => { const el = document.querySelector(tag); return el?.hasUpdated && (!charts.includes(tag) || el.shadowRoot.querySelector('.chart svg')); }),
    [TAGS, [...CHARTS]],
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1000);
  const report = await page.evaluate(async (tags) => {
    window.__stop = true;
    return {
      cls: window.__cls,
      skeletons: [...new Set(window.__skeletons)],
      // Hydrated: the server's nodes are the page's (a redraw would have replaced them).
      redrawn: tags.filter((tag) => { const el = document.querySelector(tag); return !window.__serverNodes.get(el) || el.shadowRoot.querySelector('#summary') !== window.__serverNodes.get(el); }),
      // Drawn afresh: Portuguese words, and the "no data" note of an element the page gave nothing.
      portuguese: document.getElementById('pt-BR').shadowRoot.querySelector('#summary')?.textContent ?? '',
      serverOnly: document.getElementById('server-only').shadowRoot.querySelector('article')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      // And live: the actions menu the server drew opens.
      inert: await Promise.all(tags.map(async (tag) => {
        const element = document.querySelector(tag);
        const button = element.shadowRoot.querySelector('[part=actions]');
        button?.click();
        await element.updateComplete;
        const open = button?.getAttribute('aria-expanded') === 'true';
        button?.click();
        return open ? undefined : tag;
      })).then((tags) => tags.filter(Boolean)),
    };
  }, TAGS);
  console.log(`| check | result |\n|---|---|`);
  console.log(`| skeleton frames after the server's numbers | ${report.skeletons.length === 0 ? 'none' : report.skeletons.join('; ')} |`);
  console.log(`| elements redrawn instead of hydrated | ${report.redrawn.length === 0 ? 'none' : report.redrawn.join(', ')} |`);
  console.log(`| elements whose menu does not open | ${report.inert.length === 0 ? 'none' : report.inert.join(', ')} |`);
  console.log(`| a card in a pt-BR page, redrawn in its language | ${report.portuguese} |`);
  console.log(`| a card given its dataset on the server only, redrawn | ${report.serverOnly} |`);
  console.log(`| CLS (1280×2000, every element in view) | ${report.cls.toFixed(4)} (goal ≤ ${GOAL}) |`);
  console.log(`| page errors | ${errors.length === 0 ? 'none' : errors.join(' / ')} |`);
  const redrawn = report.portuguese.includes('Novos clientes') && !report.serverOnly.includes('10');
  failed = !redrawn || report.skeletons.length > 0 || report.redrawn.length > 0 || report.inert.length > 0 || report.cls > GOAL || errors.length > 0;
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
if (failed) {
  console.error('server rendering: the page does not keep the server-rendered numbers');
  process.exitCode = 1;
}
