import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { withMetricTable } from '../../scripts/metric-table.js';
import { parseDataset } from '../../src/core/index.js';

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
