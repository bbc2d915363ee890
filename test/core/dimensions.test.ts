import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from './fc.js';
import {
  computeBy,
  computeMetrics,
  factTable,
  FACTS,
  foldMembers,
  KpiQueryError,
  parseDataset,
  parsePeriod,
  parseWhere,
  RowsFromRecords,
  selectFacts,
  type Dataset,
  type DatasetInput,
  type Mode,
} from '../../src/core/index.js';
import { dataset } from './fixtures.js';

// Slicing by any dimension (README, "Slicing by any dimension"): where, by, the unassigned
// member, targets with a where, CAC by segment, the fold; by hand and as properties.

const DIMENSIONS = [
  { id: 'segment', label: 'Segment', labels: { 'pt-BR': 'Segmento' } },
  { id: 'owner', label: 'Sales rep' },
];

/**
 * Seven March leads. By segment: smb L1 L2 L3 (3 leads, 2 MQLs), enterprise L4 L5 (2 leads,
 * 2 MQLs, 1 customer), unassigned L6 L7 (2 leads). By owner: Ana L1 L4, Bo L2 L5, none else.
 */
const LEADS: NonNullable<DatasetInput['leads']> = [
  { id: 'L1', channel: 'ads', createdAt: '2026-03-02T10:00:00Z', mqlAt: '2026-03-03T10:00:00Z', dims: { segment: 'smb', owner: 'Ana' } },
  { id: 'L2', channel: 'ads', createdAt: '2026-03-04T10:00:00Z', mqlAt: '2026-03-05T10:00:00Z', dims: { segment: 'smb', owner: 'Bo' } },
  { id: 'L3', channel: 'seo', createdAt: '2026-03-06T10:00:00Z', dims: { segment: 'smb' } },
  { id: 'L4', channel: 'seo', createdAt: '2026-03-07T10:00:00Z', mqlAt: '2026-03-08T10:00:00Z', wonAt: '2026-03-20T10:00:00Z', amount: 5000, dims: { segment: 'enterprise', owner: 'Ana' } },
  { id: 'L5', channel: 'ads', createdAt: '2026-03-09T10:00:00Z', mqlAt: '2026-03-10T10:00:00Z', dims: { segment: 'enterprise', owner: 'Bo' } },
  { id: 'L6', channel: 'ads', createdAt: '2026-03-11T10:00:00Z' },
  { id: 'L7', createdAt: '2026-03-12T10:00:00Z' },
];
const company = (extra: Partial<DatasetInput> = {}) => dataset({ version: 1, currency: 'USD', asOf: '2026-03-31', dimensions: DIMENSIONS, leads: LEADS, ...extra });
const value = (result: ReturnType<typeof computeMetrics>, id: string) => result.metrics[id]!.value;

describe('where and by, by hand', () => {
  it('where keeps the records carrying every value given', () => {
    const smb = computeMetrics(company(), { period: '2026-03', where: 'segment=smb' });
    assert.deepEqual([value(smb, 'leads'), value(smb, 'mqls'), value(smb, 'lead_to_mql')], [3, 2, 2 / 3]);
    assert.deepEqual(smb.where, { segment: 'smb' });
    const ana = computeMetrics(company(), { period: '2026-03', where: { segment: 'enterprise', owner: 'Ana' } });
    assert.deepEqual([value(ana, 'leads'), value(ana, 'customers'), value(ana, 'revenue')], [1, 1, 5000]);
    const adsSmb = computeMetrics(company(), { period: '2026-03', where: 'segment=smb', channel: 'ads' });
    assert.deepEqual([value(adsSmb, 'leads'), adsSmb.channel], [2, 'ads']);
  });

  it('by splits the view into its members, ranked by leads, the unassigned last, summing to the total', () => {
    const split = computeBy(company(), { period: '2026-03', by: 'segment' });
    assert.deepEqual(split.members.map((m) => m.value), ['smb', 'enterprise', null]);
    assert.deepEqual(split.members.map((m) => value(m.result, 'leads')), [3, 2, 2]);
    assert.equal(value(split.total, 'leads'), 7);
    assert.deepEqual(split.members[1]!.result.where, { segment: 'enterprise' });
    // Ties by value in code-point order: Ana and Bo have two leads each.
    const owners = computeBy(company(), { period: '2026-03', by: 'owner', where: 'segment=enterprise' });
    assert.deepEqual(owners.members.map((m) => [m.value, value(m.result, 'leads')]), [['Ana', 1], ['Bo', 1]]);
  });

  it('a member quiet in the period shows real zeros; where="channel=X" is channel X', () => {
    const april = company({ asOf: '2026-04-30', leads: [...LEADS, { id: 'A1', createdAt: '2026-04-02T10:00:00Z', dims: { segment: 'smb' } }] });
    const split = computeBy(april, { period: '2026-04', by: 'segment' });
    assert.deepEqual(split.members.map((m) => [m.value, value(m.result, 'leads')]), [['smb', 1], ['enterprise', 0], [null, 0]]);
    assert.deepEqual(computeMetrics(company(), { period: '2026-03', where: 'channel=ads' }).metrics, computeMetrics(company(), { period: '2026-03', channel: 'ads' }).metrics);
  });

  it('a target with a where applies to that view only; channel on a target is its shorthand', () => {
    const targets = [
      { metric: 'mqls', period: '2026-03', value: 4, where: { segment: 'smb' } },
      { metric: 'mqls', period: '2026-03', value: 10, channel: 'ads' },
    ];
    const d = company({ targets });
    assert.deepEqual(computeMetrics(d, { period: '2026-03', where: 'segment=smb' }).metrics.mqls!.target!.value, 4);
    assert.equal(computeMetrics(d, { period: '2026-03' }).metrics.mqls!.target, undefined);
    assert.equal(computeMetrics(d, { period: '2026-03', where: 'segment=smb&owner=Ana' }).metrics.mqls!.target, undefined);
    assert.equal(computeMetrics(d, { period: '2026-03', where: 'channel=ads' }).metrics.mqls!.target!.value, 10);
  });

  it('CAC by segment is null while spend has no segment, and a value once it does', () => {
    const rows = [{ period: '2026-03', channel: 'ads', marketingSpend: 1000 }];
    const noSegment = computeMetrics(company({ rows }), { period: '2026-03', where: 'segment=enterprise' });
    assert.deepEqual([value(noSegment, 'cac'), noSegment.metrics.cac!.reason], [null, 'missing-input']);
    const bySegment = [{ period: '2026-03', channel: 'ads', marketingSpend: 600, dims: { segment: 'enterprise' } }, { period: '2026-03', channel: 'ads', marketingSpend: 400, dims: { segment: 'smb' } }];
    const withSegment = computeMetrics(company({ rows: bySegment }), { period: '2026-03', where: 'segment=enterprise' });
    assert.equal(value(withSegment, 'cac'), 600, '600 of spend, one customer');
    // A row keyed by channel × segment counts in a view that asks only for the channel.
    assert.equal(value(computeMetrics(company({ rows: bySegment }), { period: '2026-03', channel: 'ads' }), 'marketing_spend'), 1000);
  });

  it('folds a long list: all while they fit, else the first max − 1 and the rest', () => {
    const members = Array.from({ length: 25 }, (_, i) => `m${i}`);
    assert.deepEqual(foldMembers(members.slice(0, 20)), { shown: members.slice(0, 20), rest: [] });
    const { shown, rest } = foldMembers(members);
    assert.deepEqual([shown.length, rest.length, rest[0]], [19, 6, 'm19']);
  });
});

describe('the contract and the query, refused where they should be', () => {
  const issues = (input: unknown) => {
    const result = parseDataset(input);
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('names an undeclared key, too many dimensions, a bad id, a fact given twice for one row key, a where on an unknown dimension', () => {
    const base = { version: 1, dimensions: [{ id: 'segment' }] };
    assert.deepEqual(issues({ ...base, leads: [{ id: 1, createdAt: '2026-03-01T00:00:00Z', dims: { segmnet: 'smb' } }] }), ['leads[0].dims.segmnet: "segmnet" is not a declared dimension (declared: segment)']);
    assert.match(issues({ version: 1, dimensions: Array.from({ length: 9 }, (_, i) => ({ id: `d${i}` })) }).join(), /dimensions: expected at most 8 dimensions/);
    assert.match(issues({ version: 1, dimensions: [{ id: 'Segment' }, { id: 'channel' }] }).join('\n'), /dimensions\[0\]\.id: expected a dimension id.*\n.*dimensions\[1\]\.id: "channel" and "period" are not dimension ids/);
    const twice = issues({ ...base, rows: [{ period: '2026-03', dims: { segment: 'smb' }, leads: 1 }, { period: '2026-03', dims: { segment: 'smb' }, leads: 2 }, { period: '2026-03', dims: { segment: 'smb' }, visitors: 9 }] });
    assert.deepEqual(twice, ['rows[1].leads: is given twice for the same period, channel and dimensions: it would count twice (first at rows[0])']);
    assert.deepEqual(issues({ ...base, targets: [{ metric: 'mqls', period: '2026-03', value: 1, where: { owner: 'Ana' } }] }), ['targets[0].where.owner: "owner" is not a declared dimension (declared: segment)']);
  });

  it('reads a where as a URL query, and refuses an unknown dimension naming the declared ones', () => {
    assert.deepEqual({ ...parseWhere('segment=mid+market&owner=Ana%2BBo') }, { segment: 'mid market', owner: 'Ana+Bo' });
    assert.throws(() => computeMetrics(company(), { where: 'region=south' }), (error: Error) => error instanceof KpiQueryError && /"region" is not a dimension of this dataset \(it has channel, segment, owner\)/.test(error.message));
    assert.throws(() => computeBy(company(), { by: 'region' }), KpiQueryError);
    assert.throws(() => parseWhere('segment=smb&segment=mid'), KpiQueryError);
  });
});

describe('rows keep the dimensions asked for', () => {
  it('aggregate --by: rows keyed by channel × members give the same numbers as the records', () => {
    const rows = new RowsFromRecords({ timezone: 'UTC', granularity: 'month', responseHours: 24, money: true, dims: ['segment'] });
    rows.add(LEADS);
    assert.equal(rows.issueCount, 0);
    const fromRows = dataset({ version: 1, currency: 'USD', asOf: '2026-03-31', dimensions: DIMENSIONS, rows: rows.rows() });
    for (const where of ['segment=smb', 'segment=enterprise', 'channel=ads&segment=smb', '']) {
      const a = computeMetrics(fromRows, { period: '2026-03', where });
      const b = computeMetrics(company(), { period: '2026-03', where });
      for (const id of ['leads', 'mqls', 'customers', 'revenue']) assert.equal(value(a, id), value(b, id), `${id} where ${where}`);
    }
  });
});

// Random records and rows over 1–4 dimensions of 1–3 members each, some unassigned.
const DIMS = ['segment', 'owner', 'campaign', 'region'];
const MEMBERS = ['x', 'y', 'z'];
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const stamp = (t: number) => fc.option(fc.integer({ min: 0, max: 40 * 24 }).map((h) => iso(t + h * HOUR)), { nil: undefined });
const dimsArb = (count: number) => fc.record(Object.fromEntries(DIMS.slice(0, count).map((id) => [id, fc.constantFrom(...MEMBERS)])), { requiredKeys: [] });
const datasetArb = fc.integer({ min: 1, max: 4 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    asOf: fc.constantFrom(undefined, '2026-03-12', '2026-03-31'),
    leads: fc.array(
      fc.record({
        createdAt: fc.integer({ min: Date.UTC(2026, 1, 1), max: Date.UTC(2026, 2, 31) }),
        channel: fc.option(fc.constantFrom('ads', 'seo'), { nil: undefined }),
        dims: dimsArb(count),
      }).chain(({ createdAt, channel, dims }) =>
        fc.record({ mqlAt: stamp(createdAt), sqlAt: stamp(createdAt), wonAt: stamp(createdAt) }).map((stages) => ({ createdAt: iso(createdAt), ...(channel && { channel }), ...(Object.keys(dims).length > 0 && { dims }), ...Object.fromEntries(Object.entries(stages).filter(([, v]) => v !== undefined)) })),
      ),
      { maxLength: 25 },
    ),
    rows: fc.uniqueArray(fc.record({ period: fc.constantFrom('2026-02', '2026-03'), channel: fc.option(fc.constantFrom('ads', 'seo'), { nil: undefined }), dims: dimsArb(count), marketingSpend: fc.nat(1000), visitors: fc.nat(500) }), {
      maxLength: 6,
      selector: (r) => JSON.stringify([r.period, r.channel, Object.entries(r.dims).sort()]),
    }),
  }),
);

function build({ count, asOf, leads, rows }: { count: number; asOf: string | undefined; leads: object[]; rows: Array<{ channel?: string | undefined; dims: object }> }): Dataset {
  return dataset({
    version: 1,
    currency: 'USD',
    ...(asOf && { asOf }),
    dimensions: DIMS.slice(0, count).map((id) => ({ id })),
    leads: leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'],
    rows: rows.map(({ channel, dims, ...r }) => ({ ...r, ...(channel && { channel }), ...(Object.keys(dims).length > 0 && { dims }) })) as DatasetInput['rows'],
  });
}

describe('properties of slicing', () => {
  it('every by split sums to its view for every additive fact, in both modes, running or closed', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom<Mode>('period', 'cohort'), fc.constantFrom(...DIMS, 'channel'), (input, mode, by) => {
        const d = build(input);
        if (by !== 'channel' && !d.dimensions.some((x) => x.id === by)) return;
        const index = parsePeriod('2026-03')!.index;
        const total = selectFacts(factTable(d, 'month', mode), index);
        const split = factTable(d, 'month', mode, { where: {}, split: by });
        const members = [...split.members, null].map((m) => selectFacts(split, index, m));
        for (const fact of FACTS) {
          const sum = members.reduce((s, cell) => s + cell.sums[fact], 0);
          assert.ok(Math.abs(sum - total.sums[fact]) < 1e-6, `${fact} by ${by}: ${sum} vs ${total.sums[fact]}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  /**
   * Deep equality, numbers to the last few bits: with a running period, rows are prorated
   * and summed member by member in the split but all together in the view, and floating-point
   * addition is not associative.
   */
  function assertSameNumbers(actual: unknown, expected: unknown, path = 'metrics'): void {
    if (typeof actual === 'number' && typeof expected === 'number') {
      assert.ok(Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(actual), Math.abs(expected)), `${path}: ${actual} vs ${expected}`);
    } else if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) {
      assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), path);
      for (const key of Object.keys(actual)) assertSameNumbers((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    } else assert.equal(actual, expected, path);
  }

  it('a where on one member equals that member in the by split', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom<Mode>('period', 'cohort'), (input, mode) => {
        const d = build(input);
        if (d.leads!.length === 0) return;
        const by = d.dimensions[0]!.id;
        const split = computeBy(d, { period: '2026-03', mode, by });
        for (const { value: member, result } of split.members) {
          if (member === null) continue;
          assertSameNumbers(result.metrics, computeMetrics(d, { period: '2026-03', mode, where: { [by]: member } }).metrics);
        }
      }),
      { numRuns: 100 },
    );
  });
});
