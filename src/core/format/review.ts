import type { Review } from '../metrics/review.js';
import { getMetric } from '../metrics/registry.js';
import type { Locale } from '../metrics/types.js';
import { SLA_STATUS_TEXT, STATUS_TEXT } from './messages.js';
import { metricLabel, stageName } from './stage-names.js';
import type { Stage } from '../schema/facts.js';
import { formatValue } from './number.js';

// The meeting's digest for e-mail and chat: the review in words, as Markdown or as one
// self-contained HTML page (no script, no style from outside, every label escaped).

const WORDS = {
  en: {
    title: (since: string, asOf: string, period: string) => `What changed since ${since} (as of ${asOf}, ${period})`,
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
  },
  'pt-BR': {
    title: (since: string, asOf: string, period: string) => `O que mudou desde ${since} (até ${asOf}, ${period})`,
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
  },
  es: {
    title: (since: string, asOf: string, period: string) => `Qué cambió desde ${since} (al ${asOf}, ${period})`,
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
  },
} as const;

/** The review's sections as titled lists of lines, in the order a meeting reads them. */
function sections(review: Review, locale: Locale, currency: string | undefined): { title: string; sections: Array<{ title: string; lines: string[] }> } {
  const w = WORDS[locale];
  const label = (id: string) => metricLabel(id, locale, review.stageLabels);
  const value = (id: string, v: number | null) => formatValue(v, getMetric(id)?.unit ?? 'count', { locale, currency });
  const verdict = (v: string) => (v in SLA_STATUS_TEXT ? SLA_STATUS_TEXT[v as keyof typeof SLA_STATUS_TEXT][locale] : STATUS_TEXT[v as keyof typeof STATUS_TEXT][locale]);
  const title = w.title(review.since, review.asOf, review.period);
  if (review.needsRecords) return { title, sections: [{ title: w.movers, lines: [w.needsRecords] }] };
  const number = (x: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  const signed = (x: number, digits = 2) => `${x < 0 ? '−' : '+'}${number(Math.abs(x), digits)}`;
  return {
    title,
    sections: [
      { title: w.movers, lines: review.movers.map((m) => `${label(m.metric)}: ${w.from} ${value(m.metric, m.since)} ${w.to} ${value(m.metric, m.now)}`) },
      {
        title: w.flips,
        lines: review.flips.map((f) => `${f.kind === 'metric' ? label(f.id) : (f.label ?? f.id)}: ${verdict(f.since)} → ${verdict(f.now)}`),
      },
      {
        title: w.why,
        lines: review.bridge ? [`${label('customers')}: ${number(review.bridge.from, 1)} → ${number(review.bridge.to, 1)}`, ...review.bridge.contributions.map((c) => `${label(c.driver)}: ${signed(c.contribution)}`)] : [],
      },
      { title: w.reasons, lines: review.reasons.map((r) => `${r.labels?.[locale] ?? r.label}${r.owner ? ` (${w.owner[r.owner]})` : ''}: ${r.since} → ${r.now}`) },
      {
        title: w.stalled,
        lines: review.stalled ? Object.entries(review.stalled).map(([stage, n]) => `${stageName(stage as Stage, locale, review.stageLabels)}: ${signed(n, 0)}`) : [],
      },
    ],
  };
}

/** The characters that start Markdown's emphasis, code, links, HTML and tables, escaped: a label is text, never markup. */
const md = (text: string) => text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);

/** The review as Markdown for chat and e-mail. */
export function reviewMarkdown(review: Review, locale: Locale = 'en', currency?: string): string {
  const { title, sections: parts } = sections(review, locale, currency);
  const nothing = WORDS[locale].nothing;
  return `## ${md(title)}\n\n${parts.map((s) => `### ${md(s.title)}\n\n${s.lines.length ? s.lines.map((line) => `- ${md(line)}`).join('\n') : md(nothing)}\n`).join('\n')}`;
}

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The review as one self-contained HTML page: its own small stylesheet, no script, every label escaped. */
export function reviewHtml(review: Review, locale: Locale = 'en', currency?: string): string {
  const { title, sections: parts } = sections(review, locale, currency);
  const nothing = WORDS[locale].nothing;
  const body = parts.map((s) => `<section><h2>${html(s.title)}</h2>${s.lines.length ? `<ul>${s.lines.map((line) => `<li>${html(line)}</li>`).join('')}</ul>` : `<p>${html(nothing)}</p>`}</section>`).join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${html(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f27}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}@media print{section{break-inside:avoid}}</style>
</head>
<body>
<h1>${html(title)}</h1>
${body}
</body>
</html>
`;
}
