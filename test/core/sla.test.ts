import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetrics, parsePeriod, targetAt, type DatasetInput } from '../../src/core/index.js';
import { dataset, handDataset } from './fixtures.js';

const SLAS: DatasetInput['slas'] = [
  { id: 'mql-volume', owner: 'marketing', type: 'volume', metric: 'mqls', target: 100 },
  { id: 'follow-up', owner: 'sales', type: 'response', withinHours: 4, target: 0.8 },
  { id: 'cac-cap', owner: 'marketing', type: 'metric', metric: 'cac', target: 1_000, warnAt: 0.8 },
];

const slaById = (result: ReturnType<typeof computeMetrics>, id: string) => result.slas.find((s) => s.id === id)!;

describe('SLAs', () => {
  it('volume: actual vs target after the period is over', () => {
    const d = dataset({ version: 1, currency: 'USD', rows: [{ period: '2026-03', mqls: 92 }], slas: SLAS });
    const sla = slaById(computeMetrics(d), 'mql-volume');
    assert.equal(sla.actual, 92);
    assert.equal(sla.attainment, 0.92);
    assert.equal(sla.status, 'at-risk');
    assert.equal(sla.pacing, undefined);
  });

  it('volume: pacing and projection while the period runs (asOf inside it)', () => {
    // 10 of March's 31 days elapsed; 40 MQLs so far. Expected 100 × 10/31; projection 40 × 31/10 = 124.
    const d = dataset({ version: 1, asOf: '2026-03-10', rows: [{ period: '2026-03', mqls: 40 }], slas: SLAS });
    const sla = slaById(computeMetrics(d), 'mql-volume');
    assert.ok(Math.abs(sla.pacing!.elapsed - 10 / 31) < 1e-12);
    assert.ok(Math.abs(sla.pacing!.expected - (100 * 10) / 31) < 1e-9);
    assert.ok(Math.abs(sla.pacing!.projection - 124) < 1e-9);
    assert.equal(sla.status, 'met');
  });

  it('volume: a monthly target sums over a quarter', () => {
    const d = dataset({ version: 1, rows: ['2026-01', '2026-02', '2026-03'].map((period) => ({ period, mqls: 100 })), slas: SLAS });
    const sla = slaById(computeMetrics(d, { period: '2026-Q1' }), 'mql-volume');
    assert.equal(sla.target, 300);
    assert.equal(sla.status, 'met');
  });

  it('response from records: share of the period\'s MQLs contacted within the SLA\'s hours', () => {
    // March MQLs: L1 (2 h), L2 (0 h), L3 (30 h): 2 of 3 within 4 h.
    const sla = slaById(computeMetrics(handDataset({ slas: SLAS }), { period: '2026-03' }), 'follow-up');
    assert.ok(Math.abs(sla.actual! - 2 / 3) < 1e-12);
    assert.ok(Math.abs(sla.attainment! - 2 / 3 / 0.8) < 1e-12);
    assert.equal(sla.status, 'missed');
  });

  it('response from rows: mqlsContactedInSla / mqls; uses the first response SLA for "in SLA" facts', () => {
    const d = dataset({ version: 1, rows: [{ period: '2026-03', mqls: 50, mqlsContactedInSla: 45 }], slas: SLAS });
    const sla = slaById(computeMetrics(d), 'follow-up');
    assert.equal(sla.actual, 0.9);
    assert.equal(sla.status, 'met');
    // And the records' "contacted in SLA" fact follows the first response SLA's 4 h, not 24 h.
    const rate = computeMetrics(handDataset({ slas: SLAS }), { period: '2026-03' }).metrics.sales_sla_rate!;
    assert.ok(Math.abs(rate.value! - 2 / 3) < 1e-12);
  });

  it("an SLA's target is its metric's where the targets name none, for all of the data: card and gauge judge alike", () => {
    // March: 2 of 3 MQLs contacted within 4 h, against 80%: attainment 0.833, under 0.9: missed, and the card's metric bad.
    const all = computeMetrics(handDataset({ slas: SLAS }), { period: '2026-03' });
    const rate = all.metrics.sales_sla_rate!;
    assert.equal(rate.target?.value, 0.8);
    assert.ok(Math.abs(rate.target!.attainment! - slaById(all, 'follow-up').attainment!) < 1e-12);
    assert.deepEqual([rate.status, slaById(all, 'follow-up').status], ['bad', 'missed']);
    // A volume SLA's target is per month, summed over a quarter, as its gauge counts it; a metric SLA's warnAt is the card's too.
    const quarter = dataset({ version: 1, rows: ['2026-01', '2026-02', '2026-03'].map((period) => ({ period, mqls: 95 })), slas: SLAS });
    const mqls = computeMetrics(quarter, { period: '2026-Q1' }).metrics.mqls!;
    assert.deepEqual([mqls.target?.value, mqls.target?.periods, mqls.status], [300, 3, 'warn']);
    const cac = computeMetrics(handDataset({ slas: SLAS }), { period: '2026-03' });
    assert.equal(cac.metrics.cac!.status, { met: 'good', 'at-risk': 'warn', missed: 'bad', unknown: 'neutral' }[slaById(cac, 'cac-cap').status]);
    // The dataset's own target wins; a channel's view is no SLA's (SLAs bind whole teams).
    const own = computeMetrics(handDataset({ slas: SLAS, targets: [{ metric: 'sales_sla_rate', period: '2026-03', value: 0.5 }] }), { period: '2026-03' });
    assert.equal(own.metrics.sales_sla_rate!.target?.value, 0.5);
    const channel = computeMetrics(handDataset({ slas: SLAS }), { period: '2026-03', channel: 'email' });
    assert.equal(channel.metrics.sales_sla_rate!.target, undefined);
    // A trend reads each period's target the same way.
    const march = parsePeriod('2026-03')!;
    assert.equal(targetAt(handDataset({ slas: SLAS }), march, { metric: 'sales_sla_rate' }), 0.8);
    assert.equal(targetAt(handDataset({ slas: SLAS }), march, { metric: 'sales_sla_rate', channel: 'email' }), undefined);
    assert.equal(targetAt(handDataset({ slas: SLAS, targets: [{ metric: 'sales_sla_rate', period: '2026-03', value: 0.5 }] }), march, { metric: 'sales_sla_rate' }), 0.5);
    assert.equal(targetAt(handDataset({ slas: SLAS }), march, { metric: 'win_rate' }), undefined);
  });

  it('metric: respects polarity (a cost under its cap is met)', () => {
    const sla = slaById(computeMetrics(handDataset({ slas: SLAS }), { period: '2026-03' }), 'cac-cap');
    assert.equal(sla.actual, 500);
    assert.equal(sla.attainment, 2);
    assert.equal(sla.status, 'met');
  });

  it('unknown with a reason when the period has no data or the input is missing', () => {
    const d = dataset({ version: 1, rows: [{ period: '2026-03', visitors: 5 }], slas: SLAS });
    const result = computeMetrics(d);
    assert.equal(slaById(result, 'mql-volume').status, 'unknown');
    assert.equal(slaById(result, 'mql-volume').reason, 'missing-input');
    const empty = computeMetrics(d, { period: '2025-01' });
    assert.equal(slaById(empty, 'follow-up').reason, 'no-data');
  });
});

describe('an SLA as it is reported', () => {
  it('carries its own fields (a label and its languages only when it has them; the hours of a response SLA, the metric of the others) and says why it cannot be judged', () => {
    // Rows with leads only: neither the MQLs nor the contacts an SLA reads are known.
    const d = dataset({
      version: 1,
      rows: [{ period: '2026-03', leads: 10 }],
      slas: [
        { id: 'r', owner: 'sales', type: 'response', withinHours: 4, target: 0.9, label: 'Follow-up', labels: { 'pt-BR': 'Retorno', es: 'Seguimiento' } },
        { id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', target: 5 },
      ],
    });
    const [response, volume] = computeMetrics(d, { period: '2026-03' }).slas;
    assert.deepEqual(response, { id: 'r', owner: 'sales', label: 'Follow-up', labels: { 'pt-BR': 'Retorno', es: 'Seguimiento' }, type: 'response', withinHours: 4, period: '2026-03', warnAt: 0.9, target: 0.9, actual: null, reason: 'missing-input', attainment: null, status: 'unknown' });
    assert.deepEqual(volume, { id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', period: '2026-03', warnAt: 0.9, target: 5, actual: null, reason: 'missing-input', attainment: null, status: 'unknown' });
  });
});

describe("an SLA's at-risk level and a target of 0", () => {
  it('a metric takes the at-risk level of the volume or metric SLA on it (so card and gauge judge alike), never a response SLA\'s; 0.9 otherwise', () => {
    const d = dataset({
      version: 1,
      rows: [{ period: '2026-03', leads: 100, mqls: 30, sqls: 16 }],
      targets: [
        { metric: 'mqls', period: '2026-03', value: 40 },
        { metric: 'sqls', period: '2026-03', value: 20 },
      ],
      slas: [
        { id: 'response', owner: 'sales', type: 'response', withinHours: 4, target: 0.9, warnAt: 0.5 },
        { id: 'volume', owner: 'marketing', type: 'volume', metric: 'mqls', target: 40, warnAt: 0.7 },
      ],
    });
    const result = computeMetrics(d, { period: '2026-03' });
    // 30 of 40 MQLs (0.75): above the volume SLA's 0.7, so at risk, not off track; the gauge agrees.
    assert.equal(result.metrics.mqls!.status, 'warn');
    assert.equal(result.slas.find((sla) => sla.id === 'volume')!.status, 'at-risk');
    // 16 of 20 SQLs (0.8): no SLA on SQLs, so 0.9 applies and it is off track (the response SLA's 0.5, or the MQLs' 0.7, would say at risk).
    assert.equal(result.metrics.sqls!.status, 'bad');
  });

  it('a response SLA with a target of 0 is met by any rate, even 0', () => {
    const d = dataset({
      version: 1,
      slas: [{ id: 'r', owner: 'sales', type: 'response', withinHours: 1, target: 0 }],
      leads: [{ id: 1, createdAt: '2026-03-02T08:00:00Z', mqlAt: '2026-03-02T10:00:00Z', firstContactAt: '2026-03-03T10:00:00Z' }],
    });
    const [sla] = computeMetrics(d, { period: '2026-03' }).slas;
    assert.equal(sla!.actual, 0);
    assert.equal(sla!.attainment, 1);
    assert.equal(sla!.status, 'met');
  });
});

describe('a response SLA that cannot be judged', () => {
  it('needs both the MQLs and the contacts in SLA, and at least one MQL', () => {
    const slas: DatasetInput['slas'] = [{ id: 'r', owner: 'sales', type: 'response', withinHours: 4, target: 0.8 }];
    const mqlsOnly = dataset({ version: 1, rows: [{ period: '2026-03', mqls: 10 }], slas });
    assert.equal(computeMetrics(mqlsOnly).slas[0]!.reason, 'missing-input');
    const none = dataset({ version: 1, rows: [{ period: '2026-03', mqls: 0, mqlsContactedInSla: 0 }], slas });
    const [sla] = computeMetrics(none).slas;
    assert.deepEqual({ actual: sla!.actual, reason: sla!.reason, status: sla!.status }, { actual: null, reason: 'zero-denominator', status: 'unknown' });
  });
});

describe('which SLAs, over which sub-periods', () => {
  it('a dataset without SLAs has none to report', () => {
    assert.deepEqual(computeMetrics(handDataset(), { period: '2026-03' }).slas, []);
  });

  it("a volume target counts only the dataset's periods that start inside the one asked for", () => {
    // Weekly targets of 10; five weeks start in March 2026 (the 2nd, 9th, 16th, 23rd and 30th).
    // W09 starts on 23 February and ends on 1 March: it is February's, not March's.
    const d = dataset({
      version: 1,
      granularity: 'week',
      rows: [{ period: '2026-W10', mqls: 60 }],
      slas: [{ id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', target: 10 }],
    });
    const [sla] = computeMetrics(d, { period: '2026-03' }).slas;
    assert.equal(sla!.target, 50);
    assert.equal(sla!.attainment, 60 / 50);
  });

  it('a period finer than the dataset\'s takes one whole target (no period of the dataset starts in it)', () => {
    const d = handDataset({ slas: [{ id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', target: 7 }] });
    // 2026-W10 runs 2–8 March: L1, L2 and L3 became MQLs in it.
    const [sla] = computeMetrics(d, { period: '2026-W10' }).slas;
    assert.equal(sla!.target, 7);
    assert.equal(sla!.actual, 3);
  });

  it("a volume SLA's pace over a running quarter: the months gone count whole, the running one by its days", () => {
    const d = dataset({
      version: 1,
      asOf: '2026-03-10',
      rows: ['2026-01', '2026-02', '2026-03'].map((period) => ({ period, mqls: 100 })),
      slas: [{ id: 'v', owner: 'marketing', type: 'volume', metric: 'mqls', target: 120 }],
    });
    const [sla] = computeMetrics(d, { period: '2026-Q1' }).slas;
    // 10 of the quarter's 90 days; 120 + 120 + 120 × 10/31 expected by now; 300 so far.
    const expected = 240 + (120 * 10) / 31;
    assert.ok(Math.abs(sla!.pacing!.elapsed - (31 + 28 + 10) / 90) < 1e-12);
    assert.ok(Math.abs(sla!.pacing!.expected - expected) < 1e-9);
    assert.ok(Math.abs(sla!.attainment! - 300 / expected) < 1e-12);
    assert.equal(sla!.target, 360);
    assert.equal(sla!.status, 'met');
  });

  it('a metric SLA in a running period is judged against its whole target, without a pace', () => {
    const d = handDataset({ asOf: '2026-03-20', slas: [{ id: 'cap', owner: 'marketing', type: 'metric', metric: 'cac', target: 1_000 }] });
    const [sla] = computeMetrics(d, { period: '2026-03' }).slas;
    assert.equal(sla!.pacing, undefined);
    assert.equal(sla!.target, 1_000);
    assert.equal(sla!.attainment, 1_000 / sla!.actual!);
  });
});
