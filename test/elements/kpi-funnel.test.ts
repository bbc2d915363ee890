import { expect } from '@open-wc/testing';
import { formatValue } from '../../src/core/index.js';
import '../../src/define/kpi-funnel.js';
import type { KpiFunnel } from '../../src/elements/kpi-funnel/kpi-funnel.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { coreResult, downloadedCsv, fixture, freshKey, html, menuItem, oneEvent, rendered, sampleData, shadow, textOf } from './helpers.js';

const STAGES = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'] as const;

describe('<kpi-funnel>', () => {
  it('shows each stage\'s count as the core computes it, with conversions and the mode', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiFunnel>(html`<kpi-funnel .data=${json}></kpi-funnel>`);
    await rendered(el);
    const core = await coreResult();
    const counts = [...shadow(el).querySelectorAll('.count')].map((c) => c.textContent!.trim());
    expect(counts).to.deep.equal(STAGES.map((s) => formatValue(core.metrics[s]!.value, 'count', { locale: 'en' })));
    // The dataset renames SQLs to SALs.
    expect([...shadow(el).querySelectorAll('.label')].map((l) => l.textContent)).to.include('SALs');
    expect(textOf(el)).to.include('of previous step');
    expect(textOf(el)).to.include('drop-off');
    expect(textOf(el)).to.include('Counted by period (flow)');
    expect(textOf(el)).to.include('Source:');
    await expect(el).to.be.accessible();
  });

  it('counts by cohort when asked, never widening down the funnel', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiFunnel>(html`<kpi-funnel mode="cohort" period="2026-01" .data=${json}></kpi-funnel>`);
    await rendered(el);
    const core = await coreResult({ mode: 'cohort', period: '2026-01' });
    const counts = STAGES.map((s) => core.metrics[s]!.value!);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).to.be.at.most(counts[i - 1]!);
    expect([...shadow(el).querySelectorAll('.count')].map((c) => c.textContent!.trim())).to.deep.equal(counts.map((c) => formatValue(c, 'count')));
    expect(textOf(el)).to.include('Counted by cohort');
  });

  it('splits stages by channel with a legend', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiFunnel>(html`<kpi-funnel split .data=${json}></kpi-funnel>`);
    await rendered(el);
    const legend = shadow(el).querySelector('.legend')!;
    expect(legend.textContent).to.include('paid-search');
    expect(shadow(el).querySelectorAll('[part=bar]')[0]!.querySelectorAll('rect').length).to.be.greaterThan(6);
    await expect(el).to.be.accessible();
  });

  it('is navigable by keyboard and fires kpi-select for a stage', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiFunnel>(html`<kpi-funnel .data=${json} channel="referral"></kpi-funnel>`);
    await rendered(el);
    const stages = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.stage')];
    expect(stages.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    stages[0]!.focus();
    stages[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(shadow(el).activeElement).to.equal(stages[1]);
    stages[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    expect(shadow(el).activeElement).to.equal(stages[4]);
    setTimeout(() => stages[4]!.click());
    const event = await oneEvent(el, 'kpi-select');
    expect(event.detail).to.deep.equal({ stage: 'customers', metric: 'customers', period: '2026-03', channel: 'referral', where: { channel: 'referral' } });
  });

  it('loading, error and empty states are readable and accessible', async () => {
    const loading = await fixture<KpiFunnel>(html`<kpi-funnel src="/api/test/sample?key=${freshKey()}&delay=2000"></kpi-funnel>`);
    expect(shadow(loading).querySelector('[part=loading]')!.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();
    const broken = await fixture<KpiFunnel>(html`<kpi-funnel src="/api/test/status/404?key=${freshKey()}"></kpi-funnel>`);
    await rendered(broken);
    expect(shadow(broken).querySelector('[role=alert]')!.textContent).to.include('404');
    await expect(broken).to.be.accessible();
    const { json } = await sampleData();
    const empty = await fixture<KpiFunnel>(html`<kpi-funnel period="2024-06" .data=${json}></kpi-funnel>`);
    await rendered(empty);
    expect(textOf(empty)).to.include('No data for 2024-06');
    await expect(empty).to.be.accessible();
  });

  it('offers a table and a CSV of the stages', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiFunnel>(html`<kpi-funnel .data=${json}></kpi-funnel>`);
    await rendered(el);
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(5);
    await expect(el).to.be.accessible();
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    const core = await coreResult();
    expect(csv).to.include(`Leads,${core.metrics.leads!.value},,`);
  });
});

describe('<kpi-funnel>: the handoff and the stages', () => {
  it("says sales' answers on the MQL step, time in each stage, each step's team, and the MQLs stalled, against the raw records", async () => {
    const { json } = await sampleData();
    type Raw = Record<string, string | undefined>;
    const leads = (json as { leads: Raw[] }).leads;
    const day = (stamp: string | undefined) => stamp?.slice(0, 10);
    const inMarch = (stamp: string | undefined) => stamp !== undefined && day(stamp)! >= '2026-03-01' && day(stamp)! <= '2026-03-18';
    const accepted = leads.filter((l) => inMarch(l.acceptedAt)).length;
    const rejected = leads.filter((l) => inMarch(l.rejectedAt)).length;
    const waiting = leads.filter((l) => inMarch(l.mqlAt) && !(l.acceptedAt ?? l.rejectedAt)).length;
    // Stalled as an MQL at the end of 18 March (São Paulo, −03:00): an MQL over 5 days ago, nothing after it.
    const end = Date.parse('2026-03-19T00:00:00-03:00');
    const stalled = leads.filter((l) => {
      if (!l.mqlAt || Date.parse(l.mqlAt) + 5 * 86_400_000 >= end) return false;
      return !['sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'rejectedAt', 'disqualifiedAt', 'recycledAt'].some((k) => l[k] !== undefined && Date.parse(l[k]!) < end);
    }).length;
    const el = await fixture<KpiElement>(html`<kpi-funnel .data=${json}></kpi-funnel>`);
    await rendered(el);
    const steps = [...shadow(el).querySelectorAll('li[part=stage]')];
    const mql = steps[1]!.querySelector('.handoff')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(mql).to.include(`Sales · ${accepted} accepted · ${rejected} rejected · ${waiting} waiting`);
    expect(mql).to.include(`${stalled} stalled`);
    expect(steps[0]!.querySelector('.owner')!.textContent).to.equal('Marketing');
    // Time in the MQL stage, on the SQL step: a median and its p90 in days.
    expect(steps[2]!.querySelector('.time')!.textContent).to.match(/^median [\d.]+ days in this stage \(p90 [\d.]+ days\)$/);
    await expect(el).to.be.accessible();
  });
});
