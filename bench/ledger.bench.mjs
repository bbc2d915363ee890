// What the handoff ledger costs aggregation (ARCHITECTURE.md, "Budgets": within 1.3× of the
// kit without it). 1,000,000 records aggregated into the month × channel facts, both modes,
// alternated round by round:
//   - this build, records without the ledger's fields, against the same records with them
//     (sales' answers, failures with reasons, recycling) and stages with maxDays (stalls);
//   - with --baseline DIR: a build of the kit from before the ledger (its dist/, made with
//     `npx tsc -p tsconfig.build.json` in a checkout of that commit), on the records without.
//   npm run build && node --expose-gc --max-old-space-size=8192 bench/ledger.bench.mjs [--baseline DIR]
import { buildFactTable, parseDataset } from '../dist/core/index.js';
import { generateLeads } from './generate.mjs';
import { inTurn } from './timing.mjs';

const args = process.argv.slice(2);
const baselineDir = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined;
const baseline = baselineDir ? await import(`${baselineDir.replace(/\/$/, '')}/core/index.js`) : undefined;
const COUNT = 1_000_000;
const ROUNDS = 7;
const BUDGET = 1.3;

const REASONS = ['not-icp', 'no-budget', 'never-reached', 'price'].map((code, i) => ({ code, owner: i % 2 ? 'sales' : 'marketing' }));
const base = { version: 1, currency: 'USD', timezone: 'America/Sao_Paulo', asOf: '2025-12-31' };
const parse = (kit, input) => {
  const parsed = kit.parseDataset(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.dataset;
};
const plain = parse({ parseDataset }, { ...base, leads: generateLeads(COUNT, 42) });
const ledger = parse({ parseDataset }, { ...base, reasons: REASONS, stages: { mqls: { maxDays: 5 }, sqls: { maxDays: 14 } }, leads: generateLeads(COUNT, 42, { ledger: true }) });
const old = baseline && parse(baseline, { ...base, leads: generateLeads(COUNT, 42) });

/** One aggregation of every record into both modes' facts, in ms. */
function time(kit, dataset) {
  globalThis.gc?.();
  const start = performance.now();
  kit.buildFactTable(dataset, 'month', 'period');
  kit.buildFactTable(dataset, 'month', 'cohort');
  return performance.now() - start;
}
const kit = { buildFactTable };
const runs = { plain: [], ledger: [], old: [] };
inTurn([() => runs.plain.push(time(kit, plain)), () => runs.ledger.push(time(kit, ledger)), ...(baseline ? [() => runs.old.push(time(baseline, old))] : [])], ROUNDS);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name, a, b) => {
  const ratios = b.map((x, i) => x / a[i]);
  const r = median(ratios);
  return `${name.padEnd(62)} ${median(a).toFixed(0).padStart(6)} ms ${median(b).toFixed(0).padStart(6)} ms  ${r.toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})  ${r <= BUDGET ? 'met' : 'not met'} (≤ ${BUDGET}×)`;
};
console.log(`${COUNT.toLocaleString('en')} records into month facts, period and cohort modes, ${ROUNDS} rounds, each side leading in turn, medians`);
console.log(line('records without the ledger → with it (answers, reasons, stalls)', runs.plain, runs.ledger));
if (baseline) console.log(line('the kit before the ledger → this build, the same records', runs.old, runs.plain));
