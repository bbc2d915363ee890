import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { withMetricTable } from '../../scripts/metric-table.js';
import { run } from '../../src/cli/run.js';
import { computeMetrics, formatValue, parseDataset } from '../../src/core/index.js';

it('the README\'s metric table is the catalogue (run `npx tsx scripts/metric-table.ts --write` after changing it)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.equal(readme, withMetricTable(readme));
});

for (const heading of ['### Slicing by any dimension', '### The handoff ledger']) {
  it(`the README's example dataset under "${heading}" is valid`, () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf(heading));
    const json = section.slice(section.indexOf('```jsonc') + 8, section.indexOf('```', section.indexOf('```jsonc') + 8));
    const result = parseDataset({ version: 1, ...(JSON.parse(json) as object) });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  });
}

it("the README's worked bridge is what explain prints for the sample company", async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.slice(readme.indexOf('<!-- explain-example:begin'), readme.indexOf('<!-- explain-example:end'));
  const shown = block.slice(block.indexOf('```text\n') + 8, block.lastIndexOf('```'));
  const out: string[] = [];
  const code = await run(['explain', 'demo/data/leads.json', '--metric', 'customers', '--period', '2026-02', '--format', 'table'], {
    stdout: (text) => void out.push(text),
    stderr: (text) => assert.fail(text),
    readStdin: async () => '',
    readChunks: (source) => createReadStream(new URL(`../../${source}`, import.meta.url), { encoding: 'utf8' }),
  });
  assert.equal(code, 0);
  assert.equal(out.join(''), shown);
  // Check it by hand, as the README does: L(12, 6) = 6 / ln 2, times ln(338 / 303) for the leads.
  assert.ok(shown.includes(`+${((6 / Math.LN2) * Math.log(338 / 303)).toFixed(2)}`));
});

it("the README's first screen: its picture is in the repository, the install line and a first page come before the contributor's commands", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const picture = /!\[[^\]]+\]\(([^)]+)\)/.exec(readme)![1]!;
  assert.ok(existsSync(new URL(`../../${picture}`, import.meta.url)), `${picture} (npm run picture writes it)`);
  const at = (text: string) => readme.indexOf(text);
  assert.ok(at('npm install inbound-kpi-kit') > 0 && at('npm install inbound-kpi-kit') < at('## Quick start'));
  assert.ok(at('<kpi-card') < at('## Quick start') && at('npm ci && npm run demo') > at('## Quick start'));
  assert.equal(at('your.cdn'), -1, 'the CDN line is a real address');
});

it('the README\'s "In code" example gives, on the sample data, the value its comment says', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## In code'));
  const said = /formatValue\(metrics\.cac\.value, metrics\.cac\.unit, \{ locale: 'pt-BR', currency: 'BRL' \}\); \/\/ "([^"]+)" on the sample data/.exec(section)![1];
  const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')));
  assert.ok(parsed.ok);
  const { metrics } = computeMetrics(parsed.dataset, { period: '2026-Q1', channel: 'paid-search', mode: 'cohort' });
  assert.equal(formatValue(metrics.cac!.value, metrics.cac!.unit, { locale: 'pt-BR', currency: 'BRL' }).replace(/\s/g, ' '), said);
});
