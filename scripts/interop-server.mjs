// The server-rendering frameworks of `npm run test:interop` (scripts/interop.mjs runs them):
// Next.js (app router: `next build`, then `next start`, then `next dev`) and Astro (`astro
// build`, its static output), each from the packed package in a scratch project. Checked
// with no JS (the HTML as fetched) and in Chromium: the numbers the core computes for the
// sample data are in the server's HTML; no hydration warning nor any other console error or
// warning; no "already defined" warning from the kit in the build's or the server's output;
// CLS <= 0.01; kpi-select reaches React's handler.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPacked, root, versionOf } from './packed.mjs';
import { removeScratch } from './scratch.mjs';
import { launchChromium, serveStatic } from './static-server.mjs';

// The latest releases that run on the kit's Node (>= 20.19). Next.js 16 asks for >= 20.9.
// Astro: 6.0.0 to 6.0.5 list ^20.19.1 in their engines, but their CLI refuses any Node below
// 22.12 (6.0.6 and later list >= 22.12), so 5.18.2 is the latest that runs on Node 20.
// Astro's Lit integration (@astrojs/lit) was deprecated in Astro 5.0: the page renders the
// elements itself, with inbound-kpi-kit/ssr in its frontmatter.
const NEXT = 'next@16.5.0';
const ASTRO = 'astro@5.18.2';
const LIT_SSR = ['@lit-labs/ssr@4.1.0', '@lit-labs/ssr-client@1.1.8', `lit@${versionOf('lit')}`];
const CLS_GOAL = 0.01;
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
/** What the kit says when two different copies define one tag. */
const DUPLICATE = /already defined by/;

export const SERVER_APPS = {
  next: { packages: [NEXT, `react@${versionOf('react')}`, `react-dom@${versionOf('react-dom')}`, `typescript@${versionOf('typescript')}`, `@types/react@${versionOf('@types/react')}`, `@types/react-dom@${versionOf('@types/react-dom')}`, `@types/node@${versionOf('@types/node')}`, ...LIT_SSR], run: runNext },
  astro: { packages: [ASTRO, ...LIT_SSR], run: runAstro },
};

/** Installs the app beside the packed package; runs its checks; returns the failures. */
export async function runServerApp(name) {
  const spec = SERVER_APPS[name];
  const { scratch } = installPacked(`kpi-${name}`, spec.packages);
  const app = join(scratch, 'app');
  cpSync(join(root, 'test/interop', name), app, { recursive: true });
  const data = readFileSync(join(root, 'demo/data/leads.json'));
  writeFileSync(join(app, 'data.json'), data);
  mkdirSync(join(app, 'public'), { recursive: true });
  writeFileSync(join(app, 'public/data.json'), data);
  try {
    return await spec.run({ scratch, app });
  } finally {
    removeScratch(scratch);
  }
}

/** The numbers the server's HTML must hold, worked out by the packed package's core (never read from a page). */
async function expectedNumbers(scratch) {
  const core = await import(pathToFileURL(join(scratch, 'node_modules/inbound-kpi-kit/dist/core/index.js')).href);
  const parsed = core.parseDataset(JSON.parse(readFileSync(join(root, 'demo/data/leads.json'), 'utf8')));
  const { dataset } = parsed;
  const shown = (result, id) => core.formatValue(result.metrics[id].value, core.getMetric(id).unit, { locale: 'en', currency: dataset.currency });
  const latest = core.computeMetrics(dataset, {});
  return { cac: shown(latest, 'cac'), leads: shown(latest, 'leads') };
}

/** An HTML page's text as a reader sees it: no styles, scripts, comments or tags; spaces collapsed. */
const textOf = (html) =>
  html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');
const normal = (text) => text.replace(/\u00a0|\u202f/g, ' ');

/** A free loopback port. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts a server process (its own process group, so that it and its workers stop together) and waits for it to answer. */
async function startServer(command, args, cwd, origin, timeout = 120_000) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...QUIET }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(origin).then((r) => r.ok, () => false);
    if (ok) return { stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} did not answer within ${timeout / 1000} s:\n${output}`);
}

/** Runs a command to its end; resolves with its output (stdout and stderr), rejects with it on failure. */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...QUIET }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

/**
 * Opens a page in Chromium: console errors and warnings (hydration's among them) and page
 * errors, CLS until the page settles, and `check(page)`'s own failures.
 */
async function inChromium(browser, url, check = async () => []) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const failures = [];
  page.on('console', (message) => {
    // Lit's own notice in a development build (next dev) is expected.
    if ((message.type() === 'error' || message.type() === 'warning') && !/Lit is in dev mode/.test(message.text())) failures.push(`console ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error}`));
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  failures.push(...(await check(page)));
  const cls = await page.evaluate(() => window.__cls);
  if (cls > CLS_GOAL) failures.push(`CLS ${cls.toFixed(3)} (goal: <= ${CLS_GOAL})`);
  await page.close();
  return { failures, cls };
}

/** Both elements of a server-rendered page drew the same numbers as the server, once hydrated. */
const hydratedNumbers = (expected) => async (page) => {
  const failures = [];
  const drawn = await page
    .waitForFunction(() => ['card', 'funnel'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part=summary]') && document.getElementById(id).hasUpdated), undefined, { timeout: 20_000 })
    .then(() => true, () => false);
  if (!drawn) failures.push('the server-rendered elements did not hydrate within 20 s');
  const text = normal(await page.evaluate(() => document.getElementById('card')?.shadowRoot?.textContent ?? ''));
  if (!text.includes(expected.cac)) failures.push(`#card does not show ${expected.cac} once hydrated: "${text.replace(/\s+/g, ' ').slice(0, 160)}"`);
  return failures;
};

/** The client page (React wrappers): the card draws, and a click on its value reaches React's handler. */
const reactHandlers = async (page) => {
  const failures = [];
  const drawn = await page.waitForFunction(() => document.getElementById('card')?.shadowRoot?.querySelector('[part=value]') && document.getElementById('funnel')?.shadowRoot?.querySelector('[part=summary]'), undefined, { timeout: 20_000 }).then(() => true, () => false);
  if (!drawn) return ['the client page\'s card and funnel did not draw within 20 s'];
  await page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[part=value]').click());
  await page.waitForFunction(() => document.getElementById('selected').textContent === 'card:mqls', undefined, { timeout: 5_000 }).catch(() => {});
  const selected = await page.evaluate(() => document.getElementById('selected').textContent);
  if (selected !== 'card:mqls') failures.push(`kpi-select in React's handler: expected "card:mqls", got "${selected}"`);
  return failures;
};

/** The server's HTML of the server-component page, fetched with no JS: the elements' numbers in declarative shadow DOM. */
function serverHtmlFailures(html, expected, where) {
  const failures = [];
  const text = textOf(html);
  if (!html.includes('shadowrootmode="open"')) failures.push(`${where}: no declarative shadow DOM in the server's HTML`);
  if (html.includes('part="loading"')) failures.push(`${where}: a loading skeleton in the server's HTML`);
  // CAC in #card, leads in #funnel.
  for (const [metric, value] of [['cac', expected.cac], ['leads', expected.leads]]) {
    if (!text.includes(value)) failures.push(`${where}: ${metric} (${value}, by the core) not in the server's HTML: "${text.slice(0, 300)}…"`);
  }
  return failures;
}

async function runNext({ scratch, app }) {
  const failures = [];
  const bin = join(scratch, 'node_modules/.bin/next');
  const wrappers = readFileSync(join(scratch, 'node_modules/inbound-kpi-kit/dist/react/index.js'), 'utf8');
  if (!wrappers.startsWith("'use client';")) failures.push("the packed dist/react/index.js does not start with 'use client'");
  // The server component at /client imports the wrappers: the build fails if they are not a client module.
  const build = await run(bin, ['build'], app);
  // The compiler is the platform's @next/swc-* package from npm, never a download.
  if (/download/i.test(build)) failures.push(`next build downloaded something: ${build.split('\n').find((l) => /download/i.test(l))}`);
  if (DUPLICATE.test(build)) failures.push(`next build: ${build.split('\n').filter((l) => DUPLICATE.test(l)).length} "already defined" warnings: ${build.split('\n').find((l) => DUPLICATE.test(l))}`);
  const expected = await expectedNumbers(scratch);
  const browser = await launchChromium();
  try {
    for (const mode of ['start', 'dev']) {
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      const server = await startServer(bin, [mode, '-p', String(port), '-H', '127.0.0.1'], app, origin);
      try {
        const home = await (await fetch(`${origin}/`)).text();
        failures.push(...serverHtmlFailures(home, expected, `next ${mode} /`));
        const client = await (await fetch(`${origin}/client`)).text();
        // The wrappers' server HTML: every attribute, period included; no attribute the page did not set.
        for (const tag of ['<kpi-card id="server-card" metric="customers" period="2026-Q1"', '<kpi-card id="card" metric="mqls" period="2026-03"']) {
          if (!client.includes(tag)) failures.push(`next ${mode} /client: no ${tag}…> in the server's HTML: ${(client.match(/<kpi-card[^>]*>/g) ?? []).join(' ')}`);
        }
        const results = [await inChromium(browser, `${origin}/`, hydratedNumbers(expected)), await inChromium(browser, `${origin}/client`, reactHandlers)];
        results.forEach(({ failures: found }, i) => failures.push(...found.map((f) => `next ${mode} ${i ? '/client' : '/'}: ${f}`)));
        if (DUPLICATE.test(server.output())) failures.push(`next ${mode}: "already defined" warnings: ${server.output().split('\n').find((l) => DUPLICATE.test(l))}`);
        console.log(`  next ${mode}: CLS ${results.map((r) => r.cls.toFixed(3)).join(' (/), ')} (/client)`);
      } finally {
        server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return failures;
}

async function runAstro({ scratch, app }) {
  const failures = [];
  const build = await run(join(scratch, 'node_modules/.bin/astro'), ['build', '--silent'], app);
  if (DUPLICATE.test(build)) failures.push(`astro build: "already defined" warnings: ${build.split('\n').find((l) => DUPLICATE.test(l))}`);
  const expected = await expectedNumbers(scratch);
  const dist = join(app, 'dist');
  failures.push(...serverHtmlFailures(readFileSync(join(dist, 'index.html'), 'utf8'), expected, 'astro dist/index.html'));
  const { server, origin } = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const { failures: found, cls } = await inChromium(browser, `${origin}/index.html`, hydratedNumbers(expected));
    failures.push(...found.map((f) => `astro /: ${f}`));
    console.log(`  astro: CLS ${cls.toFixed(3)}`);
  } finally {
    await browser.close();
    server.close();
  }
  return failures;
}
