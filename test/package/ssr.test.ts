// Server rendering through `inbound-kpi-kit/ssr` (src/ssr.ts): every tag rendered by
// @lit-labs/ssr with the sample company's dataset holds its numbers in the HTML, not its
// loading skeleton. The answer keys are the core's numbers (computeMetrics and the
// reasons' count) in the kit's formatter, worked out here, never read from the HTML.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { html, type TemplateResult } from 'lit';
import '../../src/ssr.js';
import { channelsOf, computeMetrics, failuresByReason, formatValue, getMetric, parseDataset, periodLabel } from '../../src/core/index.js';
import { dataViewStyles } from '../../src/elements/views/data-view.styles.js';

const payload: unknown = JSON.parse(readFileSync(new URL('../../demo/data/leads.json', import.meta.url), 'utf8'));
const parsed = parseDataset(payload);
if (!parsed.ok) throw new Error('the sample dataset does not parse');
const dataset = parsed.dataset;
// The sample has an asOf: "now" is that day, whatever the clock says.
assert.ok(dataset.asOf);
const now = computeMetrics(dataset, { compare: ['previous', 'target', 'benchmark'] });

/** A metric's current value as the elements write it (English, the dataset's currency). */
const shown = (id: string, value = now.metrics[id]?.value ?? null): string => formatValue(value, getMetric(id)!.unit, { locale: 'en', currency: dataset.currency });

/** The server's HTML, and its text as a reader sees it (no markup, no Lit markers, spaces collapsed). */
function serverRender(template: TemplateResult): { html: string; text: string } {
  const out = collectResultSync(render(template));
  const text = out.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
  return { html: out, text };
}

function assertNumbers(template: TemplateResult, expected: string[]): void {
  const { html: out, text } = serverRender(template);
  assert.ok(out.includes('shadowrootmode="open"'), 'declarative shadow DOM');
  assert.ok(!out.includes('part="loading"'), 'no loading skeleton');
  for (const figure of expected) assert.ok(text.includes(figure), `"${figure}" in: ${text.slice(0, 400)}…`);
}

describe('server rendering (inbound-kpi-kit/ssr with @lit-labs/ssr)', () => {
  it('kpi-card from the data attribute (JSON, as the page receives it)', () => {
    assertNumbers(html`<kpi-card metric="cac" data=${JSON.stringify(payload)}></kpi-card>`, [shown('cac')]);
  });

  it('kpi-funnel: the stages and the rate from first to last', () => {
    assertNumbers(html`<kpi-funnel .data=${payload}></kpi-funnel>`, [shown('leads'), shown('visitors'), shown('lead_to_customer')]);
  });

  it('sla-gauge: MQLs delivered against their target', () => {
    const mqls = now.metrics.mqls!;
    assertNumbers(html`<sla-gauge .data=${payload}></sla-gauge>`, [`Actual ${shown('mqls')}`, `Target ${shown('mqls', mqls.target!.value)}`]);
  });

  it('economics-card: CAC, LTV and LTV:CAC', () => {
    assertNumbers(html`<economics-card .data=${payload}></economics-card>`, [`CAC ${shown('cac')}`, `LTV ${shown('ltv')}`, `LTV:CAC ${shown('ltv_to_cac')}`]);
  });

  it('kpi-trend: its caption from the first period drawn to now', () => {
    const first = computeMetrics(dataset, { period: '2025-04' }).metrics.mqls!.value;
    assertNumbers(html`<kpi-trend metric="mqls" .data=${payload}></kpi-trend>`, [`${shown('mqls', first)} → ${shown('mqls')}`]);
  });

  it('kpi-breakdown: each channel with its value', () => {
    const figures = channelsOf(dataset)
      .map((channel) => ({ channel, value: computeMetrics(dataset, { channel }).metrics.mqls!.value }))
      .filter((c) => c.value !== null && c.value > 0)
      .map((c) => `${c.channel} ${shown('mqls', c.value)}`);
    assert.ok(figures.length >= 3);
    assertNumbers(html`<kpi-breakdown metric="mqls" .data=${payload}></kpi-breakdown>`, figures);
  });

  it('kpi-benchmark: the metrics held against their benchmarks', () => {
    assertNumbers(html`<kpi-benchmark .data=${payload}></kpi-benchmark>`, [`LTV:CAC ${shown('ltv_to_cac')}`, `CAC payback ${shown('cac_payback_months')}`]);
  });

  it('kpi-reasons: the first reason and its failures', () => {
    const { rows } = failuresByReason(dataset, now.interval, {}, 'en');
    assert.ok(rows.length > 0);
    assertNumbers(html`<kpi-reasons .data=${payload}></kpi-reasons>`, rows.slice(0, 3).map((r) => `${r.label} ${r.failures}`));
  });

  it('kpi-bridge (with its own chunk): new customers from the previous period to now', () => {
    const before = now.metrics.customers!.previous!.value;
    assertNumbers(html`<kpi-bridge .data=${payload}></kpi-bridge>`, [`from ${shown('customers', before)}`, `to ${shown('customers')}`]);
  });

  it('kpi-scorecard: the total row', () => {
    assertNumbers(html`<kpi-scorecard .data=${payload}></kpi-scorecard>`, [shown('leads'), shown('cac')]);
  });

  it('kpi-dashboard: its view and every widget with its numbers (property bindings, which a server renders)', () => {
    const { html: out, text } = serverRender(html`<kpi-dashboard .data=${payload}></kpi-dashboard>`);
    assert.ok(text.includes(periodLabel(now.period, now.progress, 'en')));
    assert.ok(!out.includes('part="loading"'), 'no widget left as a skeleton');
    // A card per catalogue metric, each with its value; the funnel, the economics and a gauge too.
    for (const id of ['leads', 'mqls', 'customers', 'cac', 'ltv_to_cac', 'sales_acceptance_rate']) assert.ok(text.includes(shown(id)), `${id}: ${shown(id)}`);
    assert.ok(text.includes(`CAC ${shown('cac')}`) && text.includes(`Actual ${shown('mqls')}`));
  });

  it('goes out with the styles of the menu and the table, which the page adopts with the core', () => {
    const { html: out } = serverRender(html`<kpi-card metric="cac" .data=${payload}></kpi-card>`);
    assert.ok(out.includes(dataViewStyles.cssText));
  });

  it('an element with src alone: its skeleton (a server cannot wait for the request)', () => {
    const { html: out, text } = serverRender(html`<kpi-card metric="cac" src="/data/leads.json"></kpi-card>`);
    assert.ok(out.includes('part="loading"'));
    assert.ok(out.includes('aria-busy="true"'));
    assert.ok(!text.includes(shown('cac')));
  });

  it('a server that connects its elements (@lit-labs/ssr\'s connectedCallback option): no page API is reached, the numbers are the same', () => {
    const connect = () => ({ connectedCallback: true });
    LitElementRenderer.renderOptions.push(connect);
    try {
      assertNumbers(html`<kpi-card metric="cac" .data=${payload}></kpi-card>`, [shown('cac')]);
      assertNumbers(html`<kpi-trend metric="mqls" .data=${payload}></kpi-trend>`, [shown('mqls')]);
      assertNumbers(html`<kpi-bridge .data=${payload}></kpi-bridge>`, [`to ${shown('customers')}`]);
      assertNumbers(html`<kpi-dashboard url-state .data=${payload}></kpi-dashboard>`, [shown('cac')]);
      const { html: out } = serverRender(html`<kpi-card metric="cac" src="/data/leads.json"></kpi-card>`);
      assert.ok(out.includes('part="loading"'));
    } finally {
      LitElementRenderer.renderOptions.splice(LitElementRenderer.renderOptions.indexOf(connect), 1);
    }
  });
});
