import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Review, ReviewTarget, ReviewText } from '../../core/kit.js';
import type { ReviewWords } from '../i18n/review-words.js';
import { core } from '../lazy/core.js';
import { reviewChunk } from '../lazy/review.js';
import { emit, selectDetail } from '../contract/events.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import type { MenuAction } from '../views/actions-menu.js';
import { reviewStyles } from './kpi-review.styles.js';
import { DEFAULT_SINCE_DAYS } from '../contract/default-since.js';


/** Printed on A4: `@page` applies only from the document's styles, so the element adds it there once. */
function paperSize(): void {
  if (typeof document === 'undefined' || !('adoptedStyleSheets' in document) || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@page { size: A4; margin: 16mm; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  paperSized = true;
}
let paperSized = false;

/**
 * The meeting page: what changed since the last time marketing and sales met, in the order a
 * meeting reads it. A headline sentence; the metrics that moved most relative to their noise;
 * the verdicts and SLAs that flipped; why new customers moved (the bridge's largest
 * contributions); the failure reasons that grew, by owning team; the leads that became
 * stalled. The lead records are replayed as of `since` and as of the data's today (its
 * `asOf`, else the clock's day), for the period that holds today: no snapshot is stored.
 * Each line is a button that fires `kpi-select` for what shows it (the dashboard goes to that
 * widget). "Copy as Markdown" in its menu; printed on A4 without controls, a section a page.
 *
 * @summary What changed since the last meeting.
 * @tag kpi-review
 * @attr since - The last meeting's day, `YYYY-MM-DD`; default: 7 days before the data's today.
 * @fires {KpiSelectEvent} kpi-select - A line was chosen: detail.metric (a mover, a verdict, a driver), sla, reason or stage, the period and the view.
 * @csspart dates - The period, since and as-of days.
 * @csspart headline - The review in one sentence.
 * @csspart section - Each section (movers, flips, why, reasons, stalled).
 */
export class KpiReview extends KpiElement {
  static override styles = [...KpiElement.styles, reviewStyles];
  static override properties: PropertyDeclarations = {
    since: {},
    copied: { state: true, attribute: false },
  };

  /** The last meeting's day, `YYYY-MM-DD`; default: 7 days before the data's today. */
  since: string | undefined;

  /** What the last "Copy as Markdown" did, said once in a live region. */
  private copied = '';

  override connectedCallback(): void {
    super.connectedCallback();
    reviewChunk.load(this);
    if (!paperSized) paperSize();
  }

  /** Beside the core, what a server-rendered review waits for before its first update on the page (inbound-kpi-kit/hydrate). */
  protected ownChunk(): Promise<unknown> {
    return reviewChunk.load();
  }

  /** Nothing to show (the loading state) until the review's own code is in too. */
  protected override context(): RenderContext | undefined {
    return reviewChunk.api ? super.context() : undefined;
  }

  #w(ctx: RenderContext | undefined): ReviewWords | undefined {
    return reviewChunk.api?.REVIEW_WORDS[ctx?.locale ?? this.locale];
  }

  #memo: { dataset: object; key: string; value: { review: Review } | { error: string } } | undefined;

  /** The review of the data and view on screen, once per dataset, since and view. */
  #review(ctx: RenderContext): { review: Review } | { error: string } {
    const api = reviewChunk.api!;
    const today = core().asOfDay(ctx.dataset);
    const asOf = api.civilKey(today);
    const since = this.since?.trim() || api.civilKey(today - DEFAULT_SINCE_DAYS);
    const where = ctx.result.where;
    const key = JSON.stringify([since, asOf, where]);
    if (this.#memo?.dataset !== ctx.dataset || this.#memo.key !== key) {
      let value: { review: Review } | { error: string };
      try {
        value = { review: api.review(ctx.dataset, { since, asOf, ...(where && { where }) }) };
      } catch (error) {
        if (!(error instanceof core().KpiQueryError)) throw error;
        value = { error: error.message };
      }
      this.#memo = { dataset: ctx.dataset, key, value };
    }
    return this.#memo.value;
  }

  #words: { review: Review; locale: string; text: ReviewText } | undefined;

  /** The review in words, once per review and language (the summary, the page and the table all read it). */
  #text(ctx: RenderContext): ReviewText | undefined {
    const r = this.#review(ctx);
    if (!('review' in r)) return undefined;
    if (this.#words?.review !== r.review || this.#words.locale !== ctx.locale) this.#words = { review: r.review, locale: ctx.locale, text: reviewChunk.api!.reviewText(r.review, ctx.locale, ctx.dataset.currency) };
    return this.#words.text;
  }

  protected override problem(ctx: RenderContext): string | undefined {
    const r = this.#review(ctx);
    return 'error' in r ? this.#w(ctx)!.badSince(r.error) : undefined;
  }

  protected override heading(ctx?: RenderContext): string {
    return this.#w(ctx)?.heading ?? '';
  }

  protected summary(ctx: RenderContext): string {
    return this.#text(ctx)?.headline ?? '';
  }

  // The headline is the review's first line on screen, so the summary stays for screen readers.
  protected override get summaryVisible(): boolean {
    return false;
  }

  #select(ctx: RenderContext, target: ReviewTarget): void {
    emit(this, 'kpi-select', selectDetail(ctx.result.period, { ...target, channel: ctx.result.channel, where: ctx.result.where }));
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    const r = this.#review(ctx) as { review: Review };
    const text = this.#text(ctx)!;
    const level = Math.min(6, (this.headingLevel || 3) + 1);
    // The period as every element names it ("March 2026, to day 18" while it runs).
    const period = core().parsePeriod(r.review.period)!;
    const label = core().periodLabel(r.review.period, core().progressOf(period, core().asOfDay(ctx.dataset)), ctx.locale);
    const then = r.review.sincePeriod !== r.review.period ? r.review.sincePeriod : undefined;
    return html`<p class="dates" part="dates">${this.#w(ctx)!.dates(label, r.review.since, r.review.asOf, then)}</p>
      <p class="headline" part="headline">${text.headline}</p>
      ${text.sections.map(
        (section) => html`<section part="section" aria-labelledby=${`s-${section.id}`}>
          <h4 id=${`s-${section.id}`} aria-level=${level}>${section.title}</h4>
          ${section.items.length
            ? html`<ul>
                ${section.items.map((item) => html`<li>${item.target ? html`<button class="item" @click=${() => this.#select(ctx, item.target!)}>${item.text}</button>` : item.text}</li>`)}
              </ul>`
            : html`<p class="nothing">${text.nothing}</p>`}
        </section>`,
      )}
      <p class="copied visually-hidden" role="status">${this.copied || nothing}</p>`;
  }

  protected tableData(ctx: RenderContext): TableData {
    const w = this.#w(ctx)!;
    const text = this.#text(ctx)!;
    return {
      caption: text.headline,
      columns: [w.section, w.item],
      rows: text.sections.flatMap((section) => (section.items.length ? section.items : [{ text: text.nothing }]).map((item) => [section.title, item.text])),
    };
  }

  protected override actions(ctx: RenderContext): MenuAction[] {
    const w = this.#w(ctx)!;
    return [{ label: w.copy, run: () => void this.#copy(ctx, w) }];
  }

  async #copy(ctx: RenderContext, w: ReviewWords): Promise<void> {
    const r = this.#review(ctx);
    if (!('review' in r)) return;
    try {
      await navigator.clipboard.writeText(reviewChunk.api!.reviewMarkdown(r.review, ctx.locale, ctx.dataset.currency));
      this.copied = w.copied;
    } catch (error) {
      this.copied = w.copyFailed(error instanceof Error ? error.message : String(error));
    }
  }
}
