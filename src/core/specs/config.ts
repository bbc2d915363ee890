/**
 * The colours of categories (channels, series), in order: charts and the funnel's split
 * draw the same channel in the same colour. The first follows the theme's accent in charts.
 */
export const CATEGORY_COLORS = ['#2b59c3', '#d9730d', '#0f8b6f', '#b0418c', '#7a5cc9', '#8a6d1a', '#2f8fbd', '#c2453d'] as const;

/** The element's resolved theme tokens that charts draw with. */
export interface ChartTheme {
  text: string;
  muted: string;
  border: string;
  accent: string;
  font: string;
}

/** A theme as a vega-lite config: charts follow --kpi-* and dark mode. */
export function chartConfig(theme: ChartTheme): Record<string, unknown> {
  const { text, muted, border, accent, font } = theme;
  return {
    // The element gives the chart one text alternative of its own; per-mark ARIA is off.
    aria: false,
    background: null,
    font,
    view: { stroke: null },
    axis: { labelColor: muted, titleColor: muted, gridColor: border, domainColor: border, tickColor: border, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    legend: { labelColor: text, titleColor: muted, labelFontSize: 11 },
    title: { color: text },
    mark: { color: accent, aria: false },
    bar: { fill: accent },
    tick: { color: text },
    rule: { color: text },
    range: { category: [accent, ...CATEGORY_COLORS.slice(1)] },
  };
}
