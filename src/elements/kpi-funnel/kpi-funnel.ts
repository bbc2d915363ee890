import { html, nothing, type PropertyDeclarations, svg, type TemplateResult } from 'lit';
import type { MetricResult, Stage } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { messagesFor } from '../lazy/messages.js';
import { emit, selectDetail } from '../contract/events.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import type { MemberValues } from '../views/members.js';
import { funnelStyles } from './kpi-funnel.styles.js';
import { SERIES_COUNT } from '../contract/tokens.js';

/** The conversion metric from the stage before to this one. */
const STEP_METRIC: Record<Stage, string | undefined> = {
  leads: 'visitor_to_lead',
  mqls: 'lead_to_mql',
  sqls: 'mql_to_sql',
  opportunities: 'sql_to_opportunity',
  customers: 'opportunity_to_customer',
};

/** One colour per channel segment: the charts' category colours. */

interface StageRow {
  stage: Stage;
  label: string;
  metric: MetricResult;
  count: number | null;
  ofPrevious: number | null;
  ofFirst: number | null;
  dropOff: number | null;
}

/** A split's segments: each member's counts by stage (member undefined: the "other" segment of the rest). */
type ChannelCounts = MemberValues[];

const share = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);

/**
 * The funnel from leads to customers: counts, % of the previous step, % of the first step
 * and drop-off, in the counting mode it says it uses; optionally split by channel, with the
 * benchmark band of each step and the previous period marked. Navigable by keyboard:
 * arrows move between stages, Enter or Space selects one (`kpi-select`).
 *
 * @summary Leads → MQLs → SQLs → opportunities → customers, with conversions.
 * @tag kpi-funnel
 * @attr split - Split each stage by channel, or by the dimension named in `by`.
 * @fires {KpiSelectEvent} kpi-select - A stage was chosen: detail.stage, period, channel and where; or, split, a member of the legend: detail.where (and channel when split by channel) and period.
 * @csspart stage - One stage's row (its button, and the conversions below it).
 * @csspart bar - A stage's bar.
 */
export class KpiFunnel extends KpiElement {
  static override styles = [...KpiElement.styles, funnelStyles];
  static override properties: PropertyDeclarations = {
    split: { type: Boolean },
  };

  /** Split each stage's bar by channel. */
  split = false;

  #rows(ctx: RenderContext): StageRow[] {
    const rows: StageRow[] = [];
    let first: number | null = null;
    let previous: number | null = null;
    for (const stage of core().STAGES) {
      const metric = ctx.result.metrics[stage]!;
      const count = metric.value;
      if (first === null) first = count;
      rows.push({
        stage,
        label: core().stageName(stage, ctx.locale, ctx.dataset.stageLabels),
        metric,
        count,
        ofPrevious: stage === 'leads' ? null : share(count, previous),
        ofFirst: stage === 'leads' ? null : share(count, first),
        dropOff: stage === 'leads' || count === null || previous === null ? null : previous - count,
      });
      previous = count;
    }
    return rows;
  }

  protected override heading(ctx: RenderContext | undefined): string {
    return messagesFor(ctx?.locale ?? this.locale)?.headings.funnel ?? '';
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#rows(ctx).some((r) => r.count === null);
  }

  protected summary(ctx: RenderContext): string {
    const rows = this.#rows(ctx);
    const path = rows.map((r) => `${ctx.format(r.count, 'count')} ${r.label}`).join(' → ');
    const overall = share(rows.at(-1)!.count, rows[0]!.count);
    const overallText = overall === null ? '' : ` (${core().formatPercent(overall, { locale: ctx.locale })} ${ctx.t.ofFirst})`;
    return `${ctx.periodText}, ${core().viewText(ctx)}: ${path}${overallText}. ${ctx.t.mode[ctx.result.mode]}.`;
  }

  /** A legend's member chosen: its view (the legend offers no button for "other" or the unassigned). */
  #selectMember(ctx: RenderContext, member: string): void {
    emit(this, 'kpi-select', selectDetail(ctx.result.period, core().memberSelection(ctx, this.by || 'channel', member)!));
  }

  #bar(row: StageRow, max: number, split: ChannelCounts): TemplateResult {
    const scale = (v: number) => (max === 0 ? 0 : (v / max) * 100);
    const previous = row.metric.previous?.value ?? null;
    let x = 0;
    const segments = split.length
      ? split.map((c, i) => {
          const width = scale(c.values[row.stage] ?? 0);
          const rect = svg`<rect x=${x} y="2" width=${width} height="12" fill=${`var(--_series-${(i % SERIES_COUNT) + 1})`} />`;
          x += width;
          return rect;
        })
      : [svg`<rect x="0" y="2" width=${scale(row.count ?? 0)} height="12" rx="2" fill="var(--_accent)" />`];
    return svg`<svg class="bar" part="bar" viewBox="0 0 100 16" preserveAspectRatio="none" width="100%" height="16" aria-hidden="true" focusable="false">
      <rect x="0" y="2" width="100" height="12" fill="var(--_track)" />
      ${segments}
      ${previous === null ? '' : svg`<line x1=${scale(previous)} x2=${scale(previous)} y1="0" y2="16" stroke="var(--_text)" stroke-width="1.5" vector-effect="non-scaling-stroke" stroke-dasharray="2 2" />`}
    </svg>`;
  }

  #conversion(ctx: RenderContext, row: StageRow): TemplateResult | typeof nothing {
    if (row.stage === 'leads') {
      const visitors = ctx.result.metrics.visitors!;
      const rate = ctx.result.metrics.visitor_to_lead!;
      return visitors.value === null ? nothing : html`${ctx.format(visitors.value, 'count')} ${core().withStageNames(core().STAGE_TEXT.visitors[ctx.locale].toLowerCase(), ctx.locale, ctx.dataset.stageLabels)} · ${ctx.format(rate.value, 'rate')}`;
    }
    const fmt = { locale: ctx.locale };
    const step = STEP_METRIC[row.stage] ? ctx.result.metrics[STEP_METRIC[row.stage]!] : undefined;
    const parts = [
      `${row.ofPrevious === null ? '—' : core().formatPercent(row.ofPrevious, fmt)} ${ctx.t.ofPrevious}`,
      `${row.ofFirst === null ? '—' : core().formatPercent(row.ofFirst, fmt)} ${ctx.t.ofFirst}`,
      `${ctx.t.dropOff} ${ctx.format(row.dropOff, 'count')}`,
    ];
    return html`${parts.join(' · ')}${step?.benchmark ? html` · ${core().benchmarkText(ctx, step)}` : nothing}`;
  }

  #onKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.stage')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]!.focus();
  }

  /** The previous-period marker's legend: which window it shows ("vs 2026-02 to day 18"). */
  #previousNote(ctx: RenderContext, rows: StageRow[]): TemplateResult | typeof nothing {
    const previous = rows.find((r) => r.metric.previous)?.metric.previous;
    return previous ? html` · <span aria-hidden="true">┆</span> ${core().previousLabel(previous, ctx.locale)}` : nothing;
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    const rows = this.#rows(ctx);
    const split = this.split ? core().memberSplit(ctx, this.by || 'channel', core().STAGES, SERIES_COUNT) : [];
    const max = Math.max(0, ...rows.map((r) => Math.max(r.count ?? 0, r.metric.previous?.value ?? 0)));
    return html`
      <ol @keydown=${this.#onKey}>
        ${rows.map(
          (row, i) => html`<li part="stage">
            <button
              class="stage"
              tabindex=${i === 0 ? 0 : -1}
              @click=${() => emit(this, 'kpi-select', selectDetail(ctx.result.period, { stage: row.stage, metric: row.stage, channel: ctx.result.channel, where: ctx.result.where }))}
            >
              <span class="label">${row.label}</span>
              ${this.#bar(row, max, split)}
              <span class="count">${ctx.format(row.count, 'count')}</span>
            </button>
            <p class="conv">${row.metric.status === 'neutral' ? nothing : html`${this.statusBadge(row.metric.status)} · `}${this.#conversion(ctx, row)}</p>
            ${core().stageNotes(ctx, row.stage)}
          </li>`,
        )}
      </ol>
      ${split.length
        ? html`<ul class="legend" aria-label=${core().attributeLabel(ctx.dataset, this.by || 'channel', ctx.locale, ctx.t.channel)}>
            ${split.map((c, i) => {
                const swatch = svg`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" rx="2" fill=${`var(--_series-${(i % SERIES_COUNT) + 1})`} /></svg>`;
                // A member is a view to go to; the unassigned and "other" are not one: words, not a button that does nothing.
                const { member } = c;
                return html`<li>
                  ${member == null
                    ? html`<span class="channel">${swatch}${c.label}</span>`
                    : html`<button class="channel" @click=${() => this.#selectMember(ctx, member)}>${swatch}${c.label}</button>`}
                </li>`;
              })}
          </ul>`
        : nothing}
      <p class="note">${ctx.t.mode[ctx.result.mode]}${this.#previousNote(ctx, rows)}</p>
    `;
  }

  protected tableData(ctx: RenderContext): TableData {
    const rows = this.#rows(ctx);
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.stage, ctx.t.count, ctx.t.ofPrevious, ctx.t.ofFirst, ctx.t.dropOff, rows[0]?.metric.previous ? core().previousLabel(rows[0].metric.previous, ctx.locale) : ctx.t.previousPeriod, ctx.t.status],
      rows: rows.map((r) => [
        r.label,
        { value: r.count, unit: 'count' },
        { value: r.ofPrevious, unit: 'rate' },
        { value: r.ofFirst, unit: 'rate' },
        { value: r.dropOff, unit: 'count' },
        { value: r.metric.previous?.value ?? null, unit: 'count' },
        { raw: r.metric.status, text: core().statusText(r.metric, ctx.locale) },
      ]),
    };
  }
}
