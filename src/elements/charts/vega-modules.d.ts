// vega's runtime packages ship no typings of their own; the kit imports them one by one
// (src/elements/charts/vega-runtime.ts) and types them with the vega bundle's typings.
declare module 'vega-dataflow' {
  export { changeset } from 'vega';
  /** The registry of transforms a vega spec may name. */
  export const transforms: Record<string, unknown>;
}
declare module 'vega-view' {
  export { View } from 'vega';
}
declare module 'vega-parser' {
  export { parse } from 'vega';
}
declare module 'vega-format' {
  /** A locale object for a View, from d3-format (and d3-time-format) definitions. */
  export function locale(number?: object, time?: object): object;
}
declare module 'vega-encode';
declare module 'vega-transforms';
declare module 'vega-view-transforms';
