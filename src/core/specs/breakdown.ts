import { baseSpec } from './base.js';
import type { ChartOptions, VegaLiteSpec } from './types.js';

export interface BreakdownRow {
  channel: string;
  value: number;
}

/** A metric by channel: horizontal bars, largest first. */
export function breakdownSpec(options: ChartOptions & { channelTitle: string }): VegaLiteSpec {
  return {
    ...baseSpec(options.width),
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
