import { baseSpec } from './base.js';
import type { ChartOptions, VegaLiteSpec } from './types.js';

/** The colour keys of the bridge chart, in the order of its `colors` option: a change that helps, the two totals, a change that hurts. */
export const BRIDGE_KEYS = ['good', 'total', 'bad'] as const;
export type BridgeKey = (typeof BRIDGE_KEYS)[number];

/** One bar of the bridge (waterfall) chart, top to bottom: the reference, one per driver (or mix and rate), the value. */
export interface BridgeBar {
  /** A driver's metric id (what a click on its bar selects); `from`, `to`, `mix` or `rate` for the others. */
  key: string;
  /** Its label in the reader's language (data, drawn as text), unique among the bars. */
  label: string;
  /** Where the bar starts and ends on the value axis: 0 to the total for the two totals; the running total before and after the driver for the rest. */
  start: number;
  end: number;
  /** The larger of start and end: where the words beside the bar begin. */
  edge: number;
  /** Its colour: a total, or a change that helps or hurts the metric (by its polarity). */
  kind: BridgeKey;
  /** Written beside the bar: the contribution, signed ("+0.28"), or the total; colour is never alone. */
  note: string;
  /** The driver's move in words, for the tooltip ("18.2% → 19.8%, +1.6 pp"). */
  detail: string;
}

export interface BridgeOptions extends ChartOptions {
  /** The bars' axis title (Drivers) and the tooltip's title of the driver's move. */
  driverTitle: string;
  changeTitle: string;
  /** The colours of BRIDGE_KEYS, in order (the element's good, muted and bad tokens). */
  colors: readonly string[];
}

/**
 * A metric's change from its reference to its value as a horizontal waterfall: the
 * reference's bar from zero, then one floating bar per driver from the running total before
 * it to the one after it (coloured by whether it helps or hurts), then the value's bar. The
 * contribution is written beside each bar. Data only through "table"; fields by name.
 */
export function bridgeSpec(options: BridgeOptions): VegaLiteSpec {
  return {
    ...baseSpec(options.width),
    height: { step: 28 },
    encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 200 } } },
    layer: [
      {
        mark: { type: 'bar', cornerRadius: 2 },
        encoding: {
          x: { field: 'start', type: 'quantitative', title: options.valueTitle, axis: { format: options.valueFormat, labelOverlap: 'greedy', tickCount: 5 } },
          x2: { field: 'end' },
          color: { field: 'kind', type: 'nominal', scale: { domain: [...BRIDGE_KEYS], range: options.colors }, legend: null },
          tooltip: [
            { field: 'label', type: 'nominal', title: options.driverTitle },
            { field: 'note', type: 'nominal', title: options.valueTitle },
            { field: 'detail', type: 'nominal', title: options.changeTitle },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: 11 },
        encoding: { x: { field: 'edge', type: 'quantitative' }, text: { field: 'note', type: 'nominal' } },
      },
    ],
  };
}
