// What dimensions cost (ARCHITECTURE.md, "Budgets": a dataset with 3 dimensions aggregates
// within 1.3× the same records without them). The same 1,000,000 records with and without
// segment, campaign and sales rep, alternated round by round:
//   - the core in this process: validate (parseDataset) and aggregate into the full metric
//     set, the view of all channels; then the same with a where on one segment;
//   - the CLI's aggregate, each in a fresh process: the records without dimensions into rows
//     by channel, against the records with them into rows by channel × the three (--by).
//   npm run build && node --expose-gc --max-old-space-size=8192 bench/dimensions.bench.mjs [records]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeMetrics, factTable, parseDataset } from '../dist/core/index.js';
import { DIMENSIONS, generateLeads } from './generate.mjs';
import { inTurn } from './timing.mjs';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 5;
const BUDGET = 1.3;
const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

function coreOnce(input, where) {
  globalThis.gc?.();
  const start = performance.now();
  // parseDataset takes the records as given (no copy to make): each run parses them anew.
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  factTable(parsed.dataset, 'month', 'period');
  computeMetrics(parsed.dataset, { period: '2025-06', ...(where && { where }) });
  return performance.now() - start;
}

const plain = generateLeads(COUNT, 42);
const sliced = generateLeads(COUNT, 42, { dims: true });
const base = { version: 1, currency: 'USD', timezone: 'America/Sao_Paulo', asOf: '2025-12-31' };
const without = { ...base, leads: plain };
const withDims = { ...base, dimensions: DIMENSIONS, leads: sliced };

const core = { plain: [], dims: [], where: [] };
inTurn([() => core.plain.push(coreOnce(without)), () => core.dims.push(coreOnce(withDims)), () => core.where.push(coreOnce(withDims, { segment: 'Enterprise' }))], ROUNDS);
const coreRatios = core.dims.map((d, i) => d / core.plain[i]);
const whereRatios = core.where.map((d, i) => d / core.plain[i]);

const dir = mkdtempSync(join(tmpdir(), 'kpi-dims-bench-'));
const files = { plain: join(dir, 'plain.ndjson'), sliced: join(dir, 'sliced.ndjson') };
writeFileSync(files.plain, plain.map((l) => JSON.stringify(l)).join('\n'));
writeFileSync(files.sliced, sliced.map((l) => JSON.stringify(l)).join('\n'));
function cliOnce(by) {
  const start = performance.now();
  const args = by ? [files.sliced, '--by', 'segment,campaign,owner'] : [files.plain];
  const result = spawnSync(process.execPath, [CLI, 'aggregate', ...args, '--timezone', 'America/Sao_Paulo', '--currency', 'USD'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(result.stderr);
  return performance.now() - start;
}
const cli = { plain: [], dims: [] };
inTurn([() => cli.plain.push(cliOnce(false)), () => cli.dims.push(cliOnce(true))], ROUNDS);
rmSync(dir, { recursive: true, force: true });
const cliRatios = cli.dims.map((d, i) => d / cli.plain[i]);

const line = (name, a, b, ratios) => `${name.padEnd(58)} ${median(a).toFixed(0).padStart(7)} ms  ${median(b).toFixed(0).padStart(7)} ms  ${median(ratios).toFixed(2)}× (${spread(ratios)})  ${median(ratios) <= BUDGET ? 'met' : 'not met'} (≤ ${BUDGET}×)`;
console.log(`${COUNT.toLocaleString('en')} records, ${ROUNDS} rounds, each side leading in turn, medians; ratio = with dimensions ÷ without`);
console.log(line('core: validate + aggregate + metrics, all channels', core.plain, core.dims, coreRatios));
console.log(line('core: the same, where segment=Enterprise', core.plain, core.where, whereRatios));
console.log(line('CLI aggregate: rows by channel vs by channel × 3 dimensions', cli.plain, cli.dims, cliRatios));
