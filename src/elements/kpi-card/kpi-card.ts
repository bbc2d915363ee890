import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { MetricPoint, MetricResult } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { emit, selectDetail } from '../contract/events.js';
import type { MenuAction } from '../views/actions-menu.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { SingleMetric } from '../base/single-metric.js';
import { cardStyles } from './kpi-card.styles.js';

/**
 * Any metric of the catalogue: its value, the change against the previous period
 * (percentage points for rates), progress to target, position against its benchmark,
 * and a sparkline of recent periods.
 *
 * @summary One KPI with its delta, target, benchmark and trend.
 * @tag kpi-card
 * @attr why - Offers "Why did it move?" in the actions menu, which fires kpi-explain (the dashboard sets it on the cards of metrics it can explain, and opens the bridge).
 * @fires {KpiSelectEvent} kpi-select - The card was activated: detail.metric and period.
 * @fires {KpiExplainEvent} kpi-explain - "Why did it move?" was chosen: detail.metric.
 * @csspart value - The big number.
 * @csspart sparkline - The trend line.
 */
export class KpiCard extends SingleMetric(KpiElement) {
  static override styles = [...KpiElement.styles, cardStyles];
  static override properties: PropertyDeclarations = {
    why: { type: Boolean },
  };

  /** Whether the menu offers "Why did it move?". */
  why = false;

  protected override actions(ctx: RenderContext): MenuAction[] {
    return this.why ? [{ label: ctx.t.why, run: () => emit(this, 'kpi-explain', { metric: this.metric }) }] : [];
  }

  #metric(ctx: RenderContext): MetricResult | undefined {
    return ctx.result.metrics[this.metric];
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#metric(ctx)?.value === null;
  }

  protected summary(ctx: RenderContext): string {
    const m = this.#metric(ctx)!;
    const value = m.value === null ? `${ctx.format(null, m.unit)} (${core().REASON_TEXT[m.reason!][ctx.locale]})` : ctx.format(m.value, m.unit);
    const channel = core().viewText(ctx);
    const delta = m.previous && m.previous.delta !== null ? `, ${core().formatDelta(m.previous, m.unit, { locale: ctx.locale, currency: ctx.dataset.currency })} ${core().previousLabel(m.previous, ctx.locale)}` : '';
    const pace = m.target?.paced ? `, ${ctx.t.pacing} ${ctx.format(m.target.expected!, m.unit)}` : '';
    return `${this.heading()}, ${ctx.periodText}, ${channel}: ${value}${delta}${pace}.`;
  }

  #series(ctx: RenderContext): MetricPoint[] {
    return core().metricOverPeriods(ctx.dataset, ctx.result.interval, { metric: this.metric, mode: ctx.result.mode, ...(ctx.result.where && { where: ctx.result.where }) });
  }

  /** Against the target: while the period runs, what was expected by now, then the whole period's target. */
  #target(ctx: RenderContext, m: MetricResult): TemplateResult {
    const t = m.target!;
    const attained = t.attainment === null ? '—' : core().formatPercent(t.attainment, { locale: ctx.locale });
    return t.paced
      ? html`${ctx.format(t.expected!, m.unit)} ${ctx.t.pacing} · ${attained} <span class="note">(${ctx.format(t.value, m.unit)} ${ctx.t.wholePeriod})</span> ${this.#targetBar(ctx, m)}`
      : html`${ctx.format(t.value, m.unit)} · ${attained} ${this.#targetBar(ctx, m)}`;
  }

  #targetBar(ctx: RenderContext, m: MetricResult): TemplateResult | typeof nothing {
    if (!m.target || m.target.attainment === null) return nothing;
    const width = 120;
    const filled = Math.max(0, Math.min(1, m.target.attainment)) * width;
    return svg`<svg width=${width} height="8" viewBox="0 0 ${width} 8" aria-hidden="true" focusable="false">
      <rect width=${width} height="8" rx="4" fill="var(--_track)" />
      <rect width=${filled} height="8" rx="4" fill="var(--_${m.status === 'good' ? 'good' : m.status === 'bad' ? 'bad' : 'accent'})" />
    </svg>`;
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    const m = this.#metric(ctx)!;
    const fmt = { locale: ctx.locale, currency: ctx.dataset.currency };
    const series = this.#series(ctx);
    return html`
      <button class="value" part="value" id="value" @click=${() => this.#select(ctx)} aria-labelledby="title value">
        ${ctx.format(m.value, m.unit)}
        ${m.value === null ? html`<small>${core().REASON_TEXT[m.reason!][ctx.locale]}</small>` : nothing}
        ${m.smallSample ? html`<small>(${ctx.t.smallSample}, n = ${m.n})</small>` : nothing}
      </button>
      <div>${core().metricBadge(m, ctx.locale)}</div>
      <dl>
        ${m.previous?.value != null
          ? html`<dt class="versus">${core().previousLabel(m.previous, ctx.locale)}</dt>
              <dd><span class="n">${core().formatDelta(m.previous, m.unit, fmt)}</span> (<span class="n">${core().formatRelative(m.previous.relative, fmt)}</span>) · <span class="n">${ctx.format(m.previous.value, m.unit)}</span></dd>`
          : nothing}
        ${m.target ? html`<dt>${ctx.t.target}</dt><dd class="target">${this.#target(ctx, m)}</dd>` : nothing}
        ${m.benchmark ? html`<dt>${ctx.t.benchmark}</dt><dd>${core().benchmarkText(ctx, m)}</dd>` : nothing}
      </dl>
      ${series.filter((p) => p.value !== null).length > 1
        ? html`<div class="trend">
            ${core().sparkline(series)}
            <span class="note"><span class="n">${series[0]!.period} – ${series.at(-1)!.period}</span>${series.at(-1)!.progress ? html` · <span aria-hidden="true">○</span> ${ctx.t.toDate}` : nothing}</span>
          </div>`
        : nothing}
    `;
  }

  protected tableData(ctx: RenderContext): TableData {
    const m = this.#metric(ctx)!;
    const name = this.heading();
    // [label, period key, period as shown, value]: the current value, the previous, the target, then the trend.
    // A running period is to date; a previous period read to the same day or prorated is not that period's whole value:
    // each named so (a CSV keeps the period's key alone), and the previous period's whole value stays in the trend's rows.
    const entries: Array<[string, string, string, number | null]> = [[ctx.result.progress ? `${name} (${ctx.t.toDate})` : name, ctx.result.period, ctx.periodText, m.value]];
    const previousWhole = m.previous?.basis === 'full';
    const basis = m.previous?.basis === 'prorated' ? core().PRORATED_TEXT[ctx.locale] : ctx.t.toDate;
    if (m.previous) entries.push([previousWhole ? name : `${name} (${basis})`, m.previous.period, core().previousLabel(m.previous, ctx.locale), m.previous.value]);
    if (m.target?.paced) entries.push([`${ctx.t.target} (${ctx.t.pacing})`, ctx.result.period, ctx.periodText, m.target.expected!]);
    if (m.target) entries.push([ctx.t.target, ctx.result.period, ctx.result.period, m.target.value]);
    for (const p of this.#series(ctx)) {
      if (p.period !== ctx.result.period && !(previousWhole && p.period === m.previous!.period)) entries.push([name, p.period, p.period, p.value]);
    }
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.metric, ctx.t.period, ctx.t.value],
      rows: entries.map(([label, period, shown, value]) => [label, { raw: period, text: shown }, { value, unit: m.unit }]),
    };
  }

  #select(ctx: RenderContext): void {
    emit(this, 'kpi-select', selectDetail(ctx.result.period, { metric: this.metric, channel: ctx.result.channel, where: ctx.result.where }));
  }
}
