import { expect } from '@open-wc/testing';
import '../../src/define/kpi-trend.js';
import { View } from '../../src/elements/charts/vega-runtime.js';
import type { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';
import { loadCore } from '../../src/elements/lazy/core.js';
import { chartOf, drawnChart, fixture, html, sampleData } from './helpers.js';

// A page's first chart, alone in its page with the core already in (as a dashboard's charts
// are): its first render has its numbers, but vega's runtime is not in yet, so the chart's
// size observer reports the container's width before the first draw.

describe("a page's first chart", () => {
  it('draws its rows once: the size observer, first called before the draw, pushes no second copy of them at the width drawn', async () => {
    // A second pass would replace every row of the drawn view through a changeset.
    const proto = View.prototype as unknown as { change(...args: unknown[]): unknown };
    const change = proto.change;
    const changes = new Map<object, number>();
    proto.change = function (this: object, ...args: unknown[]) {
      changes.set(this, (changes.get(this) ?? 0) + 1);
      return change.apply(this, args);
    };
    try {
      await loadCore();
      const { json } = await sampleData();
      const el = await fixture<KpiTrend>(html`<kpi-trend metric="leads" .data=${json}></kpi-trend>`);
      await drawnChart(el);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await chartOf(el).settled;
      expect(chartOf<object>(el).view).to.exist;
      expect(changes.get(chartOf<object>(el).view!) ?? 0, 'changesets pushed into the drawn view').to.equal(0);
    } finally {
      proto.change = change;
    }
  });
});
