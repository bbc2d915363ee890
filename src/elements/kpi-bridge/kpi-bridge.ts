import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Against, BridgeBar, BridgeKey, Locale, MixRate, PreviousComparison, Reason, Unit } from '../../core/kit.js';
import { bridgeChunk } from '../lazy/bridge.js';
import type { BridgeWords } from '../i18n/bridge-words.js';
import { core } from '../lazy/core.js';
import { emit, selectDetail, type KpiSelectDetail } from '../contract/events.js';
import type { ChartInput } from '../charts/chart-controller.js';
import { benchmarkColors } from '../charts/chart-theme.js';
import { d3Format } from '../charts/d3-format.js';
import { KpiChartElement } from '../charts/kpi-chart-element.js';
import { SingleMetric } from '../base/single-metric.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { bridgeStyles } from './kpi-bridge.styles.js';
import { inSentence } from '../i18n/in-sentence.js';

const AGAINST: readonly Against[] = ['previous', 'target'];


/** One step of the bridge: a driver's contribution (or the mix's, or the rate's). */
interface Step {
  key: string;
  label: string;
  /** The driver's reference and its value now, in `unit`; null for mix and rate. */
  from: number | null;
  to: number | null;
  unit: Unit | null;
  contribution: number;
}

/** What the element shows: a bridge (or a mix-and-rate split), or why there is none. */
interface Model {
  from: number | null;
  to: number | null;
  method: 'lmdi' | 'shapley' | 'mix-rate' | null;
  steps: Step[];
  /** The drivers compared with the previous period though the bridge is against targets (they have none). */
  withoutTarget?: string[];
  reason?: Reason;
  unknown?: string;
  /** The previous period, when the driver is unknown there (see Bridge). */
  unknownReference?: string;
  members?: MixRate['members'];
  /** Why the query cannot be asked at all (an unknown dimension to split by). */
  error?: string;
}

/**
 * Why a metric moved: its change from a reference (the previous period, to the same day
 * while the period runs, or the targets) to its value, as a waterfall with one bar per
 * driver of the metric's chain (customers = leads × lead-to-MQL × MQL-to-SQL ×
 * SQL-to-opportunity × opportunity-to-customer). The contributions add up exactly to the
 * change (LMDI when every factor is positive, else Shapley, named under the chart); each
 * bar is coloured by whether it helped or hurt the metric and written in words too
 * ("MQL-to-SQL rate +1.6 pp: +0.28 new customers"). With `by`, a rate's change is split
 * into mix and rate across the dimension's members, listed in the table.
 *
 * @summary A metric's change from its reference, driver by driver, as a waterfall.
 * @tag kpi-bridge
 * @attr metric - A metric that is a product of others: `customers` (default), `revenue`, `mqls`, `leads`; with `by`, a rate (`mql_to_sql`, …).
 * @attr against - `previous` (default) or `target`.
 * @attr by - A dimension: splits a rate metric's change into mix and rate across its members.
 * @fires {KpiSelectEvent} kpi-select - A driver's bar was clicked: detail.metric (the driver's id), period, and the view (channel, where).
 * @csspart note - The reference, the value and the period in words.
 * @csspart method - The method that split the change, named.
 * @csspart steps - Each bar in words, top to bottom.
 */
export class KpiBridge extends SingleMetric(KpiChartElement) {
  static override styles = [...KpiChartElement.styles, bridgeStyles];
  static override properties: PropertyDeclarations = {
    against: {},
  };

  /** `previous` (default) or `target`. */
  against = 'previous';
  constructor() {
    super();
    this.metric = 'customers';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    bridgeChunk.load(this);
  }

  /** Beside the core, what a server-rendered bridge waits for before its first update on the page (inbound-kpi-kit/hydrate). */
  protected ownChunk(): Promise<unknown> {
    return bridgeChunk.load();
  }

  #t(ctx: RenderContext): BridgeWords {
    return bridgeChunk.api!.BRIDGE_WORDS[ctx.locale];
  }

  /** Nothing to show (the loading state) until the bridge's own code is in too. */
  protected override context(): RenderContext | undefined {
    return bridgeChunk.api ? super.context() : undefined;
  }

  #against(): Against | undefined {
    const against = (this.against ?? '').trim() || 'previous';
    return AGAINST.find((a) => a === against);
  }

  #by(): string {
    return (this.by ?? '').trim();
  }

  protected override problem(ctx: RenderContext): string | undefined {
    const unknown = super.problem(ctx);
    if (unknown) return unknown;
    const words = this.#t(ctx);
    if (!this.#against()) return words.unknownAgainst(this.against);
    if (this.#by()) {
      if (!bridgeChunk.api!.RATE_PARTS[this.metric]) return words.notRate(this.metric, Object.keys(bridgeChunk.api!.RATE_PARTS));
      const error = this.#model(ctx).error;
      return error ? words.unknownBy(error) : undefined;
    }
    if (!core().driversOf(this.metric)) return words.notChain(this.metric, Object.keys(bridgeChunk.api!.CHAINS));
    return undefined;
  }

  protected override heading(ctx?: RenderContext): string {
    const words = bridgeChunk.api?.BRIDGE_WORDS[ctx?.locale ?? this.locale];
    const label = super.heading(ctx);
    return words ? words.heading(label) : label;
  }

  #memo: { result: object; key: string; model: Model } | undefined;

  /** The bridge of the element's metric, view and period: once per result and attributes. */
  #model(ctx: RenderContext): Model {
    const by = this.#by();
    const against = this.#against() ?? 'previous';
    const key = `${this.metric}|${against}|${by}|${ctx.locale}`;
    if (this.#memo?.result === ctx.result && this.#memo.key === key) return this.#memo.model;
    const query = { period: ctx.result.period, mode: ctx.result.mode, ...(ctx.result.where && { where: ctx.result.where }) };
    let model: Model;
    try {
      if (by) {
        const split = bridgeChunk.api!.explainBy(ctx.dataset, { ...query, metric: this.metric, by });
        const steps: Step[] =
          split.mix === null || split.rate === null
            ? []
            : [
                { key: 'mix', label: this.#t(ctx).mix, from: null, to: null, unit: null, contribution: split.mix },
                { key: 'rate', label: this.#t(ctx).rate, from: null, to: null, unit: null, contribution: split.rate },
              ];
        model = { from: split.from, to: split.to, method: split.from === null ? null : 'mix-rate', steps, members: split.members, ...(split.reason && { reason: split.reason }) };
      } else {
        const bridge = bridgeChunk.api!.explain(ctx.dataset, { ...query, metric: this.metric, against });
        model = {
          from: bridge.from,
          to: bridge.to,
          method: bridge.method,
          steps: bridge.contributions.map((c) => ({ key: c.driver, label: this.metricLabel(c.driver), from: c.from, to: c.to, unit: core().getMetric(c.driver)?.unit ?? 'count', contribution: c.contribution })),
          withoutTarget: against === 'target' ? bridge.contributions.filter((c) => c.reference === 'previous').map((c) => this.metricLabel(c.driver)) : [],
          ...(bridge.reason && { reason: bridge.reason }),
          ...(bridge.unknown && { unknown: bridge.unknown }),
          ...(bridge.unknownReference && { unknownReference: bridge.unknownReference }),
        };
      }
    } catch (error) {
      if (!(error instanceof core().KpiQueryError)) throw error;
      model = { from: null, to: null, method: null, steps: [], error: error.message };
    }
    this.#memo = { result: ctx.result, key, model };
    return model;
  }

  /** Why there is no bridge to draw, in words; undefined when there is one. */
  #nothing(ctx: RenderContext): string | undefined {
    const model = this.#model(ctx);
    if (model.method !== null && model.from !== null && model.to !== null) return undefined;
    const metric = this.metricLabel(this.metric);
    const reason = core().REASON_TEXT[model.reason ?? 'no-data'][ctx.locale];
    if (model.unknownReference) return this.#t(ctx).noReference(metric, model.unknownReference);
    if (model.unknown) return this.#t(ctx).none(metric, this.metricLabel(model.unknown), reason);
    return this.#t(ctx).noSplit(metric, reason);
  }

  /** The metric's unit: that of its values and of the contributions. */
  get #unit(): Unit {
    return this.definition.unit;
  }

  /** A contribution, signed, as the chart and the words show it: a count to two decimals ("+0.28"), a rate in points, money in its currency. */
  #signed(ctx: RenderContext, value: number): string {
    return signedValue(value, this.#unit, ctx.locale, ctx.dataset.currency);
  }

  /** A total (the reference or the value): counts to two decimals when they are not whole (a product of targets), else as every element shows them. */
  #total(ctx: RenderContext, value: number | null): string {
    if (value !== null && this.#unit === 'count' && Math.abs(value - Math.round(value)) > 1e-6) return new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2 }).format(value);
    return ctx.format(value === null ? null : this.#unit === 'count' ? Math.round(value * 1e6) / 1e6 : value, this.#unit);
  }

  /** A driver's move ("+1.6 pp", "+12"): in points for a rate. */
  #move(ctx: RenderContext, step: Step): string {
    if (step.from === null || step.to === null || step.unit === null) return '';
    const rate = step.unit === 'rate';
    const comparison = { delta: rate ? (step.to - step.from) * 100 : step.to - step.from, deltaUnit: rate ? 'pp' : 'unit' } as PreviousComparison;
    return core().formatDelta(comparison, step.unit, { locale: ctx.locale, currency: ctx.dataset.currency });
  }

  /** Whether a contribution helps the metric: raising one whose polarity is up, or lowering one whose polarity is down. */
  #kind(value: number): BridgeKey {
    const up = this.definition.polarity !== 'down';
    return value === 0 ? 'total' : value > 0 === up ? 'good' : 'bad';
  }

  /** "MQL-to-SQL rate +1.6 pp: +0.28 new customers". */
  #words(ctx: RenderContext, step: Step): string {
    const move = this.#move(ctx, step);
    const what = this.#unit === 'count' ? ` ${inSentence(this.metricLabel(this.metric))}` : '';
    return `${step.label}${move ? ` ${move}` : ''}: ${this.#signed(ctx, step.contribution)}${what}`;
  }

  /** The reference's name: a target only when some driver had one (a driver without one starts from its previous value). */
  #referenceLabel(ctx: RenderContext): string {
    const model = this.#model(ctx);
    const targets = !this.#by() && this.#against() === 'target' && model.withoutTarget!.length < model.steps.length;
    return this.#t(ctx).reference[targets ? 'target' : 'previous'];
  }

  /** The bars, top to bottom: the reference, each step from the running total, the value. */
  #bars(ctx: RenderContext): BridgeBar[] {
    const model = this.#model(ctx);
    const from = model.from!;
    const to = model.to!;
    const bars: BridgeBar[] = [{ key: 'from', label: this.#referenceLabel(ctx), start: 0, end: from, edge: Math.max(0, from), kind: 'total', note: this.#total(ctx, from), detail: '' }];
    let running = from;
    for (const step of model.steps) {
      const end = running + step.contribution;
      bars.push({ key: step.key, label: step.label, start: running, end, edge: Math.max(running, end), kind: this.#kind(step.contribution), note: this.#signed(ctx, step.contribution), detail: this.#move(ctx, step) });
      running = end;
    }
    bars.push({ key: 'to', label: this.#t(ctx).now, start: 0, end: to, edge: Math.max(0, to), kind: 'total', note: this.#total(ctx, to), detail: '' });
    return bars;
  }

  #methodText(ctx: RenderContext): string {
    const model = this.#model(ctx);
    const words = this.#t(ctx);
    if (model.method === 'mix-rate') return words.mixRate(core().attributeLabel(ctx.dataset, this.#by(), ctx.locale, ctx.t.channel));
    const method = words.method(model.method === 'shapley' ? 'Shapley' : 'LMDI');
    return model.withoutTarget?.length ? `${words.noTarget(new Intl.ListFormat(ctx.locale).format(model.withoutTarget))} ${method}` : method;
  }

  /** "New customers from 10 (Previous period) to 12, 2026-02". */
  #lead(ctx: RenderContext): string {
    const model = this.#model(ctx);
    return this.#t(ctx).summary(this.metricLabel(this.metric), this.#total(ctx, model.from), this.#referenceLabel(ctx).toLocaleLowerCase(ctx.locale), this.#total(ctx, model.to), ctx.periodText);
  }

  protected summary(ctx: RenderContext): string {
    const nothing = this.#nothing(ctx);
    if (nothing) return `${this.heading(ctx)}, ${ctx.periodText}: ${nothing}`;
    const model = this.#model(ctx);
    return `${this.#lead(ctx)}: ${model.steps.map((step) => this.#words(ctx, step)).join('; ')}. ${this.#methodText(ctx)}`;
  }

  protected override get summaryVisible(): boolean {
    return false;
  }

  protected override renderVisual(ctx: RenderContext): TemplateResult {
    const nothing = this.#nothing(ctx);
    if (nothing) return html`<div class="state" role="status" part="empty"><strong>${nothing}</strong></div>`;
    const model = this.#model(ctx);
    return html`<p class="note" part="note">${this.#lead(ctx)}</p>
      ${super.renderVisual(ctx)}
      <ul class="steps" part="steps">
        ${model.steps.map((step) => {
          // A driver's line does what a click on its bar does (a dashboard opens its trend), from the keyboard too.
          const detail = this.selection(ctx, { key: step.key });
          const words = this.#words(ctx, step);
          return html`<li class=${this.#kind(step.contribution)}>${detail ? html`<button class="step" @click=${() => emit(this, 'kpi-select', detail)}>${words}</button>` : words}</li>`;
        })}
      </ul>
      <p class="method" part="method">${this.#methodText(ctx)}</p>`;
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    const words = this.#t(ctx);
    const { colors } = benchmarkColors(this);
    return {
      chart: bridgeChunk.api!.bridgeChart({ valueTitle: this.metricLabel(this.metric), valueFormat: d3Format(this.#unit), driverTitle: words.driver, changeTitle: words.change, colors }),
      values: this.#nothing(ctx) ? [] : this.#bars(ctx),
      locale: ctx.locale,
      currency: ctx.dataset.currency,
    };
  }

  protected override selection(ctx: RenderContext, datum: Record<string, unknown>): KpiSelectDetail | undefined {
    const key = datum.key;
    if (this.#by() || typeof key !== 'string' || !this.#model(ctx).steps.some((step) => step.key === key)) return undefined;
    return selectDetail(ctx.result.period, { metric: key, channel: ctx.result.channel, where: ctx.result.where });
  }

  protected tableData(ctx: RenderContext): TableData {
    const words = this.#t(ctx);
    const caption = this.summary(ctx);
    if (this.#nothing(ctx)) return { caption, columns: [words.driver, words.contribution], rows: [] };
    const model = this.#model(ctx);
    const signed = (value: number) => ({ raw: value, text: this.#signed(ctx, value) });
    if (model.members) {
      const points = (value: number) => ({ raw: value, text: signedValue(value, 'rate', ctx.locale) });
      return {
        caption,
        columns: [words.member, words.shareFrom, words.shareTo, words.rateFrom, words.rateTo, words.mix, words.rateEffect],
        rows: model.members.map((m) => [
          m.value ?? ctx.t.unassigned,
          { value: m.weightFrom, unit: 'rate' },
          { value: m.weightTo, unit: 'rate' },
          { value: m.rateFrom, unit: 'rate' },
          { value: m.rateTo, unit: 'rate' },
          points(m.mix),
          points(m.rate),
        ]),
      };
    }
    const unit = this.#unit;
    return {
      caption,
      columns: [words.driver, words.from, words.to, words.change, words.contribution],
      rows: [
        [{ raw: 'from', text: this.#referenceLabel(ctx) }, null, null, null, { raw: model.from, text: this.#total(ctx, model.from) }],
        ...model.steps.map((step) => [{ raw: step.key, text: step.label }, { value: step.from, unit: step.unit ?? unit }, { value: step.to, unit: step.unit ?? unit }, this.#move(ctx, step), signed(step.contribution)]),
        [{ raw: 'to', text: words.now }, null, null, null, { raw: model.to, text: this.#total(ctx, model.to) }],
      ],
    };
  }
}

/** A signed change in a unit: a count to two decimals ("+0.28"), a rate in points ("+1.6 pp"), anything else as the unit formats it, with its sign. */
function signedValue(value: number, unit: Unit, locale: Locale, currency?: string): string {
  if (unit === 'count') return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
  const comparison = { delta: unit === 'rate' ? value * 100 : value, deltaUnit: unit === 'rate' ? 'pp' : 'unit' } as PreviousComparison;
  return core().formatDelta(comparison, unit, { locale, currency });
}
