import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiChartElement } from '../../src/elements/charts/kpi-chart-element.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { downloadedCsv, fixture, freshKey, html, menuItem, rendered, shadow, waitUntil } from './helpers.js';

// This file runs in a page with the strict CSP and `require-trusted-types-for 'script';
// trusted-types lit-html` (the trusted-types group in web-test-runner.config.mjs): no
// default policy, and no policy of the kit's own allowed.

describe('where Trusted Types are enforced', () => {
  const violations: SecurityPolicyViolationEvent[] = [];
  before(() => document.addEventListener('securitypolicyviolation', (e) => violations.push(e)));

  it('the page really enforces them: a string into innerHTML is refused', async () => {
    const probe = document.createElement('div');
    expect(() => (probe.innerHTML = '<b>x</b>')).to.throw(TypeError);
    await waitUntil(() => violations.length > 0, 'no violation was reported for the probe', { timeout: 3000 });
    violations.length = 0;
  });

  it('every element renders, every chart draws, and every export works, with zero violations', async () => {
    const src = `/api/test/sample?key=${freshKey()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-card metric="cac" src=${src}></kpi-card>
      <kpi-funnel split src=${src}></kpi-funnel>
      <sla-gauge src=${src}></sla-gauge>
      <economics-card src=${src}></economics-card>
      <kpi-trend metric="mqls" src=${src}></kpi-trend>
      <kpi-breakdown metric="cac" src=${src}></kpi-breakdown>
      <kpi-benchmark src=${src}></kpi-benchmark>
      <kpi-reasons src=${src}></kpi-reasons>
      <kpi-bridge period="2026-02" src=${src}></kpi-bridge>
      <kpi-dashboard src=${src}></kpi-dashboard>
      <kpi-review src=${src}></kpi-review>
    </div>`);
    const elements = [...wrapper.children] as KpiElement[];
    for (const el of elements) await rendered(el);
    await waitUntil(() => shadow(elements[10]!).querySelector('[part=headline]'), 'the review did not render', { timeout: 20_000 });
    const charts = () => [...elements.slice(4, 9), ...shadow(elements[9]!).querySelectorAll<KpiElement>('kpi-trend, kpi-breakdown, kpi-benchmark, kpi-reasons')] as KpiChartElement[];
    await waitUntil(() => charts().every((el) => shadow(el).querySelector('.chart svg g.mark-rect, .chart svg g.mark-line')), 'charts were not drawn', { timeout: 20_000 });
    expect(charts().filter((el) => el.localName === 'kpi-reasons')).to.have.length(2);
    expect(charts().filter((el) => el.localName === 'kpi-bridge')).to.have.length(1);
    for (const el of elements) expect(shadow(el).querySelector('[role=alert]'), el.localName).to.equal(null);

    // Exports: CSV from every element, SVG and PNG from a chart.
    for (const el of elements) {
      const csvButton = await menuItem(el, 'Download CSV');
      expect(await downloadedCsv(el, () => csvButton.click()), el.localName).to.match(/\r\n/);
    }
    const trend = elements[4] as KpiChartElement;
    const view = (trend as unknown as { chart: { view: { toSVG(): Promise<string>; toCanvas(): Promise<HTMLCanvasElement> } } }).chart.view;
    expect(await view.toSVG()).to.match(/^<svg/);
    expect((await view.toCanvas()).width).to.be.greaterThan(0);
    expect(violations.map((v) => `${v.violatedDirective} ${v.sample} ${v.sourceFile}:${v.lineNumber}`)).to.deep.equal([]);
  });

  it('<kpi-chart> (vega-embed writes innerHTML) says plainly that it needs a page without Trusted Types enforcement', async () => {
    const heard = new Promise<CustomEvent>((resolve) => document.addEventListener('kpi-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await fixture<KpiElement>(html`<kpi-chart fields="metric:mqls period:3" src=${`/api/test/sample?key=${freshKey()}`}></kpi-chart>`);
    await rendered(el);
    await waitUntil(() => shadow(el).querySelector('[part=error]'), 'no error state', { timeout: 20_000 });
    const error = shadow(el).querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('<kpi-chart> needs a page without Trusted Types enforcement: vega-embed writes innerHTML');
    expect((await heard).detail.kind).to.equal('render');
    // The numbers stay reachable: the table view still works.
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part=table] tbody tr').length).to.equal(3);
  });
});
