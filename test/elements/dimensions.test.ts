import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { countOnDays, fixture, html, oneEvent, rendered, sampleData, sampleLeads, shadow, textOf, waitUntil, type RawLead } from './helpers.js';

// Slicing by any dimension on the sample company (as of 2026-03-18, March to date). Every
// answer key is counted here from the raw JSON, not asked of the core.

const MARCH = ['2026-03-01', '2026-03-18'] as const;
const count = (leads: readonly RawLead[], field: 'createdAt' | 'mqlAt' | 'wonAt', keep: (l: RawLead) => boolean) => countOnDays(leads.filter(keep), field, ...MARCH);
const fmt = (n: number) => n.toLocaleString('en');

describe('slicing by a dimension', () => {
  it('<kpi-card where> counts the records carrying every value given', async () => {
    const leads = await sampleLeads();
    const { json } = await sampleData();
    const el = await fixture<KpiElement>(html`<kpi-card metric="mqls" where="segment=Enterprise&owner=Ana+Souza" .data=${json}></kpi-card>`);
    await rendered(el);
    const key = count(leads, 'mqlAt', (l) => l.dims?.segment === 'Enterprise' && l.dims.owner === 'Ana Souza');
    expect(el.result!.metrics.mqls!.value).to.equal(key);
    expect(shadow(el).querySelector('[part=summary]')!.textContent).to.include('segment Enterprise · sales rep Ana Souza');
  });

  it('<kpi-breakdown by="segment"> draws each segment, and the table lists them with the raw counts', async () => {
    const leads = await sampleLeads();
    const { json } = await sampleData();
    const el = await fixture<KpiElement>(html`<kpi-breakdown metric="leads" by="segment" .data=${json}></kpi-breakdown>`);
    await rendered(el);
    await waitUntil(() => shadow(el).querySelector('.chart svg g.mark-rect path'), 'no bars', { timeout: 15_000 });
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('Leads · segment');
    for (const segment of ['SMB', 'Mid-market', 'Enterprise']) {
      expect(textOf(el)).to.include(`${segment} ${fmt(count(leads, 'createdAt', (l) => l.dims?.segment === segment))}`);
    }
    // Spend rows have no segment: the unassigned bar, with no leads.
    expect(textOf(el)).to.include('Unassigned 0');
  });

  it('<kpi-breakdown> names the unassigned in the language the page switches to', async () => {
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><kpi-breakdown metric="leads" by="segment" .data=${json}></kpi-breakdown></div>`);
    const el = wrapper.querySelector<KpiElement>('kpi-breakdown')!;
    await rendered(el);
    await waitUntil(() => textOf(el).includes('Unassigned 0'), 'no English unassigned');
    wrapper.lang = 'es';
    await waitUntil(() => textOf(el).includes('Sin asignar 0'), 'the unassigned kept its English name');
    expect(textOf(el)).not.to.include('Unassigned');
  });

  it('<kpi-funnel split by="owner"> splits each stage by sales rep, and a rep in the legend selects its where', async () => {
    const leads = await sampleLeads();
    const { json } = await sampleData();
    const el = await fixture<KpiElement>(html`<kpi-funnel split by="owner" .data=${json}></kpi-funnel>`);
    await rendered(el);
    const legend = [...shadow(el).querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
    expect(legend).to.include.members(['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Alves', 'Elisa Rocha', 'Unassigned']);
    expect(shadow(el).querySelector('.legend')!.getAttribute('aria-label')).to.equal('Sales rep');
    // Each rep is a view to go to; the unassigned is named, not a button that would do nothing.
    expect([...shadow(el).querySelectorAll('.legend li')].filter((li) => !li.querySelector('button')).map((li) => li.textContent!.trim())).to.deep.equal(['Unassigned']);
    const diego = [...shadow(el).querySelectorAll<HTMLButtonElement>('.legend button')].find((b) => b.textContent!.trim() === 'Diego Alves')!;
    setTimeout(() => diego.click());
    expect((await oneEvent(el, 'kpi-select')).detail).to.deep.equal({ period: '2026-03', where: { owner: 'Diego Alves' } });
    // The MQL stage's segments sum to the stage's count, the raw MQLs of March.
    expect(el.result!.metrics.mqls!.value).to.equal(count(leads, 'mqlAt', () => true));
  });

  it('<kpi-scorecard by="campaign"> has a row per campaign with its raw leads, and sorts them', async () => {
    const leads = await sampleLeads();
    const { json } = await sampleData();
    const el = await fixture<KpiElement>(html`<kpi-scorecard by="campaign" metrics="leads mqls" .data=${json}></kpi-scorecard>`);
    await rendered(el);
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('Metrics by campaign');
    const rows = [...shadow(el).querySelectorAll('[part=grid] tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td .value')!.textContent!.trim()]);
    const campaigns = new Set(leads.flatMap((l) => (l.dims?.campaign ? [l.dims.campaign] : [])));
    expect(rows.length).to.equal(campaigns.size + 1, 'every campaign, and the unassigned');
    for (const [name, shown] of rows) {
      const key = count(leads, 'createdAt', (l) => (name === 'Unassigned' ? !l.dims?.campaign : l.dims?.campaign === name));
      expect(shown, name).to.equal(fmt(key));
    }
    await expect(el).to.be.accessible();
  });

  it('the dashboard filters by a dimension, compares by one, and a drill-down adds to its where', async () => {
    const leads = await sampleLeads();
    const { json } = await sampleData();
    const layout = { sections: [{ blocks: [{ widgets: [{ element: 'kpi-card', metric: 'leads' }] }] }, { view: 'by-channel', blocks: [{ widgets: [{ element: 'kpi-scorecard', metrics: 'leads' }] }] }] };
    const el = await fixture<KpiElement>(html`<kpi-dashboard .data=${json} .layout=${layout}></kpi-dashboard>`);
    await rendered(el);
    const controls = shadow(el).querySelector('[part=controls]')!;
    const named = (l: HTMLLabelElement, label: string) => [...l.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() === label);
    const select = (label: string) => [...controls.querySelectorAll('label')].find((l) => named(l, label))!.querySelector('select')!;
    const change = (s: HTMLSelectElement, value: string) => {
      s.value = value;
      s.dispatchEvent(new Event('change'));
    };
    // The pickers list their members in the task after the first numbers' frame.
    await waitUntil(() => select('Segment').options.length > 1, 'the segment picker lists no member');
    change(select('Segment'), 'Enterprise');
    const card = () => shadow(el).querySelector<KpiElement>('kpi-card')!;
    await waitUntil(() => card().result?.where?.segment === 'Enterprise', 'the card did not follow the filter');
    expect(card().result!.metrics.leads!.value).to.equal(count(leads, 'createdAt', (l) => l.dims?.segment === 'Enterprise'));
    // Compare the by-channel section by sales rep; a rep's row narrows the view to that rep too.
    change(select('Compare by'), 'owner');
    const scorecard = () => shadow(el).querySelector<KpiElement>('kpi-scorecard')!;
    await waitUntil(() => shadow(scorecard()).querySelector('h3')?.textContent === 'Metrics by sales rep', 'the scorecard did not compare by rep');
    expect(shadow(el).textContent).to.include('By sales rep');
    const ana = [...shadow(scorecard()).querySelectorAll<HTMLElement>('[part=grid] tbody th')].find((th) => th.textContent!.trim() === 'Ana Souza')!;
    ana.click();
    await waitUntil(() => shadow(el).querySelector('[part=drilled]'), 'no drill-down');
    expect(shadow(el).querySelector('[part=drilled]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Showing segment Enterprise · sales rep Ana Souza. Back to all');
    await waitUntil(() => card().result?.where?.owner === 'Ana Souza', 'the card did not follow the drill-down');
    expect(card().result!.metrics.leads!.value).to.equal(count(leads, 'createdAt', (l) => l.dims?.segment === 'Enterprise' && l.dims.owner === 'Ana Souza'));
    shadow(el).querySelector<HTMLButtonElement>('[part=drilled] button')!.click();
    await waitUntil(() => card().result?.where === undefined, 'back to all');
    expect(card().result!.metrics.leads!.value).to.equal(count(leads, 'createdAt', () => true));
  });

  it('member labels with markup stay text, in bars, rows and the legend', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const data = {
      version: 1,
      asOf: '2026-03-31',
      dimensions: [{ id: 'segment', label: '<b>Seg</b>' }],
      leads: [
        { id: 1, createdAt: '2026-03-02T10:00:00Z', mqlAt: '2026-03-03T10:00:00Z', dims: { segment: hostile } },
        { id: 2, createdAt: '2026-03-03T10:00:00Z', dims: { segment: 'smb' } },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-breakdown metric="leads" by="segment" .data=${data}></kpi-breakdown>
      <kpi-scorecard by="segment" .data=${data}></kpi-scorecard>
      <kpi-funnel split by="segment" .data=${data}></kpi-funnel>
    </div>`);
    const elements = [...wrapper.children] as KpiElement[];
    for (const el of elements) await rendered(el);
    for (const el of elements) {
      expect(textOf(el), el.localName).to.include(hostile);
      expect(shadow(el).querySelector('img, b'), el.localName).to.equal(null);
    }
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});
