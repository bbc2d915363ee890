import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { TrendInput } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import type { ChartInput } from '../charts/chart-controller.js';
import { boundedNumber } from '../contract/attributes.js';
import { selectDetail, type KpiSelectDetail } from '../contract/events.js';
import { d3Format } from '../charts/d3-format.js';
import { KpiChartElement } from '../charts/kpi-chart-element.js';
import { SingleMetric } from '../base/single-metric.js';
import { trendStyles } from './kpi-trend.styles.js';
import type { RenderContext, TableData } from '../views/render-context.js';


/**
 * A metric over recent periods, with the same periods a year earlier and the target line.
 * Drawn by vega (from a vega-lite spec compiled ahead of time), loaded only when the chart is on the page.
 *
 * @summary A metric over periods, against last year and target.
 * @tag kpi-trend
 * @attr periods - How many periods to show (default 12).
 * @fires {KpiSelectEvent} kpi-select - A point was clicked: detail.period (the point's), metric and channel.
 */
export class KpiTrend extends SingleMetric(KpiChartElement) {
  static override styles = [...KpiChartElement.styles, trendStyles];
  static override properties: PropertyDeclarations = {
    periods: { type: Number },
  };

  /** How many periods to show: 1 to 120 (default 12). */
  periods = 12;

  #points(ctx: RenderContext): TrendInput[] {
    const query = { metric: this.metric, mode: ctx.result.mode, ...(ctx.result.where && { where: ctx.result.where }) };
    const current = core().metricOverPeriods(ctx.dataset, ctx.result.interval, query, boundedNumber(this, 'periods', this.periods));
    const thisYear: TrendInput[] = [];
    const lastYear: TrendInput[] = [];
    for (const p of current) {
      const label = core().shortPeriodLabel(p.period, ctx.locale);
      // A running count's partial value comes with where its pace leads: the drop reads as "so far".
      const projected = p.value !== null && p.progress && this.definition.additive ? core().projectedAtPace(p.value, p.progress) : null;
      // Each period's own target: a line over the periods that have one, never one period's across them all.
      const target = core().targetAt(ctx.dataset, core().parsePeriod(p.period)!, query);
      if (p.value !== null) thisYear.push({ period: p.period, label, value: p.value, series: ctx.t.seriesNames.thisPeriod, ...(p.progress && { toDate: true }), ...(projected !== null && { projected }), ...(target !== undefined && { target }) });
      const before = core().samePeriodLastYear(core().parsePeriod(p.period)!);
      const value = before ? core().metricAt(ctx.dataset, before, query).value : null;
      // Last year's value is drawn at this year's period, so the two lines overlay.
      if (value !== null) lastYear.push({ period: p.period, label, value, series: ctx.t.seriesNames.lastYear });
    }
    return [...thisYear, ...lastYear];
  }

  protected summary(ctx: RenderContext): string {
    const points = this.#points(ctx).filter((p) => p.series === ctx.t.seriesNames.thisPeriod);
    const unit = this.definition.unit;
    if (points.length === 0) return `${this.heading()}: —`;
    const last = points.at(-1)!;
    const lastName = last.toDate && ctx.result.progress ? ctx.periodText : last.period;
    const target = last.target === undefined ? '' : ` ${ctx.t.target}: ${ctx.format(last.target, unit)}.`;
    // One period is a value, not a change from itself.
    if (points.length === 1) return `${this.heading()}, ${lastName}: ${ctx.format(last.value, unit)}.${target}`;
    return `${this.heading()}, ${points[0]!.period} – ${lastName}: ${ctx.format(points[0]!.value, unit)} → ${ctx.format(last.value, unit)}.${target}`;
  }

  protected override renderVisual(ctx: RenderContext): TemplateResult {
    const running = this.#points(ctx).find((p) => p.toDate);
    // The projection in words too, for a reader who does not see the ghost point.
    const projected = running?.projected === undefined ? nothing : html` · ${ctx.t.projected} ${ctx.format(running.projected, this.definition.unit)}`;
    return html`${super.renderVisual(ctx)}${running ? html`<p class="note" part="note"><span aria-hidden="true">○ ┄</span> ${ctx.periodText}${projected}</p>` : nothing}`;
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    const unit = this.definition.unit;
    const points = this.#points(ctx);
    const { thisPeriod, lastYear } = ctx.t.seriesNames;
    // Last year in the legend only where the data has it (a new legend draws the chart anew).
    const series = points.some((p) => p.series === lastYear) ? [thisPeriod, lastYear] : [thisPeriod];
    return {
      chart: core().trendChart({ valueTitle: this.heading(), valueFormat: d3Format(unit), periodTitle: ctx.t.period, targetTitle: ctx.t.target, toDateTitle: ctx.t.toDate, projectedTitle: ctx.t.projected, series }),
      values: core().trendRows(points),
      locale: ctx.locale,
      currency: ctx.dataset.currency,
    };
  }

  protected override selection(ctx: RenderContext, datum: Record<string, unknown>): KpiSelectDetail | undefined {
    const period = datum.period;
    if (typeof period !== 'string' || !core().parsePeriod(period)) return undefined;
    return selectDetail(period, { metric: this.metric, channel: ctx.result.channel, where: ctx.result.where });
  }

  protected tableData(ctx: RenderContext): TableData {
    const unit = this.definition.unit;
    const points = this.#points(ctx);
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.period, ctx.t.series, ctx.t.value],
      // The targets too, a row each: the chart's dashed line, in words.
      rows: [...points, ...points.flatMap((p) => (p.target === undefined ? [] : [{ ...p, series: ctx.t.target, value: p.target, toDate: false }]))].map((p) => [{ raw: p.period, text: p.toDate ? ctx.periodText : p.period }, p.series, { value: p.value, unit }]),
    };
  }
}
