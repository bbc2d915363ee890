import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetrics } from '../../src/core/index.js';
import { toColumns } from '../../src/core/aggregate/columns.js';
import { checkRecords } from '../../src/core/ingest/parse-records.js';
import { parseDataset, parseWithZod } from '../../src/core/ingest/parse.js';
import fc from './fc.js';

// The fast path for lead records must say "valid" exactly when zod does (when it does not,
// zod words the issues, so they are zod's by construction), and build the same columns.

const VALID = { id: 'L1', channel: 'email', createdAt: '2026-03-02T10:00:00-03:00', mqlAt: '2026-03-03T09:00:00-03:00', amount: 1200 };
const stamp = fc.constantFrom(
  '2026-03-02T10:00:00-03:00', '2026-03-02T13:00:00Z', '2026-03-02T10:00-03:00', '2026-03-02T10:00:00.5+05:45', '2026-03-05T00:00:00.123456789Z', '2025-12-31T23:59:59+14:00',
  // not instants: the calendar, the form, the offset, the fraction, the case
  '2026-02-30T10:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02 10:00:00Z', '2026-03-02T10:00:00', '2026-03-02T10:00:00z', '2026-03-02T10:00:00.Z', '2026-03-02T10:00:00.1234567890Z', '2026-03-02T10:00:00+5:00', '2026-3-02T10:00:00Z', '',
);
const value = fc.oneof(
  stamp,
  fc.constantFrom(undefined, null, 0, -0, 1, -1, 1.5, 2 ** 53, Number.NaN, Infinity, '', 'x', 'x'.repeat(200), 'x'.repeat(201), '1', '01', true, [], {}),
  fc.string({ maxLength: 4 }),
);
const KEYS = ['id', 'channel', 'createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'firstContactAt', 'amount'];
/** A record: a valid one with a few fields replaced, dropped, or a stray key added. */
const record = fc
  .record({
    id: fc.oneof(fc.constantFrom('L1', 'L2', 1, 2, '1', 0, -0), value),
    edits: fc.array(fc.tuple(fc.constantFrom(...KEYS, 'nosuch', '__proto__'), value, fc.boolean()), { maxLength: 3 }),
  })
  .map(({ id, edits }) => {
    const r: Record<string, unknown> = { ...VALID, id };
    for (const [key, v, drop] of edits) {
      if (drop) delete r[key];
      else if (key === '__proto__') return JSON.parse(`{"id":"P","createdAt":"2026-03-02T10:00:00Z","__proto__":{"x":1}}`) as unknown;
      else r[key] = v;
    }
    return r;
  });
const records = fc.oneof({ weight: 4, arbitrary: fc.array(record, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(null, [], 'x', 1), { maxLength: 2 }) });
const dataset = fc.record({ leads: records, currency: fc.constantFrom(undefined, 'BRL'), rowLeads: fc.boolean() }).map(({ leads, currency, rowLeads }) => ({
  version: 1,
  ...(currency && { currency }),
  timezone: 'America/Sao_Paulo',
  rows: rowLeads ? [{ period: '2026-03', leads: 3 }] : [{ period: '2026-03', visitors: 100 }],
  leads,
}));

describe('a long list of records, worded one bad record at a time', () => {
  const issueSet = (r: { issues: Array<{ path: string; message: string }> }) => r.issues.map((i) => `${i.path}: ${i.message}`).sort();
  // One difference, by design: zod over the whole list sometimes runs the rules across records
  // and fields with broken records in it (a broken record's amount asks for a currency, its id
  // is a duplicate, its stage comes before its creation); one at a time, those rules see the well-shaped records only. Every issue
  // of a record's own shape is the same.
  it('finds what zod over the whole list finds: the verdict, every issue of a record\'s shape, nothing zod does not say', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const whole = parseWithZod(input);
        const oneByOne = parseWithZod(input, { recordsAtOnce: 0 });
        assert.equal(oneByOne.ok, whole.ok, JSON.stringify(input));
        if (whole.ok || oneByOne.ok) return;
        assert.ok(oneByOne.issueCount <= whole.issueCount, JSON.stringify(input));
        if (whole.issueCount > whole.issues.length) return;
        const inRecords = (issues: string[]) => issues.filter((i) => i.startsWith('leads[') && !/duplicate lead id|is before createdAt/.test(i));
        assert.deepEqual(inRecords(issueSet(oneByOne)), inRecords(issueSet(whole)), JSON.stringify(input));
        for (const issue of issueSet(oneByOne)) assert.ok(issueSet(whole).includes(issue), issue);
      }),
      { numRuns: 400 },
    );
  });
});

describe('lead records: the fast path and zod agree', () => {
  it('on random valid and broken records: the same verdict, the same dataset, the same first issue; valid records never leave the fast path', () => {
    let accepted = 0;
    fc.assert(
      fc.property(dataset, (input) => {
        const fast = parseDataset(input);
        const zod = parseWithZod(input);
        assert.equal(fast.ok, zod.ok, JSON.stringify(input));
        if (fast.ok && zod.ok) {
          accepted++;
          assert.ok(checkRecords(input.leads), `the fast path gave up on valid records: ${JSON.stringify(input.leads)}`);
          assert.deepEqual(JSON.parse(JSON.stringify(fast.dataset)), JSON.parse(JSON.stringify(zod.dataset)));
        } else if (!fast.ok && !zod.ok) assert.equal(fast.issues[0]!.path, zod.issues[0]!.path);
      }),
      { numRuns: 3000 },
    );
    assert.ok(accepted > 100, `only ${accepted} valid datasets were generated`);
  });

  it('builds the columns the aggregation would, so the numbers do not change', () => {
    const leads = [VALID, { id: 7, createdAt: '2026-03-10T12:00:00Z', firstContactAt: '2026-03-10T12:00:00Z' }, { id: 'L9', channel: 'email', createdAt: '2026-03-11T08:30:00.250-03:00', wonAt: '2026-03-20T08:30:00-03:00', amount: 0 }];
    const checked = checkRecords(leads)!;
    assert.ok(checked);
    assert.deepEqual(checked.columns, toColumns(leads as never));
    assert.equal(checked.hasAmount, true);
    const input = { version: 1, currency: 'BRL', timezone: 'America/Sao_Paulo', leads };
    const fast = parseDataset(input);
    const zod = parseWithZod(input);
    assert.ok(fast.ok && zod.ok);
    assert.deepEqual(computeMetrics(fast.dataset, { period: '2026-03' }).metrics, computeMetrics(zod.dataset, { period: '2026-03' }).metrics);
  });

  it('takes valid records as given (not copied, as parseDataset says) beside every other part of a valid dataset', () => {
    const leads = [VALID, { ...VALID, id: 2, channel: undefined, amount: undefined }];
    const input = {
      version: 1,
      currency: 'BRL',
      timezone: 'America/Sao_Paulo',
      rows: [{ period: '2026-03', channel: 'email', visitors: 100, marketingSpend: 50 }],
      targets: [{ metric: 'mqls', period: '2026-03', value: 10 }],
      slas: [{ id: 'r', owner: 'sales', type: 'response', withinHours: 4, target: 0.9 }],
      benchmarks: [{ metric: 'cac', value: 100, source: { name: 'Survey' } }],
      leads,
    };
    const result = parseDataset(input);
    assert.ok(result.ok);
    assert.equal(result.dataset.leads![0], leads[0]);
    assert.equal(result.dataset.leads![1], leads[1]);
    assert.notEqual(result.dataset.leads, leads, 'the list is the dataset\'s own');
    const byZod = parseWithZod(input);
    assert.ok(byZod.ok);
    assert.deepEqual(result.dataset, byZod.dataset);
  });

  it('gives up, for zod to report, on each rule of the contract', () => {
    const base = (r: Record<string, unknown>) => checkRecords([{ ...VALID, ...r }]);
    assert.ok(base({}));
    assert.ok(base({ id: 'x'.repeat(200), channel: 'c'.repeat(200), amount: 0, firstContactAt: VALID.createdAt }), 'every limit, at the limit');
    for (const [rule, change] of [
      ['an id too long', { id: 'x'.repeat(201) }],
      ['a negative id', { id: -1 }],
      ['a fractional id', { id: 1.5 }],
      ['an empty channel', { channel: '' }],
      ['a channel too long', { channel: 'c'.repeat(201) }],
      ['an impossible day', { createdAt: '2026-02-30T10:00:00Z' }],
      ['no offset', { mqlAt: '2026-03-03T09:00:00' }],
      ['a stage before creation', { mqlAt: '2026-03-01T09:00:00-03:00' }],
      ['a negative amount', { amount: -1 }],
      ['an infinite amount', { amount: Infinity }],
      ['an amount as text', { amount: '5' }],
      ['a channel that is a number', { channel: 5 }],
      ['an id of no kind', { id: true }],
      ['a null stage', { mqlAt: null }],
      ['an unknown key', { mqlat: '2026-03-03T09:00:00-03:00' }],
    ] as const) assert.equal(base(change), undefined, rule);
    assert.equal(checkRecords([VALID, { ...VALID }]), undefined, 'a duplicate id');
    assert.equal(checkRecords([VALID, { ...VALID, id: 1 }, { ...VALID, id: '1' }]), undefined, 'the same id as number and text');
    assert.equal(checkRecords([VALID, { ...VALID, id: '1' }, { ...VALID, id: 1 }]), undefined, 'the same id as text and number');
    assert.ok(checkRecords([{ ...VALID, id: 1 }, { ...VALID, id: '01' }]), '"01" is not the lead 1');
  });
});
