// Screenshots of the demo and the dashboard in Debian's Chromium, to look at: en and
// pt-BR, light and dark, wide and narrow.
//   node scripts/screenshots.mjs [outDir]   (after npm run build)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const server = await startDemoServer(0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
try {
  for (const [lang, theme, width] of [['en', 'light', 1280], ['pt-BR', 'dark', 1280], ['en', 'dark', 420], ['pt-BR', 'light', 420]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('#controls select[name=period]').options.length > 0);
    await page.selectOption('select[name=lang]', lang);
    await page.selectOption('select[name=theme]', theme);
    await page.waitForTimeout(300);
    const file = `${outDir}/demo-${lang}-${theme}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file, problems.length ? problems : 'no console errors');
    await page.close();
  }
  for (const [lang, theme, width] of [['en', 'light', 1400], ['pt-BR', 'light', 1400]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/demo/dashboard.html?lang=${lang}&theme=${theme}`);
    // Every chart inside the dashboard has drawn.
    await page.waitForFunction(() => {
      const dashboard = document.querySelector('kpi-dashboard')?.shadowRoot;
      const charts = dashboard ? [...dashboard.querySelectorAll('kpi-trend, kpi-breakdown, kpi-benchmark')] : [];
      return charts.length > 0 && charts.every((c) => c.shadowRoot?.querySelector('.chart svg'));
    }, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const file = `${outDir}/dashboard-${lang}-${theme}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file, problems.length ? problems : 'no console errors');
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
