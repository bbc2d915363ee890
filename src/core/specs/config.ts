/**
 * The default colours of categories (channels, series), in order: the elements' series
 * tokens (`--kpi-series-1` … `-8`) default to them, the first to the accent; charts and the
 * funnel's split both read those tokens, so the same channel has the same colour.
 */
export const CATEGORY_COLORS = ['#2b59c3', '#d9730d', '#0f8b6f', '#b0418c', '#7a5cc9', '#8a6d1a', '#2f8fbd', '#c2453d'] as const;

/** The element's resolved theme tokens that charts draw with. */
export interface ChartTheme {
  text: string;
  /** The element's background: the halo under words written over lines. */
  surface: string;
  muted: string;
  border: string;
  accent: string;
  font: string;
  /** The category colours, in order (channels, series). */
  palette: readonly string[];
  /** The teams' colours (`--kpi-team-marketing`, `--kpi-team-sales`), then that of failures without a team: the reasons chart's bars. */
  teams: readonly string[];
}

/** A theme as a vega-lite config: charts follow --kpi-* and dark mode. */
export function chartConfig(theme: ChartTheme): Record<string, unknown> {
  const { text, surface, muted, border, accent, font, palette } = theme;
  return {
    // The element gives the chart one text alternative of its own; per-mark ARIA is off.
    aria: false,
    background: null,
    font,
    view: { stroke: null },
    // Labels an axis thins out keep this gap (px) to the next one drawn: touching labels read as one word.
    axis: { labelSeparation: 6, labelColor: muted, titleColor: muted, gridColor: border, domainColor: border, tickColor: border, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    legend: { labelColor: text, titleColor: muted, labelFontSize: 11 },
    title: { color: text },
    mark: { color: accent, aria: false },
    bar: { fill: accent },
    tick: { color: text },
    rule: { color: text },
    // Words written on a chart (beside a bar) in the text colour, not the accent.
    text: { color: text },
    // A word written where lines may cross it ("Target") stands on its own halo, drawn under it
    // in the background's colour by a text mark of this style (in SVG and in a PNG alike).
    style: { halo: { color: surface, stroke: surface, strokeWidth: 4, strokeJoin: 'round' } },
    range: { category: palette },
  };
}
