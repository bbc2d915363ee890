import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { withMetricTable } from '../../scripts/metric-table.js';

it('the README\'s metric table is the catalogue (run `npx tsx scripts/metric-table.ts --write` after changing it)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.equal(readme, withMetricTable(readme));
});
