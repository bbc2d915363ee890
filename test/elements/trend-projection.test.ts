import { expect } from '@open-wc/testing';
import '../../src/define/kpi-trend.js';
import type { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';
import { chartOf, drawnChart, fixture, html, sampleData, sampleLeads, shadow } from './helpers.js';

// The running month of a count drops to a partial value: beside it, a ghost point at its
// projection to the month's end, labelled "projected". The answer key is counted here from
// the sample's raw records: leads created in March 2026 up to asOf (the 18th), a stamp's first
// ten characters being its local day, carried to 31 days at the same pace.


const drawn = (el: KpiTrend) => drawnChart(el, 'g.mark-symbol');

/** A symbol's centre, from vega's translate. */
const centre = (path: Element) => {
  const [, x, y] = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(path.getAttribute('transform')!)!;
  return { x: Number(x), y: Number(y) };
};

async function answerKey(): Promise<{ toDate: number; projected: number }> {
  const { dataset } = await sampleData();
  expect(dataset.asOf).to.equal('2026-03-18');
  const toDate = (await sampleLeads()).filter((lead) => lead.createdAt.slice(0, 7) === '2026-03' && lead.createdAt.slice(0, 10) <= '2026-03-18').length;
  return { toDate, projected: (toDate * 31) / 18 };
}

describe('<kpi-trend>: the running period of a count', () => {
  for (const [lang, word] of [['en', 'projected'], ['pt-BR', 'projetado'], ['es', 'proyectado']] as const) {
    it(`draws its projection beside the point, as a ghost labelled "${word}", at the pace so far (${lang})`, async () => {
      const { toDate, projected } = await answerKey();
      const { json } = await sampleData();
      const el = await fixture<KpiTrend>(html`<kpi-trend lang=${lang} metric="leads" .data=${json}></kpi-trend>`);
      const svg = await drawn(el);
      const y = chartOf<{ scale(name: string): (value: number) => number }>(el).view!.scale('y');
      const symbols = [...svg.querySelectorAll('g.mark-symbol.role-mark > path')];
      const ghosts = symbols.filter((p) => p.getAttribute('stroke-dasharray') !== null);
      const running = symbols.filter((p) => p.getAttribute('fill') === 'transparent' && p.getAttribute('stroke-dasharray') === null);
      expect(ghosts.length, 'one ghost').to.equal(1);
      expect(running.length, 'the running point stays').to.equal(1);
      // The point at the value to date, the ghost at the projection, in the same period.
      expect(Math.abs(centre(running[0]!).y - y(toDate)) < 0.5, `running point at ${toDate}`).to.equal(true);
      expect(Math.abs(centre(ghosts[0]!).y - y(projected)) < 0.5, `ghost at ${projected}`).to.equal(true);
      expect(Math.abs(centre(ghosts[0]!).x - centre(running[0]!).x) < 0.5, 'in the running period').to.equal(true);
      const words = [...svg.querySelectorAll('g.mark-text.role-mark > text')].filter((t) => t.textContent === word);
      // Written once, over its halo (the same word stroked in the background's colour).
      expect(words.filter((t) => !t.getAttribute('stroke')).length, `"${word}" written once`).to.equal(1);
      expect(words.filter((t) => t.getAttribute('stroke')).length, `"${word}" on its halo`).to.equal(1);
      // And in words under the chart, for a reader who does not see the ghost.
      const note = shadow(el).querySelector('[part=note]')!.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ');
      expect(note.includes(`${word} ${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(projected)}`), note).to.equal(true);
    });
  }

  it('draws no projection for a rate (not additive), nor for a closed period', async () => {
    const { json } = await sampleData();
    const rate = await fixture<KpiTrend>(html`<kpi-trend metric="lead_to_mql" .data=${json}></kpi-trend>`);
    const closed = await fixture<KpiTrend>(html`<kpi-trend metric="leads" period="2026-02" .data=${json}></kpi-trend>`);
    for (const el of [rate, closed]) {
      const svg = await drawn(el);
      expect([...svg.querySelectorAll('g.mark-symbol.role-mark > path')].filter((p) => p.getAttribute('stroke-dasharray') !== null).length).to.equal(0);
    }
  });
});
