// The CLI's `aggregate` on big record files (ARCHITECTURE.md, "Budgets", and the scale path of the README):
// peak memory and time against reading the same records with JSON.parse alone, each in a
// fresh process, measured by GNU time, five times each, alternating. Records are generated into a temporary folder.
//   npm run build && node bench/aggregate.bench.mjs [records…]   (default: 1000000 10000000)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateLeads } from './generate.mjs';

const COUNTS = process.argv.slice(2).map(Number).filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'kpi-aggregate-bench-'));
const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;
/** Reads NDJSON line by line and JSON.parse's each: the floor any streaming reader pays. */
const PARSE_LINES = `const rl = (await import('node:readline')).createInterface({ input: (await import('node:fs')).createReadStream(process.argv[1]) }); let n = 0; for await (const line of rl) if (line) { JSON.parse(line); n++; } console.error(n);`;

async function writeRecords(path, count) {
  const out = createWriteStream(path);
  for (let done = 0; done < count; done += 100_000) {
    const batch = generateLeads(Math.min(100_000, count - done), 42 + done);
    for (const lead of batch) lead.id = done + lead.id;
    if (!out.write(batch.map((l) => JSON.stringify(l)).join('\n') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const ROUNDS = 5;

/** The run of median time (its peak memory with it). */
const median = (runs) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];

/** Peak resident memory (MiB), wall time and CPU time (s) of a command, from GNU time. */
function measure(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e %U %S', process.execPath, '--max-old-space-size=4096', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const [kb, seconds, user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  if (result.status !== 0) throw new Error(result.stderr);
  return { mib: kb / 1024, seconds, cpu: user + system };
}

console.log('| records | NDJSON | aggregate: peak memory | aggregate: time | JSON.parse line by line: peak | time | aggregate ÷ JSON.parse (wall, medians) | CPU time ÷ |\n|---:|---:|---:|---:|---:|---:|---:|---:|');
try {
  for (const count of COUNTS.length ? COUNTS : [1_000_000, 10_000_000]) {
    const file = join(dir, `leads-${count}.ndjson`);
    await writeRecords(file, count);
    // Each measured ROUNDS times, the two alternating, and the medians compared: the load of
    // a shared machine drifts within seconds.
    const aggregates = [];
    const parses = [];
    for (let round = 0; round < ROUNDS; round++) {
      aggregates.push(measure([CLI, 'aggregate', file, '--timezone', 'America/Sao_Paulo', '--response-hours', '4', '--currency', 'BRL']));
      parses.push(measure(['--input-type=module', '-e', PARSE_LINES, file]));
    }
    const aggregate = median(aggregates);
    const parse = median(parses);
    const ratios = aggregates.map((a, i) => a.seconds / parses[i].seconds).sort((a, b) => a - b);
    // CPU time too: less moved by the machine's other work than wall time.
    const cpu = (runs) => [...runs].sort((a, b) => a.cpu - b.cpu)[Math.floor(runs.length / 2)].cpu;
    console.log(`| ${count.toLocaleString('en')} | ${(statSync(file).size / 1e6).toFixed(0)} MB | ${aggregate.mib.toFixed(0)} MiB | ${aggregate.seconds.toFixed(2)} s | ${parse.mib.toFixed(0)} MiB | ${parse.seconds.toFixed(2)} s | **${(aggregate.seconds / parse.seconds).toFixed(2)}×** (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}) | ${(cpu(aggregates) / cpu(parses)).toFixed(2)}× |`);
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
