import type { Locale } from '../metrics/types.js';
import { parsePeriod } from '../time/period.js';

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const format = (cache: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions) => {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
};

/**
 * A period as a chart's axis names it, short enough for a dozen side by side: "Apr 25",
 * "abr. 25", "abr 25" (the month and the year's last two digits, without pt-BR's "de");
 * "Q1 26", "W09 26", "Mar 18"; a year stays "2026". Anything that is not a key stays as given.
 */
export function shortPeriodLabel(key: string, locale: Locale): string {
  const period = parsePeriod(key);
  if (!period) return key;
  const year = key.slice(2, 4);
  switch (period.granularity) {
    case 'month': {
      const parts = format(monthFormats, locale, { month: 'short' }).formatToParts(new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1)));
      return `${parts.find((p) => p.type === 'month')!.value} ${year}`;
    }
    case 'day':
      return format(dayFormats, locale, { month: 'short', day: 'numeric' }).format(new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)))));
    case 'week':
    case 'quarter':
      return `${key.slice(5)} ${year}`;
    case 'year':
      return key;
  }
}
