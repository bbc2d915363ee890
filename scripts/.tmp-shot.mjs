import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';
const server = await startDemoServer(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [lang, width] of [['en', 1400], ['pt-BR', 400]]) {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(`http://localhost:${port}/demo/dashboard.html?lang=${lang}#view=meeting&since=2026-03-11`);
  await page.waitForFunction(() => document.querySelector('kpi-dashboard')?.shadowRoot?.querySelector('kpi-review')?.shadowRoot?.querySelector('[part=headline]'), null, { timeout: 30000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/review-${lang}-${width}.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `/tmp/review-${lang}-print.png`, fullPage: true });
  await page.pdf({ path: `/tmp/review-${lang}.pdf`, format: 'A4' });
  await page.close();
}
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto(`http://localhost:${port}/demo/dashboard.html?lang=en`);
await page.waitForFunction(() => document.querySelector('kpi-dashboard')?.shadowRoot?.querySelector('kpi-bridge')?.shadowRoot?.querySelector('.chart svg g.mark-rect.role-mark > path'), null, { timeout: 30000 });
await page.evaluate(() => {
  const bridge = document.querySelector('kpi-dashboard').shadowRoot.querySelector('kpi-bridge');
  const bars = [...bridge.shadowRoot.querySelectorAll('.chart svg g.mark-rect.role-mark > path')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  const box = bars[3].getBoundingClientRect();
  bars[3].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
});
await page.waitForFunction(() => document.querySelector('kpi-dashboard').shadowRoot.querySelector('.driver-trend kpi-trend')?.shadowRoot?.querySelector('.chart svg'), null, { timeout: 30000 });
await page.waitForTimeout(800);
const panel = await page.evaluateHandle(() => document.querySelector('kpi-dashboard').shadowRoot.querySelector('kpi-bridge').parentElement);
await (await panel.asElement()).screenshot({ path: '/tmp/driver-trend.png' });
await browser.close();
server.close();
