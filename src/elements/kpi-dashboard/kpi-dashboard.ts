import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Comparison, Mode } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { messagesFor } from '../lazy/messages.js';
import { jsonAttribute } from '../contract/data-attribute.js';
import { emit, type KpiErrorDetail, type KpiSelectEvent } from '../contract/events.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableCell, TableData } from '../views/render-context.js';
import { dashboardStyles } from './kpi-dashboard.styles.js';
import { props } from './widget-props.js';
import { defaultLayout, parseLayout, type DashboardLayout, type LayoutResult, type Widget } from './layout.js';

/** Elements whose channel choice sets the dashboard's channel. */
const DRILLS_CHANNEL = new Set(['kpi-breakdown', 'kpi-funnel', 'kpi-scorecard']);

/** The most channels the picker lists. */
const MAX_CHOICES = 200;

/**
 * The benchmarking dashboard that marketing and sales both read: Marketing, Sales,
 * Marketing & Sales and Economics, each split into performance and result indicators,
 * composed of the kit's elements. One data source for all of them (one request), and the
 * period, channel, counting mode and comparisons chosen inside the dashboard. The layout
 * adapts from a phone to a wall display; a JSON `layout` chooses what goes where.
 *
 * @summary The whole benchmarking dashboard, from one data source.
 * @tag kpi-dashboard
 * @attr layout - JSON: `{ "sections": [{ "group"?, "view"?: "by-channel", "title"?, "blocks": [{ "kind"?, "title"?, "widgets": [{ "element": "kpi-card", "metric": "cac" }] }] }] }`; default: built from the catalogue's groups and kinds.
 * @fires {KpiSelectEvent} kpi-select - A widget was activated (bubbles from the widgets, with the widget's detail). A channel chosen in the breakdown chart, the funnel's legend or the scorecard also sets the dashboard's channel; a period chosen on a trend, its period.
 * @csspart controls - The period, channel, mode and comparison controls.
 * @csspart section - One section.
 * @csspart drilled - "Showing channel …" and the way back to all channels, after a drill-down.
 */
export class KpiDashboard extends KpiElement {
  static override styles = [...KpiElement.styles, dashboardStyles];
  static override properties: PropertyDeclarations = {
    layout: { attribute: 'layout', converter: jsonAttribute },
  };

  /** Which widgets go where; default: built from the catalogue. */
  layout: unknown;

  protected override heading(ctx: RenderContext | undefined): string {
    return messagesFor(ctx?.locale ?? this.locale)?.dashboard.title ?? '';
  }

  protected summary(ctx: RenderContext): string {
    return `${ctx.periodText}, ${ctx.result.channel ?? ctx.t.allChannels}. ${ctx.t.mode[ctx.result.mode]}.`;
  }

  #parsed: { layout: unknown; result: LayoutResult } | undefined;

  /** The layout attribute or property, validated once per value (an update asks for it twice). */
  #parsedLayout(): LayoutResult {
    // The default follows the catalogue as it is now (a metric registered later joins it).
    if (this.layout === undefined) return { ok: true, layout: defaultLayout() };
    if (this.#parsed && this.#parsed.layout === this.layout) return this.#parsed.result;
    const result = parseLayout(this.layout);
    this.#parsed = { layout: this.layout, result };
    return result;
  }

  #layout(): DashboardLayout {
    const parsed = this.#parsedLayout();
    return parsed.ok ? parsed.layout : { sections: [] };
  }

  /** A layout that does not match its schema is named, with the path of its first problem; never an empty dashboard. */
  override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The dashboard is one element to its page: its widgets' loads stop here (the dashboard
    // announces its own), and their errors are re-emitted as the dashboard's.
    root.addEventListener('kpi-load', (event) => event.stopPropagation());
    // Drill-down: a channel chosen in a chart, the funnel's legend or the scorecard becomes
    // the dashboard's channel, a period chosen on a trend its period. The page still hears
    // every kpi-select: it bubbles on.
    root.addEventListener('kpi-select', (event) => this.#drill(event as KpiSelectEvent));
    root.addEventListener('kpi-error', (event) => {
      event.stopPropagation();
      emit(this, 'kpi-error', (event as CustomEvent<KpiErrorDetail>).detail);
    });
    return root;
  }

  #drill(event: KpiSelectEvent): void {
    const from = (event.target as Element).localName;
    const detail = event.detail;
    if (DRILLS_CHANNEL.has(from) && detail.stage === undefined) {
      this.channel = detail.channel;
      this.#announce = true;
    } else if (from === 'kpi-trend') this.period = detail.period;
  }

  /** Say which channel is shown after a drill-down (not on first render with a `channel` attribute). */
  #announce = false;

  #drilled(ctx: RenderContext): TemplateResult | typeof nothing {
    const channel = ctx.result.channel;
    if (channel === undefined) return nothing;
    return html`<p class="drilled" part="drilled" role=${this.#announce ? 'status' : nothing}>
      ${ctx.t.drilled(channel)} <button @click=${() => (this.channel = undefined)}>${ctx.t.allBack}</button>
    </p>`;
  }

  protected override problem(ctx: RenderContext): string | undefined {
    const parsed = this.#parsedLayout();
    return parsed.ok ? undefined : ctx.t.badLayout(parsed.problem);
  }

  #controls(ctx: RenderContext): TemplateResult {
    const w = ctx.t.dashboard;
    const periods = core().availablePeriods(ctx.dataset).reverse();
    const today = core().asOfDay(ctx.dataset);
    const compare = new Set<Comparison>(this.comparisons());
    const toggle = (c: Comparison, on: boolean) => {
      const next = new Set(compare);
      if (on) next.add(c);
      else next.delete(c);
      this.compare = [...next].join(' ');
    };
    return html`<form class="controls" part="controls" @submit=${(e: Event) => e.preventDefault()}>
      <label>${w.period}
        <select @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
          ${periods.map((p) => html`<option value=${p} ?selected=${p === ctx.result.period}>${core().periodLabel(p, core().progressOf(core().parsePeriod(p)!, today), ctx.locale)}</option>`)}
        </select>
      </label>
      <label>${w.channel}
        <select @change=${(e: Event) => (this.channel = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${ctx.result.channel === undefined}>${w.all}</option>
          ${this.#channelChoices(ctx).map((c) => html`<option value=${c} ?selected=${c === ctx.result.channel}>${c}</option>`)}
        </select>
      </label>
      <label>${w.mode}
        <select @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as Mode)}>
          <option value="period" ?selected=${ctx.result.mode === 'period'}>${w.flow}</option>
          ${ctx.dataset.leads ? html`<option value="cohort" ?selected=${ctx.result.mode === 'cohort'}>${w.cohort}</option>` : nothing}
        </select>
      </label>
      <fieldset>
        <legend>${w.compare}</legend>
        ${core().COMPARISONS.map(
          (c) => html`<label><input type="checkbox" .checked=${compare.has(c)} @change=${(e: Event) => toggle(c, (e.target as HTMLInputElement).checked)} /> ${w[c]}</label>`,
        )}
      </fieldset>
    </form>`;
  }

  /**
   * The channels the picker offers: all of them while they are few; beyond MAX_CHOICES, the
   * ones with the most leads in the period (and the one chosen), so 50,000 channels never
   * become 50,000 options. Any channel can still be set by the `channel` attribute.
   */
  #channelChoices(ctx: RenderContext): string[] {
    const channels = core().channelsOf(ctx.dataset);
    if (channels.length <= MAX_CHOICES) return channels;
    const top = core().channelsByLeads(ctx.dataset, ctx.result.interval, ctx.result.mode, channels).slice(0, MAX_CHOICES);
    const chosen = ctx.result.channel;
    return chosen !== undefined && !top.includes(chosen) ? [chosen, ...top] : top;
  }

  /** A widget, given the dashboard's dataset and choices: children make no request. */
  #widget(ctx: RenderContext, widget: Widget, headingLevel: number): TemplateResult | TemplateResult[] {
    // What every widget gets; a channel and comparisons only where the widget reads them
    // (a breakdown, a scorecard and an SLA gauge span every channel).
    const shown = { data: ctx.dataset, period: ctx.result.period, mode: ctx.result.mode, theme: this.theme, density: this.density, headingLevel };
    const filtered = { ...shown, channel: ctx.result.channel };
    const compared = { ...filtered, compare: this.compare };
    switch (widget.element) {
      case 'kpi-card':
        return html`<kpi-card ${props({ ...compared, metric: widget.metric })}></kpi-card>`;
      case 'kpi-trend':
        return html`<kpi-trend class="wide" ${props({ ...filtered, metric: widget.metric })}></kpi-trend>`;
      case 'kpi-breakdown':
        return html`<kpi-breakdown class="wide" ${props({ ...shown, metric: widget.metric })}></kpi-breakdown>`;
      case 'kpi-benchmark':
        return html`<kpi-benchmark class="wide" ${props({ ...filtered, metrics: widget.metrics ?? '' })}></kpi-benchmark>`;
      case 'kpi-funnel':
        return html`<kpi-funnel class="wide" ${props({ ...compared, split: widget.split ?? false })}></kpi-funnel>`;
      case 'economics-card':
        return html`<economics-card class="wide" ${props(compared)}></economics-card>`;
      case 'kpi-scorecard':
        return html`<kpi-scorecard class="full" ${props({ ...shown, compare: this.compare, metrics: widget.metrics ?? '' })}></kpi-scorecard>`;
      case 'sla-gauge': {
        const ids = widget.sla ? [widget.sla] : ctx.dataset.slas.map((s) => s.id);
        return ids.map((sla) => html`<sla-gauge ${props({ ...shown, sla })}></sla-gauge>`);
      }
    }
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    return html`${this.#controls(ctx)}${this.#drilled(ctx)}
      ${this.#layout().sections.map(
        (section) => html`<section part="section">
          <h4>${section.title ?? (section.group ? ctx.t.groups[section.group] : section.view ? ctx.t.byChannel : '')}</h4>
          ${section.blocks.map(
            (block) => html`${block.title || block.kind ? html`<h5>${block.title ?? ctx.t.kinds[block.kind!]}</h5>` : nothing}
              <div class="grid">${block.widgets.map((w) => this.#widget(ctx, w, block.title || block.kind ? 6 : 5))}</div>`,
          )}
        </section>`,
      )}`;
  }

  /** The whole metric set, a row per metric: raw in the CSV, formatted for the locale on screen. */
  protected tableData(ctx: RenderContext): TableData {
    const metrics = Object.values(ctx.result.metrics);
    const fmt = { locale: ctx.locale, currency: ctx.dataset.currency };
    const rows = core().reportRows(ctx.result, ctx.locale).map((row, r): TableCell[] => {
      const m = metrics[r]!;
      return row.map((cell, c): TableCell => {
        if (cell === null || cell === undefined || cell === '') return null;
        switch (core().REPORT_COLUMNS[c]) {
          case 'value':
          case 'previous':
          case 'target':
          case 'target_expected':
            return { value: cell as number, unit: m.unit };
          case 'attainment':
            return { value: cell as number, unit: 'rate' };
          case 'delta':
            return { raw: cell, text: core().formatDelta(m.previous!, m.unit, fmt) };
          case 'reason':
            return { raw: cell, text: core().REASON_TEXT[m.reason!][ctx.locale] };
          case 'status':
            return { raw: cell, text: core().verdictText(m.status, ctx.locale) };
          case 'benchmark_verdict':
            return { raw: cell, text: core().BENCHMARK_VERDICT_TEXT[m.benchmark!.verdict][ctx.locale] };
          default:
            return typeof cell === 'number' ? { raw: cell, text: String(cell) } : String(cell);
        }
      });
    });
    return { caption: this.summary(ctx), columns: [...core().REPORT_COLUMNS], rows };
  }
}
