import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { withMetricTable } from '../../scripts/metric-table.js';
import { explain, parseDataset } from '../../src/core/index.js';

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

it("the README's worked bridge is what explain prints for the sample company", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- explain-example:begin'), readme.indexOf('<!-- explain-example:end'));
  const demo = parseDataset(JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')));
  assert.ok(demo.ok);
  const bridge = explain(demo.dataset, { metric: 'customers', period: '2026-02' });
  const signed = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(2)}`;
  const shown = (driver: string, x: number) => (driver === 'leads' ? String(x) : `${(x * 100).toFixed(1)}%`);
  const lines = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| driver'));
  bridge.contributions.forEach((c, i) => {
    const cells = lines[i]!.split('|').map((cell) => cell.trim());
    assert.deepEqual(cells.slice(2, 5), [shown(c.driver, c.from), shown(c.driver, c.to), signed(c.contribution)], c.driver);
  });
  assert.ok(lines.at(-1)!.includes(`**${bridge.from}** | **${bridge.to}** | **${signed(bridge.to! - bridge.from!)}** (LMDI)`));
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
