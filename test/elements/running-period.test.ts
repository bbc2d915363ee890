import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { setClock } from '../../src/core/schema/today.js';
import { countOnDays, fixture, html, rendered, sampleData, sampleLeads, shadow, textOf, waitUntil, type RawLead } from './helpers.js';

// The demo's sample company is as of 2026-03-18: March is running, day 18 of 31. The
// answer key here is counted from the raw JSON, not asked of the core.

async function answerKey() {
  const leads = await sampleLeads();
  const count = (field: Exclude<keyof RawLead, 'dims'>, from: string, through: string) => countOnDays(leads, field, from, through);
  const marchMqls = count('mqlAt', '2026-03-01', '2026-03-18');
  // The MQL target of March is 95 (the demo's targets and its mql-volume SLA alike).
  const attainment = marchMqls / ((95 * 18) / 31);
  return {
    marchMqls,
    februaryToDay18: {
      leads: count('createdAt', '2026-02-01', '2026-02-18'),
      mqls: count('mqlAt', '2026-02-01', '2026-02-18'),
      sqls: count('sqlAt', '2026-02-01', '2026-02-18'),
      customers: count('wonAt', '2026-02-01', '2026-02-18'),
    },
    /** The verdict of the MQLs, by the SLA thresholds (warnAt 0.9) on the paced attainment. */
    mqlVerdict: attainment >= 1 ? 'good' : attainment >= 0.9 ? 'warn' : 'bad',
  };
}

const statusOf = (root: ParentNode, selector: string) => {
  const badge = root.querySelector(selector);
  return ['good', 'warn', 'bad', 'neutral'].find((s) => badge?.classList.contains(s));
};

async function all<T extends KpiElement>(elements: T[]): Promise<T[]> {
  await Promise.all(elements.map((el) => rendered(el)));
  return elements;
}

describe('a running period on the demo data', () => {
  it('gives the MQLs one verdict on the card, the funnel, the dashboard and the SLA gauge', async () => {
    const { json } = await sampleData();
    const key = await answerKey();
    expect(key.mqlVerdict, 'the hand count puts March on 54 of an expected 55.2').to.equal('warn');
    const page = await fixture<HTMLDivElement>(html`<div>
      <kpi-card metric="mqls" .data=${json}></kpi-card>
      <kpi-funnel .data=${json}></kpi-funnel>
      <sla-gauge sla="mql-volume" .data=${json}></sla-gauge>
      <kpi-dashboard .data=${json}></kpi-dashboard>
    </div>`);
    const [card, funnel, gauge, dashboard] = await all([...page.children] as KpiElement[]);
    const dashboardCard = () => [...shadow(dashboard!).querySelectorAll<KpiElement & { metric: string }>('kpi-card')].find((c) => c.metric === 'mqls');
    await waitUntil(() => dashboardCard()?.result !== undefined, 'the dashboard did not render its MQL card', { timeout: 15_000 });
    await dashboardCard()!.updateComplete;

    expect(textOf(card!)).to.include(`MQLs, 2026-03 to date (day 18 of 31), all channels: ${key.marchMqls}`);
    const verdicts = {
      card: statusOf(shadow(card!), '.status'),
      funnel: statusOf([...shadow(funnel!).querySelectorAll('li[part=stage]')][1]!, '.status'),
      gauge: statusOf(shadow(gauge!), '.sla-status .status'),
      dashboard: statusOf(shadow(dashboardCard()!), '.status'),
    };
    expect(verdicts).to.deep.equal({ card: key.mqlVerdict, funnel: key.mqlVerdict, gauge: key.mqlVerdict, dashboard: key.mqlVerdict });
    expect(textOf(gauge!)).to.include('at risk');
    expect(textOf(card!)).to.include('expected by now');
  });

  it('compares count cards with February to the same day, never with all of it', async () => {
    const { json } = await sampleData();
    const key = await answerKey();
    for (const [metric, februaryToDate] of Object.entries(key.februaryToDay18)) {
      const card = await fixture<KpiElement>(html`<kpi-card metric=${metric} .data=${json}></kpi-card>`);
      await rendered(card);
      const versus = shadow(card).querySelector('dt.versus')!;
      expect(versus.textContent, metric).to.equal('vs 2026-02 to day 18');
      expect(versus.nextElementSibling!.textContent!.replace(/\s+/g, ' '), metric).to.match(new RegExp(`· ${februaryToDate.toLocaleString('en')}$`));
    }
  });

  it('says when a comparison is prorated, and reads the running month in pt-BR too', async () => {
    const { json } = await sampleData();
    // Visitors come from month rows: February's counts 18/28 of its row.
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><kpi-card metric="visitors" .data=${json}></kpi-card></div>`);
    const card = wrapper.firstElementChild as KpiElement;
    await rendered(card);
    expect(shadow(card).querySelector('dt.versus')!.textContent).to.equal('vs 2026-02 (proporcional)');
    expect(textOf(card)).to.include('2026-03 até agora (dia 18 de 31)');
  });

  it('marks the running point of a sparkline as to date', async () => {
    const { json } = await sampleData();
    const card = await fixture<KpiElement>(html`<kpi-card metric="mqls" .data=${json}></kpi-card>`);
    await rendered(card);
    const spark = shadow(card).querySelector('[part=sparkline]')!;
    expect(spark.querySelector('circle.to-date')!.getAttribute('fill')).to.equal('var(--_surface)', 'hollow');
    expect(spark.querySelector('path.to-date')!.getAttribute('stroke-dasharray')).to.equal('3 2');
    expect(textOf(card)).to.include('to date');
  });

  it('names the benchmark by polarity: a CAC payback above "≤ 12 months" is worse, in words and colour', async () => {
    const { json } = await sampleData();
    const data = structuredClone(json) as { benchmarks: Array<{ metric: string; value?: number }> };
    // The sample's payback is about 11 months; a benchmark of ≤ 6 months makes it worse.
    data.benchmarks.find((b) => b.metric === 'cac_payback_months')!.value = 6;
    const economics = await fixture<KpiElement>(html`<economics-card .data=${data}></economics-card>`);
    await rendered(economics);
    expect(textOf(economics)).to.match(/CAC payback 1\d months/);
    const tile = [...shadow(economics).querySelectorAll('li[part=tile]')].find((li) => li.textContent!.includes('CAC payback'))!;
    expect(tile.textContent!.replace(/\s+/g, ' ')).to.include('worse than the benchmark (≤ 6 months)');
    expect(statusOf(tile, '.status')).to.equal('bad');
  });

  it('says, in every language, when the day it judges comes from the clock rather than the data', async () => {
    // The page's clock, injected: 15 December 2026 at noon in São Paulo; the data has no asOf.
    const restore = setClock(() => Date.UTC(2026, 11, 15, 15));
    try {
      const data = {
        version: 1,
        timezone: 'America/Sao_Paulo',
        leads: [
          { id: 'n1', createdAt: '2026-11-03T12:00:00-03:00' },
          { id: 'd1', createdAt: '2026-12-02T12:00:00-03:00' },
          { id: 'd2', createdAt: '2026-12-20T12:00:00-03:00' }, // after today: not yet
        ],
      };
      const expected = { en: 'As of today, 2026-12-15.', 'pt-BR': 'Dados até hoje, 2026-12-15.', es: 'Datos a fecha de hoy, 2026-12-15.' };
      for (const [lang, note] of Object.entries(expected)) {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><kpi-card metric="leads" .data=${structuredClone(data)}></kpi-card></div>`);
        const card = wrapper.firstElementChild as KpiElement;
        await rendered(card);
        const summary = shadow(card).querySelector('[part=summary]')!.textContent!;
        expect(summary, lang).to.include(note);
        expect(summary, lang).to.match(/2026-12.*15.*31/, 'the running month, day 15 of 31');
        expect(card.result!.metrics.leads!.value).to.equal(1);
      }
      // With asOf in the data, no note.
      const dated = await fixture<KpiElement>(html`<kpi-card metric="leads" .data=${{ ...data, asOf: '2026-12-15' }}></kpi-card>`);
      await rendered(dated);
      expect(shadow(dated).querySelector('[part=summary]')!.textContent).not.to.include('As of today');
    } finally {
      restore();
    }
  });
});
