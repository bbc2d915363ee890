import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { fixture, freshKey, html, menuItem, rendered, shadow, textOf, waitUntil } from './helpers.js';

// This file runs in a page with `script-src 'self'; style-src 'self'` and no
// 'unsafe-eval' (see the strict-csp group in web-test-runner.config.mjs).

describe('under a strict Content-Security-Policy', () => {
  const violations: SecurityPolicyViolationEvent[] = [];
  before(() => document.addEventListener('securitypolicyviolation', (e) => violations.push(e)));

  it('the page really is strict: an inline style attribute is refused', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'the probe was not refused: the page is not under the strict CSP', { timeout: 3000 });
    probe.remove();
    violations.length = 0;
  });

  it('renders every chart and the dashboard with zero violations', async () => {
    const src = `/api/test/sample?key=${freshKey()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-trend metric="mqls" src=${src}></kpi-trend>
      <kpi-breakdown metric="cac" src=${src}></kpi-breakdown>
      <kpi-benchmark src=${src}></kpi-benchmark>
      <kpi-reasons src=${src}></kpi-reasons>
      <kpi-bridge period="2026-02" src=${src}></kpi-bridge>
      <kpi-chart fields="metric:mqls period:3 by:campaign" spec=${JSON.stringify({ mark: 'rect', encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'member', type: 'nominal' }, color: { field: 'value', type: 'quantitative' } } })} src=${src}></kpi-chart>
      <kpi-dashboard src=${src}></kpi-dashboard>
    </div>`);
    const elements = [...wrapper.children] as KpiElement[];
    for (const el of elements) await rendered(el);
    const charts = () => [...elements.slice(0, 6), ...shadow(elements[6]!).querySelectorAll<KpiElement>('kpi-trend, kpi-breakdown, kpi-benchmark, kpi-reasons')];
    await waitUntil(() => charts().every((el) => shadow(el).querySelector('.chart svg g.mark-rect, .chart svg g.mark-line')), 'charts were not drawn', { timeout: 20_000 });
    expect(charts().filter((el) => el.localName === 'kpi-reasons')).to.have.length(2);
    expect(charts().filter((el) => el.localName === 'kpi-bridge')).to.have.length(1);
    // <kpi-chart>'s spec, compiled by vega-lite at run time, drawn with the expression interpreter; vega-embed's menu without its <style>.
    expect(shadow(elements[5]!).querySelectorAll('.chart svg g.mark-rect.role-mark path').length).to.be.greaterThan(40);
    expect(shadow(elements[5]!).querySelector('.chart details summary')).to.exist;
    expect(violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
  });

  it('renders the elements without vega with zero violations', async () => {
    const src = `/api/test/sample?key=${freshKey()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-card metric="cac" src=${src}></kpi-card>
      <kpi-funnel split src=${src}></kpi-funnel>
      <sla-gauge src=${src}></sla-gauge>
      <economics-card src=${src}></economics-card>
      <kpi-review src=${src}></kpi-review>
    </div>`);
    const elements = [...wrapper.children] as KpiElement[];
    for (const el of elements) await rendered(el);
    await waitUntil(() => shadow(elements[4]!).querySelector('[part=headline]'), 'the review did not render', { timeout: 20_000 });
    for (const el of elements) {
      expect(shadow(el).querySelector('[role=alert]'), el.localName).to.equal(null);
      expect(textOf(el)).not.to.include('Loading');
    }
    // Switch every element to its table view too: a second rendering path.
    for (const el of elements) (await menuItem(el, 0)).click();
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
  });
});
