import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { withMetricTable } from '../../scripts/metric-table.js';
import { parseDataset } from '../../src/core/index.js';

it('the README\'s metric table is the catalogue (run `npx tsx scripts/metric-table.ts --write` after changing it)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.equal(readme, withMetricTable(readme));
});

it("the README's dataset with dimensions is valid", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Slicing by any dimension'));
  const json = section.slice(section.indexOf('```jsonc') + 8, section.indexOf('```', section.indexOf('```jsonc') + 8));
  const result = parseDataset(JSON.parse(json));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
});
