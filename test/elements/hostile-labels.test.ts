import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { loadCore } from '../../src/elements/lazy/core.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { downloadedCsv, fixture, freshKey, html, menuItem, rendered, shadow } from './helpers.js';

// RELIABILITY.md row 25: HTML and script in labels and channel names stay literal text
// everywhere, fire no request, and stay text in aria labels and CSV.

describe('hostile labels', () => {
  it('render as text in every element, run nothing and request nothing', async () => {
    // The kit's own lazy chunk first, so every request observed below is one the data caused.
    await loadCore();
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requested.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const src = `/api/test/hostile?key=${freshKey()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-funnel split src=${src}></kpi-funnel>
      <kpi-funnel src=${src} channel="javascript:alert(1)"></kpi-funnel>
      <sla-gauge src=${src}></sla-gauge>
      <kpi-card metric="cac" src=${src}></kpi-card>
      <economics-card src=${src}></economics-card>
    </div>`);
    const elements = [...wrapper.children] as KpiElement[];
    for (const el of elements) await rendered(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(requested.filter((url) => !url.includes('/api/test/hostile'))).to.deep.equal([]);
    for (const el of elements) {
      const root = shadow(el);
      expect(root.querySelectorAll('img, script, b, svg[onload]').length, el.localName).to.equal(0);
    }
    const funnel = elements[0]!;
    expect(shadow(funnel).textContent).to.include('<img src=x onerror="window.__pwned=1">');
    expect(shadow(funnel).querySelector('.legend')!.textContent).to.include('<img src=x onerror="window.__pwned=3">');
    const mqlStage = shadow(funnel).querySelectorAll('button.stage')[1]!;
    expect(mqlStage.textContent).to.include('<img src=x onerror="window.__pwned=1">');
    const gauge = shadow(elements[2]!).querySelector('svg[role=img]')!;
    expect(gauge.getAttribute('aria-label')).to.include('Marketing');
    expect(shadow(elements[2]!).querySelector('h3')!.textContent).to.equal('<script>window.__pwned=4</script>SLA');
    expect(shadow(elements[3]!).textContent).to.include('<b onmouseover=window.__pwned=5>Bench</b>');
    const csvItem = await menuItem(funnel, 1);
    const csv = await downloadedCsv(funnel, () => csvItem.click());
    expect(csv).to.include('"<img src=x onerror=""window.__pwned=1"">"');
  });
});
