import type { ChartOptions, VegaLiteSpec } from './types.js';

export interface BreakdownRow {
  channel: string;
  value: number;
}

/** A metric by channel: horizontal bars, largest first. */
export function breakdownSpec(options: ChartOptions & { channelTitle: string; count: number }): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    // The element gives the chart one text alternative of its own; per-mark ARIA is off.
    config: { aria: false, mark: { aria: false } },
    // The given width is the whole chart's, axes and legend included.
    autosize: { type: 'fit-x', contains: 'padding' },
    width: options.width,
    height: { step: 26 },
    mark: { type: 'bar', cornerRadiusEnd: 3 },
    encoding: {
      y: { field: 'channel', type: 'nominal', sort: '-x', title: null },
      x: { field: 'value', type: 'quantitative', title: options.valueTitle, axis: { format: options.valueFormat, labelOverlap: 'greedy', tickCount: 5 } },
      tooltip: [
        { field: 'channel', type: 'nominal', title: options.channelTitle },
        { field: 'value', type: 'quantitative', title: options.valueTitle, format: options.valueFormat },
      ],
    },
  };
}
