// The built Storybook as a developer uses it (after `npm run build-storybook`; CI runs it):
// it opens on Getting started, whose live example shows a number; each guide page opens
// with its title; a control changes the story, "Show code" is markup that renders the same
// when pasted into a plain page, and the frameworks page shows each framework's code.
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
  const preview = page.frameLocator('#storybook-preview-iframe');

  // 0. The site opens on Getting started: the bare address lands on its docs page, first in
  // the sidebar, and the page's live card shows a number from the sample data.
  await page.goto(`${base}/`);
  await page.waitForURL(/[?&]path=\/docs\/getting-started--docs/, { timeout: 20_000 }).catch(() => {});
  const opened = new URL(page.url()).searchParams.get('path');
  const firstEntry = (await page.locator('#storybook-explorer-tree a, #storybook-explorer-tree button').first().textContent({ timeout: 20_000 }).catch(() => ''))?.trim();
  const title = await preview.locator('#storybook-docs h1').first().textContent({ timeout: 20_000 }).catch(() => '');
  const live = await page
    .frame({ name: 'storybook-preview-iframe' })
    .waitForFunction(() => document.querySelector('#getting-started-live kpi-card')?.shadowRoot?.querySelector('[part=value]')?.textContent.trim(), null, { timeout: 20_000 })
    .then((handle) => handle.jsonValue(), () => '');
  console.log(`the site opens on ${opened} ("${title}", first in the sidebar: "${firstEntry}"); its live card shows "${live}"`);
  if (opened !== '/docs/getting-started--docs') failures.push(`the site opens on ${opened}, not on Getting started`);
  if (title !== 'Getting started') failures.push(`the first page's title is "${title}", not "Getting started"`);
  if (firstEntry !== 'Getting started') failures.push(`the sidebar's first entry is "${firstEntry}", not "Getting started"`);
  if (!/\d/.test(live)) failures.push(`the live example on Getting started shows no number: "${live}"`);

  // Each guide page opens with its title (an MDX page that fails to run shows none).
  const guides = { 'getting-started': 'Getting started', introduction: 'inbound-kpi-kit', theming: 'Theming', 'data-contract': 'Data contract', 'frameworks-and-server-rendering': 'Frameworks and server rendering', 'csp-and-trusted-types': 'CSP and Trusted Types', 'metric-catalogue': 'Metric catalogue' };
  for (const [id, heading] of Object.entries(guides)) {
    await page.goto(`${base}/?path=/docs/${id}--docs`);
    const shown = await preview.locator('#storybook-docs h1').first().textContent({ timeout: 20_000 }).catch(() => '');
    if (shown !== heading) failures.push(`the page ${id} shows "${shown}" as its title, not "${heading}"`);
  }
  console.log(`guide pages: ${Object.keys(guides).join(', ')}`);

  // 1. Controls: args in the URL are what the controls panel sets.
  await page.goto(`${base}/iframe.html?id=elements-kpi-card--loaded&viewMode=story&args=metric:mqls;period:2026-Q1;channel:email;lang:pt-BR`);
  const changed = await summaryOf(page, 'kpi-card');
  console.log(`story with metric=mqls, period=2026-Q1, channel=email, lang=pt-BR: "${changed}"`);
  if (!/^MQLs, 2026-Q1/.test(changed) || !/email/.test(changed)) failures.push(`the controls did not change the story: "${changed}"`);

  // 2. "Show code" on the docs page, pasted into a plain page beside the data, shows the same card.
  await page.goto(`${base}/?path=/docs/elements-kpi-card--docs`);
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
  await page.goto(`${base}/?path=/docs/frameworks-and-server-rendering--docs`);
  await preview.locator('h2', { hasText: 'Server rendering' }).waitFor({ timeout: 20_000 }).catch(() => {});
  const headings = await preview.locator('h2').allTextContents();
  // A line of each framework's code (its code blocks render lazily).
  const lines = ['<KpiCard metric="cac" data={dataset}', ':data.prop="dataset"', 'onkpi-select={(event) => (selected = event.detail.metric)}', '[data]="dataset()"', 'dist/cdn/inbound-kpi-kit.js"></script>', "import 'inbound-kpi-kit/ssr';"];
  const frame = page.frame({ name: 'storybook-preview-iframe' });
  await frame.waitForFunction((lines) => lines.every((line) => document.body.textContent.includes(line)), lines, { timeout: 20_000 }).catch(() => {});
  const text = await frame.evaluate(() => document.body.textContent);
  const shown = lines.filter((line) => text.includes(line));
  console.log(`frameworks page: ${headings.join(', ')}; shows ${shown.length} of ${lines.length} lines of code`);
  if (shots) mkdirSync(shots, { recursive: true });
  for (const name of ['React 19', 'Vue 3', 'Svelte 5', 'Angular', 'Plain HTML', 'Server rendering']) if (!headings.includes(name)) failures.push(`the frameworks page has no "${name}" section`);
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
} else console.log('Storybook: opens on Getting started with a live number, every guide page has its title, controls change the story, "Show code" renders when pasted, every framework has its code');
