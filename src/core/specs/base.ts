import type { VegaLiteSpec } from './types.js';

/** What every chart of the kit shares: data only from the named dataset "table". */
export function baseSpec(width: number): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    // The given width is the whole chart's, axes and legend included.
    autosize: { type: 'fit-x', contains: 'padding' },
    width,
  };
}
