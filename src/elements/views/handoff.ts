import { html, nothing, type TemplateResult } from 'lit';
import { formatValue, stalledByStage, STAGE_TIMES, type Stage } from '../../core/kit.js';
import type { RenderContext } from './render-context.js';

// What a funnel step says of the handoff (README, "The handoff ledger" and "Stages"): sales'
// answers on the MQL step, the time leads spent in the stage before, the team that owns the
// step, and how many wait past its limit.

/** The time-in-stage metric ending at each stage, if any. */
const TIME_TO: Partial<Record<Stage, string>> = Object.fromEntries(STAGE_TIMES.map((t, i) => [(['mqls', 'sqls', 'opportunities', 'customers'] as const)[i], t.id]));

/** Whether the data say anything of sales' answers: a period with some, or an acceptance SLA to meet. */
function hasLedger(ctx: RenderContext): boolean {
  const m = ctx.result.metrics;
  return (m.sales_acceptance_rate?.n ?? 0) > 0 || ctx.dataset.slas.some((sla) => sla.type === 'acceptance');
}

/** One step's notes: its owner, the handoff on the MQL step, the time in the stage before it, the stalled there. */
export function stageNotes(ctx: RenderContext, stage: Stage): TemplateResult | typeof nothing {
  const m = ctx.result.metrics;
  const count = (n: number | null | undefined) => formatValue(n ?? null, 'count', { locale: ctx.locale });
  const notes: Array<TemplateResult | string> = [];
  const owner = ctx.dataset.stages?.[stage]?.owner;
  if (owner) notes.push(html`<span class="owner">${ctx.t.owner[owner]}</span>`);
  if (stage === 'mqls' && hasLedger(ctx)) {
    const accepted = m.sales_acceptance_rate!.value === null ? null : Math.round(m.sales_acceptance_rate!.value * m.sales_acceptance_rate!.n);
    const rejected = accepted === null ? null : m.sales_acceptance_rate!.n - accepted;
    notes.push(`${ctx.t.handoff.accepted(count(accepted))} · ${ctx.t.handoff.rejected(count(rejected))} · ${ctx.t.handoff.waiting(count(m.mqls_undecided?.value))}`);
  }
  const time = TIME_TO[stage] && m[TIME_TO[stage]!];
  if (time && time.value !== null) {
    const days = (value: number) => formatValue(value, 'days', { locale: ctx.locale });
    notes.push(html`<span class="time" title=${ctx.t.handoff.timeInStage}>${ctx.t.handoff.inStage(days(time.value), time.p90 === undefined ? '—' : days(time.p90))}</span>`);
  }
  const stalled = stalledByStage(ctx.dataset, ctx.result.interval, { mode: ctx.result.mode, ...(ctx.result.where && { where: ctx.result.where }) })?.[stage];
  if (stalled) notes.push(html`<span class="stalled"><span aria-hidden="true">⚠</span> ${ctx.t.handoff.stalled(count(stalled))}</span>`);
  if (notes.length === 0) return nothing;
  return html`<p class="handoff">${notes.map((note, i) => (i === 0 ? note : html` · ${note}`))}</p>`;
}
