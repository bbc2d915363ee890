import { expect } from '@open-wc/testing';
import { formatValue } from '../../src/core/index.js';
import '../../src/define/economics-card.js';
import { ECONOMICS_METRICS, type EconomicsCard } from '../../src/elements/economics-card/economics-card.js';
import { coreResult, downloadedCsv, fixture, html, menuItem, oneEvent, rendered, sampleData, shadow, textOf } from './helpers.js';

describe('<economics-card>', () => {
  it('shows the six unit economics as the core computes them, with health and sources', async () => {
    const { json } = await sampleData();
    const el = await fixture<EconomicsCard>(html`<economics-card .data=${json}></economics-card>`);
    await rendered(el);
    const core = await coreResult();
    const numbers = [...shadow(el).querySelectorAll('.number')].map((n) => n.textContent!.replace(/\s/g, ' '));
    expect(numbers).to.deep.equal(ECONOMICS_METRICS.map((id) => formatValue(core.metrics[id]!.value, core.metrics[id]!.unit, { locale: 'en', currency: 'BRL' }).replace(/\s/g, ' ')));
    expect(textOf(el)).to.include('D. Skok');
    const link = shadow(el).querySelector('a')!;
    expect(link.href).to.match(/^https:/);
    expect(link.rel).to.include('noopener');
    await expect(el).to.be.accessible();
  });

  it('says which figures cannot be computed for a channel (null with reason, not 0)', async () => {
    const data = { version: 1, currency: 'USD', rows: [{ period: '2026-03', channel: 'a', marketingSpend: 100, customers: 0 }] };
    const el = await fixture<EconomicsCard>(html`<economics-card .data=${data} channel="a"></economics-card>`);
    await rendered(el);
    expect(shadow(el).querySelector('[part=partial]')).to.exist;
    expect(textOf(el)).to.include('cannot divide by zero');
    expect(textOf(el)).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('fires kpi-select for a tile, by keyboard too', async () => {
    const { json } = await sampleData();
    const el = await fixture<EconomicsCard>(html`<economics-card .data=${json}></economics-card>`);
    await rendered(el);
    const tile = shadow(el).querySelectorAll<HTMLButtonElement>('button.tile')[2]!;
    tile.focus();
    expect(shadow(el).activeElement).to.equal(tile);
    setTimeout(() => tile.click());
    expect((await oneEvent(el, 'kpi-select')).detail).to.deep.equal({ metric: 'ltv_to_cac', period: '2026-03' });
  });

  it('lays its six tiles out in even rows at any width (6, 3, 2 or 1 across; never 5 and a lone one)', async () => {
    const { json } = await sampleData();
    const el = await fixture<EconomicsCard>(html`<economics-card .data=${json}></economics-card>`);
    await rendered(el);
    const across: number[] = [];
    for (const width of [1400, 1000, 700, 400, 250]) {
      el.style.width = `${width}px`;
      await new Promise(requestAnimationFrame);
      const tops = [...shadow(el).querySelectorAll('[part=tile]')].map((li) => Math.round(li.getBoundingClientRect().top));
      const rows = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
      expect(new Set(rows).size, `${width}px: ${rows.join(' + ')}`).to.equal(1);
      across.push(rows[0]!);
    }
    expect(across).to.deep.equal([6, 3, 3, 2, 1]);
  });

  it('has a CSV with raw values', async () => {
    const { json } = await sampleData();
    const el = await fixture<EconomicsCard>(html`<economics-card .data=${json}></economics-card>`);
    await rendered(el);
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    const core = await coreResult();
    expect(csv).to.include(`cac,${core.metrics.cac!.value},`);
  });
});
