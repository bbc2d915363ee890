import { html, nothing, type TemplateResult } from 'lit';
import { core } from '../lazy/core.js';
import { messagesFor } from '../lazy/messages.js';
import { emit, selectDetail } from '../contract/events.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { economicsStyles } from './economics-card.styles.js';

/** The unit economics, in the order a board reads them. */
export const ECONOMICS_METRICS = ['cac', 'ltv', 'ltv_to_cac', 'cac_payback_months', 'avg_ticket', 'churn_rate'] as const;

/**
 * The unit economics: CAC, LTV, LTV:CAC, CAC payback, average ticket and churn, each with
 * its health against its rule or benchmark, and that benchmark's source.
 *
 * @summary CAC, LTV, LTV:CAC, payback, average ticket and churn, with their health.
 * @tag economics-card
 * @fires {KpiSelectEvent} kpi-select - A metric was activated: detail.metric and period.
 * @csspart tile - One metric.
 */
export class EconomicsCard extends KpiElement {
  static override styles = [...KpiElement.styles, economicsStyles];

  protected override heading(ctx: RenderContext | undefined): string {
    return messagesFor(ctx?.locale ?? this.locale)?.headings.economics ?? '';
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return ECONOMICS_METRICS.some((id) => ctx.result.metrics[id]!.value === null);
  }

  protected summary(ctx: RenderContext): string {
    const parts = ECONOMICS_METRICS.map((id) => {
      const m = ctx.result.metrics[id]!;
      return `${core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels)} ${ctx.format(m.value, m.unit)}`;
    });
    return `${ctx.periodText}, ${core().viewText(ctx)}: ${parts.join('; ')}.`;
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    return html`<ul class="tiles">
      ${ECONOMICS_METRICS.map((id) => {
        const m = ctx.result.metrics[id]!;
        return html`<li part="tile">
          <button class="tile" @click=${() => emit(this, 'kpi-select', selectDetail(ctx.result.period, { metric: id, channel: ctx.result.channel, where: ctx.result.where }))}>
            <span class="label">${core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels)}</span>
            <span class="number">${ctx.format(m.value, m.unit)}</span>
            ${m.value === null ? html`<span class="rule">${core().REASON_TEXT[m.reason!][ctx.locale]}</span>` : core().metricBadge(m, ctx.locale)}
          </button>
          ${m.benchmark ? html`<div class="rule">${core().benchmarkText(ctx, m)}</div>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  protected tableData(ctx: RenderContext): TableData {
    const metrics = ECONOMICS_METRICS.map((id) => ({ id, m: ctx.result.metrics[id]! }));
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.metric, ctx.t.value, ctx.t.status, ctx.t.benchmark, ctx.t.source],
      rows: metrics.map(({ id, m }) => [
        { raw: id, text: core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels) },
        { value: m.value, unit: m.unit },
        { raw: m.status, text: core().statusText(m, ctx.locale) },
        m.benchmark ? { raw: m.benchmark.verdict, text: core().BENCHMARK_VERDICT_TEXT[m.benchmark.verdict][ctx.locale] } : '',
        m.benchmark?.source.name ?? '',
      ]),
    };
  }
}
