import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareToBenchmark, computeMetrics, findTarget, parsePeriod, type DatasetInput } from '../../src/core/index.js';
import { dataset } from './fixtures.js';

// Every rule with an edge, tested at the edge: the realistic mistakes (`<=` written `<`, a
// year taken from the wrong day, a roll-up from the wrong level) each flip one of these.

const SLA_4H: DatasetInput['slas'] = [{ id: 'follow-up', owner: 'sales', type: 'response', withinHours: 4, target: 0.8 }];

describe('boundaries of the data contract', () => {
  it('a contact exactly at the SLA hours is inside it: the sales SLA rate and the response SLA both say 1', () => {
    const d = dataset({
      version: 1,
      slas: SLA_4H,
      leads: [{ id: 1, createdAt: '2026-03-02T08:00:00Z', mqlAt: '2026-03-02T10:00:00Z', firstContactAt: '2026-03-02T14:00:00Z' }],
    });
    const march = computeMetrics(d, { period: '2026-03' });
    assert.equal(march.metrics.sales_sla_rate!.value, 1, 'mqlsContactedInSla counts exactly 4 h');
    assert.equal(march.slas[0]!.actual, 1, 'the response SLA counts exactly 4 h');
    assert.equal(march.metrics.response_time_hours!.value, 4);
  });

  it('a contact one second past the SLA hours is outside it', () => {
    const d = dataset({ version: 1, slas: SLA_4H, leads: [{ id: 1, createdAt: '2026-03-02T08:00:00Z', mqlAt: '2026-03-02T10:00:00Z', firstContactAt: '2026-03-02T14:00:01Z' }] });
    const march = computeMetrics(d, { period: '2026-03' });
    assert.equal(march.metrics.sales_sla_rate!.value, 0);
    assert.equal(march.slas[0]!.actual, 0);
  });

  it('a contact before the MQL, taken alone, is a 0 h response (never negative)', () => {
    const d = dataset({ version: 1, leads: [{ id: 1, createdAt: '2026-03-02T08:00:00Z', mqlAt: '2026-03-02T10:00:00Z', firstContactAt: '2026-03-02T09:00:00Z' }] });
    const m = computeMetrics(d, { period: '2026-03' }).metrics;
    assert.equal(m.response_time_hours!.value, 0);
    assert.equal(m.response_time_hours!.p90, 0);
  });

  it('an instant exactly at a period start belongs to that period', () => {
    const d = dataset({ version: 1, timezone: 'America/Sao_Paulo', leads: [{ id: 1, createdAt: '2026-03-01T00:00:00-03:00' }, { id: 2, createdAt: '2026-02-28T23:59:59-03:00' }] });
    assert.equal(computeMetrics(d, { period: '2026-03' }).metrics.leads!.value, 1);
    assert.equal(computeMetrics(d, { period: '2026-02' }).metrics.leads!.value, 1);
  });

  it('ISO week-years around new year: the week belongs to the year of its Thursday', () => {
    // 2026-01-01 is a Thursday: 2026-W01 runs Mon 2025-12-29 to Sun 2026-01-04.
    assert.deepEqual([parsePeriod('2026-W01')!.startDay, parsePeriod('2026-W01')!.endDay], [Date.UTC(2025, 11, 29) / 86_400_000, Date.UTC(2026, 0, 5) / 86_400_000]);
    // 2020 had 53 weeks; 2020-W53 ends on Sun 2021-01-03 and 2021-W01 starts the day after.
    assert.equal(parsePeriod('2020-W53')!.endDay, parsePeriod('2021-W01')!.startDay);
    assert.equal(parsePeriod('2021-W01')!.startDay, Date.UTC(2021, 0, 4) / 86_400_000);
    assert.equal(parsePeriod('2025-W53'), undefined, '2025 has 52 weeks');
    const d = dataset({ version: 1, granularity: 'week', leads: [{ id: 1, createdAt: '2026-01-01T12:00:00Z' }, { id: 2, createdAt: '2025-12-28T12:00:00Z' }] });
    assert.equal(computeMetrics(d, { period: '2026-W01' }).metrics.leads!.value, 1, 'a lead of 2026-01-01 is in 2026-W01');
    // The keys read back the same: the latest week of this data is 2026-W01, not 2025-W53.
    assert.equal(computeMetrics(d).period, '2026-W01');
    assert.equal(parsePeriod('2020-W53')!.key, '2020-W53');
    assert.equal(computeMetrics(d, { period: '2025-W52' }).metrics.leads!.value, 1);
  });

  it('target roll-ups take the coarsest sub-periods that cover the period: three months of 100, not a stray week of 10', () => {
    const targets = [
      ...['2026-01', '2026-02', '2026-03'].map((period) => ({ metric: 'mqls', period, value: 100 })),
      { metric: 'mqls', period: '2026-W05', value: 10 },
    ];
    const q1 = findTarget(targets, 'mqls', parsePeriod('2026-Q1')!, {}, true)!;
    assert.deepEqual([q1.value, q1.periods], [300, 3]);
    // Without the months, one week is not a quarter's target: a roll-up needs every sub-period.
    assert.equal(findTarget(targets.slice(3), 'mqls', parsePeriod('2026-Q1')!, {}, true), undefined);
  });

  it('a value exactly at a threshold benchmark meets it, either way', () => {
    const source = { name: 'Skok' };
    const atLeast = compareToBenchmark(3, { metric: 'ltv_to_cac', value: 3, comparator: '>=', source }, 'up');
    const atMost = compareToBenchmark(12, { metric: 'cac_payback_months', value: 12, comparator: '<=', source }, 'down');
    assert.deepEqual([atLeast.meets, atLeast.status], [true, 'good']);
    assert.deepEqual([atMost.meets, atMost.status], [true, 'good']);
  });

  it('asOf on the first day of a period: running, day 1; on its last day: closed, no pacing', () => {
    const rows = [{ period: '2026-03', mqls: 3 }];
    const slas: DatasetInput['slas'] = [{ id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', target: 93 }];
    const first = computeMetrics(dataset({ version: 1, asOf: '2026-03-01', rows, slas }), { period: '2026-03' });
    assert.deepEqual(first.progress, { asOf: '2026-03-01', days: 1, daysTotal: 31, elapsed: 1 / 31 });
    assert.equal(first.slas[0]!.pacing!.expected, 3);
    assert.equal(first.slas[0]!.attainment, 1);
    const last = computeMetrics(dataset({ version: 1, asOf: '2026-03-31', rows, slas }), { period: '2026-03' });
    assert.equal(last.progress, undefined);
    assert.equal(last.slas[0]!.pacing, undefined);
  });

  it('a channel quiet at either end of the records span has a real zero there, not "no data"', () => {
    const d = dataset({
      version: 1,
      leads: [
        { id: 1, channel: 'a', createdAt: '2026-01-10T00:00:00Z' },
        { id: 2, channel: 'b', createdAt: '2026-02-10T00:00:00Z' },
        { id: 3, channel: 'a', createdAt: '2026-03-10T00:00:00Z' },
      ],
    });
    for (const period of ['2026-01', '2026-03']) {
      const b = computeMetrics(d, { period, channel: 'b' });
      assert.equal(b.empty, false, period);
      assert.equal(b.metrics.leads!.value, 0, period);
    }
    assert.equal(computeMetrics(d, { period: '2026-04', channel: 'b' }).empty, true, 'past the span: no data');
  });

  it("the records' span reaches their latest event, whichever stage it is: a loss in January does not end it", () => {
    // Stages are read a column at a time (created, MQL, …, lost): the last event read is
    // January's loss, but March's lead is the latest, so a quiet March is a real zero.
    const d = dataset({
      version: 1,
      leads: [
        { id: 1, channel: 'a', createdAt: '2026-03-05T00:00:00Z' },
        { id: 2, channel: 'b', createdAt: '2026-01-05T00:00:00Z', lostAt: '2026-01-20T00:00:00Z' },
      ],
    });
    const quiet = computeMetrics(d, { period: '2026-03', channel: 'b' });
    assert.equal(quiet.empty, false);
    assert.equal(quiet.metrics.leads!.value, 0);
  });
});

describe("the edges of asOf's day and of a to-date window", () => {
  // asOf 2026-03-10 in UTC: its day ends at 2026-03-11T00:00:00Z, which has not happened yet.
  const END = '2026-03-11T00:00:00Z';
  const JUST_BEFORE = '2026-03-10T23:59:59.999Z';

  it('an event exactly at the end of asOf has not happened, a millisecond before it has, in both modes', () => {
    const d = dataset({
      version: 1,
      asOf: '2026-03-10',
      slas: SLA_4H,
      leads: [
        // Created and an MQL just before the end; contacted exactly at it: not contacted yet.
        { id: 1, createdAt: JUST_BEFORE, mqlAt: JUST_BEFORE, firstContactAt: END },
        { id: 2, createdAt: END },
        { id: 3, createdAt: '2026-03-09T10:00:00Z', mqlAt: END },
      ],
    });
    for (const mode of ['period', 'cohort'] as const) {
      const m = computeMetrics(d, { period: '2026-03', mode }).metrics;
      assert.equal(m.leads!.value, 2, `${mode}: leads 1 and 3`);
      assert.equal(m.mqls!.value, 1, `${mode}: lead 1's MQL only`);
      assert.equal(m.sales_sla_rate!.value, 0, `${mode}: a contact at the end of asOf has not happened`);
      assert.equal(m.response_time_hours!.value, null, mode);
    }
  });

  it('a to-date window holds an event exactly at its first instant and not one a millisecond before, in both modes', () => {
    // April runs on its day 10: the previous window is 1–10 March, from 2026-03-01T00:00Z.
    const d = dataset({
      version: 1,
      asOf: '2026-04-10',
      leads: [
        { id: 1, createdAt: '2026-03-01T00:00:00Z' },
        { id: 2, createdAt: '2026-02-28T23:59:59.999Z' },
        { id: 3, createdAt: JUST_BEFORE },
        { id: 4, createdAt: END },
        { id: 5, createdAt: '2026-04-02T00:00:00Z' },
      ],
    });
    for (const mode of ['period', 'cohort'] as const) {
      const previous = computeMetrics(d, { period: '2026-04', mode }).metrics.leads!.previous!;
      assert.equal(previous.basis, 'to-date', mode);
      assert.equal(previous.value, 2, `${mode}: leads 1 and 3`);
    }
  });

  it('each to-date window is its own: a running month and a running quarter of one dataset compare with different days', () => {
    // Day 10 of April and of Q2: the month compares with 1–10 March, the quarter with 1–10 January.
    const d = dataset({
      version: 1,
      asOf: '2026-04-10',
      leads: [
        { id: 1, createdAt: '2026-01-03T00:00:00Z' },
        { id: 2, createdAt: '2026-03-03T00:00:00Z' },
        { id: 3, createdAt: '2026-03-04T00:00:00Z' },
        { id: 4, createdAt: '2026-04-02T00:00:00Z' },
      ],
    });
    assert.equal(computeMetrics(d, { period: '2026-04' }).metrics.leads!.previous!.value, 2);
    assert.equal(computeMetrics(d, { period: '2026-Q2' }).metrics.leads!.previous!.value, 1);
    assert.equal(computeMetrics(d, { period: '2026-04' }).metrics.leads!.previous!.value, 2);
  });

  it('summary rows alone: a to-date window knows no record facts (the SLA rate before is unknown, not 0)', () => {
    const d = dataset({
      version: 1,
      asOf: '2026-04-10',
      rows: [
        { period: '2026-03', leads: 310, mqls: 62 },
        { period: '2026-04', leads: 100, mqls: 20 },
      ],
    });
    const sla = computeMetrics(d, { period: '2026-04' }).metrics.sales_sla_rate!;
    assert.equal(sla.value, null);
    assert.equal(sla.previous?.value ?? null, null);
    // The rows' own facts are compared over the same ten days: 62 × 10/31.
    assert.ok(Math.abs(computeMetrics(d, { period: '2026-04' }).metrics.mqls!.previous!.value! - 20) < 1e-9);
  });
});

