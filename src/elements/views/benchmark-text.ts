import { html, nothing, type TemplateResult } from 'lit';
import type { MetricResult } from '../../core/kit.js';
import { BENCHMARK_VERDICT_TEXT } from '../../core/format/messages.js';
import type { RenderContext } from './render-context.js';

/** "worse than the benchmark (≤ 12 months) · Source: …" (the position read by polarity), with the source linked when it has a URL. Every benchmark shown names its source. */
export function benchmarkText(ctx: RenderContext, m: MetricResult): TemplateResult | typeof nothing {
  const b = m.benchmark;
  if (!b) return nothing;
  const band = b.value !== undefined ? `${b.comparator === '<=' ? '≤' : b.comparator ? '≥' : ''} ${ctx.format(b.value, m.unit)}` : `${ctx.format(b.low ?? b.median ?? null, m.unit)} – ${ctx.format(b.high ?? b.median ?? null, m.unit)}`;
  const name = b.source.url ? html`<a href=${b.source.url} rel="noopener noreferrer" target="_blank">${b.source.name}</a>` : b.source.name;
  return html`${BENCHMARK_VERDICT_TEXT[b.verdict][ctx.locale]} (${band.trim()}) · ${ctx.t.source}: ${name}${b.source.year ? `, ${b.source.year}` : ''}`;
}
