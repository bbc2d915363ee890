// The CLI's start against Node's own (ARCHITECTURE.md, "Budgets"): start ≤ 1.5× `node -e 0`,
// plus the command's own work. The shipped command (package.json "bin") is run beside
// `node -e 0`, the commands' order rotated round by round (the machine's drift falls on every
// side alike). A dataset command's own work (reading, validating, computing and writing its
// answer) is measured in-process in the same rounds: a process that has already loaded the
// command times the command's function alone. Its start is then, round by round,
//   (the command's wall time − its own work) ÷ `node -e 0`,
// on a tiny dataset (the sample cut to its first 100 records, where the work is small and
// the start shows) and, for reference, on the whole sample. Each process's CPU time (user +
// system, all its threads) is read too, and the same ratios printed from it: wall time is
// what the budget speaks of, but on a loaded machine it measures the machine's queue, and
// CPU time far less so.
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
// Preloaded into every process alike (node -e 0 too): its CPU time, written as it exits.
const cpuProbe = join(scratch, 'cpu.cjs');
writeFileSync(cpuProbe, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, '\\ncpu-us ' + (u.user + u.system) + '\\n'); });\n");

/** A process that loads the compute command, then prints how long the command itself takes (its output dropped). */
const ownWork = (file) => {
  const command = new URL('dist/cli/commands/compute.js', root).href;
  const io = '{ stdout() {}, stderr() {}, readStdin: async () => "", readChunks() { throw new Error("unused"); } }';
  return ['--input-type=module', '-e', `const { compute } = await import(${JSON.stringify(command)}); const t = performance.now(); const cpu = process.cpuUsage(); const code = await compute([${JSON.stringify(file)}], ${io}); if (code !== 0) process.exit(code); const used = process.cpuUsage(cpu); process.stdout.write((performance.now() - t) + ' ' + (used.user + used.system) / 1000);`];
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
const cpu = Object.fromEntries(names.map((n) => [n, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Rotated: each command leads in turn.
    for (const name of names.map((_, i) => names[(i + round) % names.length])) {
      const start = performance.now();
      const result = spawnSync(process.execPath, ['--require', cpuProbe, ...COMMANDS[name]], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const wall = performance.now() - start;
      if (result.status !== 0) throw new Error(`${name}: exit ${result.status}\n${result.stderr}`);
      if (name.startsWith('own work')) {
        const [workWall, workCpu] = result.stdout.split(' ').map(Number);
        samples[name].push(workWall);
        cpu[name].push(workCpu);
      } else {
        samples[name].push(wall);
        cpu[name].push(Number(/cpu-us (\d+)/.exec(result.stderr)[1]) / 1000);
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
let failed = false;
/** The table of one measure (wall or CPU time): medians, and each command's start ÷ node -e 0 round by round. */
function report(title, times, judge) {
  console.log(`\n${title}\n\n| command | median | its own work (median) | start ÷ ${NODE}: median of rounds | min – max | budget |\n|---|---:|---:|---:|---:|---|`);
  console.log(`| ${NODE} | ${ms(median(times[NODE]))} | | | | |`);
  for (const [name, work] of Object.entries(STARTS)) {
    // Per round: (time − own work) ÷ node -e 0, each from the same round.
    const ratios = times[name].map((t, r) => (t - (work ? times[work][r] : 0)) / times[NODE][r]).sort((a, b) => a - b);
    const r = median(ratios);
    const judged = JUDGED.has(name);
    if (judge && judged && r > GOAL) failed = true;
    const budget = judged ? `≤ ${GOAL}× ${r <= GOAL ? 'met' : 'NOT MET'}` : 'for reference';
    console.log(`| ${name} | ${ms(median(times[name]))} | ${work ? ms(median(times[work])) : '—'} | ${r.toFixed(2)}× | ${ratios[0].toFixed(2)} – ${ratios.at(-1).toFixed(2)} | ${budget} |`);
  }
}
console.log(`${ROUNDS} rounds, commands rotated round by round; the CLI: ${cli}`);
report('Wall time (the budget):', samples, true);
report('CPU time (user + system, all threads), for a loaded machine:', cpu, false);
console.log(`\nstart = (time − the command's own work, measured in-process in the same round) ÷ ${NODE}`);
console.log(failed ? `CLI start budget NOT MET by wall time (above)` : `CLI start budget met: every judged command starts within ${GOAL}× ${NODE} by wall time`);
if (failed) process.exitCode = 1;
