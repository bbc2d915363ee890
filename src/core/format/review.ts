import type { Review } from '../metrics/review.js';
import { getMetric } from '../metrics/registry.js';
import type { Locale } from '../metrics/types.js';
import { SLA_STATUS_TEXT, STATUS_TEXT, WITHIN_BENCHMARK_TEXT } from './messages.js';
import { metricLabel, stageName } from './stage-names.js';
import type { Stage } from '../schema/facts.js';
import { formatValue } from './number.js';

// The meeting's digest for e-mail and chat: the review in words, as Markdown or as one
// self-contained HTML page (no script, no style from outside, every label escaped).

const WORDS = {
  en: {
    title: (since: string, asOf: string, period: string, then: string) => (then === period ? `What changed since ${since} (as of ${asOf}, ${period})` : `What changed since ${since} (${then} then; ${period} as of ${asOf})`),
    movers: 'Moved most',
    flips: 'Verdicts that changed',
    why: 'Why new customers moved',
    reasons: 'Failure reasons that grew',
    stalled: 'Leads that became stalled',
    nothing: 'Nothing.',
    needsRecords: 'A review replays lead records as of two days; this data has summary rows only.',
    owner: { marketing: 'marketing', sales: 'sales' },
    from: 'from',
    to: 'to',
    headline: (since: string, parts: string[]) => `Since ${since}: ${parts.join('; ')}.`,
    quiet: (since: string) => `Nothing moved since ${since}.`,
    mostMoved: (what: string, from: string, to: string) => `${what} moved most (${from} → ${to})`,
    flipped: (n: number) => (n === 1 ? '1 verdict changed' : `${n} verdicts changed`),
  },
  'pt-BR': {
    title: (since: string, asOf: string, period: string, then: string) => (then === period ? `O que mudou desde ${since} (até ${asOf}, ${period})` : `O que mudou desde ${since} (${then} naquela data; ${period} até ${asOf})`),
    movers: 'O que mais mudou',
    flips: 'Avaliações que mudaram',
    why: 'Por que os novos clientes mudaram',
    reasons: 'Motivos de perda que cresceram',
    stalled: 'Leads que ficaram parados',
    nothing: 'Nada.',
    needsRecords: 'Uma revisão refaz os registros de leads em duas datas; estes dados têm só linhas resumidas.',
    owner: { marketing: 'marketing', sales: 'vendas' },
    from: 'de',
    to: 'para',
    headline: (since: string, parts: string[]) => `Desde ${since}: ${parts.join('; ')}.`,
    quiet: (since: string) => `Nada mudou desde ${since}.`,
    mostMoved: (what: string, from: string, to: string) => `${what} foi o que mais mudou (${from} → ${to})`,
    flipped: (n: number) => (n === 1 ? '1 avaliação mudou' : `${n} avaliações mudaram`),
  },
  es: {
    title: (since: string, asOf: string, period: string, then: string) => (then === period ? `Qué cambió desde ${since} (al ${asOf}, ${period})` : `Qué cambió desde ${since} (${then} entonces; ${period} al ${asOf})`),
    movers: 'Lo que más cambió',
    flips: 'Valoraciones que cambiaron',
    why: 'Por qué cambiaron los nuevos clientes',
    reasons: 'Motivos de pérdida que crecieron',
    stalled: 'Leads que quedaron estancados',
    nothing: 'Nada.',
    needsRecords: 'Una revisión rehace los registros de leads en dos fechas; estos datos solo tienen filas resumidas.',
    owner: { marketing: 'marketing', sales: 'ventas' },
    from: 'de',
    to: 'a',
    headline: (since: string, parts: string[]) => `Desde ${since}: ${parts.join('; ')}.`,
    quiet: (since: string) => `Nada cambió desde ${since}.`,
    mostMoved: (what: string, from: string, to: string) => `${what} fue lo que más cambió (${from} → ${to})`,
    flipped: (n: number) => (n === 1 ? '1 valoración cambió' : `${n} valoraciones cambiaron`),
  },
} as const;

/** What an item of the review points at: the metric, SLA, stage or reason an element shows. */
export interface ReviewTarget {
  metric?: string;
  sla?: string;
  stage?: string;
  reason?: string;
}

/** One line of the review, and what it points at. */
export interface ReviewItem {
  text: string;
  target?: ReviewTarget;
}

/** The review in words: a title, a one-sentence headline, and its sections in the order a meeting reads them. */
export interface ReviewText {
  title: string;
  headline: string;
  sections: Array<{ id: 'movers' | 'flips' | 'why' | 'reasons' | 'stalled'; title: string; items: ReviewItem[] }>;
  /** What an empty section says. */
  nothing: string;
}

/** The review in words, in the order a meeting reads it; each line knows what it points at. */
export function reviewText(review: Review, locale: Locale = 'en', currency?: string): ReviewText {
  const w = WORDS[locale];
  const label = (id: string) => metricLabel(id, locale, review.stageLabels);
  const value = (id: string, v: number | null) => formatValue(v, getMetric(id)?.unit ?? 'count', { locale, currency });
  const verdict = (v: string, within = false) => (within ? WITHIN_BENCHMARK_TEXT[locale] : v in SLA_STATUS_TEXT ? SLA_STATUS_TEXT[v as keyof typeof SLA_STATUS_TEXT][locale] : STATUS_TEXT[v as keyof typeof STATUS_TEXT][locale]);
  const title = w.title(review.since, review.asOf, review.period, review.sincePeriod);
  if (review.needsRecords) return { title, headline: w.needsRecords, sections: [], nothing: w.nothing };
  const number = (x: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  const signed = (x: number, digits = 2) => `${x < 0 ? '−' : '+'}${number(Math.abs(x), digits)}`;
  const moved = (m: Review['movers'][number]) => `${label(m.metric)}: ${w.from} ${value(m.metric, m.since)} ${w.to} ${value(m.metric, m.now)}`;
  // The bridge's ends are counts (a product of the funnel's drivers, equal to the customers up to rounding): said as the card says them.
  const ends = review.bridge && `${value('customers', review.bridge.from)} → ${value('customers', review.bridge.to)}`;
  const customers = review.bridge && `${label('customers')}: ${ends}`;
  const top = review.movers[0];
  const parts = [
    review.bridge && `${label('customers')} ${ends}`,
    top && w.mostMoved(label(top.metric), value(top.metric, top.since), value(top.metric, top.now)),
    review.flips.length > 0 && w.flipped(review.flips.length),
  ].filter((p): p is string => Boolean(p));
  const quiet = review.movers.length === 0 && review.flips.length === 0;
  return {
    title,
    headline: quiet ? w.quiet(review.since) : w.headline(review.since, parts),
    nothing: w.nothing,
    sections: [
      { id: 'movers', title: w.movers, items: review.movers.map((m) => ({ text: moved(m), target: { metric: m.metric } })) },
      {
        id: 'flips',
        title: w.flips,
        items: review.flips.map((f) => ({ text: `${f.kind === 'metric' ? label(f.id) : (f.labels?.[locale] ?? f.label ?? f.id)}: ${verdict(f.since, f.withinBenchmark?.since)} → ${verdict(f.now, f.withinBenchmark?.now)}`, target: f.kind === 'metric' ? { metric: f.id } : { sla: f.id } })),
      },
      {
        id: 'why',
        title: w.why,
        items: review.bridge ? [{ text: customers!, target: { metric: 'customers' } }, ...review.bridge.contributions.map((c) => ({ text: `${label(c.driver)}: ${signed(c.contribution)}`, target: { metric: c.driver } }))] : [],
      },
      { id: 'reasons', title: w.reasons, items: review.reasons.map((r) => ({ text: `${r.labels?.[locale] ?? r.label}${r.owner ? ` (${w.owner[r.owner]})` : ''}: ${r.since} → ${r.now}`, target: { reason: r.code } })) },
      {
        id: 'stalled',
        title: w.stalled,
        items: review.stalled ? Object.entries(review.stalled).map(([stage, n]) => ({ text: `${stageName(stage as Stage, locale, review.stageLabels)}: ${signed(n, 0)}`, target: { stage } })) : [],
      },
    ],
  };
}

/** The characters that start Markdown's emphasis, code, links, HTML and tables, escaped: a label is text, never markup. */
const md = (text: string) => text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);

/** The review as Markdown for chat and e-mail. */
export function reviewMarkdown(review: Review, locale: Locale = 'en', currency?: string): string {
  const { title, headline, sections: parts, nothing } = reviewText(review, locale, currency);
  const body = parts.map((s) => `### ${md(s.title)}\n\n${s.items.length ? s.items.map((item) => `- ${md(item.text)}`).join('\n') : md(nothing)}\n`);
  return `## ${md(title)}\n\n${md(headline)}\n\n${body.join('\n')}`;
}

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The review as one self-contained HTML page: its own small stylesheet, no script, every label escaped. */
export function reviewHtml(review: Review, locale: Locale = 'en', currency?: string): string {
  const { title, headline, sections: parts, nothing } = reviewText(review, locale, currency);
  const body = parts.map((s) => `<section><h2>${html(s.title)}</h2>${s.items.length ? `<ul>${s.items.map((item) => `<li>${html(item.text)}</li>`).join('')}</ul>` : `<p>${html(nothing)}</p>`}</section>`).join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${html(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f27}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}@media print{section{break-inside:avoid}}</style>
</head>
<body>
<h1>${html(title)}</h1>
<p>${html(headline)}</p>
${body}
</body>
</html>
`;
}
