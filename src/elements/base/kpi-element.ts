import { adoptStyles, html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import type { Comparison, Dataset, Locale, MetricsResult, Mode, SlaStatus, Status } from '../../core/kit.js';
import { core, coreNow, loadCore } from '../lazy/core.js';
import { boundedNumber } from '../contract/attributes.js';
import { jsonAttribute } from '../contract/data-attribute.js';
import type { ActionsMenu, MenuAction } from '../views/actions-menu.js';
import { DataSourceController } from '../source/data-source.js';
import { emit } from '../contract/events.js';
import { KpiLoadError } from '../contract/load-error.js';
import { localeOf, onLangChange } from '../i18n/locale.js';
import { loadedMessages, loadMessages, messagesFor, type Messages } from '../lazy/messages.js';
import { tokens } from '../contract/tokens.js';
import { baseStyles } from './kpi-element.styles.js';
import type { RenderContext, TableData } from '../views/render-context.js';

/**
 * The base of every element: the attributes and properties every element shares, the data
 * source, the locale, the loading / error / empty / stale / partial states, and the
 * "view as table" alternative with its CSV download. Subclasses draw the numbers.
 * What is documented here is every element's (the manifest gives it to each tag).
 *
 * @fires {KpiLoadEvent} kpi-load - The data arrived and is valid: detail.source, src, rows, leads.
 * @fires {KpiErrorEvent} kpi-error - Fetching, parsing, validating, computing or drawing failed: detail.kind, message, issues, status, stale.
 *
 * @csspart base - The element's box.
 * @csspart header - The title and the actions button.
 * @csspart title - The heading.
 * @csspart actions - The "more actions" menu button.
 * @csspart menu - Its menu: "View as table", "Download CSV" (and a chart's SVG and PNG).
 * @csspart summary - The sentence that says what the element shows: its accessible description and the table's caption; on screen only under charts.
 * @csspart table - The "view as table" table.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart empty - The state when the period or the dataset has no data.
 * @csspart stale - The banner over stale data after a failed refresh.
 * @csspart partial - The note that some figures could not be computed.
 *
 * @cssprop --kpi-surface - Background.
 * @cssprop --kpi-text - Text colour.
 * @cssprop --kpi-text-muted - Secondary text colour.
 * @cssprop --kpi-border - Borders and dividers.
 * @cssprop --kpi-track - The empty part of bars and gauges.
 * @cssprop --kpi-accent - Lines, bars and the main series.
 * @cssprop --kpi-accent-soft - Soft accent: the default of --kpi-band.
 * @cssprop --kpi-band - Benchmark bands; default: --kpi-accent-soft.
 * @cssprop --kpi-series-1 - The first category colour (channels, series); default: --kpi-accent.
 * @cssprop --kpi-series-2 - The second category colour.
 * @cssprop --kpi-series-3 - The third category colour.
 * @cssprop --kpi-series-4 - The fourth category colour.
 * @cssprop --kpi-series-5 - The fifth category colour.
 * @cssprop --kpi-series-6 - The sixth category colour.
 * @cssprop --kpi-series-7 - The seventh category colour.
 * @cssprop --kpi-series-8 - The eighth category colour.
 * @cssprop --kpi-team-marketing - Marketing's colour, where something is marked as marketing's (the reasons chart's bars; the team is written too).
 * @cssprop --kpi-team-sales - Sales' colour, likewise.
 * @cssprop --kpi-good - Good news (with ▲ and words, never colour alone).
 * @cssprop --kpi-warn - Needs attention.
 * @cssprop --kpi-bad - Off track.
 * @cssprop --kpi-focus - The keyboard focus ring.
 * @cssprop --kpi-font - Font family.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-gap - Space between the parts of an element.
 * @cssprop --kpi-min-height - Height reserved while loading, so the page does not shift; default: about the element's usual height.
 */
export abstract class KpiElement extends LitElement {
  static override styles = [tokens, baseStyles];
  // Reactive properties are declared here, not with decorators: compiled decorators cost
  // every element module a helper, and the first load Lit's decorator module.
  static override properties: PropertyDeclarations = {
    data: { attribute: 'data', converter: jsonAttribute },
    src: {},
    period: {},
    channel: {},
    where: {},
    by: {},
    mode: {},
    compare: {},
    refresh: { type: Number },
    timeout: { type: Number },
    retries: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    density: { reflect: true },
    fetch: { attribute: false },
    showTable: { state: true, attribute: false },
    locale: { state: true, attribute: false },
  };

  /** The dataset, as a property or as a JSON attribute; wins over `src`. The last write of the two wins. */
  data: unknown;
  /** URL of the dataset, fetched (and shared with other elements asking for it). */
  src?: string;
  /** Period key; default: the latest period with data. */
  period?: string;
  /** A channel, exactly as in the data; default: all channels. */
  channel?: string;
  /** A view of the data: `segment=enterprise&owner=Ana` (read as a URL query), or an object; with `channel`, both hold. */
  where?: Readonly<Record<string, string>> | string;
  /** Where an element shows members (a breakdown's bars, a funnel's split, a scorecard's rows): the dimension they are of; default `channel`. */
  by?: string;
  /** `period` (flow, default) or `cohort` (lead records only). */
  mode: Mode = 'period';
  /** Space-separated comparisons: `previous target benchmark`. */
  compare = 'previous target benchmark';
  /** Seconds between refetches of `src`, 5 to 86,400; 0 (default) never. Paused while the page is hidden. */
  refresh = 0;
  /** Per request, in ms, 1,000 to 300,000 (default 15,000). */
  timeout = 15_000;
  /** Retries after a network error, 5xx or 429: 0 to 10 (default 3). */
  retries = 3;
  /** Base of the retry backoff, in ms, 100 to 60,000 (default 500). */
  retryDelay = 500;
  /** Largest response accepted, in bytes (default 10,000,000). */
  maxBytes = 10_000_000;
  /** `light` or `dark`; default: the user's preference. */
  theme?: 'light' | 'dark';
  /** The level of the element's heading in the page's outline, 1 to 6 (default 3; the dashboard sets its widgets' to fit under its own headings). */
  headingLevel = 3;
  /**
   * `comfortable` (default) or `compact`, for dense pages: less padding, smaller type. Unset
   * by default, so the host gets no attribute the page did not write (a framework hydrating
   * server HTML finds the attributes it rendered); `compact` is the only value styled.
   */
  density?: 'comfortable' | 'compact';
  /** A fetch of the page's own (to add auth headers); default: the global fetch. */
  fetch?: typeof globalThis.fetch;

  protected showTable = false;
  protected locale: Locale = 'en';

  /** Made with the first numbers on screen: its code comes with the core's lazy chunk. */
  #menu: ActionsMenu | undefined;
  #dataViewStyled = false;

  protected readonly source = new DataSourceController(this, () => ({
    data: this.data,
    src: this.src,
    // Out-of-range or non-numeric values fall back to the defaults, with a console warning.
    refresh: boundedNumber(this, 'refresh', this.refresh),
    fetch: this.fetch,
    timeout: boundedNumber(this, 'timeout', this.timeout),
    retries: boundedNumber(this, 'retries', this.retries),
    retryDelay: boundedNumber(this, 'retry-delay', this.retryDelay),
    maxBytes: boundedNumber(this, 'max-bytes', this.maxBytes),
  }));

  #result: MetricsResult | undefined;
  #queryError: KpiLoadError | undefined;
  #reportedQueryError = '';
  #unlisten: (() => void) | undefined;

  /** The validated dataset on screen (possibly stale), or undefined while there is none. */
  get currentDataset(): Dataset | undefined {
    return this.source.state.dataset;
  }

  /** The latest computed metrics, or undefined while there are none. Shared by elements with the same dataset and query (a dashboard's widgets): read-only. */
  get result(): MetricsResult | undefined {
    return this.#result;
  }

  /** Fetches `src` again now. */
  reload(): void {
    this.source.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server that connects its elements has no page to watch (the server writes English).
    if (!isServer) {
      // Titles come from the catalogue: draw again once the core is in.
      if (!coreNow()) void loadCore().then(() => this.requestUpdate(), () => undefined);
      this.#setLocale();
      this.#unlisten = onLangChange(() => this.#setLocale());
    }
  }

  /** The nearest `lang`'s locale, and its words (loaded once per page; the numbers wait for them). */
  #setLocale(): void {
    const locale = localeOf(this);
    this.locale = locale;
    if (!loadedMessages(locale)) void loadMessages(locale).then(() => this.locale === locale && this.requestUpdate(), () => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
  }

  protected comparisons(): Comparison[] {
    return this.compare.split(/\s+/).filter((c): c is Comparison => c === 'previous' || c === 'target' || c === 'benchmark');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
    const dataset = this.source.state.dataset;
    this.#result = undefined;
    this.#queryError = undefined;
    if (!dataset || core().isEmptyDataset(dataset)) return;
    try {
      this.#result = core().sharedMetrics(dataset, {
        ...(this.period && { period: this.period }),
        ...(this.channel && { channel: this.channel }),
        ...(this.where && { where: this.where }),
        mode: this.mode,
        compare: this.comparisons(),
      });
    } catch (error) {
      // No exception leaves an element: a query the data cannot answer, or anything else, is a state and an event.
      const message = error instanceof core().KpiQueryError ? error.message : `Unexpected failure computing this view: ${error instanceof Error ? error.message : String(error)}`;
      this.#queryError = new KpiLoadError('query', message);
      this.#report(message);
      return;
    }
    const ctx = this.context();
    const problem = ctx && this.problem(ctx);
    if (problem) this.#report(problem);
    else this.#reportedQueryError = '';
  }

  /** A kpi-error of kind `query`, once per distinct message (re-renders do not repeat it). */
  #report(message: string): void {
    if (this.#reportedQueryError === message) return;
    this.#reportedQueryError = message;
    emit(this, 'kpi-error', { kind: 'query', message, stale: false });
  }

  /** The element's title ('' while it cannot be told yet, or for an untitled element). */
  protected heading(_ctx?: RenderContext): string {
    return '';
  }

  /** A metric's label in the element's language and the dataset's stage names: its id if the catalogue has no such metric; '' until the core is in. */
  protected metricLabel(id: string): string {
    const loaded = coreNow();
    return loaded ? loaded.metricLabel(id, this.locale, this.currentDataset?.stageLabels) : '';
  }
  /** One sentence saying what the element shows, for everyone and for screen readers. */
  protected abstract summary(ctx: RenderContext): string;
  /** The drawing. */
  protected abstract renderVisual(ctx: RenderContext): TemplateResult;
  /** The numbers shown, as a table. */
  protected abstract tableData(ctx: RenderContext): TableData;
  /** Whether some of the numbers this element shows are null. */
  protected isPartial(_ctx: RenderContext): boolean {
    return false;
  }
  /** Actions of the element's own, after "view as table" and "CSV" (a chart's exports). */
  protected actions(_ctx: RenderContext): MenuAction[] {
    return [];
  }
  /** Whether the summary sentence shows on screen (under charts, as their caption); elsewhere it is only the accessible description. */
  protected get summaryVisible(): boolean {
    return false;
  }
  /** An element-level problem that is not the data's (an unknown metric id): shown as an error. */
  protected problem(_ctx: RenderContext): string | undefined {
    return undefined;
  }

  /** "Unknown metric …" naming the first id not in the catalogue, and the known ones; own entries only, so `constructor` is unknown too. */
  protected unknownMetric(ctx: RenderContext, ids: readonly string[]): string | undefined {
    const unknown = ids.find((id) => !core().isMetricId(id));
    return unknown === undefined ? undefined : ctx.t.unknownMetric(unknown, core().allMetrics().map((m) => m.id));
  }

  protected context(): RenderContext | undefined {
    const result = this.#result;
    const dataset = this.source.state.dataset;
    const locale = this.locale;
    const t = loadedMessages(locale);
    if (!result || !dataset || !t) return undefined;
    const currency = dataset.currency;
    return {
      result,
      dataset,
      locale,
      t,
      periodText: core().periodLabel(result.period, result.progress, locale),
      format: (value, unit, compact = false) => core().formatValue(value, unit, { locale, currency, compact }),
    };
  }

  /** The element's sentence, and the day it judges when that day came from the clock rather than the data. */
  #summaryText(ctx: RenderContext): string {
    const note = core().todayNote(ctx.result.today, ctx.locale);
    return note ? `${this.summary(ctx)} ${note}` : this.summary(ctx);
  }

  /** aria-level for the heading, only when it is not the h3's own level (out-of-range values fall back to 3, with a warning). */
  #headingLevel(): string | typeof nothing {
    const level = boundedNumber(this, 'heading-level', this.headingLevel);
    return level === 3 ? nothing : String(level);
  }

  /** A metric's or an SLA's verdict as a mark and words, never by colour alone. */
  protected statusBadge(verdict: Status | SlaStatus): TemplateResult {
    return core().statusBadge(verdict, this.locale);
  }

  /** What this element's downloads are named after: its tag (an element of one metric adds the metric). */
  protected get downloadName(): string {
    return this.localName;
  }

  /** A download's file name: what it shows, its period and channel, and `extension`. */
  protected fileName(ctx: RenderContext, extension: string): string {
    return `${this.downloadName}-${ctx.result.period}${ctx.result.channel ? `-${ctx.result.channel}` : ''}.${extension}`;
  }

  #downloadCsv(ctx: RenderContext): void {
    const table = this.tableData(ctx);
    core().downloadText(this.fileName(ctx, 'csv'), core().toCsv(table.columns, core().csvRows(table), core().CSV_DIALECT[ctx.locale]));
  }

  /** An error: its message alone until the words are here (a failure before the core has loaded). */
  #renderError(error: KpiLoadError, t: Messages | undefined): TemplateResult {
    if (!t) return html`<div class="state" role="alert" part="error">${error.message}</div>`;
    return core().renderError(this, error, t, this.src && error.kind !== 'schema' && error.kind !== 'query' ? () => this.reload() : undefined);
  }

  /** The skeleton, and what it waits for once the words are here (the article is aria-busy meanwhile). */
  #renderLoading(t: Messages | undefined, slow: boolean): TemplateResult {
    return html`<div class="state" role="status" aria-live="polite" part="loading">
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
      ${t ? html`<p class="note">${slow ? t.stillLoading : t.loading}</p>` : nothing}
    </div>`;
  }

  /** The menu's and the table's styles, with the first numbers (they come with the core's chunk). */
  #adoptDataViewStyles(): void {
    // On the server they are among the element's own styles (src/ssr-core.ts).
    if (isServer || this.#dataViewStyled || !(this.renderRoot instanceof ShadowRoot)) return;
    this.#dataViewStyled = true;
    const { dataViewStyles } = core();
    // Adopted sheets are replaced as a list; without them, Lit appends a <style> (with the page's nonce).
    adoptStyles(this.renderRoot, supportsAdoptingStyleSheets ? [...(this.constructor as typeof LitElement).elementStyles, dataViewStyles] : [dataViewStyles]);
  }

  override render(): TemplateResult {
    const t = messagesFor(this.locale);
    const { dataset, error, loading, slow } = this.source.state;
    const ctx = this.context();
    const title = this.heading(ctx);
    const header = (toolbar: boolean) => html`<header part="header">
      ${title ? html`<h3 id="title" part="title" aria-level=${this.#headingLevel()}>${title}</h3>` : nothing}
      ${toolbar && ctx
        ? (this.#menu ??= new (core().ActionsMenu)(this)).render(ctx.t.actions(title || this.localName), [
            { label: ctx.t.table, checked: this.showTable, run: () => (this.showTable = !this.showTable) },
            { label: ctx.t.csv, run: () => this.#downloadCsv(ctx) },
            ...this.actions(ctx),
          ])
        : nothing}
    </header>`;

    let body: TemplateResult;
    let ready = false;
    if (!dataset || !t) {
      // On the server, an element with neither `data` nor `src` waits for the page to hand it data (a dashboard's widgets).
      // In the page, it says so, but not as a live region: a page handing it data a moment later would first be heard saying "No data".
      body = error ? this.#renderError(error, t) : isServer || loading || !t ? this.#renderLoading(t, slow) : html`<p class="state note">${t.noSource}</p>`;
    } else if (core().isEmptyDataset(dataset)) {
      body = html`<div class="state" role="status" part="empty"><strong>${t.emptyDataset}</strong><span class="note">${t.emptyDatasetHint}</span></div>`;
    } else if (this.#queryError) {
      body = this.#renderError(this.#queryError, t);
    } else if (!ctx) {
      body = this.#renderLoading(t, slow);
    } else if (ctx.result.empty) {
      body = html`<div class="state" role="status" part="empty"><strong>${t.noData(ctx.result.period)}</strong><span class="note">${t.noDataHint}</span></div>`;
    } else if (this.problem(ctx)) {
      body = this.#renderError(new KpiLoadError('query', this.problem(ctx)!), t);
    } else {
      ready = true;
      this.#adoptDataViewStyles();
      body = html`
        ${error ? html`<p class="banner" role="status" part="stale">${t.stale} ${error.message}</p>` : nothing}
        ${this.isPartial(ctx) ? html`<p class="note" part="partial">${t.partial}</p>` : nothing}
        <p class=${this.summaryVisible ? 'summary' : 'visually-hidden'} id="summary" part="summary">${this.#summaryText(ctx)}</p>
        ${this.showTable ? core().renderTable(this.tableData(ctx), ctx.format) : this.renderVisual(ctx)}
      `;
    }
    return html`<article part="base" aria-labelledby=${title ? 'title' : nothing} aria-describedby=${ready ? 'summary' : nothing} aria-busy=${loading ? 'true' : 'false'}>${header(ready)}${body}</article>`;
  }
}
