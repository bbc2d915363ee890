// The README's picture: the demo dashboard on the sample company, as a browser shows it.
// Regenerate after a visible change: npm run build && npm run picture
import { join } from 'node:path';
import { startDemoServer } from './demo-server.mjs';
import { root } from './packed.mjs';
import { launchChromium } from './static-server.mjs';

const out = join(root, 'docs', 'dashboard.png');
const server = await startDemoServer(0);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.address().port}/demo/dashboard.html?lang=en&theme=light`);
  // Every widget's numbers, and every chart drawn, before the picture.
  await page.waitForFunction(
    () => {
      const root = document.querySelector('kpi-dashboard')?.shadowRoot;
      const widgets = root ? [...root.querySelectorAll('kpi-card, kpi-funnel, kpi-trend, kpi-breakdown')] : [];
      return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('[part=summary]')) && [...root.querySelectorAll('kpi-trend, kpi-breakdown')].every((c) => c.shadowRoot.querySelector('.chart svg'));
    },
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
