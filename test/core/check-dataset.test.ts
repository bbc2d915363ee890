import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDataset } from '../../src/core/ingest/check-dataset.js';
import { parseDataset, parseWithZod } from '../../src/core/ingest/parse.js';
import fc from './fc.js';

// The quick check says "valid" only when zod does, with the same dataset; when it cannot
// vouch, zod decides and words the issues. It must also vouch for real, valid payloads, or
// every page would load zod for nothing.

/** A dataset with every part of the contract, valid. */
const FULL = {
  version: 1,
  currency: 'BRL',
  timezone: 'America/Sao_Paulo',
  granularity: 'month',
  asOf: '2026-02-20',
  responseWindowHours: 4,
  stageLabels: { sqls: 'SALs', visitors: 'Visits' },
  dimensions: [{ id: 'segment', label: 'Segment', labels: { 'pt-BR': 'Segmento' } }, { id: 'region' }],
  reasons: [{ code: 'no_icp', label: 'Not our ICP', labels: { es: 'No es ICP' }, owner: 'marketing' }, { code: 'no_call', owner: 'sales' }],
  stages: { mqls: { owner: 'sales', maxDays: 2 }, opportunities: { maxDays: 30 } },
  economics: { grossMargin: 0.8, arpa: 200, monthlyChurn: 0.02, lifetimeCapMonths: 60 },
  rows: [
    { period: '2026-01', channel: 'search', dims: { segment: 'SMB' }, visitors: 1000, marketingSpend: 500.5 },
    { period: '2026-02', channel: 'search', visitors: 1200, salesSpend: 300, reasons: { no_icp: 2 } },
  ],
  leads: [
    { id: 'a', createdAt: '2026-01-10T10:00:00-03:00', channel: 'search', mqlAt: '2026-01-11T10:00:00-03:00', firstContactAt: '2026-01-11T12:00:00-03:00', sqlAt: '2026-01-12T10:00:00-03:00', wonAt: '2026-02-03T10:00:00-03:00', amount: 1000, dims: { segment: 'SMB' } },
    { id: 7, createdAt: '2026-02-02T10:00:00-03:00', channel: 'email', mqlAt: '2026-02-03T10:00:00-03:00', rejectedAt: '2026-02-04T10:00:00-03:00', reason: 'no_call' },
  ],
  targets: [{ metric: 'mqls', period: '2026-02', value: 10, where: { channel: 'search', segment: 'SMB' } }, { metric: 'cac', period: '2026-02', value: -1.5, channel: 'email' }],
  slas: [
    { id: 'volume', owner: 'marketing', label: 'MQLs a month', labels: { 'pt-BR': 'MQLs por mês' }, type: 'volume', metric: 'mqls', target: 10, warnAt: 0.9 },
    { id: 'response', owner: 'sales', type: 'response', withinHours: 4, target: 0.8 },
    { id: 'rate', owner: 'sales', type: 'metric', metric: 'mql_to_sql', target: 0.3 },
    { id: 'accept', owner: 'sales', type: 'acceptance', withinHours: 48, target: 0.9 },
  ],
  benchmarks: [
    { metric: 'ltv_to_cac', value: 3, comparator: '>=', source: { name: 'Rule of thumb', kind: 'primary', url: 'https://example.com/a?b=1', year: 2024 } },
    { metric: 'mql_to_sql', low: 0.1, median: 0.2, high: 0.3, source: { name: 'Survey' }, segment: 'B2B', where: { segment: 'SMB' }, note: 'n' },
  ],
};

/** Every place in a JSON value: the path to each object or array, and each key or index in it. */
function places(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; key: PropertyKey }> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const k = Array.isArray(value) ? Number(key) : key;
    return [{ path, key: k }, ...places((value as Record<string, unknown>)[key], [...path, k])];
  });
}
const at = (root: unknown, path: PropertyKey[]) => path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], root);

const TRICKY = [
  undefined, null, 0, -0, 1, -1, 0.5, 1.5, 2 ** 53, Number.NaN, Infinity, true, [], {}, '', 'x', 'x'.repeat(81), 'x'.repeat(201),
  '2026-03', '2026-W09', '2026-02-30', '2026-Q5', '2026-03-15', '2026-02-20T10:00:00Z', '2026-01-09T10:00:00-03:00', '2026-13-01',
  'marketing', 'sales', 'both', 'mqls', 'cac', 'no_such_metric', 'Mqls', 'SMB', 'segment', 'region', 'channel', 'period', 'no_icp', 'no_call', 'nope',
  'https://example.com', ' https://example.com', 'https://exa mple.com', 'HTTPS://example.com', 'http:example.com', 'javascript:alert(1)', 'ftp://x.y',
  'UTC', 'Etc/GMT+3', 'Nowhere/Zone', 'BRL', 'brl', 'volume', 'response', 'metric', 'acceptance', '>=', '<', 'primary', 1899, 2201, 2024, 8, 9,
  { en: 'x' }, { fr: 'x' }, { segment: 'SMB' }, { color: 'red' }, { no_icp: 1 }, [{ id: 'segment' }], [{ id: 'segment' }, { id: 'segment' }],
];
const edit = fc.tuple(fc.nat(), fc.constantFrom(...TRICKY), fc.constantFrom('set', 'set', 'delete', 'stray'));

/** FULL with a few edits at random places: a value replaced, a key dropped, a stray key added. */
const edited = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
  const copy = structuredClone(FULL) as Record<string, unknown>;
  for (const [n, tricky, op] of edits) {
    // A copy: the same object put in twice (or into itself, by a later edit) would make a cycle, and edits would change TRICKY.
    const value = structuredClone(tricky);
    const all = places(copy);
    const { path, key } = all[n % all.length]!;
    const parent = at(copy, path) as Record<PropertyKey, unknown>;
    if (op === 'delete' && !Array.isArray(parent)) delete parent[key];
    else if (op === 'stray' && !Array.isArray(parent)) parent.stray = value;
    else parent[key] = value;
  }
  return copy;
});

describe('the quick check of a whole dataset', () => {
  it('vouches for valid payloads, with the dataset zod returns', () => {
    for (const input of [FULL, { version: 1 }, JSON.parse(readFileSync('demo/data/leads.json', 'utf8')), JSON.parse(readFileSync('demo/data/rows.json', 'utf8'))]) {
      const quick = checkDataset(input);
      const zod = parseWithZod(input);
      assert.ok(quick, 'the quick check vouches for it');
      assert.ok(zod.ok);
      assert.deepEqual(quick, zod.dataset);
    }
  });

  it('says valid only when zod does, with the same dataset (a few edits anywhere in a full dataset)', () => {
    let vouched = 0;
    let refused = 0;
    fc.assert(
      fc.property(edited, (input) => {
        const quick = checkDataset(input);
        const zod = parseWithZod(input);
        if (quick === undefined) {
          if (!zod.ok) refused++;
          return;
        }
        vouched++;
        assert.ok(zod.ok, `zod refuses what the quick check vouched for: ${JSON.stringify(zod.ok ? '' : zod.issues)}`);
        assert.deepEqual(quick, zod.dataset);
      }),
      { numRuns: 3000 },
    );
    // Both sides were explored: edits that keep the dataset valid, and edits that break it.
    assert.ok(vouched > 100 && refused > 100, `vouched ${vouched}, refused ${refused}`);
  });

  it('agrees with zod at each limit of the contract, either side of it', () => {
    const cases: Array<[PropertyKey[], unknown]> = [
      [['stageLabels', 'sqls'], 'x'.repeat(80)], [['stageLabels', 'sqls'], 'x'.repeat(81)], [['stageLabels', 'sqls'], ''],
      [['reasons', 0, 'label'], 'x'.repeat(120)], [['reasons', 0, 'label'], 'x'.repeat(121)], [['reasons', 0, 'code'], 'x'.repeat(65)],
      [['slas', 0, 'label'], 'x'.repeat(200)], [['slas', 0, 'label'], 'x'.repeat(201)], [['slas', 0, 'id'], 'x'.repeat(65)],
      [['slas', 0, 'labels', 'es'], 'x'.repeat(200)], [['slas', 0, 'labels', 'es'], 'x'.repeat(201)], [['slas', 0, 'labels', 'fr'], 'x'], [['slas', 0, 'labels', 'pt-BR'], ''],
      [['benchmarks', 0, 'source', 'name'], 'x'.repeat(300)], [['benchmarks', 0, 'source', 'name'], 'x'.repeat(301)], [['benchmarks', 1, 'note'], 'x'.repeat(501)],
      [['benchmarks', 0, 'source', 'year'], 1900], [['benchmarks', 0, 'source', 'year'], 1899], [['benchmarks', 0, 'source', 'year'], 2200], [['benchmarks', 0, 'source', 'year'], 2201], [['benchmarks', 0, 'source', 'year'], 2024.5],
      [['benchmarks', 0, 'source', 'url'], 'http://example.com'], [['benchmarks', 0, 'source', 'url'], 'https://'], [['benchmarks', 0, 'source', 'url'], 'https://[::1'], [['benchmarks', 0, 'source', 'url'], 'mailto:a@b.c'],
      [['benchmarks', 1, 'low'], 0.31], [['benchmarks', 0, 'comparator'], '<='], [['rows', 1, 'reasons'], { ['x'.repeat(64)]: 1 }], [['rows', 1, 'reasons'], { ['x'.repeat(65)]: 1 }],
      [['rows', 0, 'dims', 'segment'], 'x'.repeat(201)], [['targets', 0, 'where', 'channel'], 'x'.repeat(200)], [['targets', 1, 'channel'], 'x'.repeat(201)],
      [['economics', 'grossMargin'], 1], [['economics', 'grossMargin'], 1.01], [['economics', 'lifetimeCapMonths'], 0], [['responseWindowHours'], 0.5],
      [['dimensions', 0, 'id'], 'a'.repeat(32)], [['dimensions', 0, 'id'], 'a'.repeat(33)], [['dimensions', 1, 'id'], 'period'], [['dimensions', 1, 'id'], 'channel'], [['dimensions', 0, 'label'], 'x'.repeat(81)],
      [['rows', 0, 'visitors'], 2 ** 53 - 1], [['rows', 0, 'visitors'], 2 ** 53], [['rows', 0, 'marketingSpend'], -0.01], [['rows', 0, 'period'], '2026-02-29'], [['rows', 0, 'period'], '2026-Q1'],
      [['targets', 0, 'metric'], 'x'.repeat(65)], [['slas', 2, 'metric'], 'ltv_to_cac'], [['slas', 1, 'withinHours'], 0], [['asOf'], '2026-02-29'], [['asOf'], '2028-02-29'],
      [['dimensions'], [FULL.dimensions[0], ...'abcdefg'.split('').map((id) => ({ id }))]], [['dimensions'], [FULL.dimensions[0], ...'abcdefgh'.split('').map((id) => ({ id }))]],
      [['timezone'], 'Etc/GMT+3'], [['timezone'], 'Mars/Olympus'], [['currency'], 'BRLX'], [['granularity'], 'year'], [['granularity'], 'week'],
    ];
    for (const [path, value] of cases) {
      const input = structuredClone(FULL) as Record<string, unknown>;
      (at(input, path.slice(0, -1)) as Record<PropertyKey, unknown>)[path.at(-1)!] = value;
      const zod = parseWithZod(input);
      assert.equal(checkDataset(input) !== undefined, zod.ok, `${path.join('.')} = ${JSON.stringify(value)}`);
    }
  });

  it('is what parseDataset answers first: a valid payload never reaches zod', () => {
    const result = parseDataset(FULL);
    assert.ok(result.ok);
    assert.deepEqual(result.dataset, checkDataset(FULL));
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    for (const input of [undefined, null, 1, 'x', [], hostile, { version: 1, leads: hostile }, Object.create({ version: 1 })]) assert.equal(checkDataset(input), undefined);
  });
});
