// The packed package as each common bundler builds it: esbuild, Vite and Rollup bundle one
// page that registers every element (with code splitting, so the chart runtime stays a lazy
// chunk), and the page runs in Chromium: a card shows its number, a trend and a <kpi-chart> draw.
//   node scripts/bundlers-check.mjs   (after npm run build; CI runs it)
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, root, versionOf } from './packed.mjs';
import { launchChromium, serveStatic } from './static-server.mjs';

const ROLLUP = ['rollup@4.68.8', '@rollup/plugin-node-resolve@16.0.3'];
const { scratch, sh } = installPacked('kpi-bundlers', [`vite@${versionOf('vite')}`, `esbuild@${versionOf('esbuild')}`, ...ROLLUP]);
const app = join(scratch, 'app');
mkdirSync(app);
writeFileSync(join(app, 'main.js'), `import 'inbound-kpi-kit/define/all';
const data = await (await fetch('./data.json')).json();
for (const el of document.querySelectorAll('kpi-card, kpi-trend, kpi-chart')) el.data = data;
`);
// <kpi-chart> too: its own lazy chunk (vega-embed, vega-lite and the whole of vega), beside the kit's runtime and its part of vega.
const SPEC = JSON.stringify({ mark: 'rect', encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'member', type: 'nominal' }, color: { field: 'value', type: 'quantitative' } } });
const html = (script) => `<!doctype html><html lang="en"><kpi-card metric="mqls"></kpi-card><kpi-trend metric="mqls"></kpi-trend><kpi-chart fields="metric:mqls period:3 by:campaign" spec='${SPEC}'></kpi-chart><script type="module" src="${script}"></script></html>`;
writeFileSync(join(app, 'index.html'), html('./main.js'));
writeFileSync(join(app, 'rollup.config.mjs'), `import { nodeResolve } from '@rollup/plugin-node-resolve';
export default { input: 'main.js', output: { dir: 'out-rollup', format: 'es' }, plugins: [nodeResolve({ browser: true })] };
`);
const bin = (name) => join(scratch, 'node_modules/.bin', name);
const builds = {
  esbuild: () => sh(bin('esbuild'), ['main.js', '--bundle', '--splitting', '--format=esm', '--minify', '--outdir=out-esbuild', '--log-level=error'], app),
  vite: () => sh(bin('vite'), ['build', '--logLevel', 'error', '--outDir', 'out-vite'], app),
  rollup: () => sh(bin('rollup'), ['-c', '--silent'], app),
};

const failures = [];
const browser = await launchChromium();
try {
  for (const [name, build] of Object.entries(builds)) {
    build();
    const out = join(app, `out-${name}`);
    if (name !== 'vite') writeFileSync(join(out, 'index.html'), html('./main.js'));
    cpSync(join(root, 'demo/data/leads.json'), join(out, 'data.json'));
    const { server, origin } = await serveStatic(out);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/index.html`);
    const drawn = await page
      .waitForFunction(() => document.querySelector('kpi-card')?.shadowRoot?.querySelector('[part=value]') && document.querySelector('kpi-trend')?.shadowRoot?.querySelector('.chart svg path') && document.querySelector('kpi-chart')?.shadowRoot?.querySelector('.chart svg .role-mark path'), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    const value = await page.evaluate(() => document.querySelector('kpi-card')?.shadowRoot?.querySelector('[part=value]')?.textContent?.trim());
    console.log(`${name}: ${drawn ? `the card shows ${value}, the trend and <kpi-chart> draw` : 'NOTHING DRAWN'}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
    if (!drawn || errors.length) failures.push(name);
    await page.close();
    server.close();
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`the page built by ${failures.join(', ')} does not work`);
  process.exitCode = 1;
} else console.log('esbuild, Vite and Rollup each build a working page from the packed package');
