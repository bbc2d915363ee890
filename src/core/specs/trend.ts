import { baseSpec } from './base.js';
import type { ChartOptions, VegaLiteSpec } from './types.js';

export interface TrendPoint {
  period: string;
  value: number;
  /** "current" or "last year": the series the point belongs to. */
  series: string;
}

export interface TrendOptions extends ChartOptions {
  target?: number;
  /** Series names, in legend and colour order: the current one first. */
  series: string[];
  periodTitle: string;
  targetTitle: string;
}

/**
 * A metric over periods: a line per series (this year, the same periods last year), and
 * the target as a rule. Data comes only through the named dataset "table"; field names
 * only as {"field": …}.
 */
export function trendSpec(options: TrendOptions): VegaLiteSpec {
  const layers: VegaLiteSpec[] = [
    {
      mark: { type: 'line', point: true, strokeWidth: 2 },
      encoding: {
        x: { field: 'period', type: 'ordinal', title: options.periodTitle, axis: { labelAngle: 0, labelOverlap: 'greedy' } },
        y: { field: 'value', type: 'quantitative', title: options.valueTitle, axis: { format: options.valueFormat } },
        color: { field: 'series', type: 'nominal', title: null, scale: { domain: options.series }, legend: { orient: 'bottom' } },
        strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain: options.series } },
        tooltip: [
          { field: 'series', type: 'nominal' },
          { field: 'period', type: 'ordinal', title: options.periodTitle },
          { field: 'value', type: 'quantitative', title: options.valueTitle, format: options.valueFormat },
        ],
      },
    },
  ];
  if (options.target !== undefined) {
    layers.push({
      // Its own single datum: inheriting the table would draw the rule once per row.
      data: { values: [{}] },
      mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1.5 },
      encoding: { y: { datum: options.target, type: 'quantitative' }, tooltip: { value: `${options.targetTitle}` } },
    });
  }
  return {
    ...baseSpec(options.width),
    height: 180,
    layer: layers,
  };
}
