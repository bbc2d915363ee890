// A vega-lite spec as the builders return it. Kept structural rather than importing
// vega-lite's types: those reference the DOM, which the core's tsconfig leaves out.
export type VegaLiteSpec = { [key: string]: unknown };

/** What every chart's rows look like to the spec builders. */
export interface ChartOptions {
  /** Axis and legend titles, already in the reader's language. */
  valueTitle: string;
  /** A d3-format string for the values (`,.0f`, `.1%`, `$,.0f`). */
  valueFormat: string;
  /** Chart width in px; heights follow from the data. */
  width: number;
}
