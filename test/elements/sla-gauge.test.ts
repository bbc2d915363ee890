import { expect } from '@open-wc/testing';
import { formatValue } from '../../src/core/index.js';
import '../../src/define/sla-gauge.js';
import type { SlaGauge } from '../../src/elements/sla-gauge/sla-gauge.js';
import { coreResult, countOnDays, downloadedCsv, fixture, html, menuItem, rendered, sampleData, sampleLeads, shadow, textOf } from './helpers.js';

describe('<sla-gauge>', () => {
  it('shows the volume SLA with its pacing (asOf falls inside March), as the core computes it', async () => {
    const { json } = await sampleData();
    const el = await fixture<SlaGauge>(html`<sla-gauge sla="mql-volume" .data=${json}></sla-gauge>`);
    await rendered(el);
    const sla = (await coreResult()).slas.find((s) => s.id === 'mql-volume')!;
    expect(sla.pacing).to.exist;
    expect(textOf(el)).to.include(`Actual ${formatValue(sla.actual, 'count')}`);
    expect(textOf(el)).to.include(`expected by now ${formatValue(sla.pacing!.expected, 'count')}`);
    expect(textOf(el)).to.include({ met: 'met', 'at-risk': 'at risk', missed: 'missed', unknown: 'unknown' }[sla.status]);
    const img = shadow(el).querySelector('svg[role=img]')!;
    expect(img.getAttribute('aria-label')).to.include('Status:');
    await expect(el).to.be.accessible();
  });

  it('shows the response SLA as a share, status in words in Spanish', async () => {
    const { json } = await sampleData();
    const el = await fixture<SlaGauge>(html`<sla-gauge lang="es" sla="mql-follow-up" .data=${json}></sla-gauge>`);
    await rendered(el);
    const sla = (await coreResult()).slas.find((s) => s.id === 'mql-follow-up')!;
    expect(textOf(el)).to.include(formatValue(sla.actual, 'rate', { locale: 'es' }).replace(/\s/g, ' '));
    // The answer, counted from the raw records: March's MQLs to date, and those contacted within 4 h.
    const leads = await sampleLeads();
    const mqls = leads.filter((l) => l.mqlAt && l.mqlAt.slice(0, 10) >= '2026-03-01' && l.mqlAt.slice(0, 10) <= '2026-03-18');
    const contactedAt = (l: (typeof mqls)[number]) => (l.firstContactAt && l.firstContactAt.slice(0, 10) <= '2026-03-18' ? Date.parse(l.firstContactAt) : NaN);
    const inSla = mqls.filter((l) => Math.max(0, contactedAt(l) - Date.parse(l.mqlAt!)) <= 4 * 3_600_000).length;
    const attainment = inSla / mqls.length / 0.8;
    const words = attainment >= 1 ? 'cumplido' : attainment >= 0.9 ? 'en riesgo' : 'incumplido';
    expect(sla.actual).to.be.closeTo(inSla / mqls.length, 1e-12);
    expect(shadow(el).querySelector('.sla-status')!.textContent!.trim()).to.match(new RegExp(`${words}$`));
    // Its name as the data gives it in Spanish (labels), the default label elsewhere.
    expect(shadow(el).querySelector('[part=title]')!.textContent).to.equal('MQLs contactados en 4 horas');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await rendered(el);
    expect(shadow(el).querySelector('[part=title]')!.textContent).to.equal('MQLs contacted within 4 hours');
  });

  it('says so when the SLA id is unknown, or the data has none', async () => {
    const { json } = await sampleData();
    const el = await fixture<SlaGauge>(html`<sla-gauge sla="nope" .data=${json}></sla-gauge>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.include('No SLA with id "nope"');
    const none = await fixture<SlaGauge>(html`<sla-gauge .data=${{ version: 1, rows: [{ period: '2026-03', mqls: 1 }] }}></sla-gauge>`);
    await none.updateComplete;
    expect(textOf(none)).to.include('The data defines no SLA');
    await expect(none).to.be.accessible();
  });

  it('has a table view and CSV', async () => {
    const { json } = await sampleData();
    const el = await fixture<SlaGauge>(html`<sla-gauge .data=${json}></sla-gauge>`);
    await rendered(el);
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const csvItem = await menuItem(el, 1);
    const text = await downloadedCsv(el, () => csvItem.click());
    // The first SLA is mql-volume: March's MQLs to date, counted from the raw records.
    const actual = countOnDays(await sampleLeads(), 'mqlAt', '2026-03-01', '2026-03-18');
    expect(text).to.match(new RegExp(`^Metric,Value\r\nActual,${actual}\r\nTarget,95\r\nAttainment,`));
  });
});

describe('<sla-gauge> zones in words', () => {
  const rows = (slas: unknown[]) => ({ version: 1, currency: 'BRL', rows: [{ period: '2026-01', leads: 100, mqls: 50, marketingSpend: 12_000 }], slas });
  const zoneText = (el: SlaGauge) => shadow(el).querySelector('svg[role=img]')!.getAttribute('aria-label')!;

  it('says where "at risk" starts, in the summary, the legend and the table, and draws its edge', async () => {
    const el = await fixture<SlaGauge>(html`<sla-gauge .data=${rows([{ id: 'conv', owner: 'marketing', type: 'metric', metric: 'lead_to_mql', target: 0.6, warnAt: 0.8 }])}></sla-gauge>`);
    await rendered(el);
    // 50 of 100 leads: 50% against 60%, 83% attained, over the 80% warnAt: at risk from 48% to 60%.
    expect(zoneText(el)).to.include('Target 60%. At risk: 48% – 60%. Status: at risk.');
    expect(textOf(el)).to.include('│ At risk 48% – 60%');
    const edge = [...shadow(el).querySelectorAll('svg line')].map((line) => Number(line.getAttribute('x1')));
    expect(edge, 'a line where at risk starts, at 48% of the scale').to.include(0.48 * 300);
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    expect(csv).to.include('At risk,0.48\r\nStatus,at-risk');
  });

  it('for a cost the zone lies above the target (lower is better), in Portuguese', async () => {
    const el = await fixture<SlaGauge>(html`<sla-gauge lang="pt-BR" .data=${rows([{ id: 'cpl', owner: 'marketing', type: 'metric', metric: 'cpl', target: 100, warnAt: 0.8 }])}></sla-gauge>`);
    await rendered(el);
    // Spend 12,000 over 100 leads: 120 against 100 at most; at risk up to 100 ÷ 0.8 = 125.
    expect(zoneText(el)).to.match(/Em risco: R\$\s100 – R\$\s125\. Status: em risco\./);
  });

  it("while a volume SLA's period runs, the zone is judged against what is expected by now, as its status is", async () => {
    const { json } = await sampleData();
    const el = await fixture<SlaGauge>(html`<sla-gauge sla="mql-volume" .data=${json}></sla-gauge>`);
    await rendered(el);
    const sla = (await coreResult()).slas.find((s) => s.id === 'mql-volume')!;
    const expected = sla.pacing!.expected;
    expect(zoneText(el)).to.include(`At risk: ${formatValue(expected * 0.9, 'count')} – ${formatValue(expected, 'count')}.`);
  });
});

describe('<sla-gauge> for the acceptance SLA', () => {
  it("draws the share of March's MQLs answered within 24 hours, counted from the raw records", async () => {
    const { json } = await sampleData();
    type Raw = Record<string, string | undefined>;
    const leads = (json as { leads: Raw[] }).leads;
    const end = Date.parse('2026-03-19T00:00:00-03:00');
    const mqls = leads.filter((l) => l.mqlAt && l.mqlAt.slice(0, 10) >= '2026-03-01' && l.mqlAt.slice(0, 10) <= '2026-03-18');
    const inTime = mqls.filter((l) => {
      const answer = l.acceptedAt ?? l.rejectedAt;
      return answer !== undefined && Date.parse(answer) < end && Math.max(0, Date.parse(answer) - Date.parse(l.mqlAt!)) <= 24 * 3_600_000;
    });
    const el = await fixture<SlaGauge>(html`<sla-gauge sla="mql-acceptance" .data=${json}></sla-gauge>`);
    await rendered(el);
    const share = inTime.length / mqls.length;
    expect(textOf(el)).to.include(`Actual ${formatValue(share, 'rate', { locale: 'en' })}, Target 90%`);
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('MQLs accepted or rejected within 24 hours');
    await expect(el).to.be.accessible();
  });

  it("keeps the scale's labels apart: the 90% target's label, the 100% end's gives way", async () => {
    const { json } = await sampleData();
    const el = await fixture<SlaGauge>(html`<sla-gauge sla="mql-acceptance" .data=${json}></sla-gauge>`);
    await rendered(el);
    const labels = [...shadow(el).querySelectorAll<SVGTextElement>('svg[role=img] text')];
    expect(labels.map((t) => t.textContent)).to.deep.equal(['0%', '90%']);
    const [zero, target] = labels.map((t) => t.getBBox());
    expect(zero!.x + zero!.width).to.be.below(target!.x);
  });
});
