import type { Locale } from '../metrics/types.js';
import { parsePeriod } from '../time/period.js';

/** The key's first day (a month's 1st), as a UTC date to format. */
const dayOf = (key: string) => new Date(Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10) || 1));

// toLocaleDateString builds a formatter on every call; an axis or a sparkline names a dozen
// periods per render. One formatter per locale and granularity, made once.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, granularity: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}|${granularity}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, granularity === 'month' ? { month: 'short', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/**
 * A period as a chart's axis names it, short enough for a dozen side by side: "Apr 25",
 * "abr. 25", "abr 25" (the month's short name and the year's last two digits); "Q1 26",
 * "W09 26", "Mar 18"; a year stays "2026". Anything that is not a key stays as given.
 */
export function shortPeriodLabel(key: string, locale: Locale): string {
  const granularity = parsePeriod(key)?.granularity;
  if (granularity === 'month') return `${dateFormat(locale, 'month').format(dayOf(key))} ${key.slice(2, 4)}`;
  if (granularity === 'day') return dateFormat(locale, 'day').format(dayOf(key));
  if (granularity === 'week' || granularity === 'quarter') return `${key.slice(5)} ${key.slice(2, 4)}`;
  return key;
}
