import { expect } from '@open-wc/testing';
import '../../src/define/kpi-breakdown.js';
import '../../src/define/kpi-funnel.js';
import '../../src/define/kpi-dashboard.js';
import type { KpiElement } from '../../src/elements/shared/kpi-element.js';
import { fixture, html, shadow, textOf, waitUntil } from './helpers.js';

// RELIABILITY.md row 10 and the attack of a 6.3 MB dataset with 50,000 channels: charts
// cap their marks, the page stays responsive.

const CHANNELS = 50_000;

function manyChannels() {
  const rows = [];
  for (let i = 0; i < CHANNELS; i++) {
    // Channel i has i % 997 + 1 customers, so the largest are known: ch-996, ch-1993, …
    rows.push({ period: '2026-03', channel: `ch-${i}`, visitors: 1000 + i, leads: 100 + (i % 50), customers: (i % 997) + 1, marketingSpend: 5000 });
  }
  return { version: 1, currency: 'USD', rows };
}

describe('50,000 channels', () => {
  it('<kpi-breakdown> draws 20 bars (19 channels and the rest, summed exactly), quickly and in short tasks', async () => {
    const data = manyChannels();
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const el = await fixture<KpiElement>(html`<kpi-breakdown metric="customers" .data=${data}></kpi-breakdown>`);
    await waitUntil(() => shadow(el).querySelector('[part=summary]'), 'no content', { timeout: 30_000 });
    const firstContent = performance.now() - start;
    await waitUntil(() => shadow(el).querySelector('.chart svg g.mark-rect'), 'no bars', { timeout: 30_000 });
    const drawn = performance.now() - start;
    observer.disconnect();
    // eslint-disable-next-line no-console
    console.log(`first content ${firstContent.toFixed(0)} ms; chart drawn ${drawn.toFixed(0)} ms; long tasks ${longTasks.map((d) => d.toFixed(0)).join(', ')}`);
    const bars = shadow(el).querySelectorAll('.chart svg g.mark-rect path');
    expect(bars.length).to.equal(20);
    expect(textOf(el)).to.include('49,981 other channels');
  });
});
