import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiChart } from '../../src/elements/kpi-chart/kpi-chart.js';
import { fixture, html, oneEvent, rendered, sampleData, sampleLeads, shadow, textOf, waitUntil } from './helpers.js';

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
});
