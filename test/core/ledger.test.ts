import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from './fc.js';
import { buildFactTable, buildWindowTable, computeMetrics, FACTS, parseDataset, parsePeriod, selectFacts, type DatasetInput, type Mode } from '../../src/core/index.js';
import { recordColumns } from '../../src/core/aggregate/columns.js';
import { stallCandidates } from '../../src/core/aggregate/stall-candidates.js';
import { dataset } from './fixtures.js';

// The handoff ledger and the stages (README, "The handoff ledger"): sales' answer to each
// MQL, failures and their owning teams, time in each stage, stalled leads; by hand, then as
// properties.

const REASONS = [
  { code: 'not-icp', label: 'Not our ICP', owner: 'marketing' as const },
  { code: 'no-budget', label: 'No budget', owner: 'marketing' as const },
  { code: 'never-called', label: 'Never called back', owner: 'sales' as const },
];
const STAGES = { mqls: { owner: 'sales' as const, maxDays: 5 }, sqls: { owner: 'sales' as const, maxDays: 10 } };

/**
 * March 2026, UTC. A accepted in 10 h and won; B rejected after 36 h (not-icp); C rejected
 * a day before its MQL was logged (0 h, never-called); D an MQL on the 28th, accepted on
 * 2 April; E accepted in 12 h, then disqualified (no-budget); F accepted in 1 h, lost
 * without a reason; G recycled without becoming an MQL; H accepted exactly 24 h after its
 * MQL and still waiting, an MQL since the 9th.
 */
const LEADS: NonNullable<DatasetInput['leads']> = [
  { id: 'A', createdAt: '2026-03-01T00:00:00Z', mqlAt: '2026-03-02T10:00:00Z', acceptedAt: '2026-03-02T20:00:00Z', sqlAt: '2026-03-05T00:00:00Z', opportunityAt: '2026-03-10T00:00:00Z', wonAt: '2026-03-20T00:00:00Z', amount: 1000 },
  { id: 'B', createdAt: '2026-03-02T00:00:00Z', mqlAt: '2026-03-03T00:00:00Z', rejectedAt: '2026-03-04T12:00:00Z', reason: 'not-icp' },
  { id: 'C', createdAt: '2026-03-03T00:00:00Z', mqlAt: '2026-03-05T00:00:00Z', rejectedAt: '2026-03-04T00:00:00Z', reason: 'never-called' },
  { id: 'D', createdAt: '2026-03-04T00:00:00Z', mqlAt: '2026-03-28T00:00:00Z', acceptedAt: '2026-04-02T00:00:00Z' },
  { id: 'E', createdAt: '2026-03-05T00:00:00Z', mqlAt: '2026-03-06T00:00:00Z', acceptedAt: '2026-03-06T12:00:00Z', sqlAt: '2026-03-08T00:00:00Z', disqualifiedAt: '2026-03-12T00:00:00Z', reason: 'no-budget' },
  { id: 'F', createdAt: '2026-03-06T00:00:00Z', mqlAt: '2026-03-07T00:00:00Z', acceptedAt: '2026-03-07T01:00:00Z', sqlAt: '2026-03-09T00:00:00Z', opportunityAt: '2026-03-12T00:00:00Z', lostAt: '2026-03-25T00:00:00Z' },
  { id: 'G', createdAt: '2026-03-07T00:00:00Z', recycledAt: '2026-03-15T00:00:00Z' },
  { id: 'H', createdAt: '2026-03-08T00:00:00Z', mqlAt: '2026-03-09T00:00:00Z', acceptedAt: '2026-03-10T00:00:00Z' },
];
const SLAS: DatasetInput['slas'] = [{ id: 'handoff', owner: 'sales', type: 'acceptance', withinHours: 24, target: 0.8 }];
const ledger = (extra: Partial<DatasetInput> = {}) => dataset({ version: 1, currency: 'USD', asOf: '2026-04-10', reasons: REASONS, stages: STAGES, slas: SLAS, leads: LEADS, ...extra });
const values = (mode: Mode, extra: Partial<DatasetInput> = {}, period = '2026-03') => {
  const m = computeMetrics(ledger(extra), { period, mode }).metrics;
  return (id: string) => m[id]!.value;
};


describe('the handoff ledger, by hand', () => {
  it("period mode: each answer in its own period, decisions by the period's end, failures by owning team", () => {
    const v = values('period');
    assert.deepEqual([v('mqls'), v('sales_acceptance_rate'), v('mql_rejection_rate')], [7, 4 / 6, 2 / 6]);
    // D's answer came on 2 April: still waiting at March's end.
    assert.equal(v('mqls_undecided'), 1);
    // Hours to a decision: A 10, B 36, C 0 (before its MQL), E 12, F 1, H 24; median (10 + 12) / 2.
    assert.equal(v('decision_time_hours'), 11);
    // Within 24 h, 24 included: A, C, E, F, H, of the period's 7 MQLs.
    assert.equal(v('acceptance_sla_rate'), 5 / 7);
    assert.deepEqual([v('disqualified_leads'), v('recycled_leads')], [1, 1]);
    // B and E point at marketing, C at sales; F's loss has no reason.
    assert.deepEqual([v('failures_marketing_owned'), v('failures_sales_owned'), v('marketing_owned_failure_share')], [2, 1, 2 / 3]);
  });

  it('time in each stage: in the period of the later stamp, where both are there; medians from records', () => {
    const v = values('period');
    // MQL → SQL: A 2.583 days, E 2, F 2.
    assert.equal(v('days_mql_to_sql'), 2);
    // Lead → MQL: A 1.417, B 1, C 2, D 24, E 1, F 1, H 1 (days): median 1.
    assert.equal(v('days_lead_to_mql'), 1);
    assert.equal(v('days_sql_to_opportunity'), (5 + 3) / 2);
    assert.equal(v('days_opportunity_to_customer'), 10);
  });

  it("stalled leads: at the period's end, in a stage past its maxDays with nothing after (acceptance moves no stage)", () => {
    // H has waited as an MQL since the 9th (over 5 days); D only since the 28th; the rest moved on or ended.
    assert.equal(values('period')('stalled_leads'), 1);
    // On 12 March (asOf): H since the 9th, 3 days, is not stalled yet; neither is anyone else.
    assert.equal(values('period', { asOf: '2026-03-12' })('stalled_leads'), 0);
    // Without maxDays, there is nothing to count.
    assert.equal(computeMetrics(ledger({ stages: { mqls: { owner: 'sales' } } }), { period: '2026-03' }).metrics.stalled_leads!.reason, 'missing-input');
  });

  it("one payload's records under other limits: each dataset counts its own stalls (the waits found once per payload are kept per limits)", () => {
    const stalled = (d: ReturnType<typeof ledger>) => computeMetrics(d, { period: '2026-03' }).metrics.stalled_leads!.value;
    const five = ledger();
    // Datasets made anew from one records array (as a page's views are), so one set of columns.
    const withMqlDays = (maxDays: number) => ({ ...five, stages: { ...five.stages, mqls: { owner: 'sales' as const, maxDays } } });
    // H, an MQL since the 9th: stalled past 5 days at March's end (22 days), not past 30.
    assert.deepEqual([stalled(five), stalled(withMqlDays(30)), stalled(withMqlDays(5)), stalled(withMqlDays(30))], [1, 0, 1, 0]);
  });

  it('cohort mode: over the leads created in the period, every answer by asOf (accepted + rejected = decided)', () => {
    const v = values('cohort');
    assert.deepEqual([v('leads'), v('mqls')], [8, 7]);
    // D was accepted on 2 April, before asOf: in its cohort's answers.
    assert.deepEqual([v('sales_acceptance_rate'), v('mqls_undecided')], [5 / 7, 0]);
  });

  it('a running period: answers after asOf have not happened yet', () => {
    // On 6 March: MQLs A, B, C, E; A and E accepted (E at noon of the 6th), B and C rejected.
    const v = values('period', { asOf: '2026-03-06' });
    assert.deepEqual([v('mqls'), v('sales_acceptance_rate'), v('mqls_undecided'), v('disqualified_leads')], [4, 2 / 4, 0, 0]);
  });

  it('the acceptance SLA: the share of the period\'s MQLs answered within its hours, judged like the response SLA', () => {
    const sla = computeMetrics(ledger(), { period: '2026-03' }).slas.find((s) => s.id === 'handoff')!;
    assert.deepEqual([sla.actual, sla.withinHours, sla.status], [5 / 7, 24, 'missed']);
  });

  it('rows from aggregate carry the ledger: answers, decisions and failures by reason give the same metrics', async () => {
    const { RowsFromRecords } = await import('../../src/core/index.js');
    const rows = new RowsFromRecords({ timezone: 'UTC', granularity: 'month', responseHours: 24, money: true });
    rows.add(LEADS);
    assert.equal(rows.issueCount, 0, JSON.stringify(rows.issues));
    const fromRows = dataset({ version: 1, currency: 'USD', asOf: '2026-04-10', reasons: REASONS, rows: rows.rows() });
    const a = computeMetrics(fromRows, { period: '2026-03' }).metrics;
    const b = computeMetrics(ledger(), { period: '2026-03' }).metrics;
    for (const id of ['sales_acceptance_rate', 'mqls_undecided', 'acceptance_sla_rate', 'disqualified_leads', 'recycled_leads', 'failures_marketing_owned', 'failures_sales_owned', 'marketing_owned_failure_share']) {
      assert.equal(a[id]!.value, b[id]!.value, id);
    }
    // From rows, durations are means, and say so.
    assert.deepEqual([a.decision_time_hours!.value, a.decision_time_hours!.estimate], [83 / 6, 'mean']);
    assert.equal(a.stalled_leads!.reason, 'missing-input');
  });
});

describe('the ledger in the contract', () => {
  const issues = (leads: unknown[] | undefined, extra: object = {}) => {
    const result = parseDataset({ version: 1, reasons: REASONS, ...(leads && { leads }), ...extra });
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T00:00:00Z`;

  it('refuses what cannot be: both answers, an answer without an MQL, two failures, a reason without a failure, an undeclared reason', () => {
    assert.deepEqual(issues([{ id: 1, createdAt: at(1), mqlAt: at(2), acceptedAt: at(3), rejectedAt: at(4) }]), ['leads[0].rejectedAt: excludes acceptedAt: sales accepts an MQL or rejects it, not both']);
    assert.deepEqual(issues([{ id: 1, createdAt: at(1), acceptedAt: at(3) }]), ['leads[0].acceptedAt: needs mqlAt: sales accepts or rejects an MQL']);
    assert.deepEqual(issues([{ id: 1, createdAt: at(1), mqlAt: at(2), rejectedAt: at(3), lostAt: at(4) }]), ['leads[0].lostAt: excludes rejectedAt: a lead fails once (rejectedAt, disqualifiedAt and lostAt exclude each other)']);
    assert.deepEqual(issues([{ id: 1, createdAt: at(1), reason: 'not-icp' }]), ['leads[0].reason: needs rejectedAt, disqualifiedAt or lostAt: a reason says why a lead failed']);
    assert.deepEqual(issues([{ id: 1, createdAt: at(1), lostAt: at(5), reason: 'too-pricey' }]), ['leads[0].reason: unknown reason "too-pricey" (declared: not-icp, no-budget, never-called)']);
    assert.deepEqual(issues([{ id: 1, createdAt: at(5), disqualifiedAt: at(4) }]), ['leads[0].disqualifiedAt: is before createdAt: a lead cannot move before it exists']);
  });

  it('a rejected lead without a reason is valid, and counts under "no reason given"', () => {
    assert.deepEqual(issues([{ id: 1, createdAt: at(1), mqlAt: at(2), rejectedAt: at(3) }]), []);
    const v = computeMetrics(dataset({ version: 1, asOf: '2026-03-31', reasons: REASONS, leads: [{ id: 1, createdAt: at(1), mqlAt: at(2), rejectedAt: at(3) }] }), { period: '2026-03' }).metrics;
    assert.deepEqual([v.mql_rejection_rate!.value, v.failures_marketing_owned!.value, v.marketing_owned_failure_share!.reason], [1, 0, 'zero-denominator']);
  });

  it('rows may carry failures by reason; a code the dataset does not declare has no team', () => {
    const rows = [{ period: '2026-03', mqlsRejected: 4, reasons: { 'not-icp': 2, 'never-called': 1, nope: 1 } }];
    assert.deepEqual(issues(undefined, { rows }), []);
    const m = computeMetrics(dataset({ version: 1, asOf: '2026-03-31', reasons: REASONS, rows }), { period: '2026-03' }).metrics;
    assert.deepEqual([m.failures_marketing_owned!.value, m.failures_sales_owned!.value, m.marketing_owned_failure_share!.value], [2, 1, 2 / 3]);
    assert.deepEqual(issues(undefined, { reasons: [...REASONS, REASONS[0]] }), ['reasons[3].code: reason "not-icp" is declared twice']);
  });
});

// Random ledgers: every lead an MQL or not, answered or not, failing once at most.
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const leadArb = fc
  .record({
    created: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 3, 30) }),
    mql: fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: undefined }),
    answer: fc.constantFrom('accepted', 'rejected', 'none'),
    answerAfter: fc.integer({ min: -48, max: 60 * 24 }),
    failure: fc.constantFrom('none', 'disqualified', 'lost'),
    failAfter: fc.integer({ min: 1, max: 90 * 24 }),
    reason: fc.constantFrom(undefined, 'not-icp', 'no-budget', 'never-called'),
    recycled: fc.boolean(),
  })
  .map(({ created, mql, answer, answerAfter, failure, failAfter, reason, recycled }) => {
    const lead: Record<string, unknown> = { createdAt: iso(created) };
    if (mql !== undefined) {
      const mqlAt = created + mql * HOUR;
      lead.mqlAt = iso(mqlAt);
      if (answer !== 'none') lead[`${answer}At`] = iso(Math.max(created, mqlAt + answerAfter * HOUR));
    }
    if (lead.rejectedAt === undefined && failure !== 'none') lead[`${failure}At`] = iso(created + failAfter * HOUR);
    const failed = lead.rejectedAt !== undefined || lead.disqualifiedAt !== undefined || lead.lostAt !== undefined;
    if (failed && reason) lead.reason = reason;
    if (recycled) lead.recycledAt = iso(created + (failAfter + 24) * HOUR);
    return lead;
  });
const ledgerArb = fc.record({ leads: fc.array(leadArb, { maxLength: 30 }), asOf: fc.constantFrom('2026-02-14', '2026-03-31', '2026-06-30') });
const build = ({ leads, asOf }: { leads: Array<Record<string, unknown>>; asOf: string }) =>
  dataset({ version: 1, asOf, reasons: REASONS, stages: STAGES, leads: leads.map((l, i) => ({ ...l, id: i })) as DatasetInput['leads'] });

describe('properties of the ledger', () => {
  it('cohort mode: accepted + rejected + undecided = MQLs; failures by team sum to failures with a reason', () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-Q1'), (input, period) => {
        const d = build(input);
        const m = computeMetrics(d, { period, mode: 'cohort' }).metrics;
        if (m.mqls!.value === null) return;
        const facts = selectFacts(buildFactTable(d, parsePeriod(period)!.granularity, 'cohort'), parsePeriod(period)!.index);
        assert.equal(facts.sums.mqlsAccepted + facts.sums.mqlsRejected + m.mqls_undecided!.value!, m.mqls!.value);
        if (m.failures_marketing_owned!.value !== null) {
          let withReason = 0;
          for (const [key, n] of facts.reasons) if (!key.endsWith('\u0000')) withReason += n;
          assert.equal(m.failures_marketing_owned!.value + m.failures_sales_owned!.value!, withReason);
        }
      }),
      { numRuns: 200 },
    );
  });

  // Period mode: a closed period counts each event in its own period, as the window does. (A
  // closed cohort goes on gathering its leads' events up to asOf; a window stops at its end.)
  it("a window reaching a period's end equals that period closed, for every fact, failure and stall (period mode)", () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom<Mode>('period'), fc.constantFrom('2026-01', '2026-02', '2026-03'), (input, mode, key) => {
        const d = build({ ...input, asOf: '2026-06-30' });
        const period = parsePeriod(key)!;
        const closed = selectFacts(buildFactTable(d, 'month', mode), period.index);
        const window = selectFacts(buildWindowTable(d, period, mode), 0);
        for (const fact of FACTS) assert.ok(Math.abs(closed.sums[fact] - window.sums[fact]) < 1e-9, `${fact}: ${closed.sums[fact]} vs ${window.sums[fact]}`);
        assert.deepEqual([...window.reasons].sort(), [...closed.reasons].sort());
        assert.deepEqual(window.stalled, closed.stalled);
      }),
      { numRuns: 200 },
    );
  });
});

describe('stalled leads at the edges', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  // A lead lost within a day in March, which never stalls, carries the data's span past February.
  const later = { id: 'later', createdAt: '2026-03-15T00:00:00Z', lostAt: '2026-03-16T00:00:00Z' };
  const stalledIn = (leads: NonNullable<DatasetInput['leads']>, stages: DatasetInput['stages'], period: string, mode: Mode = 'period') =>
    computeMetrics(dataset({ version: 1, currency: 'USD', asOf: '2026-04-10', stages, leads: [...leads, later] }), { period, mode }).metrics.stalled_leads!.value;

  it('a lead is stalled once it has waited longer than maxDays: not at the very instant the limit is reached, nor once it moved on at that instant', () => {
    // Created on 1 January: 31 days old exactly at January's end, so stalled only at February's.
    const lone = [{ id: 1, createdAt: '2026-01-01T00:00:00Z' }];
    assert.deepEqual([stalledIn(lone, { leads: { maxDays: 31 } }, '2026-01'), stalledIn(lone, { leads: { maxDays: 31 } }, '2026-02')], [0, 1]);
    // Stalled from 11 January, an MQL at the instant January ends: no longer waiting as a lead then.
    const movedOn = [{ id: 1, createdAt: '2026-01-01T00:00:00Z', mqlAt: '2026-02-01T00:00:00Z' }];
    assert.deepEqual([stalledIn(movedOn, { leads: { maxDays: 10 } }, '2026-01'), stalledIn(movedOn, { leads: { maxDays: 10 } }, '2026-02')], [0, 0]);
  });

  it("cohort mode counts a lead at its cohort period's end only, if it is stalled by then", () => {
    const leads = [
      { id: 1, createdAt: '2026-01-20T00:00:00Z' }, // stalled from 19 February: not by January's end
      { id: 2, createdAt: '2026-01-01T00:00:00Z' }, // 31 days old exactly at January's end: not longer
      { id: 3, createdAt: '2026-01-02T00:00:00Z' }, // 30 days old at January's end
    ];
    assert.equal(stalledIn(leads, { leads: { maxDays: 31 } }, '2026-01', 'cohort'), 0);
    assert.equal(stalledIn(leads, { leads: { maxDays: 10 } }, '2026-01', 'cohort'), 3);
    assert.equal(stalledIn(leads, { leads: { maxDays: 30 } }, '2026-01', 'cohort'), 1);
  });

  it('the waits that stall are found once per payload and limits, in record then stage order', () => {
    const leads = dataset({
      version: 1,
      leads: [
        { id: 0, createdAt: '2026-01-01T00:00:00Z', mqlAt: '2026-01-11T00:00:00Z' }, // an MQL the instant it would stall as a lead; stalled as an MQL from the 16th
        { id: 1, createdAt: '2026-01-01T00:00:00Z', lostAt: '2026-01-20T00:00:00Z' }, // a lead stalled from the 11th until lost
        { id: 2, createdAt: '2026-01-01T00:00:00Z', mqlAt: '2026-01-03T00:00:00Z', sqlAt: '2026-01-30T00:00:00Z' }, // an MQL stalled from the 8th; an SQL with no limit
      ],
    }).leads!;
    const columns = recordColumns(leads);
    const found = stallCandidates(columns, [10, 5, 0, NaN]);
    assert.deepEqual(
      { length: found.length, record: [...found.record], stage: [...found.stage], from: [...found.from], leave: [...found.leave] },
      { length: 3, record: [0, 1, 2], stage: [1, 0, 1], from: [day('2026-01-16'), day('2026-01-11'), day('2026-01-08')], leave: [Infinity, day('2026-01-20'), day('2026-01-30')] },
    );
    assert.equal(stallCandidates(columns, [10, 5, 0, NaN]), found, 'found once');
    // A page keeps at most four sets of limits per payload: a fifth is found each time it is asked.
    const others = [1, 2, 3].map((d) => stallCandidates(columns, [d, 5, 0, NaN]));
    const fifth = stallCandidates(columns, [4, 5, 0, NaN]);
    assert.equal(stallCandidates(columns, [4, 5, 0, NaN]) === fifth, false);
    assert.deepEqual([...others.map((o, d) => stallCandidates(columns, [d + 1, 5, 0, NaN]) === o), stallCandidates(columns, [10, 5, 0, NaN]) === found], [true, true, true, true]);
  });
});

describe('stalled leads, against their definition', () => {
  const DAY = 86_400_000;
  // Leads, MQLs and SQLs over four months, some moving on, some ending; limits of a few days.
  const waitArb = fc
    .record({ created: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 3, 30) }), mql: fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: undefined }), sql: fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: undefined }), lost: fc.option(fc.integer({ min: 0, max: 120 * DAY }), { nil: undefined }), channel: fc.constantFrom('a', 'b', undefined) })
    .map(({ created, mql, sql, lost, channel }) => {
      const mqlAt = mql === undefined ? undefined : created + mql;
      const sqlAt = mqlAt === undefined || sql === undefined ? undefined : mqlAt + sql;
      return { createdAt: created, mqlAt, sqlAt, lostAt: lost === undefined ? undefined : created + lost, channel };
    });
  const arb = fc.record({
    leads: fc.array(waitArb, { maxLength: 40 }),
    // The last of March ends where April starts: `asOf`'s end on a period's start.
    asOf: fc.constantFrom('2026-02-14', '2026-03-31', '2026-05-10'),
    maxDays: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })),
  });

  it('each month counts the waits over their limit at its end (or at asOf): period mode every month, cohort mode the cohort month only', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom<Mode>('period', 'cohort'), ({ leads, asOf, maxDays }, mode) => {
        const d = dataset({
          version: 1,
          asOf,
          stages: { leads: { maxDays: maxDays[0] }, mqls: { owner: 'sales', maxDays: maxDays[1] } },
          leads: leads.map((l, id) => ({ id, createdAt: iso(l.createdAt), ...(l.mqlAt !== undefined && { mqlAt: iso(l.mqlAt) }), ...(l.sqlAt !== undefined && { sqlAt: iso(l.sqlAt) }), ...(l.lostAt !== undefined && { lostAt: iso(l.lostAt) }), ...(l.channel && { channel: l.channel }) })),
        });
        const until = Date.parse(`${asOf}T00:00:00Z`) + DAY;
        const table = buildFactTable(d, 'month', mode);
        for (let month = 0; month < 6; month++) {
          const start = Date.UTC(2026, month, 1);
          const at = Math.min(Date.UTC(2026, month + 1, 1), until);
          // Months from asOf's end on have no end to be stalled at yet: nothing.
          const expected = [0, 0];
          if (start < until) {
          for (const l of leads) {
            if (!(l.createdAt < until) || (mode === 'cohort' && !(l.createdAt >= start && l.createdAt < Date.UTC(2026, month + 1, 1)))) continue;
            const leave = Math.min(l.lostAt ?? Infinity, l.sqlAt ?? Infinity);
            const waits: Array<[number | undefined, number]> = [[l.createdAt, Math.min(l.mqlAt ?? Infinity, leave)], [l.mqlAt, leave]];
            waits.forEach(([entered, left], s) => {
              if (entered !== undefined && entered + maxDays[s]! * DAY < at && at < left) expected[s]!++;
            });
          }
          }
          const stalled = selectFacts(table, parsePeriod(`2026-0${month + 1}`)!.index).stalled;
          assert.deepEqual(stalled.slice(0, 2), expected, `2026-0${month + 1}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
