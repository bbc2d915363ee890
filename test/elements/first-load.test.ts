import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/kpi-card.js';
import { coreNow } from '../../src/elements/lazy/core.js';
import { validatorChunk } from '../../src/elements/lazy/validator.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';

// What an element does with its first load alone (Lit, the element, the request's start):
// the core, the words and the code that reads an answer come in one lazy chunk. This file
// imports nothing of the core, so the page starts without it.

describe('an element before the core has loaded', () => {
  it('requests its data as it connects, in parallel with the core, and shows a skeleton without words meanwhile', async () => {
    expect(coreNow(), 'nothing in this page has loaded the core yet').to.equal(undefined);
    const requests: Array<{ url: string; coreLoaded: boolean }> = [];
    const el = document.createElement('kpi-card') as KpiCard;
    el.metric = 'mqls';
    el.fetch = (input, init) => {
      requests.push({ url: String(input), coreLoaded: coreNow() !== undefined });
      return fetch(input, init);
    };
    el.src = '/api/test/sample?key=first-load';
    const loaded = oneEvent(el, 'kpi-load');
    document.body.append(el);
    expect(requests, 'the request starts as the element connects, before its first render').to.have.length(1);
    await el.updateComplete;

    expect(requests, 'one request, before the core is here').to.have.length(1);
    expect(requests[0]!.coreLoaded).to.equal(false);
    const article = el.shadowRoot!.querySelector('article')!;
    const loading = el.shadowRoot!.querySelector('[part=loading]')!;
    expect(article.getAttribute('aria-busy')).to.equal('true');
    expect(loading.querySelector('.skeleton')).to.exist;
    expect(loading.textContent!.trim(), 'the words come with the core').to.equal('');

    await loaded;
    await el.updateComplete;
    expect(coreNow()).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('MQLs');
    el.remove();
  });

  it("adopts the menu's and the table's styles with the first numbers (they come with the core)", async () => {
    const el = document.createElement('kpi-card') as KpiCard;
    el.metric = 'mqls';
    el.src = '/api/test/sample?key=first-load-styles';
    const loaded = oneEvent(el, 'kpi-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part=actions]')!;
    // 1.75rem square, from the menu's styles; a bare button would be as wide as its icon and padding.
    expect(getComputedStyle(button).width).to.equal('28px');
    button.click();
    await el.updateComplete;
    const menu = el.shadowRoot!.querySelector<HTMLElement>('[part=menu]')!;
    expect(getComputedStyle(menu).position).to.equal('absolute');
    el.remove();
  });

  it('shows valid data without zod, and loads zod only to word what is wrong', async () => {
    const validatorLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('validate-api'));
    const el = document.createElement('kpi-card') as KpiCard;
    el.metric = 'mqls';
    el.src = '/api/test/sample?key=first-load-valid';
    const loaded = oneEvent(el, 'kpi-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).to.match(/\d/);
    expect(validatorLoaded(), 'a valid payload is vouched for by the quick check in the core').to.equal(false);
    expect(validatorChunk.api).to.equal(undefined);

    el.remove();

    const bad = document.createElement('kpi-card') as KpiCard;
    bad.metric = 'mqls';
    bad.data = { version: 1, rows: [{ period: '2026-02', mqls: -1 }] };
    const failed = oneEvent(bad, 'kpi-error');
    document.body.append(bad);
    const { detail } = await failed;
    await bad.updateComplete;
    expect(detail.kind).to.equal('schema');
    expect(detail.message).to.include('rows[0].mqls');
    expect(validatorLoaded(), 'zod words the issue').to.equal(true);
    expect(bad.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('rows[0].mqls');
    bad.remove();
  });
});
