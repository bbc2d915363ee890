import { css, html, nothing, type TemplateResult } from 'lit';
import { core } from '../shared/core.js';
import { messagesFor } from '../shared/messages.js';
import { benchmarkText } from '../shared/benchmark-text.js';
import { emit, selectDetail } from '../shared/events.js';
import { KpiElement, type RenderContext, type TableData } from '../shared/kpi-element.js';

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
  static override styles = [
    ...KpiElement.styles,
    css`
      :host {
        --_reserve: 15.5rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
        gap: var(--_gap);
      }
      li {
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) - 4px);
        padding: 0.625rem 0.75rem;
      }
      .tile {
        all: unset;
        display: block;
        cursor: pointer;
        width: 100%;
      }
      .tile:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 4px;
      }
      .label {
        font-size: 0.8rem;
        color: var(--_muted);
      }
      .number {
        display: block;
        font-size: 1.4rem;
        font-weight: 650;
        font-variant-numeric: tabular-nums;
      }
      .rule {
        font-size: 0.75rem;
        color: var(--_muted);
        margin-top: 0.25rem;
      }
    `,
  ];

  protected heading(ctx: RenderContext | undefined): string {
    return messagesFor(ctx?.locale ?? this.locale).headings.economics;
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return ECONOMICS_METRICS.some((id) => ctx.result.metrics[id]!.value === null);
  }

  protected summary(ctx: RenderContext): string {
    const parts = ECONOMICS_METRICS.map((id) => {
      const m = ctx.result.metrics[id]!;
      return `${core().getMetric(id)!.label[ctx.locale]} ${ctx.format(m.value, m.unit)}`;
    });
    return `${ctx.periodText}, ${ctx.result.channel ?? ctx.t.allChannels}: ${parts.join('; ')}.`;
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    return html`<ul>
      ${ECONOMICS_METRICS.map((id) => {
        const m = ctx.result.metrics[id]!;
        return html`<li part="tile">
          <button class="tile" @click=${() => emit(this, 'kpi-select', selectDetail(ctx.result.period, { metric: id, channel: ctx.result.channel }))}>
            <span class="label">${core().getMetric(id)!.label[ctx.locale]}</span>
            <span class="number">${ctx.format(m.value, m.unit)}</span>
            ${m.value === null ? html`<span class="rule">${core().REASON_TEXT[m.reason!][ctx.locale]}</span>` : this.statusBadge(m.status)}
          </button>
          ${m.benchmark ? html`<div class="rule">${benchmarkText(ctx, m)}</div>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  protected tableData(ctx: RenderContext): TableData {
    const metrics = ECONOMICS_METRICS.map((id) => ({ id, m: ctx.result.metrics[id]! }));
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.metric, ctx.t.value, ctx.t.status, ctx.t.benchmark, ctx.t.source],
      rows: metrics.map(({ id, m }) => [id, m.value, m.status, m.benchmark?.verdict ?? '', m.benchmark?.source.name ?? '']),
      display: metrics.map(({ id, m }) => [
        core().getMetric(id)!.label[ctx.locale],
        ctx.format(m.value, m.unit),
        core().STATUS_TEXT[m.status][ctx.locale],
        m.benchmark ? core().BENCHMARK_VERDICT_TEXT[m.benchmark.verdict][ctx.locale] : '',
        m.benchmark?.source.name ?? '',
      ]),
      numeric: [1],
    };
  }
}
