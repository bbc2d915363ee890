// The CLI's start against Node's own (ARCHITECTURE.md, "Budgets"): each command's wall time
// beside `node -e 0`, measured in the same run with the commands' order rotated round by
// round (the machine's drift falls on every side alike). `--help` and `schema` must start
// within 1.5× of Node; `compute` on the sample is printed beside its own work (the same
// computeMetrics in a process that already has the core), so what is left is its start.
//   npm run bench:cli   (BENCH_ROUNDS=15)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const GOAL = 1.5;
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const sample = fileURLToPath(new URL('../demo/data/leads.json', import.meta.url));
const core = new URL('../dist/core/index.js', import.meta.url).href;

const COMMANDS = {
  'node -e 0': ['-e', '0'],
  'inbound-kpi-kit --help': [cli, '--help'],
  'inbound-kpi-kit compute --help': [cli, 'compute', '--help'],
  'inbound-kpi-kit schema': [cli, 'schema'],
  'inbound-kpi-kit compute (the sample)': [cli, 'compute', sample],
  // The command's own work: reading, parsing and computing the sample, the core already loaded.
  'its own work (in a warm process)': ['--input-type=module', '-e', `import { readFileSync } from 'node:fs'; const c = await import(${JSON.stringify(core)}); const t = performance.now(); const d = c.parseDataset(JSON.parse(readFileSync(${JSON.stringify(sample)}, 'utf8'))); c.computeMetrics(d.dataset); process.stdout.write(String(performance.now() - t));`],
};
const names = Object.keys(COMMANDS);
const samples = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Rotated: each command leads in turn.
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const name of order) {
    const start = performance.now();
    const result = spawnSync(process.execPath, COMMANDS[name], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = performance.now() - start;
    if (result.status !== 0) throw new Error(`${name}: exit ${result.status}\n${result.stderr}`);
    samples[name].push(name.startsWith('its own work') ? Number(result.stdout) : wall);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples['node -e 0']);
const work = median(samples['its own work (in a warm process)']);
console.log(`${ROUNDS} rounds, commands rotated round by round; medians.\n`);
console.log('| command | median | ÷ node -e 0 | goal |\n|---|---:|---:|---|');
let failed = false;
for (const name of names) {
  const m = median(samples[name]);
  const held = name.endsWith('--help') || name.endsWith('schema');
  const r = m / base;
  if (held && r > GOAL) failed = true;
  const goal = held ? `≤ ${GOAL}× ${r <= GOAL ? 'met' : 'not met'}` : name.startsWith('inbound-kpi-kit compute') ? `start ${(((m - work) / base)).toFixed(2)}× (its wall time less its own work ${work.toFixed(0)} ms)` : '—';
  console.log(`| ${name} | ${m.toFixed(0)} ms | ${name.startsWith('its own') ? '—' : `${r.toFixed(2)}×`} | ${goal} |`);
}
if (failed) process.exitCode = 1;
