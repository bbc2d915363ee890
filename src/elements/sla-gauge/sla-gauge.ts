import { html, nothing, type PropertyDeclarations, svg, type TemplateResult } from 'lit';
import type { SlaResult, Unit } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { clearOfTarget } from './scale-labels.js';
import { gaugeStyles } from './sla-gauge.styles.js';


/**
 * One SLA between marketing and sales: the actual against its target, with status bands
 * (missed, at risk, met), the target marker, the pacing marker while the period runs,
 * the benchmark band when there is one, and the status in words.
 *
 * @summary One SLA: attainment against target, pacing and status.
 * @tag sla-gauge
 * @attr sla - The SLA's id in the dataset; default: the first.
 * @csspart gauge - The drawing.
 */
export class SlaGauge extends KpiElement {
  static override styles = [...KpiElement.styles, gaugeStyles];
  static override properties: PropertyDeclarations = {
    sla: {},
  };

  /** The SLA's id; default: the first in the dataset. */
  sla?: string;

  #sla(ctx: RenderContext): SlaResult | undefined {
    return this.sla ? ctx.result.slas.find((s) => s.id === this.sla) : ctx.result.slas[0];
  }

  #unit(s: SlaResult): Unit {
    return s.withinHours !== undefined ? 'rate' : (core().getMetric(s.metric!)?.unit ?? 'count');
  }

  protected override problem(ctx: RenderContext): string | undefined {
    if (this.#sla(ctx)) return undefined;
    return this.sla ? ctx.t.unknownSla(this.sla, ctx.result.slas.map((s) => s.id)) : ctx.t.noSla;
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#sla(ctx)?.actual === null;
  }

  protected override heading(ctx: RenderContext | undefined): string {
    const s = ctx && this.#sla(ctx);
    return s ? (s.labels?.[ctx.locale] ?? s.label ?? s.id) : 'SLA';
  }

  protected summary(ctx: RenderContext): string {
    const s = this.#sla(ctx)!;
    const unit = this.#unit(s);
    const pace = s.pacing ? `; ${ctx.t.pacing} ${ctx.format(s.pacing.expected, unit)}, ${ctx.t.projection} ${ctx.format(s.pacing.projection, unit)}` : '';
    return `${ctx.t.owner[s.owner]} · ${ctx.periodText}: ${ctx.t.actual} ${ctx.format(s.actual, unit)}, ${ctx.t.target} ${ctx.format(s.target, unit)}${pace}. ${ctx.t.atRiskZone}: ${this.#atRiskText(ctx, s)}. ${ctx.t.status}: ${core().SLA_STATUS_TEXT[s.status][ctx.locale]}.`;
  }

  /**
   * The value the status is judged against (the target, or while a volume SLA's period runs,
   * what is expected by now) and where "at risk" starts: warnAt × it, or it ÷ warnAt for a
   * cost (lower is better).
   */
  #zone(s: SlaResult): { reference: number; warn: number; lowerIsBetter: boolean } {
    const reference = s.pacing?.expected ?? s.target;
    const lowerIsBetter = s.type === 'metric' && core().getMetric(s.metric!)?.polarity === 'down';
    return { reference, warn: lowerIsBetter ? reference / s.warnAt : reference * s.warnAt, lowerIsBetter };
  }

  /** The at-risk zone in words, low end first: "86 – 95". */
  #atRiskText(ctx: RenderContext, s: SlaResult): string {
    const { reference, warn } = this.#zone(s);
    const unit = this.#unit(s);
    return `${ctx.format(Math.min(reference, warn), unit)} – ${ctx.format(Math.max(reference, warn), unit)}`;
  }

  /** The benchmark band of the SLA's metric, when it has one with both ends. */
  #band(ctx: RenderContext, s: SlaResult) {
    const benchmark = s.metric ? core().findBenchmark(ctx.dataset.benchmarks, s.metric) : undefined;
    return benchmark && benchmark.low !== undefined && benchmark.high !== undefined ? { low: benchmark.low, high: benchmark.high } : undefined;
  }

  #gauge(ctx: RenderContext, s: SlaResult): TemplateResult {
    const unit = this.#unit(s);
    const { reference, warn, lowerIsBetter } = this.#zone(s);
    const width = 300;
    const top = 4;
    const height = 22;
    const max = unit === 'rate' ? 1 : Math.max(s.target * 1.25, s.actual ?? 0, s.pacing?.projection ?? 0) || 1;
    const x = (v: number) => Math.max(0, Math.min(width, (v / max) * width));
    // Bands, as the status judges: below warnAt × the reference missed, then at risk, then met (reversed for costs).
    const bands = lowerIsBetter
      ? [{ from: 0, to: reference, tone: 'good' }, { from: reference, to: warn, tone: 'warn' }, { from: warn, to: max, tone: 'bad' }]
      : [{ from: 0, to: warn, tone: 'bad' }, { from: warn, to: reference, tone: 'warn' }, { from: reference, to: max, tone: 'good' }];
    const band = this.#band(ctx, s);
    const [low, target, high] = [ctx.format(0, unit), ctx.format(s.target, unit), ctx.format(max, unit)];
    return svg`<svg part="gauge" viewBox="-4 0 ${width + 8} 44" width="100%" height="44" role="img" aria-label=${this.summary(ctx)} preserveAspectRatio="xMinYMid meet">
      ${bands.map((b) => svg`<rect x=${x(b.from)} y=${top} width=${Math.max(0, x(b.to) - x(b.from))} height=${height} fill="var(--_${b.tone})" opacity="0.18" />`)}
      <line x1=${x(warn)} x2=${x(warn)} y1=${top} y2=${top + height} stroke="var(--_text)" stroke-width="1" opacity="0.6" />
      ${band ? svg`<rect x=${x(band.low!)} y=${top - 3} width=${Math.max(1, x(band.high!) - x(band.low!))} height="3" fill="var(--_band)" />` : ''}
      ${s.actual === null ? '' : svg`<rect x="0" y=${top + 6} width=${x(s.actual)} height=${height - 12} rx="2" fill="var(--_accent)" />`}
      ${s.pacing ? svg`<line x1=${x(s.pacing.expected)} x2=${x(s.pacing.expected)} y1=${top} y2=${top + height} stroke="var(--_text)" stroke-width="1.5" stroke-dasharray="3 2" />` : ''}
      <line x1=${x(s.target)} x2=${x(s.target)} y1=${top - 2} y2=${top + height + 2} stroke="var(--_text)" stroke-width="2.5" />
      ${clearOfTarget(low, 0, target, x(s.target)) ? svg`<text x="0" y="40">${low}</text>` : ''}
      <text x=${x(s.target)} y="40" text-anchor="middle">${target}</text>
      ${clearOfTarget(high, width, target, x(s.target)) ? svg`<text x=${width} y="40" text-anchor="end">${high}</text>` : ''}
    </svg>`;
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    const s = this.#sla(ctx)!;
    const unit = this.#unit(s);
    return html`
      <div class="headline">
        <span class="number">${ctx.format(s.actual, unit)}</span>
        <span class="sla-status">${this.statusBadge(s.status)}</span>
        ${s.attainment !== null ? html`<span class="note">${core().formatPercent(s.attainment, { locale: ctx.locale })} ${ctx.t.attainment}</span>` : nothing}
        ${s.actual === null && s.reason ? html`<span class="note">${core().REASON_TEXT[s.reason][ctx.locale]}</span>` : nothing}
      </div>
      ${this.#gauge(ctx, s)}
      <div class="legend" aria-hidden="true">
        <span>┃ ${ctx.t.target} ${ctx.format(s.target, unit)}</span>
        <span>│ ${ctx.t.atRiskZone} ${this.#atRiskText(ctx, s)}</span>
        ${s.pacing ? html`<span>┆ ${ctx.t.pacing} ${ctx.format(s.pacing.expected, unit)} · ${ctx.t.projection} ${ctx.format(s.pacing.projection, unit)}</span>` : nothing}
        ${this.#bandLegend(ctx, s)}
        <span>${ctx.t.owner[s.owner]}</span>
      </div>
    `;
  }

  /** "▔ Benchmark 40% – 60%: better than the benchmark", read by the metric's polarity. */
  #bandLegend(ctx: RenderContext, s: SlaResult): TemplateResult | typeof nothing {
    const band = this.#band(ctx, s);
    const comparison = s.metric ? ctx.result.metrics[s.metric]?.benchmark : undefined;
    if (!band) return nothing;
    const unit = this.#unit(s);
    return html`<span>▔ ${ctx.t.benchmark} ${ctx.format(band.low, unit)} – ${ctx.format(band.high, unit)}${comparison ? `: ${core().BENCHMARK_VERDICT_TEXT[comparison.verdict][ctx.locale]}` : ''}</span>`;
  }

  protected tableData(ctx: RenderContext): TableData {
    const s = this.#sla(ctx)!;
    const unit = this.#unit(s);
    const entries: Array<[string, number | null, Unit]> = [
      [ctx.t.actual, s.actual, unit],
      [ctx.t.target, s.target, unit],
      // A row's name starts with a capital, as its neighbours' do ("85% attainment" inline, "Attainment" here).
      [ctx.t.attainment.charAt(0).toLocaleUpperCase(ctx.locale) + ctx.t.attainment.slice(1), s.attainment, 'rate'],
      ...(s.pacing ? ([[ctx.t.pacing, s.pacing.expected, unit], [ctx.t.projection, s.pacing.projection, unit]] as Array<[string, number, Unit]>) : []),
    ];
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.metric, ctx.t.value],
      rows: [...entries.map(([label, value, u]) => [label, { value, unit: u }]), [ctx.t.atRiskZone, { raw: this.#zone(s).warn, text: this.#atRiskText(ctx, s) }], [ctx.t.status, { raw: s.status, text: core().SLA_STATUS_TEXT[s.status][ctx.locale] }]],
    };
  }
}
