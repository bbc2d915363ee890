// The built Storybook as a developer uses it (after `npm run build-storybook`; CI runs it):
// a control changes the story, "Show code" is markup that renders the same when pasted
// into a plain page, and the frameworks page shows each framework's code.
//   node scripts/storybook-check.mjs [screenshot-dir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './packed.mjs';
import { launchChromium, serveStatic } from './static-server.mjs';

const site = join(root, 'storybook-static');
const shots = process.argv[2];
const { server, origin: base } = await serveStatic(site);
const browser = await launchChromium();
const failures = [];
const summaryOf = (page, selector) =>
  page.waitForFunction((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part=summary]')?.textContent, selector, { timeout: 20_000 }).then((handle) => handle.jsonValue(), () => '');
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

  // 1. Controls: args in the URL are what the controls panel sets.
  await page.goto(`${base}/iframe.html?id=elements-kpi-card--loaded&viewMode=story&args=metric:mqls;period:2026-Q1;channel:email;lang:pt-BR`);
  const changed = await summaryOf(page, 'kpi-card');
  console.log(`story with metric=mqls, period=2026-Q1, channel=email, lang=pt-BR: "${changed}"`);
  if (!/^MQLs, 2026-Q1/.test(changed) || !/email/.test(changed)) failures.push(`the controls did not change the story: "${changed}"`);

  // 2. "Show code" on the docs page, pasted into a plain page beside the data, shows the same card.
  await page.goto(`${base}/?path=/docs/elements-kpi-card--docs`);
  const preview = page.frameLocator('#storybook-preview-iframe');
  await preview.locator('button', { hasText: 'Show code' }).first().click({ timeout: 20_000 });
  const code = (await preview.locator('pre', { hasText: '<kpi-card' }).first().textContent({ timeout: 10_000 })).trim();
  console.log(`Show code: ${code}`);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'storybook-docs.png') });
  }
  const pasted = await browser.newPage();
  await pasted.goto(`${base}/iframe.html?id=elements-kpi-card--loaded&viewMode=story`); // a page of the site, so data/leads.json resolves the same
  await pasted.evaluate((code) => (document.body.innerHTML = code), code);
  const fromPaste = await summaryOf(pasted, 'body > kpi-card');
  console.log(`the pasted code shows: "${fromPaste}"`);
  if (!/^CAC, 2026-03/.test(fromPaste)) failures.push(`"Show code" gave markup that does not render: ${code}`);

  // 3. The frameworks page shows code for each framework.
  await page.goto(`${base}/?path=/docs/use-it-from-react-vue-svelte-angular-and-plain-html--docs`);
  await preview.locator('h2', { hasText: 'Plain HTML' }).waitFor({ timeout: 20_000 }).catch(() => {});
  const headings = await preview.locator('h2').allTextContents();
  // A line of each tested app: the page shows the apps' own files (its code blocks render lazily).
  const lines = ['<KpiDashboard id="dashboard"', ':data.prop="data"', 'onkpi-select={select(\'card\')}', '[data]="data"', 'src="./cdn/inbound-kpi-kit.js"'];
  const frame = page.frame({ name: 'storybook-preview-iframe' });
  await frame.waitForFunction((lines) => lines.every((line) => document.body.textContent.includes(line)), lines, { timeout: 20_000 }).catch(() => {});
  const text = await frame.evaluate(() => document.body.textContent);
  const shown = lines.filter((line) => text.includes(line));
  console.log(`frameworks page: ${headings.join(', ')}; shows ${shown.length} of ${lines.length} apps' code`);
  if (shots) mkdirSync(shots, { recursive: true });
  for (const name of ['React 19', 'Vue 3', 'Svelte 5', 'Angular', 'Plain HTML']) if (!headings.includes(name)) failures.push(`the frameworks page has no "${name}" section`);
  for (const line of lines) if (!shown.includes(line)) failures.push(`the frameworks page does not show ${line}`);
  if (shots) {
    await page.screenshot({ path: join(shots, 'storybook-frameworks.png') });
    await page.goto(`${base}/?path=/story/elements-kpi-funnel--loaded&args=split:!false;mode:cohort`);
    await page.waitForTimeout(4000);
    await page.screenshot({ path: join(shots, 'storybook-controls.png') });
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
} else console.log('Storybook: controls change the story, "Show code" renders when pasted, every framework has its code');
