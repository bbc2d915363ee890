import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { MetricResult, Scorecard, ScorecardRow } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { emit, selectDetail } from '../contract/events.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { messagesFor } from '../lazy/messages.js';
import { scorecardStyles } from './kpi-scorecard.styles.js';

/** The column a scorecard is sorted by: the channel's name, or a metric id. */
const CHANNEL = '';

/**
 * The metrics distributed across the channels (or the members of the dimension named in
 * `by`) at a glance, within the element's view (`where`): one accessible table, a row per
 * member, one for the data without a member ("Unassigned"), and the total they sum to, a
 * column per metric. Each cell: the value, its change against the previous period (to date while the
 * period runs) and its verdict as a mark and words. Sortable by any column; the header, the
 * total and the channel column stay in view. Keyboard: the table is one tab stop, arrows move between
 * cells, Home / End to the row's ends, Ctrl+Home / Ctrl+End to the table's; Enter or Space
 * on a header sorts, on a cell selects it.
 *
 * @summary Metrics by channel, with deltas and verdicts.
 * @tag kpi-scorecard
 * @attr metrics - Space-separated metric ids, one column each; default: leads, MQLs, lead→MQL, SQLs, MQL→SQL, customers, win rate, CAC, LTV:CAC.
 * @fires {KpiSelectEvent} kpi-select - A cell or a member was chosen: detail.where (the view and the member; the view alone for the total), channel (by channel), metric (absent for a member's name) and period.
 * @csspart grid - The scorecard's table.
 * @cssprop --kpi-scorecard-max-height - Height beyond which the table scrolls (its header, total and channel column stay in view); default 48rem.
 */
export class KpiScorecard extends KpiElement {
  static override styles = [...KpiElement.styles, scorecardStyles];
  static override properties: PropertyDeclarations = {
    metrics: {},
    sortBy: { state: true, attribute: false },
    descending: { state: true, attribute: false },
  };

  /** Space-separated metric ids; default: the funnel's volumes and rates, CAC and LTV:CAC. */
  metrics = '';

  /** The column sorted by ('' for the channel), or none: the data's order. */
  private sortBy: string | undefined;
  private descending = true;

  #ids(): string[] {
    const asked = this.metrics.trim();
    return asked ? [...new Set(asked.split(/\s+/))] : [...core().SCORECARD_METRICS];
  }

  protected override problem(ctx: RenderContext): string | undefined {
    return this.unknownMetric(ctx, this.#ids());
  }

  get #by(): string {
    return this.by || 'channel';
  }

  protected override heading(ctx: RenderContext | undefined): string {
    const t = messagesFor(ctx?.locale ?? this.locale);
    if (!t) return '';
    return this.#by === 'channel' ? t.headings.scorecard : t.scorecardByHeading(ctx ? core().attributeLabel(ctx.dataset, this.#by, ctx.locale, t.channel) : this.#by);
  }

  /** A row's name: its member, "Unassigned", or "Total". */
  #name(ctx: RenderContext, row: ScorecardRow): string {
    return row.channel === undefined ? ctx.t.total : core().memberLabel(ctx, row.channel);
  }

  #card: { dataset: object; query: string; card: Scorecard } | undefined;

  /**
   * The scorecard of the data and choices on screen, computed once for them: a sort or a
   * re-render (which computes a new result object) reuses it.
   */
  #scorecard(ctx: RenderContext): Scorecard {
    const compare = this.comparisons();
    const where = ctx.result.where;
    const query = JSON.stringify([ctx.result.period, ctx.result.mode, compare, this.#by, where]);
    if (this.#card?.dataset !== ctx.dataset || this.#card.query !== query) {
      const card = core().scorecard(ctx.dataset, { period: ctx.result.period, mode: ctx.result.mode, compare, by: this.#by, ...(where && { where }) });
      this.#card = { dataset: ctx.dataset, query, card };
    }
    return this.#card.card;
  }

  /** The channels in the chosen order (values missing last, whichever the direction); the total stays apart. */
  #channelRows(ctx: RenderContext): ScorecardRow[] {
    const rows = this.#scorecard(ctx).rows.slice(0, -1);
    const key = this.sortBy;
    if (key === undefined) return rows;
    const sign = this.descending ? -1 : 1;
    if (key === CHANNEL) return [...rows].sort((a, b) => sign * this.#name(ctx, a).localeCompare(this.#name(ctx, b), ctx.locale));
    return [...rows].sort((a, b) => {
      const x = a.result.metrics[key]!.value;
      const y = b.result.metrics[key]!.value;
      return x === null ? (y === null ? 0 : 1) : y === null ? -1 : sign * (x - y);
    });
  }

  #total(ctx: RenderContext): ScorecardRow {
    return this.#scorecard(ctx).rows.at(-1)!;
  }

  protected override isPartial(ctx: RenderContext): boolean {
    const ids = this.#ids();
    return this.#scorecard(ctx).rows.some((row) => ids.some((id) => row.result.metrics[id]!.value === null));
  }

  protected summary(ctx: RenderContext): string {
    const labels = this.#ids().map((id) => this.metricLabel(id)).join(', ');
    const members = this.#scorecard(ctx).rows.length - 1;
    if (this.#by === 'channel') return ctx.t.scorecardSummary(labels, ctx.periodText, members);
    return ctx.t.scorecardBySummary(labels, ctx.periodText, members, core().attributeLabel(ctx.dataset, this.#by, ctx.locale, ctx.t.channel));
  }

  #sort(key: string): void {
    if (this.sortBy === key) this.descending = !this.descending;
    else {
      this.sortBy = key;
      // Names read A to Z first; numbers largest first.
      this.descending = key !== CHANNEL;
    }
  }

  #ariaSort(key: string): 'ascending' | 'descending' | 'none' {
    return this.sortBy !== key ? 'none' : this.descending ? 'descending' : 'ascending';
  }

  #select(ctx: RenderContext, member: string | null | undefined, metric?: string): void {
    // A named member's view; the total's and the unassigned's, the element's own view.
    const where = typeof member === 'string' ? core().memberWhere(ctx, this.#by, member) : ctx.result.where;
    const channel = this.#by === 'channel' && typeof member === 'string' ? member : ctx.result.channel;
    emit(this, 'kpi-select', selectDetail(ctx.result.period, { channel, where, metric }));
  }

  #cell(ctx: RenderContext, row: ScorecardRow, id: string): TemplateResult {
    const m = row.result.metrics[id]!;
    return html`<td role="gridcell" tabindex="-1" class="num" @click=${() => this.#select(ctx, row.channel, id)}>
      <span class="value">${ctx.format(m.value, m.unit)}</span>
      ${m.value === null ? html`<span class="why">${core().REASON_TEXT[m.reason!][ctx.locale]}</span>` : this.#delta(ctx, m)}
      ${m.value === null || m.status === 'neutral' ? nothing : this.statusBadge(m.status)}
    </td>`;
  }

  #delta(ctx: RenderContext, m: MetricResult): TemplateResult | typeof nothing {
    if (!m.previous || m.previous.delta === null) return nothing;
    return html`<span class="delta">${core().formatDelta(m.previous, m.unit, { locale: ctx.locale, currency: ctx.dataset.currency })}</span>`;
  }

  #row(ctx: RenderContext, row: ScorecardRow, ids: string[]): TemplateResult {
    return html`<tr>
      <th scope="row" role="rowheader" tabindex="-1" @click=${() => this.#select(ctx, row.channel)}>${this.#name(ctx, row)}</th>
      ${ids.map((id) => this.#cell(ctx, row, id))}
    </tr>`;
  }

  /** The label of the previous-period comparison, once for the whole table ("Δ vs 2026-02 to day 18"). */
  #deltaNote(ctx: RenderContext, ids: string[]): string | undefined {
    const previous = ids.map((id) => this.#total(ctx).result.metrics[id]!.previous).find((p) => p);
    return previous && ctx.t.deltaVs(core().previousLabel(previous, ctx.locale));
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    const ids = this.#ids();
    const omitted = this.#scorecard(ctx).omitted;
    const deltaNote = this.#deltaNote(ctx, ids);
    const header = (key: string, label: string) =>
      html`<th scope="col" role="columnheader" tabindex="-1" aria-sort=${this.#ariaSort(key)} class=${key === CHANNEL ? '' : 'num'}>
        <button class="sort" tabindex="-1" title=${ctx.t.sortBy(label)} @click=${() => this.#sort(key)}>${label}<span aria-hidden="true">${{ ascending: '↑', descending: '↓', none: '' }[this.#ariaSort(key)]}</span></button>
      </th>`;
    return html`<div class="scroll">
        <table part="grid" role="grid" aria-labelledby="title" aria-describedby="summary" @keydown=${this.#onKey}>
          <thead>
            <tr>${header(CHANNEL, core().attributeLabel(ctx.dataset, this.#by, ctx.locale, ctx.t.channel))}${ids.map((id) => header(id, this.metricLabel(id)))}</tr>
          </thead>
          <tbody>
            ${this.#channelRows(ctx).map((row) => this.#row(ctx, row, ids))}
          </tbody>
          <tfoot>
            ${this.#row(ctx, this.#total(ctx), ids)}
          </tfoot>
        </table>
      </div>
      <p class="note">${[deltaNote, omitted > 0 ? ctx.t.omitted(omitted) : ''].filter(Boolean).join(' · ')}</p>`;
  }

  /** Exactly one cell of the grid is in the tab order: the first, until the arrows move it. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const cells = this.#cells();
    if (cells.length > 0 && !cells.flat().some((c) => c.tabIndex === 0)) cells[0]![0]!.tabIndex = 0;
  }

  #cells(): HTMLElement[][] {
    return [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('[part=grid] tr')].map((tr) => [...tr.cells]);
  }

  #onKey(event: KeyboardEvent): void {
    const cells = this.#cells();
    const from = (event.target as HTMLElement).closest('th, td') as HTMLElement | null;
    const r = cells.findIndex((row) => row.includes(from!));
    if (!from || r < 0) return;
    const c = cells[r]!.indexOf(from);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      (from.querySelector<HTMLButtonElement>('button.sort') ?? from).click();
      return;
    }
    const last = cells.length - 1;
    const end = cells[r]!.length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [r, c + 1],
      ArrowLeft: [r, c - 1],
      ArrowDown: [r + 1, c],
      ArrowUp: [r - 1, c],
      Home: event.ctrlKey ? [0, 0] : [r, 0],
      End: event.ctrlKey ? [last, end] : [r, end],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const row = Math.max(0, Math.min(last, move[0]));
    const to = cells[row]![Math.max(0, Math.min(cells[row]!.length - 1, move[1]))]!;
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  }

  /** Wide: a row per member and the total, a column per metric; raw values in the CSV. */
  protected tableData(ctx: RenderContext): TableData {
    const ids = this.#ids();
    const rows = [...this.#channelRows(ctx), this.#total(ctx)];
    return {
      caption: this.summary(ctx),
      columns: [core().attributeLabel(ctx.dataset, this.#by, ctx.locale, ctx.t.channel), ...ids.map((id) => this.metricLabel(id))],
      rows: rows.map((row) => [this.#name(ctx, row), ...ids.map((id) => ({ value: row.result.metrics[id]!.value, unit: row.result.metrics[id]!.unit }))]),
    };
  }
}
