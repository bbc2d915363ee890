import { sendKeys } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiChart } from '../../src/elements/kpi-chart/kpi-chart.js';
import { fixture, html, menuItem, rendered, sampleData, sampleLeads, shadow, textOf, waitUntil } from './helpers.js';

// <kpi-chart>: a page's own vega-lite spec over the table the kit computes. Answer keys are
// counted here from the sample's raw JSON, not asked of the core.

/** MQLs by campaign as a heat map: a cell per period and campaign, coloured by the value. */
const HEAT_MAP = {
  mark: 'rect',
  encoding: {
    x: { field: 'period', type: 'ordinal' },
    y: { field: 'member', type: 'nominal' },
    color: { field: 'value', type: 'quantitative' },
    tooltip: [{ field: 'member' }, { field: 'value' }],
  },
};

interface SceneItem {
  mark?: { marktype: string; role?: string };
  items?: SceneItem[];
  datum?: Record<string, unknown>;
  fill?: string;
  x?: number;
  y?: number;
}
type Embedding = { embedding: { view?: { scenegraph(): { root: SceneItem }; toSVG(): Promise<string> }; embeds: number; settled: Promise<void> } };
const embedding = (el: KpiChart) => (el as unknown as Embedding).embedding;

/** The rect items vega drew, with their rows. */
function drawnRects(el: KpiChart): SceneItem[] {
  const found: SceneItem[] = [];
  const walk = (node: SceneItem) => {
    if (node.mark?.marktype === 'rect' && node.datum && node.mark.role === 'mark') found.push(node);
    for (const child of node.items ?? []) walk(child);
  };
  walk(embedding(el).view!.scenegraph().root);
  return found;
}

async function drawn(el: KpiChart, selector = '.chart svg g.mark-rect.role-mark path'): Promise<void> {
  await rendered(el);
  await waitUntil(() => shadow(el).querySelector(selector), 'chart not drawn', { timeout: 20_000 });
  await embedding(el).settled;
}

describe('<kpi-chart>', () => {
  it('draws a heat map of MQLs by campaign: one cell per period and campaign, each with its raw count', async () => {
    const leads = await sampleLeads();
    const { json } = await sampleData();
    const el = await fixture<KpiChart>(html`<kpi-chart fields="metric:mqls period:3 by:campaign" .spec=${HEAT_MAP} .data=${json}></kpi-chart>`);
    await drawn(el);
    const periods = ['2026-01', '2026-02', '2026-03'];
    const campaigns = [...new Set(leads.map((l) => l.dims?.campaign ?? 'Unassigned'))];
    const key = new Map<string, number>();
    for (const period of periods) for (const campaign of campaigns) key.set(`${period}|${campaign}`, 0);
    for (const lead of leads) {
      const k = `${lead.mqlAt?.slice(0, 7)}|${lead.dims?.campaign ?? 'Unassigned'}`;
      if (key.has(k)) key.set(k, key.get(k)! + 1);
    }
    const cells = drawnRects(el);
    expect(cells.length).to.equal(key.size);
    expect(shadow(el).querySelectorAll('.chart svg g.mark-rect.role-mark path').length).to.equal(key.size);
    const drawnKey = new Map(cells.map((c) => [`${c.datum!.period}|${c.datum!.member}`, c.datum!.value]));
    expect(Object.fromEntries(drawnKey)).to.deep.equal(Object.fromEntries(key));
    // Periods run left to right; the busiest cell and the quietest are coloured apart.
    const x = (period: string) => cells.find((c) => c.datum!.period === period)!.x!;
    expect(x('2026-01') < x('2026-02') && x('2026-02') < x('2026-03')).to.equal(true);
    const sorted = [...cells].sort((a, b) => (a.datum!.value as number) - (b.datum!.value as number));
    expect(sorted[0]!.fill !== sorted.at(-1)!.fill).to.equal(true);
    expect(textOf(el)).to.include('MQLs by campaign');
  });

  it('updates the table in the same view (no new embed); a new spec embeds afresh; removal finalizes', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiChart>(html`<kpi-chart fields="metric:mqls period:3 by:campaign" .spec=${HEAT_MAP} .data=${json}></kpi-chart>`);
    await drawn(el);
    expect(embedding(el).embeds).to.equal(1);
    el.fields = 'metric:mqls period:2 by:campaign';
    await el.updateComplete;
    await embedding(el).settled;
    expect(embedding(el).embeds).to.equal(1);
    expect(new Set(drawnRects(el).map((c) => c.datum!.period)).size).to.equal(2);
    el.spec = { ...HEAT_MAP, mark: 'square' };
    await el.updateComplete;
    await embedding(el).settled;
    expect(embedding(el).embeds).to.equal(2);
    el.remove();
    await embedding(el).settled;
    expect(embedding(el).view === undefined).to.equal(true);
  });

  it("vega-embed's menu closes on Escape, back on its button, and when focus leaves it", async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLDivElement>(html`<div><kpi-chart fields="metric:mqls period:3 by:campaign" .spec=${HEAT_MAP} .data=${json}></kpi-chart><button id="after">after</button></div>`);
    const el = host.querySelector<KpiChart>('kpi-chart')!;
    await drawn(el);
    const details = shadow(el).querySelector<HTMLDetailsElement>('.chart details')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    details.querySelector<HTMLAnchorElement>('.vega-actions a')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(shadow(el).activeElement === summary, 'focus is back on the menu button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    host.querySelector<HTMLButtonElement>('#after')!.focus();
    expect(details.open).to.equal(false);
  });

  it("vega-embed's menu: Save as SVG yields the chart's SVG; actions choose the entries, none removes the menu", async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiChart>(html`<kpi-chart fields="metric:mqls period:3 by:campaign" .spec=${HEAT_MAP} .data=${json}></kpi-chart>`);
    await drawn(el);
    const links = () => [...shadow(el).querySelectorAll<HTMLAnchorElement>('.vega-actions a')];
    expect(links().map((a) => a.textContent)).to.deep.equal(['Save as SVG', 'Save as PNG', 'View source', 'View compiled Vega', 'Open in Vega Editor']);
    const svgLink = links()[0]!;
    svgLink.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    await waitUntil(() => svgLink.href.startsWith('blob:'), 'no SVG offered');
    const svg = await (await fetch(svgLink.href)).text();
    expect(svg).to.match(/^<svg/);
    expect(svg.match(/<path[^>]*>/g)!.length).to.be.greaterThan(45);
    expect(svgLink.download).to.equal('kpi-chart-2026-03.svg');

    el.vegaActions = 'export';
    await el.updateComplete;
    await embedding(el).settled;
    expect(links().map((a) => a.textContent)).to.deep.equal(['Save as SVG', 'Save as PNG']);
    el.vegaActions = 'none';
    await el.updateComplete;
    await embedding(el).settled;
    expect(shadow(el).querySelector('.chart details')).to.equal(null);
    expect(links()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  for (const [name, spec, path] of [
    ['data.url', { ...HEAT_MAP, data: { url: 'https://example.com/data.json' } }, 'spec.data.url'],
    ['a lookup from a url', { ...HEAT_MAP, transform: [{ lookup: 'member', from: { data: { url: 'https://example.com/more.json' }, key: 'name', fields: ['x'] } }] }, 'spec.transform[0].from.data.url'],
    ['an image mark', { layer: [HEAT_MAP, { mark: 'image', encoding: { url: { value: 'https://example.com/a.png' } } }] }, 'spec.layer[1].encoding.url'],
  ] as const) {
    it(`refuses a spec with a URL (${name}): an error naming it, and kpi-error`, async () => {
      const { json } = await sampleData();
      const heard = new Promise<CustomEvent>((resolve) => document.addEventListener('kpi-error', (e) => resolve(e as CustomEvent), { once: true }));
      const el = await fixture<KpiChart>(html`<kpi-chart fields="metric:mqls by:campaign" .spec=${spec} .data=${json}></kpi-chart>`);
      await rendered(el);
      const error = shadow(el).querySelector('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include(path).and.include('https://example.com/');
      expect((await heard).detail.kind).to.equal('query');
      expect(shadow(el).querySelector('.chart')).to.equal(null);
    });
  }

  it('a spec attribute that is not JSON, and fields it cannot read, are errors that say so', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiChart>(html`<kpi-chart spec="{mark: 'bar'}" .data=${json}></kpi-chart>`);
    await rendered(el);
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.include('The spec attribute is not JSON');
    el.setAttribute('spec', '{"mark":"bar","encoding":{"x":{"field":"period"},"y":{"field":"value","type":"quantitative"}}}');
    el.setAttribute('fields', 'metric:mqls periods:0');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.include('period must be a whole number');
    el.setAttribute('fields', 'metric:mqls period:2');
    await drawn(el, '.chart svg g.mark-rect.role-mark path');
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
  });

  it('an href fed by a member named "javascript:…" never becomes a link, and clicking the mark runs nothing', async () => {
    const hostile = 'javascript:window.__pwned=1';
    const data = { version: 1, rows: [{ period: '2026-02', channel: hostile, leads: 30, mqls: 5 }, { period: '2026-02', channel: 'web', leads: 20, mqls: 4 }] };
    const spec = { mark: 'bar', encoding: { x: { field: 'member', type: 'nominal' }, y: { field: 'value', type: 'quantitative' }, href: { field: 'member' } } };
    const unhandled: unknown[] = [];
    const heard = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', heard);
    const el = await fixture<KpiChart>(html`<kpi-chart fields="metric:leads period:1 by:channel" .spec=${spec} .data=${data}></kpi-chart>`);
    await drawn(el);
    const svg = await embedding(el).view!.toSVG();
    expect(svg).to.include('javascript:window.__pwned=1', 'the member is drawn, as text');
    expect(svg).not.to.match(/<a[\s>]/);
    // Exported again, once vega has its answer for each link: still none.
    expect(await embedding(el).view!.toSVG()).not.to.match(/href=/);
    expect(shadow(el).querySelectorAll('.chart svg a').length).to.equal(0);
    const bars = [...shadow(el).querySelectorAll<SVGPathElement>('.chart svg g.mark-rect.role-mark path')];
    const here = location.href;
    for (const bar of bars) {
      const box = bar.getBoundingClientRect();
      bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(location.href).to.equal(here);
    window.removeEventListener('unhandledrejection', heard);
    expect(unhandled.map(String), 'errors left unhandled by vega').to.deep.equal([]);
  });

  it('tooltips are text: a member with markup shows as its characters', async () => {
    const name = '<img src=x onerror="window.__pwned=2">';
    const data = { version: 1, rows: [{ period: '2026-02', channel: name, leads: 30 }] };
    const el = await fixture<KpiChart>(html`<kpi-chart fields="metric:leads period:1 by:channel" .spec=${HEAT_MAP} .data=${data}></kpi-chart>`);
    await drawn(el);
    const item = drawnRects(el)[0]!;
    // vega calls the view's tooltip handler with the tooltip's value: the element's own.
    (embedding(el).view as unknown as { tooltip(): (...args: unknown[]) => void }).tooltip()(null, new MouseEvent('mousemove', { clientX: 10, clientY: 10 }), item, { member: item.datum!.member, value: item.datum!.value });
    const tooltip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
    await waitUntil(() => !tooltip.hidden, 'no tooltip');
    expect(tooltip.textContent).to.include(name);
    expect(tooltip.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // Escape hides it, the pointer where it was (WCAG 1.4.13).
    await sendKeys({ press: 'Escape' });
    expect(tooltip.hidden).to.equal(true);
  });

  it('the table view is the computed table, one row per value, in the page language', async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><kpi-chart fields="metric:mqls,leads period:2" .data=${json}></kpi-chart></div>`);
    const el = host.querySelector<KpiChart>('kpi-chart')!;
    await drawn(el, '.chart svg g.mark-line');
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const table = shadow(el).querySelector('[part=table]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Período', 'Métrica', 'Valor']);
    expect(table.querySelectorAll('tbody tr').length).to.equal(4);
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('MQLs e Leads');
    const leads = await sampleLeads();
    const febMqls = leads.filter((l) => l.mqlAt?.startsWith('2026-02')).length;
    expect(table.textContent).to.include(String(febMqls));
  });

  it('a chart in the kit\'s look: the --kpi-* tokens reach the vega config', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiChart>(html`<kpi-chart style="--kpi-series-1: rgb(1, 2, 3)" fields="metric:mqls period:3" .spec=${{ mark: 'bar', encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' }, color: { field: 'metric', type: 'nominal' } } }} .data=${json}></kpi-chart>`);
    await drawn(el);
    expect(shadow(el).querySelector('.chart svg g.mark-rect.role-mark path')!.getAttribute('fill')).to.equal('rgb(1, 2, 3)');
  });
});
