import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetrics, MAX_SCORECARD_CHANNELS, scorecard } from '../../src/core/index.js';
import fc from './fc.js';
import { dataset } from './fixtures.js';

// The scorecard: metrics distributed across channels, each cell exactly what a view of that
// channel alone computes, the leads without a channel in a row of their own (null), the total
// the dataset's: the rows sum to it.

const MARCH = [
  { period: '2026-02', channel: 'ads', leads: 50, mqls: 10, customers: 2, marketingSpend: 1000 },
  { period: '2026-03', channel: 'ads', leads: 40, mqls: 12, customers: 3, marketingSpend: 1200 },
  { period: '2026-03', channel: 'seo', leads: 60, mqls: 6, customers: 1, marketingSpend: 300 },
  // No channel: the unassigned row, and the total.
  { period: '2026-03', leads: 5, mqls: 2 },
];

describe('scorecard', () => {
  it('gives each channel its own numbers, the unattributed leads theirs, and the total the whole dataset\'s', () => {
    const card = scorecard(dataset({ version: 1, currency: 'USD', rows: MARCH }), { period: '2026-03' });
    assert.deepEqual(card.rows.map((r) => r.channel), ['seo', 'ads', null, undefined], 'ranked by leads, the unassigned last');
    const [seo, ads, unassigned, total] = card.rows.map((r) => r.result.metrics);
    assert.deepEqual([unassigned!.leads!.value, unassigned!.mqls!.value], [5, 2]);
    // Hand-computed: ads 12/40 = 0.3 lead→MQL, CAC 1200 / 3 = 400; seo 6/60 = 0.1; total 105 leads, 20 MQLs.
    assert.equal(ads!.leads!.value, 40);
    assert.equal(ads!.lead_to_mql!.value, 0.3);
    assert.equal(ads!.cac!.value, 400);
    assert.equal(seo!.lead_to_mql!.value, 0.1);
    assert.equal(total!.leads!.value, 105);
    assert.equal(total!.mqls!.value, 20);
    assert.equal(ads!.leads!.previous!.value, 50, 'each channel compared with its own previous period');
    assert.equal(seo!.leads!.previous!.value, null, 'seo had no February row');
    assert.equal(card.omitted, 0);
  });

  it('resolves the latest period once for every row', () => {
    const card = scorecard(dataset({ version: 1, currency: 'USD', rows: MARCH }));
    assert.deepEqual(new Set(card.rows.map((r) => r.result.period)), new Set(['2026-03']));
  });

  it('lists at most MAX_SCORECARD_CHANNELS channels, those with the most leads, and the total still counts all', () => {
    // Leads 1 … 52 in a shuffled order, and a channel with no leads figure at all.
    const leads = Array.from({ length: MAX_SCORECARD_CHANNELS + 2 }, (_, i) => ((i * 7) % (MAX_SCORECARD_CHANNELS + 2)) + 1);
    const many = [...leads.map((n) => ({ period: '2026-03', channel: `c${n}`, leads: n })), { period: '2026-03', channel: 'quiet', mqls: 1 }];
    const card = scorecard(dataset({ version: 1, rows: many }));
    assert.equal(card.omitted, 3);
    const kept = card.rows.slice(0, -1).map((r) => r.channel);
    assert.deepEqual(new Set(kept), new Set(Array.from({ length: MAX_SCORECARD_CHANNELS }, (_, i) => `c${i + 3}`)), 'the two smallest and the one without leads are left out');
    assert.deepEqual(kept, Array.from({ length: MAX_SCORECARD_CHANNELS }, (_, i) => `c${MAX_SCORECARD_CHANNELS + 2 - i}`), 'ranked by leads, most first');
    assert.equal(card.rows.at(-1)!.result.metrics.leads!.value, ((MAX_SCORECARD_CHANNELS + 2) * (MAX_SCORECARD_CHANNELS + 3)) / 2);
  });

  it('equals computeMetrics for every channel and the total, whatever the rows (property)', () => {
    const row = fc.record({
      period: fc.constantFrom('2026-02', '2026-03'),
      channel: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
      leads: fc.nat(50),
      mqls: fc.nat(50),
      customers: fc.nat(5),
      marketingSpend: fc.nat(1000),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 12, selector: (r) => `${String(r.period)}|${String(r.channel)}` }), (rows) => {
        const data = dataset({ version: 1, currency: 'USD', rows: rows.map(({ channel, ...r }) => (channel === undefined ? r : { ...r, channel })) });
        const card = scorecard(data, { period: '2026-03' });
        for (const { channel, result } of card.rows) {
          // The unassigned member (null) has no `channel` query of its own: the sum below holds it.
          if (channel !== null) assert.deepEqual(result.metrics, computeMetrics(data, { period: '2026-03', ...(channel !== undefined && { channel }) }).metrics);
        }
        const members = card.rows.slice(0, -1).reduce((sum, r) => sum + (r.result.metrics.leads!.value ?? 0), 0);
        assert.equal(members, card.rows.at(-1)!.result.metrics.leads!.value ?? 0, 'the channels and the unassigned add up to the total');
      }),
      { numRuns: 100 },
    );
  });
});
