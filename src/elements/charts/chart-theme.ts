import type { ChartTheme, Locale } from '../../core/kit.js';
import { SERIES_COUNT } from '../contract/tokens.js';

/** A resolved theme token of the element (its private `--_*` property), or the fallback. */
function themeToken(host: HTMLElement): (name: string, fallback: string) => string {
  const style = getComputedStyle(host);
  return (name, fallback) => style.getPropertyValue(name).trim() || fallback;
}

/** The benchmark chart's colours, as the element resolves them (one style read): good news, no judgement and bad news, and the band (`--kpi-band`). */
export function benchmarkColors(host: HTMLElement): { colors: [good: string, neutral: string, bad: string]; bandColor: string } {
  const token = themeToken(host);
  return { colors: [token('--_good', '#1a7a3a'), token('--_muted', '#566070'), token('--_bad', '#b02a20')], bandColor: token('--_band', '#9db5ea') };
}

/** The element's resolved theme tokens, which its charts draw with: they follow --kpi-* and dark mode. */
export function chartTheme(host: HTMLElement): ChartTheme {
  const token = themeToken(host);
  return {
    text: token('--_text', '#1b1f27'),
    surface: token('--_surface', '#ffffff'),
    muted: token('--_muted', '#566070'),
    border: token('--_border', '#d5dae1'),
    accent: token('--_accent', '#2b59c3'),
    font: token('--_font', 'system-ui, sans-serif'),
    palette: Array.from({ length: SERIES_COUNT }, (_, i) => token(`--_series-${i + 1}`, '#2b59c3')),
    // TEAM_KEYS' order: marketing, sales, then failures without a team in the muted colour.
    teams: [token('--_team-marketing', '#a8490f'), token('--_team-sales', '#1f6fa8'), token('--_muted', '#566070')],
  };
}

/** The locale's number format for vega (d3-format's locale definition), from Intl. */
export function vegaFormatLocale(locale: Locale, currency: string | undefined): Record<string, unknown> {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const thousands = parts.find((p) => p.type === 'group')?.value ?? ',';
  let prefix = '';
  let suffix = '';
  if (currency) {
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
    const symbol = money.find((p) => p.type === 'currency')?.value ?? currency;
    const before = money.findIndex((p) => p.type === 'currency') < money.findIndex((p) => p.type === 'integer');
    const space = money.some((p) => p.type === 'literal') ? '\u00a0' : '';
    if (before) prefix = symbol + space;
    else suffix = space + symbol;
  }
  return { decimal, thousands, grouping: [3], currency: [prefix, suffix] };
}
