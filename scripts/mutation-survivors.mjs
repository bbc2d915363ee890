// After tests are added for a mutation run's survivors: mutate again only the lines where
// mutants survived (or had no coverage), against every test, so the new score is measured
// in minutes rather than by the whole run again; then prints the files' scores with each
// mutant's latest status (scripts/mutation-merge.mjs).
//   node scripts/mutation-survivors.mjs <stryker json report>   (writes <report>-survivors.json)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mergedScores, printScores } from './mutation-merge.mjs';

const [reportPath] = process.argv.slice(2);
if (!reportPath?.endsWith('.json')) {
  console.error('usage: node scripts/mutation-survivors.mjs <stryker json report>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const ranges = new Set();
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) if (m.status === 'Survived' || m.status === 'NoCoverage') ranges.add(`${file}:${m.location.start.line}-${m.location.end.line}`);
}
if (ranges.size === 0) {
  console.log(`${reportPath}: no survivors`);
  process.exit(0);
}
const output = reportPath.replace(/\.json$/, '-survivors.json');
const config = { ...JSON.parse(readFileSync('stryker.config.json', 'utf8')), mutate: [...ranges], reporters: ['clear-text', 'json'], jsonReporter: { fileName: output } };
const configPath = reportPath.replace(/\.json$/, '-survivors.config.json');
writeFileSync(configPath, JSON.stringify(config, null, 2));
console.log(`mutating again ${ranges.size} line ranges of ${reportPath}; report: ${output}`);
const run = spawn('npx', ['stryker', 'run', configPath], { stdio: 'inherit' });
process.on('SIGTERM', () => run.kill('SIGTERM'));
run.on('exit', (code) => {
  if (code === 0) {
    console.log(`\nThe first run's mutants, each with its latest status:`);
    printScores(mergedScores(report, JSON.parse(readFileSync(output, 'utf8'))));
  }
  process.exit(code ?? 1);
});
