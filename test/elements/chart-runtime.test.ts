import { expect } from '@open-wc/testing';
import { CATEGORY_COLORS } from '../../src/core/specs/config.js';
import { COMPILED_BENCHMARK } from '../../src/core/specs/compiled-benchmark.generated.js';
import { COMPILED_BRIDGE } from '../../src/core/specs/compiled-bridge.generated.js';
import { COMPILED_REASONS } from '../../src/core/specs/compiled-reasons.generated.js';
import type { TemplateId, TokenValue } from '../../src/core/specs/templates.js';
import * as runtime from '../../src/elements/charts/vega-runtime.js';

// The chart runtime these tests load is the one the package ships: bundled with only the part
// of vega the compiled specs use (scripts/vega-subset.mjs; web-test-runner.config.mjs serves
// it). Every template, with the options the elements give, drawn on the page as SVG and into a
// canvas (the PNG export), through it.

const theme = { text: '#1b1f27', surface: '#ffffff', muted: '#566070', border: '#d5dae1', accent: '#2b59c3', font: 'sans-serif', palette: [...CATEGORY_COLORS], teams: ['#a8490f', '#1f6fa8', '#566070'] };
const rows = [
  { period: '2026-01', series: '2026', value: 1, solid: 1, dashed: null, running: null, target: 2, targetStart: 2, channel: 'email', label: 'x', low: 0.5, high: 1, verdict: 'better', words: 'better', valueText: '1', bandText: '1' },
  { period: '2026-02', series: 'last year', value: 2, solid: 2, dashed: 2, running: 2, projected: 3, channel: 'paid', label: 'y', low: 1, high: 2, verdict: 'worse', words: 'worse', valueText: '2', bandText: '2' },
  { code: 'price', label: 'Price', owner: 'sales', failures: 3, note: 'Sales · 60%', cumulativeText: '60%', cut: 0 },
  { key: 'leads', label: 'Leads', start: 10, end: 12, edge: 12, kind: 'good', note: '+2.00', detail: '+20' },
];
const OPTIONS: Record<TemplateId, Record<string, TokenValue>> = {
  trend: { valueTitle: 'MQLs', valueFormat: ',.0f', periodTitle: 'Period', toDateTitle: 'to date', projectedTitle: 'projected', series: ['2026', 'last year'], targetTitle: 'Target' },
  breakdown: { valueTitle: 'Conversion', valueFormat: '.1%', channelTitle: 'Channel' },
  benchmark: { valueTitle: 'Value', bandTitle: 'Benchmark', scaleTitle: 'against', verdicts: ['better', 'within', 'worse'], colors: ['#1a7a3a', '#566070', '#b02a20'], bandColor: '#9db5ea' },
  reasons: { valueTitle: 'Failures', valueFormat: ',.0f', reasonTitle: 'Reason', cumulativeTitle: 'Cumulative share' },
  bridge: { valueTitle: 'New customers', valueFormat: ',.2f', driverTitle: 'Driver', changeTitle: 'Change', colors: ['#1a7a3a', '#566070', '#b02a20'] },
};
const COMPILED = { ...runtime.COMPILED, benchmark: COMPILED_BENCHMARK, reasons: COMPILED_REASONS, bridge: COMPILED_BRIDGE } as Record<TemplateId, unknown>;

describe('the chart runtime', () => {
  it('is the one the package ships, with what the specs never use left out', async () => {
    const served = await (await fetch(new URL('../../src/elements/charts/vega-runtime.ts', import.meta.url))).text();
    expect(served.includes("left out of inbound-kpi-kit's chart runtime"), 'a stub of what is left out').to.equal(true);
    // The colour schemes (category20's colours, as vega's own build packs them).
    expect(served.includes('1f77b4aec7e8ff7f0e'), 'the colour schemes').to.equal(false);
  });

  for (const id of Object.keys(OPTIONS) as TemplateId[]) {
    it(`draws the ${id} template as SVG and into a canvas`, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const spec = runtime.instantiate(COMPILED[id], { template: id, options: OPTIONS[id] }, theme, rows, 480);
      const view = new runtime.View(runtime.parse(spec as never, undefined, { ast: true }), { container, renderer: 'svg', expr: runtime.expressionInterpreter, logger: runtime.logger(runtime.Error) } as never);
      try {
        await view.runAsync();
        expect(container.querySelectorAll('svg .role-mark').length, 'marks').to.be.greaterThan(0);
        expect(container.querySelectorAll('svg .role-axis-label text').length, 'axis labels').to.be.greaterThan(0);
        const canvas = (await view.toCanvas(2)) as unknown as HTMLCanvasElement;
        expect(canvas.width).to.be.greaterThan(480);
        expect(await view.toSVG()).to.include('<text');
      } finally {
        view.finalize();
        container.remove();
      }
    });
  }
});
