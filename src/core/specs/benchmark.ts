import { baseSpec } from './base.js';
import type { VegaLiteSpec } from './types.js';

export interface BenchmarkRow {
  /** The metric's label (data, shown as text). */
  label: string;
  /** Value and band relative to the benchmark's reference (the band's top or the threshold): 1 = at the benchmark. */
  value: number;
  low: number;
  high: number;
  /** Formatted texts for the tooltip. */
  valueText: string;
  bandText: string;
}

/**
 * Bullet charts: each metric against its benchmark band, on a shared relative scale
 * (1 = the benchmark's reference), so metrics in different units line up.
 */
export function benchmarkSpec(options: { width: number; valueTitle: string; bandTitle: string }): VegaLiteSpec {
  return {
    ...baseSpec(options.width),
    height: { step: 34 },
    encoding: { y: { field: 'label', type: 'nominal', title: null, sort: null } },
    layer: [
      { mark: { type: 'bar', opacity: 0.28, size: 22 }, encoding: { x: { field: 'low', type: 'quantitative', title: null, axis: { format: '.0%' } }, x2: { field: 'high' }, tooltip: { field: 'bandText', type: 'nominal', title: options.bandTitle } } },
      { mark: { type: 'bar', size: 8 }, encoding: { x: { field: 'value', type: 'quantitative' }, tooltip: { field: 'valueText', type: 'nominal', title: options.valueTitle } } },
      { mark: { type: 'tick', thickness: 2, size: 26 }, encoding: { x: { datum: 1, type: 'quantitative' } } },
    ],
  };
}
