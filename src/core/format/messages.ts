import type { Locale, Localized, Reason } from '../metrics/types.js';
import type { Status } from '../compare/status.js';
import type { BenchmarkPosition, BenchmarkVerdict } from '../compare/benchmark.js';
import { withinBenchmark, type StatusSource } from '../compare/within-benchmark.js';
import type { PreviousComparison } from '../metrics/compute.js';
import type { Progress } from '../time/running.js';
import type { SlaStatus } from '../metrics/sla.js';
import type { StageLabelKey } from '../schema/facts.js';

// Words the kit shows, in its three built-in languages. Metric labels live in the catalogue.

const t = (en: string, ptBR: string, es: string): Localized => ({ en, 'pt-BR': ptBR, es });

export const REASON_TEXT: Record<Reason, Localized> = {
  'no-data': t('no data for this period', 'sem dados neste período', 'sin datos en este período'),
  'zero-denominator': t('cannot divide by zero', 'divisão por zero', 'división por cero'),
  'zero-churn': t('churn is zero: lifetime is unbounded', 'churn zero: vida útil ilimitada', 'churn cero: vida útil ilimitada'),
  'missing-input': t('an input is missing from the data', 'falta um dado de entrada', 'falta un dato de entrada'),
  'no-samples': t('no records to measure', 'sem registros para medir', 'sin registros para medir'),
  'out-of-range': t('too large to compute', 'grande demais para calcular', 'demasiado grande para calcular'),
};

export const STATUS_TEXT: Record<Status, Localized> = {
  good: t('good', 'bom', 'bueno'),
  warn: t('needs attention', 'atenção', 'atención'),
  bad: t('off track', 'fora do esperado', 'fuera de lo esperado'),
  neutral: t('no judgement', 'sem avaliação', 'sin evaluación'),
};

export const SLA_STATUS_TEXT: Record<SlaStatus, Localized> = {
  met: t('met', 'cumprido', 'cumplido'),
  'at-risk': t('at risk', 'em risco', 'en riesgo'),
  missed: t('missed', 'não cumprido', 'incumplido'),
  unknown: t('unknown', 'indeterminado', 'indeterminado'),
};

export const POSITION_TEXT: Record<BenchmarkPosition, Localized> = {
  below: t('below benchmark', 'abaixo do benchmark', 'por debajo del benchmark'),
  within: t('within benchmark', 'dentro do benchmark', 'dentro del benchmark'),
  above: t('above benchmark', 'acima do benchmark', 'por encima del benchmark'),
};

/** A metric's status when the benchmark's band holds it and no target judges it: said, not "no judgement". */
export const WITHIN_BENCHMARK_TEXT: Localized = t('within benchmark', 'dentro do benchmark', 'dentro del benchmark');

export type { StatusSource };

/** A metric's status in words: "within benchmark" where the benchmark's band gave a neutral one (see withinBenchmark); any other, its status's word. */
export function statusText(m: StatusSource, locale: Locale): string {
  return withinBenchmark(m) ? WITHIN_BENCHMARK_TEXT[locale] : STATUS_TEXT[m.status][locale];
}

/** What a reader is told of a benchmark: the position read by the metric's polarity. */
export const BENCHMARK_VERDICT_TEXT: Record<BenchmarkVerdict, Localized> = {
  better: t('better than the benchmark', 'melhor que o benchmark', 'mejor que el benchmark'),
  within: t('within the benchmark', 'dentro do benchmark', 'dentro del benchmark'),
  worse: t('worse than the benchmark', 'pior que o benchmark', 'peor que el benchmark'),
};

const TO_DATE: Record<Locale, (key: string, p: Progress) => string> = {
  en: (key, p) => `${key} to date (day ${p.days} of ${p.daysTotal})`,
  'pt-BR': (key, p) => `${key} até agora (dia ${p.days} de ${p.daysTotal})`,
  es: (key, p) => `${key} hasta la fecha (día ${p.days} de ${p.daysTotal})`,
};

/** A period as every element names it: "2026-03", or "2026-03 to date (day 18 of 31)" while it runs. */
export function periodLabel(key: string, progress: Progress | undefined, locale: Locale): string {
  return progress ? TO_DATE[locale](key, progress) : key;
}

const AS_OF_TODAY: Record<Locale, (day: string) => string> = {
  en: (day) => `As of today, ${day}.`,
  'pt-BR': (day) => `Dados até hoje, ${day}.`,
  es: (day) => `Datos a fecha de hoy, ${day}.`,
};

/** What a summary adds when the day it judges came from the clock (the dataset has no `asOf`): "As of today, 2026-12-06."; else nothing. */
export function todayNote(today: string | undefined, locale: Locale): string {
  return today === undefined ? '' : AS_OF_TODAY[locale](today);
}

/** A previous value counted from rows with a share of their days. */
export const PRORATED_TEXT: Localized = t('prorated', 'proporcional', 'prorrateado');

const VERSUS: Record<Locale, Record<PreviousComparison['basis'], (p: PreviousComparison) => string>> = {
  en: { full: (p) => `vs ${p.period}`, 'to-date': (p) => `vs ${p.period} to day ${p.days}`, prorated: (p) => `vs ${p.period} (${PRORATED_TEXT.en})` },
  'pt-BR': { full: (p) => `vs ${p.period}`, 'to-date': (p) => `vs ${p.period} até o dia ${p.days}`, prorated: (p) => `vs ${p.period} (${PRORATED_TEXT['pt-BR']})` },
  es: { full: (p) => `vs ${p.period}`, 'to-date': (p) => `vs ${p.period} hasta el día ${p.days}`, prorated: (p) => `vs ${p.period} (${PRORATED_TEXT.es})` },
};

/** What a change is measured against: "vs 2026-02", "vs 2026-02 to day 18", "vs 2026-02 (prorated)". */
export function previousLabel(previous: PreviousComparison, locale: Locale): string {
  return VERSUS[locale][previous.basis](previous);
}

export const STAGE_TEXT: Record<StageLabelKey, Localized> = {
  visitors: t('Visitors', 'Visitantes', 'Visitantes'),
  leads: t('Leads', 'Leads', 'Leads'),
  mqls: t('MQLs', 'MQLs', 'MQLs'),
  sqls: t('SQLs', 'SQLs', 'SQLs'),
  opportunities: t('Opportunities', 'Oportunidades', 'Oportunidades'),
  customers: t('Customers', 'Clientes', 'Clientes'),
};

export { resolveLocale } from './locale.js';
