import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from './fc.js';
import { computeMetrics, parseDataset, replayedAsOf, review, reviewHtml, reviewMarkdown, reviewText, type DatasetInput } from '../../src/core/index.js';
import { dataset } from './fixtures.js';

// The meeting (README, "The meeting"): the records replayed as of the last meeting and as
// of today, the period that holds today compared as it stood on each day.

const REASONS = [
  { code: 'not-icp', label: 'Not our ICP', owner: 'marketing' as const },
  { code: 'never-reached', label: 'Never reached', owner: 'sales' as const },
];
const at = (day: number, hour = 12) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
/** Six March leads (UTC): two by the 10th, four after; MQLs on the 3rd, 4th, 5th and 6th; rejections on the 8th, 12th and 15th. */
const LEADS: NonNullable<DatasetInput['leads']> = [
  { id: 1, createdAt: at(2), mqlAt: at(3), rejectedAt: at(8), reason: 'not-icp' },
  { id: 2, createdAt: at(2), mqlAt: at(4), rejectedAt: at(12), reason: 'not-icp' },
  { id: 3, createdAt: at(11), mqlAt: at(11, 13), rejectedAt: at(15), reason: 'not-icp' },
  { id: 4, createdAt: at(12), mqlAt: at(12, 14) },
  { id: 5, createdAt: at(13) },
  { id: 6, createdAt: at(14) },
  { id: 0, createdAt: '2026-02-10T12:00:00Z' },
];
const company = (extra: Partial<DatasetInput> = {}) =>
  dataset({ version: 1, asOf: '2026-03-18', reasons: REASONS, targets: [{ metric: 'mqls', period: '2026-03', value: 10 }], leads: LEADS, ...extra });

describe('review, by hand', () => {
  it('ranks a count by the change of its pace: 2 leads by day 10, 4 by day 18', () => {
    const r = review(company(), { since: '2026-03-10' });
    assert.deepEqual([r.since, r.asOf, r.period], ['2026-03-10', '2026-03-18', '2026-03']);
    const leads = r.movers.find((m) => m.metric === 'leads')!;
    assert.deepEqual([leads.since, leads.now, leads.change], [2, 6, 4]);
    // Paced: 2 / (10/31) = 6.2 a month, then 6 / (18/31) = 10.33: two thirds more.
    assert.ok(Math.abs(leads.score - (6 / (18 / 31) - 2 / (10 / 31)) / (2 / (10 / 31))) < 1e-12);
  });

  it('names the verdicts that flipped, with both values: MQLs on pace for 10 on the 10th, behind it on the 18th', () => {
    const r = review(company(), { since: '2026-03-10' });
    // On the 10th: 2 MQLs of an expected 10 × 10/31 = 3.2 (62%, off track); on the 18th: 4 of 5.8 (69%): still off track.
    assert.equal(r.flips.find((f) => f.id === 'mqls'), undefined);
    const rejection = r.flips.find((f) => f.id === 'mql_rejection_rate');
    assert.equal(rejection, undefined, 'no target nor benchmark, and no previous to judge against: neutral both days');
    const stricter = review(company({ targets: [{ metric: 'mqls', period: '2026-03', value: 6 }] }), { since: '2026-03-10' });
    // 6 × 10/31 = 1.9 expected on the 10th (2: on pace, good); 6 × 18/31 = 3.5 on the 18th (4: good).
    assert.equal(stricter.flips.find((f) => f.id === 'mqls'), undefined);
    const harder = review(company({ targets: [{ metric: 'mqls', period: '2026-03', value: 7 }] }), { since: '2026-03-10' });
    // 7 × 10/31 = 2.26 on the 10th: 2 is 88% (off track); 7 × 18/31 = 4.06 on the 18th: 4 is 98.5% (needs attention).
    assert.deepEqual(harder.flips.find((f) => f.id === 'mqls'), { id: 'mqls', kind: 'metric', since: 'bad', now: 'warn', valueSince: 2, valueNow: 4 });
  });

  it("names an SLA whose status flipped, with its own words when it has them: 2 of 2 MQLs accepted within a day by the 10th, 2 of 4 by the 18th", () => {
    const accepted = (day: number, hour: number, acceptedAt: string) => ({ createdAt: at(day, hour - 1), mqlAt: at(day, hour), acceptedAt });
    const leads = [accepted(3, 12, at(3, 14)), accepted(4, 12, at(4, 13)), accepted(11, 13, at(15)), accepted(12, 14, at(16))].map((l, id) => ({ id, ...l }));
    const sla = { id: 'handoff', owner: 'sales' as const, type: 'acceptance' as const, withinHours: 24, target: 0.8 };
    const all = (extra: object) => review(dataset({ version: 1, asOf: '2026-03-18', leads, slas: [{ ...sla, ...extra }] }), { since: '2026-03-10' }).flips;
    const flips = (extra: object) => all(extra).filter((f) => f.kind === 'sla');
    // The SLA's metric is judged by the SLA's target, as its gauge is: it flips alike.
    assert.deepEqual(all({}).find((f) => f.id === 'acceptance_sla_rate'), { id: 'acceptance_sla_rate', kind: 'metric', since: 'good', now: 'bad', valueSince: 1, valueNow: 0.5 });
    // Without a label, the flip carries none (not an empty key).
    assert.deepEqual(flips({}), [{ id: 'handoff', kind: 'sla', since: 'met', now: 'missed', valueSince: 1, valueNow: 0.5 }]);
    assert.deepEqual(flips({ label: 'Handoff', labels: { 'pt-BR': 'Repasse' } }), [{ id: 'handoff', kind: 'sla', label: 'Handoff', labels: { 'pt-BR': 'Repasse' }, since: 'met', now: 'missed', valueSince: 1, valueNow: 0.5 }]);
    // In words, pointing at the SLA: its label in the language, else its label, else its id.
    const line = (extra: object, locale: 'en' | 'pt-BR') =>
      reviewText(review(dataset({ version: 1, asOf: '2026-03-18', leads, slas: [{ ...sla, ...extra }] }), { since: '2026-03-10' }), locale)
        .sections.find((s) => s.id === 'flips')!
        .items.filter((item) => item.target && 'sla' in item.target);
    assert.deepEqual(line({ label: 'Handoff', labels: { 'pt-BR': 'Repasse' } }, 'pt-BR'), [{ text: 'Repasse: cumprido → não cumprido', target: { sla: 'handoff' } }]);
    assert.deepEqual(line({ label: 'Handoff', labels: { 'pt-BR': 'Repasse' } }, 'en'), [{ text: 'Handoff: met → missed', target: { sla: 'handoff' } }]);
    assert.deepEqual(line({}, 'en'), [{ text: 'handoff: met → missed', target: { sla: 'handoff' } }]);
  });

  it('lists the failure reasons that grew, with their teams', () => {
    const r = review(company(), { since: '2026-03-10' });
    assert.deepEqual(r.reasons, [{ code: 'not-icp', label: 'Not our ICP', owner: 'marketing', since: 1, now: 3 }]);
  });

  it('needs records, and an asOf, and a since before it', () => {
    const rows = dataset({ version: 1, asOf: '2026-03-18', rows: [{ period: '2026-03', leads: 3 }] });
    assert.equal(review(rows, { since: '2026-03-10' }).needsRecords, true);
    assert.throws(() => review(company(), { since: '2026-03-20' }), /after asOf/);
    assert.throws(() => review(dataset({ version: 1, reasons: REASONS, leads: LEADS }), { since: '2026-03-10' }), /needs asOf/);
  });
});

describe('the review in words', () => {
  it('opens with one sentence: new customers, the biggest mover, how many verdicts changed; or that nothing moved', () => {
    const r = review(company({ targets: [{ metric: 'mqls', period: '2026-03', value: 7 }] }), { since: '2026-03-10' });
    const text = reviewText(r, 'en');
    const top = text.sections.find((s) => s.id === 'movers')!.items[0]!;
    assert.equal(top.target?.metric, r.movers[0]!.metric);
    assert.match(text.headline, new RegExp(`^Since 2026-03-10: (.+; )?.+ moved most \\(.+ → .+\\); ${r.flips.length} verdicts? changed\\.$`));
    assert.equal(reviewText(review(company(), { since: '2026-03-18' }), 'pt-BR').headline, 'Nada mudou desde 2026-03-18.');
  });

  it('points each line at what an element shows: a metric, an SLA, a reason, a stage', () => {
    // A target of 7 MQLs flips their verdict (see above): a metric's flip points at the metric.
    const r = review(company({ targets: [{ metric: 'mqls', period: '2026-03', value: 7 }] }), { since: '2026-03-10' });
    assert.ok(r.flips.some((f) => f.kind === 'metric'));
    const sections = Object.fromEntries(reviewText(r).sections.map((s) => [s.id, s.items]));
    assert.deepEqual(sections.reasons, [{ text: 'Not our ICP (marketing): 1 → 3', target: { reason: 'not-icp' } }]);
    assert.deepEqual(sections.movers!.map((i) => i.target), r.movers.map((m) => ({ metric: m.metric })));
    assert.deepEqual(sections.flips!.map((i) => i.target), r.flips.map((f) => (f.kind === 'sla' ? { sla: f.id } : { metric: f.id })));
  });
});

describe('the digests', () => {
  const demo = () => {
    const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8')));
    if (!parsed.ok) throw new Error('the sample is invalid');
    return parsed.dataset;
  };

  it('since = asOf on the sample company: the bridge of new customers lists no driver, none moved', () => {
    const r = review(demo(), { since: '2026-03-18' });
    assert.equal(r.bridge?.metric, 'customers');
    assert.equal(r.bridge.from, r.bridge.to);
    assert.deepEqual(r.bridge.contributions, []);
  });

  for (const locale of ['en', 'pt-BR'] as const) {
    for (const [format, render] of [['md', reviewMarkdown], ['html', reviewHtml]] as const) {
      it(`the sample company's ${format} digest in ${locale} is the golden file (UPDATE_GOLDEN=1 rewrites it)`, () => {
        const d = demo();
        const text = render(review(d, { since: '2026-03-11' }), locale, d.currency);
        const golden = new URL(`./golden/review-${locale}.${format}`, import.meta.url);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
        assert.equal(text, readFileSync(golden, 'utf8'));
      });
    }
  }

  it("says a verdict the benchmark's band gave as \"within benchmark\", not \"no judgement\", as the cards do", () => {
    const d = demo();
    const r = review(d, { since: '2026-03-11' });
    const flip = (id: string) => r.flips.find((f) => f.id === id)!;
    // The SAL-to-opportunity rate sat within its benchmark's band on the 11th (no target); the days from lead to MQL had no reference at all.
    const then = computeMetrics({ ...d, asOf: '2026-03-11' }, { period: '2026-03' }).metrics;
    assert.deepEqual([then.sql_to_opportunity!.status, then.sql_to_opportunity!.benchmark?.verdict, then.sql_to_opportunity!.target], ['neutral', 'within', undefined]);
    assert.deepEqual(flip('sql_to_opportunity').withinBenchmark, { since: true, now: false });
    assert.equal(flip('days_lead_to_mql').withinBenchmark, undefined);
    const line = (id: string) => reviewText(r, 'es').sections.find((s) => s.id === 'flips')!.items.find((i) => i.target?.metric === id)!.text;
    assert.deepEqual([line('sql_to_opportunity'), line('days_lead_to_mql')], ['Conversión SAL → oportunidad: dentro del benchmark → bueno', 'Días de lead a MQL: sin evaluación → bueno']);
  });

  it('is the same run twice, in every format', () => {
    const once = () => {
      const r = review(demo(), { since: '2026-03-11' });
      return [JSON.stringify(r), reviewMarkdown(r, 'es'), reviewHtml(r, 'es')];
    };
    assert.deepEqual(once(), once());
  });

  it('keeps a hostile label inert in JSON, Markdown and HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"> **loud** [click](javascript:alert(1))';
    const r = review(company({ reasons: [{ code: 'not-icp', label: hostile, owner: 'marketing' }, REASONS[1]!] }), { since: '2026-03-10' });
    assert.equal(JSON.parse(JSON.stringify(r)).reasons[0].label, hostile);
    const markdown = reviewMarkdown(r);
    // Every character that would start markup is escaped: it renders as the text it is.
    const unescaped = (text: string) => new RegExp(`(^|[^\\\\])${text.replace(/[*[\]]/g, '\\$&')}`);
    for (const markup of ['<img', '**', '[click]']) assert.doesNotMatch(markdown, unescaped(markup), markup);
    assert.ok(markdown.includes('\\<img src=x onerror="alert(1)"\\> \\*\\*loud\\*\\* \\[click\\](javascript:alert(1))'), markdown);
    const page = reviewHtml(r);
    assert.ok(!page.includes('<img') && !/<script/i.test(page) && page.includes('&#60;img'), page);
  });
});

describe('a last meeting in an earlier period', () => {
  it('reads that period as it stood then: 1 lead in February by the 25th, 6 in March by the 18th, paced by each month', () => {
    const r = review(company(), { since: '2026-02-25' });
    assert.deepEqual([r.sincePeriod, r.period], ['2026-02', '2026-03']);
    const leads = r.movers.find((m) => m.metric === 'leads')!;
    assert.deepEqual([leads.since, leads.now], [1, 6]);
    // February: 1 lead by day 25 of 28; March: 6 by day 18 of 31.
    assert.ok(Math.abs(leads.score - (6 / (18 / 31) - 1 / (25 / 28)) / (1 / (25 / 28))) < 1e-12);
    // Each verdict as each meeting saw it: February had no month before it to judge its leads by; March has February.
    assert.deepEqual(r.flips.find((f) => f.id === 'leads'), { id: 'leads', kind: 'metric', since: 'neutral', now: 'good', valueSince: 1, valueNow: 6 });
    assert.match(reviewMarkdown(r), /What changed since 2026-02-25 \(2026-02 then; 2026-03 as of 2026-03-18\)/);
  });

  it('reads both days in the view asked for: email had 1 lead of 2 in February by the 25th, 1 in March', () => {
    const leads = [...LEADS.map((l) => ({ ...l, channel: l.id === 0 || l.id === 1 ? 'email' : 'ads' })), { id: 9, createdAt: '2026-02-12T12:00:00Z', channel: 'ads' }];
    const d = company({ leads });
    const r = review(d, { since: '2026-02-25', channel: 'email' });
    // Each reading of the last meeting is email's February as it stood on the 25th.
    const then = computeMetrics(replayedAsOf(d, '2026-02-25'), { period: '2026-02', channel: 'email' }).metrics;
    assert.ok(r.movers.length + r.flips.length > 0);
    for (const m of r.movers) assert.equal(m.since, then[m.metric]!.value, m.metric);
    for (const f of r.flips.filter((f) => f.kind === 'metric')) assert.equal(f.valueSince, then[f.id]!.value, f.id);
    assert.equal(then.leads!.value, 1);
  });
});

describe('properties of the review', () => {
  it('since = asOf: nothing moved, nothing flipped', () => {
    const lead = fc.record({ day: fc.integer({ min: 1, max: 28 }), mql: fc.boolean(), reject: fc.boolean() }).map(({ day, mql, reject }) => ({
      createdAt: at(day, 8),
      ...(mql && { mqlAt: at(day, 9) }),
      ...(mql && reject && { rejectedAt: at(day, 10), reason: 'not-icp' }),
    }));
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 20 }), fc.integer({ min: 1, max: 28 }), (leads, day) => {
        const asOf = `2026-03-${String(day).padStart(2, '0')}`;
        const d = dataset({ version: 1, asOf, reasons: REASONS, leads: [...leads.map((l, i) => ({ ...l, id: i })), { id: 'feb', createdAt: '2026-02-01T00:00:00Z' }] as DatasetInput['leads'] });
        const r = review(d, { since: asOf });
        assert.deepEqual([r.movers, r.flips, r.reasons], [[], [], []]);
      }),
      { numRuns: 100 },
    );
  });
});
