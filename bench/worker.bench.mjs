// Big record payloads in the page (ARCHITECTURE.md, "Budgets"; issue: a click waited 9 s at 1M records):
// a card loading N records by src, parsed in the worker (the default) and on the page (no
// Worker), in one run: the longest main-thread task, the worst lateness of a 20 ms timer
// (what a click would wait), and the time to first numbers. Medians of 3 loads each.
//   npm run build && node bench/worker.bench.mjs [records…]   (default: 100000 1000000)
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateLeads, generateRows } from './generate.mjs';
import { launch, serve } from './browser.mjs';
import { ms } from './timing.mjs';

const COUNTS = process.argv.slice(2).map(Number).filter(Boolean);
const RUNS = 3;
mkdirSync('bench/.out', { recursive: true });
const { server, origin } = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| records | payload | parsed in | longest main-thread task | a 20 ms timer late by | first numbers |\n|---:|---:|---|---:|---:|---:|');
try {
  for (const count of COUNTS.length ? COUNTS : [100_000, 1_000_000]) {
    const leads = generateLeads(count).map((lead) => ({ ...lead, id: String(lead.id) }));
    const json = JSON.stringify({ version: 1, currency: 'BRL', timezone: 'America/Sao_Paulo', granularity: 'month', rows: generateRows(), leads });
    writeFileSync(`bench/.out/records-${count}.json`, json);
    for (const where of ['worker', 'page']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage();
        if (where === 'page') await page.addInitScript(() => delete window.Worker);
        await page.goto(`${origin}/bench/pages/worker.html?records=${count}`);
        await page.waitForFunction(() => window.result !== undefined, null, { timeout: 300_000 });
        runs.push(await page.evaluate(() => window.result));
        await page.close();
      }
      if (runs.some((r) => r.error)) throw new Error(runs.find((r) => r.error).error);
      const got = [...new Set(runs.map((r) => r.parsedIn))].join(', ');
      console.log(`| ${count.toLocaleString('en')} | ${(json.length / 1e6).toFixed(0)} MB | ${got} | ${ms(median(runs.map((r) => r.task)))} | ${ms(median(runs.map((r) => r.lag)))} | ${ms(median(runs.map((r) => r.firstNumbers)))} |`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
