import type { Locale } from '../../core/kit.js';

// The words of <kpi-review> alone, in every language: they travel in that element's lazy
// chunk (lazy/review-api.ts), so other pages download none of them. The review's own
// sentences (headline, sections, lines) are the digest's, from the core.

const en = {
  heading: 'Since the last meeting',
  /** `then`: the period the last meeting read, when it was an earlier one. */
  dates: (period: string, since: string, asOf: string, then?: string) => `${period} · since ${since}${then ? ` (${then})` : ''} · as of ${asOf}`,
  copy: 'Copy as Markdown',
  copied: 'Copied as Markdown.',
  copyFailed: (why: string) => `Could not copy (${why}); use "View as table" or the CSV instead.`,
  badSince: (message: string) => `Cannot review: ${message}.`,
  section: 'Section',
  item: 'What changed',
};

export type ReviewWords = typeof en;

const ptBR: ReviewWords = {
  heading: 'Desde a última reunião',
  dates: (period, since, asOf, then) => `${period} · desde ${since}${then ? ` (${then})` : ''} · até ${asOf}`,
  copy: 'Copiar como Markdown',
  copied: 'Copiado como Markdown.',
  copyFailed: (why) => `Não foi possível copiar (${why}); use "Ver como tabela" ou o CSV.`,
  badSince: (message) => `Não é possível revisar: ${message}.`,
  section: 'Seção',
  item: 'O que mudou',
};

const es: ReviewWords = {
  heading: 'Desde la última reunión',
  dates: (period, since, asOf, then) => `${period} · desde ${since}${then ? ` (${then})` : ''} · al ${asOf}`,
  copy: 'Copiar como Markdown',
  copied: 'Copiado como Markdown.',
  copyFailed: (why) => `No se pudo copiar (${why}); use "Ver como tabla" o el CSV.`,
  badSince: (message) => `No se puede revisar: ${message}.`,
  section: 'Sección',
  item: 'Qué cambió',
};

export const REVIEW_WORDS: Record<Locale, ReviewWords> = { en, 'pt-BR': ptBR, es };
