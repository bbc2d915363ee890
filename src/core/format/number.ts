import type { PreviousComparison } from '../metrics/compute.js';
import type { Locale, Unit } from '../metrics/types.js';

// Intl formatting of metric values. Formatters are cached: building one costs far more
// than using it. `signDisplay: 'negative'` keeps "-0" off the screen.

export const NO_VALUE = '—';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    formatters.set(key, f);
  }
  return f;
}

export interface FormatOptions {
  locale?: Locale;
  /** ISO 4217 code; money without one prints as a plain number. */
  currency?: string | undefined;
  /** Short forms for tight spaces: 12.3K, R$ 1,2 mi. */
  compact?: boolean;
}

const PER_DAY: Record<Locale, string> = { en: '/day', 'pt-BR': '/dia', es: '/día' };
const PP: Record<Locale, string> = { en: 'pp', 'pt-BR': 'p.p.', es: 'p.p.' };

function unitFormat(locale: Locale, unit: 'day' | 'hour' | 'month', value: number): string {
  const digits = Math.abs(value) < 10 ? 1 : 0;
  return formatter(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: digits }).format(value);
}

/** Money, in whole units from 100 up; `scale`: the amount whose size decides the cents (a change prints as the values it separates). */
export function formatMoney(value: number, { locale = 'en', currency, compact = false }: FormatOptions = {}, scale = value): string {
  const digits = compact ? 1 : Math.abs(scale) >= 100 ? 0 : 2;
  const options: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: 0 }
    : { maximumFractionDigits: digits };
  if (compact) options.notation = 'compact';
  return formatter(locale, options).format(value);
}

export function formatCount(value: number, { locale = 'en', compact = false }: FormatOptions = {}): string {
  return formatter(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
}

/** A fraction as a percentage: 0.253 -> 25.3%. */
export function formatPercent(value: number, { locale = 'en' }: FormatOptions = {}, signed = false): string {
  // Below 1% a fixed decimal would print 0.03% as "0%": keep two significant digits instead.
  const precision: Intl.NumberFormatOptions = value !== 0 && Math.abs(value) < 0.01 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 };
  return formatter(locale, { style: 'percent', ...precision, ...(signed && { signDisplay: 'exceptZero' }) }).format(value);
}

/** Percentage points, already scaled: 2.5 -> "+2.5 pp"; a change too small for one decimal keeps one significant digit (+0.01 pp), never "0 pp". */
export function formatPoints(points: number, { locale = 'en' }: FormatOptions = {}): string {
  const precision: Intl.NumberFormatOptions = points !== 0 && Math.abs(points) < 0.05 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 1 };
  return `${formatter(locale, { ...precision, signDisplay: 'exceptZero' }).format(points)} ${PP[locale]}`;
}

export function formatDays(value: number, options: FormatOptions = {}): string {
  return unitFormat(options.locale ?? 'en', 'day', value);
}

export function formatHours(value: number, options: FormatOptions = {}): string {
  return unitFormat(options.locale ?? 'en', 'hour', value);
}

export function formatMonths(value: number, options: FormatOptions = {}): string {
  return unitFormat(options.locale ?? 'en', 'month', value);
}

/** Any metric value in its unit; null prints as "—". */
export function formatValue(value: number | null, unit: Unit, options: FormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const locale = options.locale ?? 'en';
  switch (unit) {
    case 'count':
      return formatCount(value, options);
    case 'rate':
      return formatPercent(value, options);
    case 'ratio':
      return `${formatter(locale, { maximumFractionDigits: 1 }).format(value)}×`;
    case 'money':
      return formatMoney(value, options);
    case 'moneyPerDay':
      return `${formatMoney(value, options)}${PER_DAY[locale]}`;
    case 'days':
      return formatDays(value, options);
    case 'hours':
      return formatHours(value, options);
    case 'months':
      return formatMonths(value, options);
  }
}

/** The change against the previous period: percentage points for rates, the unit otherwise. */
export function formatDelta(previous: PreviousComparison, unit: Unit, options: FormatOptions = {}): string {
  if (previous.delta === null) return NO_VALUE;
  if (previous.deltaUnit === 'pp') return formatPoints(previous.delta, options);
  const sign = previous.delta > 0 ? '+' : '';
  // +R$37 between R$206 and R$243, not +R$36.39.
  if (unit === 'money' || unit === 'moneyPerDay') return `${sign}${formatMoney(previous.delta, options, Math.max(Math.abs(previous.delta), Math.abs(previous.value ?? 0)))}${unit === 'money' ? '' : PER_DAY[options.locale ?? 'en']}`;
  return `${sign}${formatValue(previous.delta, unit, options)}`;
}

/** Relative change, signed: +12.5%. */
export function formatRelative(relative: number | null, options: FormatOptions = {}): string {
  return relative === null ? NO_VALUE : formatPercent(relative, options, true);
}
