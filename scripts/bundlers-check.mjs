// The packed package as each common bundler builds it: esbuild, Vite and Rollup bundle one
// page that registers every element (with code splitting, so the chart runtime stays a lazy
// chunk), and the page runs in Chromium: a card shows its number and a trend draws.
//   node scripts/bundlers-check.mjs   (after npm run build; CI runs it)
import { cpSync, createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { installPacked, root, versionOf } from './packed.mjs';

const ROLLUP = ['rollup@4.68.8', '@rollup/plugin-node-resolve@16.0.3'];
const { scratch, sh } = installPacked('kpi-bundlers', [`vite@${versionOf('vite')}`, `esbuild@${versionOf('esbuild')}`, ...ROLLUP]);
const app = join(scratch, 'app');
mkdirSync(app);
writeFileSync(join(app, 'main.js'), `import 'inbound-kpi-kit/define/all';
const data = await (await fetch('./data.json')).json();
for (const el of document.querySelectorAll('kpi-card, kpi-trend')) el.data = data;
`);
const html = (script) => `<!doctype html><html lang="en"><kpi-card metric="mqls"></kpi-card><kpi-trend metric="mqls"></kpi-trend><script type="module" src="${script}"></script></html>`;
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
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const [name, build] of Object.entries(builds)) {
    build();
    const out = join(app, `out-${name}`);
    if (name !== 'vite') writeFileSync(join(out, 'index.html'), html('./main.js'));
    cpSync(join(root, 'demo/data/leads.json'), join(out, 'data.json'));
    const server = await serve(out);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const drawn = await page
      .waitForFunction(() => document.querySelector('kpi-card')?.shadowRoot?.querySelector('[part=value]') && document.querySelector('kpi-trend')?.shadowRoot?.querySelector('.chart svg path'), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    const value = await page.evaluate(() => document.querySelector('kpi-card')?.shadowRoot?.querySelector('[part=value]')?.textContent?.trim());
    console.log(`${name}: ${drawn ? `the card shows ${value} and the trend draws` : 'NOTHING DRAWN'}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
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

function serve(dir) {
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^\/+/, '');
    try {
      const file = join(dir, path);
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
