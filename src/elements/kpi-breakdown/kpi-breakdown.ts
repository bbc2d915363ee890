import { html, type TemplateResult } from 'lit';
import type { BreakdownRow } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import type { ChartInput } from '../charts/chart-controller.js';
import { d3Format } from '../charts/d3-format.js';
import { KpiChartElement } from '../charts/kpi-chart-element.js';
import { SingleMetric } from '../base/single-metric.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { messagesFor } from '../lazy/messages.js';
import { selectDetail, type KpiSelectDetail } from '../contract/events.js';
import { inSentence } from '../i18n/in-sentence.js';

/**
 * A metric by channel, or by any dimension the data declares (`by="segment"`), largest
 * first, within the element's view (`where`). Members where the metric cannot be computed
 * are listed in the text, not drawn as zero; data without a member of `by` is one more bar,
 * "Unassigned", so the bars sum to the view. At most 20 bars: beyond that the rest are one
 * "other" bar, computed from their summed facts (so a rate of the rest is a true rate); the
 * table and the CSV keep every member.
 *
 * @summary A metric by channel or by a dimension.
 * @tag kpi-breakdown
 * @fires {KpiSelectEvent} kpi-select - A member's bar was clicked: detail.where (the view and the member), channel (when by channel), metric and period (the "other" bar selects nothing).
 */
export class KpiBreakdown extends SingleMetric(KpiChartElement) {
  /** The dimension whose members are the bars. */
  get #by(): string {
    return this.by || 'channel';
  }

  protected override heading(ctx?: RenderContext): string {
    // The same title while loading as once loaded ("MQLs · channel", never "MQLs ·").
    const label = this.metricLabel(this.metric);
    const t = messagesFor(this.locale);
    const by = ctx ? core().attributeLabel(ctx.dataset, this.#by, ctx.locale, ctx.t.channel) : this.#by === 'channel' ? (t?.channel ?? '') : this.#by;
    return label && `${label} · ${inSentence(by)}`;
  }

  #sorted: { result: object; metric: string; by: string; locale: string; rows: Row[] } | undefined;

  /** Every member, largest first (members without a value last), labelled in the page's language; once per result and language, since 50,000 members are possible. */
  #rows(ctx: RenderContext): Row[] {
    const by = this.#by;
    if (this.#sorted?.result !== ctx.result || this.#sorted.metric !== this.metric || this.#sorted.by !== by || this.#sorted.locale !== ctx.locale) {
      const query = { metric: this.metric, mode: ctx.result.mode, by, ...(ctx.result.where && { where: ctx.result.where }) };
      const members = core().membersOf(ctx.dataset, query, ctx.result.interval.granularity);
      const rows = core()
        .metricByChannel(ctx.dataset, ctx.result.interval, query, members)
        .map((p) => ({ member: p.channel!, label: core().memberLabel(ctx, p.channel!), value: p.value }));
      this.#sorted = { result: ctx.result, metric: this.metric, by, locale: ctx.locale, rows: rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)) };
    }
    return this.#sorted.rows;
  }

  #other(ctx: RenderContext, count: number): string {
    return this.#by === 'channel' ? ctx.t.otherChannels(count) : ctx.t.others(count);
  }

  /** What the chart draws: the top members, and the rest as one bar of their summed facts. */
  #bars(ctx: RenderContext): BreakdownRow[] {
    const drawable = this.#rows(ctx).filter((r) => r.value !== null);
    const { shown, rest } = core().foldMembers(drawable, core().MAX_BARS);
    const bars = shown.map((r) => ({ channel: r.label, value: r.value! }));
    if (rest.length === 0) return bars;
    const others = this.#rows(ctx).slice(shown.length).map((r) => r.member);
    const query = { metric: this.metric, mode: ctx.result.mode, by: this.#by, ...(ctx.result.where && { where: ctx.result.where }) };
    const other = core().metricForChannels(ctx.dataset, ctx.result.interval, query, others).value;
    return other === null ? bars : [...bars, { channel: this.#other(ctx, others.length), value: other }];
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#rows(ctx).some((r) => r.value === null);
  }

  protected summary(ctx: RenderContext): string {
    const unit = this.definition.unit;
    const rows = this.#rows(ctx);
    // As drawn: every member while they fit, else the top ones and a count of the rest.
    const { shown } = core().foldMembers(rows, core().MAX_BARS);
    const named = shown.map((r) => `${r.label} ${ctx.format(r.value, unit)}`);
    const more = rows.length > shown.length ? `; ${this.#other(ctx, rows.length - shown.length)}` : '';
    return `${core().metricLabel(this.metric, ctx.locale, ctx.dataset.stageLabels)}, ${ctx.periodText}: ${named.join('; ')}${more}.`;
  }

  /** No member with a value: the sentence and the partial note say so, and no bare axis is drawn. */
  protected override renderVisual(ctx: RenderContext): TemplateResult {
    return this.#bars(ctx).length > 0 ? super.renderVisual(ctx) : html``;
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    const unit = this.definition.unit;
    const values = this.#bars(ctx);
    return {
      chart: core().breakdownChart({ valueTitle: core().metricLabel(this.metric, ctx.locale, ctx.dataset.stageLabels), valueFormat: d3Format(unit), channelTitle: core().attributeLabel(ctx.dataset, this.#by, ctx.locale, ctx.t.channel) }),
      values,
      locale: ctx.locale,
      currency: ctx.dataset.currency,
    };
  }

  protected override selection(ctx: RenderContext, datum: Record<string, unknown>): KpiSelectDetail | undefined {
    // Only a member of the data: the "other" bar is many, and the unassigned no where can name.
    const row = this.#rows(ctx).find((r) => r.label === datum.channel);
    if (!row || row.member === null) return undefined;
    const where = core().memberWhere(ctx, this.#by, row.member);
    return selectDetail(ctx.result.period, { ...(this.#by === 'channel' && { channel: row.member }), where, metric: this.metric });
  }

  protected tableData(ctx: RenderContext): TableData {
    const unit = this.definition.unit;
    const rows = this.#rows(ctx);
    return {
      caption: this.summary(ctx),
      columns: [core().attributeLabel(ctx.dataset, this.#by, ctx.locale, ctx.t.channel), core().metricLabel(this.metric, ctx.locale, ctx.dataset.stageLabels)],
      rows: rows.map((r) => [r.label, { value: r.value, unit }]),
    };
  }
}

/** One bar's member (null: unassigned), its label, and the metric's value there. */
interface Row {
  member: string | null;
  label: string;
  value: number | null;
}
