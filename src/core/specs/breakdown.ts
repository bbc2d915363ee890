import { baseSpec } from './base.js';
import type { ChartOptions, VegaLiteSpec } from './types.js';

export interface BreakdownRow {
  channel: string;
  value: number;
}

/** The most bars a breakdown draws: the top channels, then one bar for all the others. */
export const MAX_BARS = 20;

export interface BreakdownOptions extends ChartOptions {
  channelTitle: string;
}

/** A metric by channel: horizontal bars in the rows' order (the element sends the largest first, "other" last). */
export function breakdownSpec(options: BreakdownOptions): VegaLiteSpec {
  return {
    ...baseSpec(options.width),
    height: { step: 26 },
    mark: { type: 'bar', cornerRadiusEnd: 3 },
    encoding: {
      y: { field: 'channel', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: options.valueTitle, axis: { format: options.valueFormat, labelOverlap: 'greedy', tickCount: 5 } },
      tooltip: [
        { field: 'channel', type: 'nominal', title: options.channelTitle },
        { field: 'value', type: 'quantitative', title: options.valueTitle, format: options.valueFormat },
      ],
    },
  };
}
