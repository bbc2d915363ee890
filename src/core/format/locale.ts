import type { Locale } from '../metrics/types.js';

/** Maps any BCP 47 tag to the closest built-in locale (pt-PT -> pt-BR, es-MX -> es, else en). */
export function resolveLocale(tag: string | undefined | null): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('pt')) return 'pt-BR';
  if (lower.startsWith('es')) return 'es';
  return 'en';
}
