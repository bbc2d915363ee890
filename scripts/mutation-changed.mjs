// Mutation testing of the lines a change touched (CI runs it on the last commit): the whole
// of src/core takes hours here, the lines of one change take minutes. Stryker mutates only
// those line ranges, runs only the tests that cover each mutant, and fails below 80%.
//   node scripts/mutation-changed.mjs [base] [--list]   (default base: HEAD~1; --list: only say
//   which lines; `npm run test:mutation` runs everything)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--')) ?? 'HEAD~1';
/** What mutation testing covers: the core, and the data layer's page-free parts (tested in Node). */
const SCOPE = ['src/core', 'src/elements/data', 'src/elements/lazy/shared-metrics.ts', 'src/elements/contract/attributes.ts', 'src/elements/contract/data-attribute.ts'];
/** Generated, or only re-exports: nothing to mutate. */
const SKIP = /(\.generated\.ts|\/index\.ts|^src\/core\/kit\.ts)$/;

const diff = execFileSync('git', ['diff', '--unified=0', '--no-color', base, '--', ...SCOPE], { encoding: 'utf8' });
const ranges = [];
let file;
for (const line of diff.split('\n')) {
  const header = /^\+\+\+ b\/(.+)$/.exec(line);
  if (header) file = header[1].endsWith('.ts') && !SKIP.test(header[1]) ? header[1] : undefined;
  const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (hunk && file) {
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count > 0) ranges.push(`${file}:${start}-${start + count - 1}`);
  }
}

if (ranges.length === 0) {
  console.log(`mutation testing: no line of ${SCOPE.join(', ')} changed since ${base}`);
  process.exit(0);
}
console.log(`mutation testing the lines changed since ${base}:\n  ${ranges.join('\n  ')}`);
if (args.includes('--list')) process.exit(0);
const config = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/stryker-changed.json', JSON.stringify({ ...config, mutate: ranges, thresholds: { high: 90, low: 80, break: 80 }, reporters: ['clear-text'] }, null, 2));
const run = spawn('npx', ['stryker', 'run', 'reports/stryker-changed.json'], { stdio: 'inherit' });
// A time limit (CI's `timeout`) stops Stryker and its test processes too.
process.on('SIGTERM', () => run.kill('SIGTERM'));
run.on('exit', (code) => process.exit(code ?? 1));
