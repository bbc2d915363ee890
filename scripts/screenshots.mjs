// Screenshots of the demo and the dashboard in Debian's Chromium, to look at: en and
// pt-BR, light and dark, wide and narrow.
//   node scripts/screenshots.mjs [outDir] [--dashboard]   (after npm run build)
// --dashboard: only the dashboard, at 1400, 1024, 768 and 400 px, light and dark, en and pt-BR.
// --sliced: only the dashboard filtered to one segment and compared by sales rep, at 1400 and 400 px.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';

const args = process.argv.slice(2);
const dashboardOnly = args.includes('--dashboard');
const slicedOnly = args.includes('--sliced');
const outDir = args.find((a) => !a.startsWith('--')) ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const server = await startDemoServer(0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });

/** One full-page screenshot: `ready` brings the page to the state to capture; console errors are reported. */
async function shoot(name, { width, theme }, ready) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  const problems = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await ready(page);
  await page.waitForTimeout(300);
  const file = `${outDir}/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, problems.length ? problems : 'no console errors');
  await page.close();
}

/** The dashboard in a language and theme (and a view: `where`, `compare-by`), once every chart inside it has drawn. */
async function dashboard(lang, theme, width, view = '') {
  const name = view ? `dashboard-sliced-${lang}-${theme}-${width}` : `dashboard-${lang}-${theme}-${width}`;
  await shoot(name, { width, theme }, async (page) => {
    await page.goto(`http://127.0.0.1:${port}/demo/dashboard.html?lang=${lang}&theme=${theme}${view}`);
    await page.waitForFunction(() => {
      const charts = [...(document.querySelector('kpi-dashboard')?.shadowRoot?.querySelectorAll('kpi-trend, kpi-breakdown, kpi-benchmark') ?? [])];
      return charts.length > 0 && charts.every((c) => c.shadowRoot?.querySelector('.chart svg'));
    }, undefined, { timeout: 30_000 });
  });
}

try {
  if (slicedOnly) {
    for (const width of [1400, 400]) await dashboard('en', 'light', width, `&where=${encodeURIComponent('segment=Enterprise')}&compare-by=owner`);
  } else if (dashboardOnly) {
    for (const width of [1400, 1024, 768, 400]) for (const theme of ['light', 'dark']) for (const lang of ['en', 'pt-BR']) await dashboard(lang, theme, width);
  } else {
  for (const [lang, theme, width] of [['en', 'light', 1280], ['pt-BR', 'dark', 1280], ['en', 'dark', 420], ['pt-BR', 'light', 420]]) {
    await shoot(`demo-${lang}-${theme}-${width}`, { width, theme }, async (page) => {
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => document.querySelector('#controls select[name=period]').options.length > 0);
      await page.selectOption('select[name=lang]', lang);
      await page.selectOption('select[name=theme]', theme);
    });
  }
  for (const lang of ['en', 'pt-BR']) await dashboard(lang, 'light', 1400);
  await shoot('benchmarks-en-light-1100', { width: 1100, theme: 'light' }, async (page) => {
    await page.goto(`http://127.0.0.1:${port}/demo/benchmarks.html`);
    await page.waitForFunction(() => document.querySelector('kpi-benchmark')?.shadowRoot?.querySelector('.chart svg'), undefined, { timeout: 30_000 });
  });
  }
} finally {
  await browser.close();
  server.close();
}
