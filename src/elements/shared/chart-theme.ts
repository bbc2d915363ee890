import type { Locale } from '../../core/kit.js';

/**
 * The colours of categories (channels, series), in order: charts and the funnel's split
 * draw the same channel in the same colour. The first follows the theme's accent in charts.
 */
export const CATEGORY_COLORS = ['#2b59c3', '#d9730d', '#0f8b6f', '#b0418c', '#7a5cc9', '#8a6d1a', '#2f8fbd', '#c2453d'] as const;

/** A resolved theme token of the element (its private `--_*` property), or the fallback. */
export function themeToken(host: HTMLElement): (name: string, fallback: string) => string {
  const style = getComputedStyle(host);
  return (name, fallback) => style.getPropertyValue(name).trim() || fallback;
}

/** The colours of good news, no judgement and bad news, as the element resolves them. */
export function verdictColors(host: HTMLElement): [good: string, neutral: string, bad: string] {
  const token = themeToken(host);
  return [token('--_good', '#1a7a3a'), token('--_muted', '#566070'), token('--_bad', '#b02a20')];
}

/** The element's resolved theme tokens as a vega config: charts follow --kpi-* and dark mode. */
export function vegaConfig(host: HTMLElement): Record<string, unknown> {
  const token = themeToken(host);
  const text = token('--_text', '#1b1f27');
  const muted = token('--_muted', '#566070');
  const border = token('--_border', '#d5dae1');
  const accent = token('--_accent', '#2b59c3');
  const font = token('--_font', 'system-ui, sans-serif');
  return {
    background: null,
    font,
    view: { stroke: null },
    axis: { labelColor: muted, titleColor: muted, gridColor: border, domainColor: border, tickColor: border, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    legend: { labelColor: text, titleColor: muted, labelFontSize: 11 },
    title: { color: text },
    mark: { color: accent },
    bar: { fill: accent },
    tick: { color: text },
    rule: { color: text },
    range: { category: [accent, ...CATEGORY_COLORS.slice(1)] },
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
