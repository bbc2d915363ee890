// The CLI's start against Node's own (ARCHITECTURE.md, "Budgets"): start ≤ 1.5× `node -e 0`,
// plus the command's own work. The shipped command (package.json "bin") is run beside
// `node -e 0`, the commands' order rotated round by round (the machine's drift falls on every
// side alike). A dataset command's own work (reading, validating, computing and writing its
// answer) is measured in-process in the same rounds: a process that has already loaded the
// command times the command's function alone. Its start is then, round by round,
//   (the command's wall time − its own work) ÷ `node -e 0`,
// on a tiny dataset (the sample cut to its first 100 records, where the work is small and
// the start shows) and, for reference, on the whole sample.
//   npm run bench:cli   (BENCH_ROUNDS=15; BENCH_CLI=dist/cli/main.js runs the modules as tsc writes them instead)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const GOAL = 1.5;
const root = new URL('../', import.meta.url);
const { bin } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const cli = fileURLToPath(new URL(process.env.BENCH_CLI ?? bin['inbound-kpi-kit'], root));
const sample = fileURLToPath(new URL('demo/data/leads.json', root));
const scratch = mkdtempSync(join(tmpdir(), 'kpi-cli-start-'));
const tiny = join(scratch, 'tiny.json');
const full = JSON.parse(readFileSync(sample, 'utf8'));
writeFileSync(tiny, JSON.stringify({ ...full, leads: full.leads.slice(0, 100) }));

/** A process that loads the compute command, then prints how long the command itself takes (its output dropped). */
const ownWork = (file) => {
  const command = new URL('dist/cli/commands/compute.js', root).href;
  const io = '{ stdout() {}, stderr() {}, readStdin: async () => "", readChunks() { throw new Error("unused"); } }';
  return ['--input-type=module', '-e', `const { compute } = await import(${JSON.stringify(command)}); const t = performance.now(); const code = await compute([${JSON.stringify(file)}], ${io}); if (code !== 0) process.exit(code); process.stdout.write(String(performance.now() - t));`];
};

const NODE = 'node -e 0';
const COMMANDS = {
  [NODE]: ['-e', '0'],
  '--help': [cli, '--help'],
  'compute --help': [cli, 'compute', '--help'],
  schema: [cli, 'schema'],
  'compute (tiny: 100 records)': [cli, 'compute', tiny],
  'compute (the sample: 4,111 records)': [cli, 'compute', sample],
  'own work: compute (tiny)': ownWork(tiny),
  'own work: compute (the sample)': ownWork(sample),
};
/** What each line is judged by: its wall time alone, or less its own work. */
const STARTS = {
  '--help': null,
  'compute --help': null,
  schema: null,
  'compute (tiny: 100 records)': 'own work: compute (tiny)',
  'compute (the sample: 4,111 records)': 'own work: compute (the sample)',
};
const JUDGED = new Set(['--help', 'compute --help', 'schema', 'compute (tiny: 100 records)']);

const names = Object.keys(COMMANDS);
const samples = Object.fromEntries(names.map((n) => [n, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Rotated: each command leads in turn.
    for (const name of names.map((_, i) => names[(i + round) % names.length])) {
      const start = performance.now();
      const result = spawnSync(process.execPath, COMMANDS[name], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const wall = performance.now() - start;
      if (result.status !== 0) throw new Error(`${name}: exit ${result.status}\n${result.stderr}`);
      samples[name].push(name.startsWith('own work') ? Number(result.stdout) : wall);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`${ROUNDS} rounds, commands rotated round by round; the CLI: ${cli}\n`);
console.log(`| command | median | its own work (median) | start ÷ ${NODE}: median of rounds | min – max | budget |\n|---|---:|---:|---:|---:|---|`);
console.log(`| ${NODE} | ${ms(median(samples[NODE]))} | | | | |`);
let failed = false;
for (const [name, work] of Object.entries(STARTS)) {
  // Per round: (wall − own work) ÷ node -e 0, each from the same round.
  const ratios = samples[name].map((wall, r) => (wall - (work ? samples[work][r] : 0)) / samples[NODE][r]).sort((a, b) => a - b);
  const r = median(ratios);
  const judged = JUDGED.has(name);
  if (judged && r > GOAL) failed = true;
  const budget = judged ? `≤ ${GOAL}× ${r <= GOAL ? 'met' : 'NOT MET'}` : 'for reference';
  console.log(`| ${name} | ${ms(median(samples[name]))} | ${work ? ms(median(samples[work])) : '—'} | ${r.toFixed(2)}× | ${ratios[0].toFixed(2)} – ${ratios.at(-1).toFixed(2)} | ${budget} |`);
}
console.log(`\nstart = (wall time − the command's own work, measured in-process in the same round) ÷ ${NODE}`);
console.log(failed ? `CLI start budget NOT MET (above)` : `CLI start budget met: every judged command starts within ${GOAL}× ${NODE}`);
if (failed) process.exitCode = 1;
