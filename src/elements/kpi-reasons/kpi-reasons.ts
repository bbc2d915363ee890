import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { FailureKind, ReasonBar, ReasonRow, ReasonsResult, TeamKey } from '../../core/kit.js';
import { core, coreNow } from '../lazy/core.js';
import { reasonsChunk } from '../lazy/reasons.js';
import type { ReasonsWords } from '../i18n/reasons-words.js';
import { selectDetail, type KpiSelectDetail } from '../contract/events.js';
import type { ChartInput } from '../charts/chart-controller.js';
import { KpiChartElement } from '../charts/kpi-chart-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { reasonsStyles } from './kpi-reasons.styles.js';

type Kind = FailureKind | 'all';
/** The kinds `kind` takes ('' is all). */
const KINDS: readonly Kind[] = ['all', 'rejected', 'disqualified', 'lost'];
/** The running share that the few reasons above the dashed rule reach (the Pareto cut-off). */
const CUTOFF = 0.8;

/**
 * Why leads and deals fail: failures by reason within the element's view (`where`,
 * `channel`), largest first, as a Pareto. Each bar is in the colour of the team its reason
 * points at (the dataset's `reasons[].owner`) with the team and its share written beside
 * it; a dashed rule runs under the few reasons that make up 80% of the failures; and a
 * sentence weighs the two teams ("41% of failures point at marketing's work, 59% at
 * sales'"). Failures without a reason, or with a code the dataset does not declare, are
 * bars of no team, left out of that sentence's shares. At most 20 bars (the rest are one);
 * the table and the CSV keep every reason.
 *
 * @summary Failures by reason, each bar in the colour of the team it points at.
 * @tag kpi-reasons
 * @attr kind - Which failures: `rejected` (MQLs sales turned down), `disqualified` (leads ruled out), `lost` (deals), or `all` (default). Data of summary rows whose `reasons` do not say how leads failed can only show `all`.
 * @fires {KpiSelectEvent} kpi-select - A reason's bar was clicked: detail.reason (its code; '' for failures without one), period, and the view (channel, where). The bar of the rest selects nothing.
 * @csspart headline - The sentence weighing marketing's and sales' shares of the failures.
 * @csspart legend - The teams' colours and the dashed rule, in words.
 */
export class KpiReasons extends KpiChartElement {
  static override styles = [...KpiChartElement.styles, reasonsStyles];
  static override properties: PropertyDeclarations = {
    kind: {},
  };

  /** `rejected`, `disqualified`, `lost` or `all` (default). */
  kind = 'all';

  /** The kind asked for; undefined when it is none of them. */
  #kind(): Kind | undefined {
    const kind = (this.kind ?? '').trim() || 'all';
    return KINDS.find((k) => k === kind);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    reasonsChunk.load(this);
  }

  /** Its own words, which come with its chunk. */
  #w(ctx: RenderContext): ReasonsWords {
    return reasonsChunk.api!.REASONS_WORDS[ctx.locale];
  }

  /** Nothing to show (the loading state) until the element's own code is in too. */
  protected override context(): RenderContext | undefined {
    return reasonsChunk.api ? super.context() : undefined;
  }

  /** Beside the core, what a server-rendered element waits for before its first update on the page (inbound-kpi-kit/hydrate). */
  protected ownChunk(): Promise<unknown> {
    return reasonsChunk.load();
  }

  protected override problem(ctx: RenderContext): string | undefined {
    return this.#kind() ? undefined : this.#w(ctx).unknownKind(this.kind);
  }

  /** What failed ("rejected MQLs"), in the dataset's stage names. */
  #what(words: string): string {
    const loaded = coreNow();
    return loaded ? loaded.withStageNames(words, this.locale, this.currentDataset?.stageLabels) : words;
  }

  protected override heading(ctx?: RenderContext): string {
    const words = reasonsChunk.api?.REASONS_WORDS[ctx?.locale ?? this.locale];
    return capitalised(words?.byReason(this.#what(words.what[this.#kind() ?? 'all'])) ?? '');
  }

  /** What the total counts, as a label: "Lost deals" for kind="lost", "Failures" for all. */
  #counted(words: ReasonsWords): string {
    return capitalised(this.#what(words.what[this.#kind() ?? 'all']));
  }

  #memo: { result: object; kind: Kind; locale: string; reasons: ReasonsResult } | undefined;

  /** The failures by reason of the element's view and kind: once per result. */
  #reasons(ctx: RenderContext): ReasonsResult {
    const kind = this.#kind() ?? 'all';
    if (this.#memo?.result !== ctx.result || this.#memo.kind !== kind || this.#memo.locale !== ctx.locale) {
      const query = { mode: ctx.result.mode, kind, ...(ctx.result.where && { where: ctx.result.where }) };
      this.#memo = { result: ctx.result, kind, locale: ctx.locale, reasons: reasonsChunk.api!.failuresByReason(ctx.dataset, ctx.result.interval, query, ctx.locale) };
    }
    return this.#memo.reasons;
  }

  /** Why there is nothing to draw, if so: no reasons in the data, kinds it cannot tell apart, or no failure at all. */
  #nothing(ctx: RenderContext): string | undefined {
    const r = this.#reasons(ctx);
    const words = this.#w(ctx);
    if (r.empty) return words.noReasons;
    if (!r.kinds) return words.noKinds;
    if (r.total === 0) return words.none(this.#what(words.what[this.#kind() ?? 'all']), ctx.periodText);
    return undefined;
  }

  #team(ctx: RenderContext, row: Pick<ReasonRow, 'owner'>): string {
    return row.owner ? ctx.t.owner[row.owner] : this.#w(ctx).noTeam;
  }

  #percent(ctx: RenderContext, value: number): string {
    return core().formatPercent(value, { locale: ctx.locale });
  }

  /** A share as a whole percent, as the chart writes it ("28%"); below 1%, as it is ("0.31%"), never "0%". */
  #whole(ctx: RenderContext, value: number): string {
    return this.#percent(ctx, value < 0.01 ? value : Math.round(value * 100) / 100);
  }

  /** What the chart draws: the first reasons, the rest as one bar, labels made unique, and the cut-off on the bar where the running share reaches it. */
  #bars(ctx: RenderContext): ReasonBar[] {
    const r = this.#reasons(ctx);
    const { shown, rest } = core().foldMembers(r.rows, core().MAX_BARS);
    const seen = new Set<string>();
    const bars = shown.map((row): ReasonBar => {
      // Two reasons with one label would be one bar: the second says its code.
      const label = seen.has(row.label) ? `${row.label} (${row.code})` : row.label;
      seen.add(label);
      return { code: row.code, label, owner: row.owner ?? 'none', failures: row.failures, note: `${this.#team(ctx, row)} · ${this.#whole(ctx, row.share)}`, cumulativeText: this.#percent(ctx, row.cumulative), cut: null };
    });
    if (rest.length > 0) {
      const failures = rest.reduce((sum, row) => sum + row.failures, 0);
      bars.push({ code: null, label: this.#w(ctx).otherReasons(rest.length), owner: 'none', failures, note: this.#whole(ctx, failures / r.total), cumulativeText: this.#percent(ctx, 1), cut: null });
    }
    const cut = this.#cut(ctx);
    if (cut !== undefined) bars[cut]!.cut = 0;
    return bars;
  }

  /** The bar under which the dashed rule runs: the first whose running share reaches the cut-off, when some bar is below it. */
  #cut(ctx: RenderContext): number | undefined {
    const r = this.#reasons(ctx);
    const drawn = Math.min(r.rows.length, core().MAX_BARS - (r.rows.length > core().MAX_BARS ? 1 : 0));
    const index = r.rows.findIndex((row) => row.cumulative >= CUTOFF - 1e-9);
    return index >= 0 && index < drawn - 1 ? index : undefined;
  }

  /** "41% of failures point at marketing's work, 59% at sales'": whole percents that add up to 100. */
  #headline(ctx: RenderContext): string {
    const r = this.#reasons(ctx);
    if (r.marketingShare === null) return this.#w(ctx).noTeamShare;
    const marketing = Math.round(r.marketingShare * 100) / 100;
    const words = this.#w(ctx);
    return words.headline(this.#percent(ctx, marketing), this.#percent(ctx, 1 - marketing), this.#what(words.what[this.#kind() ?? 'all']));
  }

  /**
   * On screen, the headline leads and the bars speak for themselves: the reason-by-reason
   * sentence is the chart's text alternative and the table's caption, not a caption above it.
   */
  protected override get summaryVisible(): boolean {
    return false;
  }

  protected summary(ctx: RenderContext): string {
    const heading = this.heading(ctx);
    if (this.#nothing(ctx)) return `${heading}, ${ctx.periodText}.`;
    const r = this.#reasons(ctx);
    const { shown } = core().foldMembers(r.rows, core().MAX_BARS);
    const named = shown.map((row) => `${row.label} ${ctx.format(row.failures, 'count')} (${this.#team(ctx, row)}, ${this.#percent(ctx, row.share)})`);
    const more = r.rows.length > shown.length ? `; ${this.#w(ctx).otherReasons(r.rows.length - shown.length)}` : '';
    return `${heading}, ${ctx.periodText}: ${named.join('; ')}${more}.`;
  }

  protected override renderVisual(ctx: RenderContext): TemplateResult {
    const nothingToDraw = this.#nothing(ctx);
    if (nothingToDraw) return html`<div class="state" role="status" part="empty"><strong>${nothingToDraw}</strong></div>`;
    const r = this.#reasons(ctx);
    const words = this.#w(ctx);
    const unowned = r.total - r.byTeam.marketing - r.byTeam.sales;
    const cut = this.#cut(ctx);
    const teams: TeamKey[] = ['marketing', 'sales'];
    return html`<p class="headline" part="headline">${this.#headline(ctx)}</p>
      <p class="note">${ctx.periodText} · ${this.#counted(words)}: ${ctx.format(r.total, 'count')}${unowned > 0 ? html`. ${words.unowned(ctx.format(unowned, 'count'))}` : nothing}</p>
      ${super.renderVisual(ctx)}
      <ul class="legend" part="legend">
        ${teams.map((team) => html`<li><span class="swatch ${team}"></span>${ctx.t.owner[team as 'marketing' | 'sales']}</li>`)}
        ${r.rows.some((row) => !row.owner) ? html`<li><span class="swatch none"></span>${words.noTeam}</li>` : nothing}
        ${cut !== undefined ? html`<li><span class="dash"></span>${words.cutoff(this.#whole(ctx, r.rows[cut]!.cumulative))}</li>` : nothing}
      </ul>`;
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    const words = this.#w(ctx);
    return {
      chart: core().reasonsChart({ valueTitle: words.failures, valueFormat: ',.0f', reasonTitle: words.reason, cumulativeTitle: words.cumulative }),
      values: this.#nothing(ctx) ? [] : this.#bars(ctx),
      locale: ctx.locale,
      currency: ctx.dataset.currency,
      template: () => reasonsChunk.load().then((m) => m.COMPILED_REASONS),
    };
  }

  protected override selection(ctx: RenderContext, datum: Record<string, unknown>): KpiSelectDetail | undefined {
    const code = datum.code;
    if (typeof code !== 'string' || !this.#reasons(ctx).rows.some((row) => row.code === code)) return undefined;
    return selectDetail(ctx.result.period, { channel: ctx.result.channel, where: ctx.result.where, reason: code });
  }

  protected tableData(ctx: RenderContext): TableData {
    const words = this.#w(ctx);
    const rows = this.#nothing(ctx) ? [] : this.#reasons(ctx).rows;
    return {
      caption: this.#nothing(ctx) ? this.summary(ctx) : `${this.#headline(ctx)} ${this.summary(ctx)}`,
      columns: [words.reason, words.team, words.failures, words.share, words.cumulative],
      rows: rows.map((row) => [
        { raw: row.code, text: row.label },
        { raw: row.owner ?? '', text: this.#team(ctx, row) },
        { value: row.failures, unit: 'count' },
        { value: row.share, unit: 'rate' },
        { value: row.cumulative, unit: 'rate' },
      ]),
    };
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
