// The score of a mutation run after its survivors' lines were mutated again: each mutant
// takes its status from the latest report that has it (same file, place, mutator and
// replacement), from the first otherwise.
//   node scripts/mutation-merge.mjs <first report.json> <later report.json>...
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const KILLED = new Set(['Killed', 'Timeout']);
const INVALID = new Set(['CompileError', 'RuntimeError', 'Ignored']);
const keyOf = (file, m) => `${file}:${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`;

/** Per file of `first`: [killed, valid], each mutant with its status in the last of `later` that has it. */
export function mergedScores(first, ...later) {
  const latest = new Map();
  for (const report of later) for (const [file, { mutants }] of Object.entries(report.files)) for (const m of mutants) latest.set(keyOf(file, m), m.status);
  const scores = new Map();
  for (const [file, { mutants }] of Object.entries(first.files)) {
    let killed = 0;
    let valid = 0;
    for (const m of mutants) {
      const status = latest.get(keyOf(file, m)) ?? m.status;
      if (INVALID.has(status)) continue;
      valid++;
      if (KILLED.has(status)) killed++;
    }
    scores.set(file, [killed, valid]);
  }
  return scores;
}

export function printScores(scores) {
  const pct = ([k, v]) => (v === 0 ? '—' : `${((100 * k) / v).toFixed(2)}%`);
  let all = [0, 0];
  for (const [file, s] of scores) {
    console.log(`${file.padEnd(48)} ${pct(s).padStart(8)}  (${s[0]} of ${s[1]})`);
    all = [all[0] + s[0], all[1] + s[1]];
  }
  console.log(`${'all files'.padEnd(48)} ${pct(all).padStart(8)}  (${all[0]} of ${all[1]})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [firstPath, ...laterPaths] = process.argv.slice(2);
  if (!firstPath || laterPaths.length === 0) {
    console.error('usage: node scripts/mutation-merge.mjs <first report.json> <later report.json>...');
    process.exit(2);
  }
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
  printScores(mergedScores(read(firstPath), ...laterPaths.map(read)));
}
