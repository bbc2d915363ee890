// Cumulative Layout Shift of the demo pages as a visitor gets them: Chromium, a cold load,
// shifts without recent input summed until the page settles, on a desktop (1280 px) and a
// phone (400 px). Fails above the goal at either width.
//   node scripts/cls.mjs   (after npm run build; CI runs it)
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';

const PAGES = ['/', '/demo/dashboard.html', '/demo/benchmarks.html', '/demo/plain.html'];
const WIDTHS = [1280, 400];
const GOAL = 0.05;
const server = await startDemoServer(0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const results = [];
try {
  for (const [width, path] of WIDTHS.flatMap((w) => PAGES.map((p) => [w, p]))) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    const cls = await page.evaluate(() => window.__cls);
    results.push([width, path, cls]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log('| width | page | CLS |\n|---:|---|---:|');
for (const [width, path, cls] of results) console.log(`| ${width} px | ${path} | ${cls.toFixed(3)}${cls > GOAL ? ' — over the goal' : ''} |`);
if (results.some(([, , cls]) => cls > GOAL)) {
  console.error(`a page shifts more than CLS ${GOAL}`);
  process.exitCode = 1;
}
