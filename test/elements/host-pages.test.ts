import { expect } from '@open-wc/testing';
import '../../src/define/kpi-dashboard.js';
import '../../src/define/kpi-card.js';
import { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { fixture, freshKey, html, rendered, sampleData, shadow, textOf, waitUntil } from './helpers.js';

// What a host page (a framework app) sees of the elements.

describe('as a host page sees the elements', () => {
  it('the dashboard is one element: one kpi-load for the whole load; kpi-select from a widget still reaches the page', async () => {
    const loads: EventTarget[] = [];
    const selects: Array<{ metric?: string }> = [];
    const onLoad = (e: Event) => loads.push(e.composedPath()[0]!);
    const onSelect = (e: Event) => selects.push((e as CustomEvent).detail);
    document.addEventListener('kpi-load', onLoad);
    document.addEventListener('kpi-select', onSelect);
    try {
      const el = await fixture<KpiElement>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
      await rendered(el);
      const cards = () => [...shadow(el).querySelectorAll<KpiElement & { metric: string }>('kpi-card')];
      await waitUntil(() => cards().length > 0 && cards().every((c) => c.result !== undefined), 'widgets did not render', { timeout: 15_000 });
      expect(loads).to.deep.equal([el], 'one kpi-load, from the dashboard itself');
      const mqls = cards().find((c) => c.metric === 'mqls')!;
      shadow(mqls).querySelector<HTMLButtonElement>('[part=value]')!.click();
      expect(selects.map((d) => d.metric)).to.deep.equal(['mqls']);
    } finally {
      document.removeEventListener('kpi-load', onLoad);
      document.removeEventListener('kpi-select', onSelect);
    }
  });

  it('a property set before the tag is defined is picked up when it is (a late script, a code split)', async () => {
    const { json } = await sampleData();
    const tag = `late-card-${freshKey().replace(/\W/g, '')}`;
    const el = document.createElement(tag) as KpiElement & { metric: string };
    el.data = json;
    el.metric = 'customers';
    document.body.append(el);
    try {
      customElements.define(tag, class extends KpiCard {});
      await rendered(el);
      expect(textOf(el)).to.include('New customers, 2026-03 to date');
    } finally {
      el.remove();
    }
  });

  it('a data attribute of "[object Object]" (an object written as text) says what happened and what to do', async () => {
    const errors: string[] = [];
    const el = await fixture<KpiElement>(html`<kpi-card data="[object Object]" @kpi-error=${(e: CustomEvent) => errors.push(e.detail.kind)}></kpi-card>`);
    await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error state');
    expect(textOf(el)).to.include('an object was written as text. Set the property instead');
    expect(errors).to.deep.equal(['parse']);
  });
});
