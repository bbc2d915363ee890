import type { VegaLiteSpec } from './types.js';

/** What every chart of the kit shares: data only from the named dataset "table". */
export function baseSpec(width: number): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    // The element gives the chart one text alternative of its own; per-mark ARIA is off.
    config: { aria: false, mark: { aria: false } },
    // The given width is the whole chart's, axes and legend included.
    autosize: { type: 'fit-x', contains: 'padding' },
    width,
  };
}
