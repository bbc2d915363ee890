import { parsePeriod } from '../time/period.js';
import { baseSpec } from './base.js';
import type { ChartOptions, VegaLiteSpec } from './types.js';

/** One period of one series, as the element computes it. */
export interface TrendInput {
  period: string;
  value: number;
  /**
   * The name of the series the point belongs to, as the reader sees it in the legend and
   * tooltip ("this period", "mesmo período do ano anterior"): the chart's colour domain
   * lists the same names, in order.
   */
  series: string;
  /** The period is running: the point is "to date". */
  toDate?: boolean;
  /** The period as the axis names it ("Apr 25"); the key when absent. */
  label?: string;
  /** A running period's value carried to its end at the pace so far (additive metrics only): drawn beside the point, never instead of it. */
  projected?: number;
  /** The period's target, where it has one (this year's series). */
  target?: number;
}

/**
 * A row of the trend's table. Each layer reads its own field, and a null drops the point
 * from that layer only: so the running point can be hollow and the segment to it dashed
 * without a filter or an expression in the spec.
 */
export interface TrendPoint {
  period: string;
  /** The period's name on the axis, and the position it is drawn at. */
  label: string;
  /** The period's place in time: the axis is in this order, whatever order the rows come in. */
  order: number;
  series: string;
  value: number;
  /** The value of a closed period (solid line, filled point); null for a running one. */
  solid: number | null;
  /** The value on the dashed segment: the running point and the closed point before it. */
  dashed: number | null;
  /** The value of a running period (hollow point). */
  running: number | null;
  /** Its projection to the period's end (a ghost point labelled "projected"); null elsewhere. */
  projected: number | null;
  /** The period's target (the dashed target line), null where it has none. */
  target: number | null;
  /** The first target of the line: where its word is written. */
  targetStart: number | null;
}

/** Trend rows from the points of each series, oldest first within a series. */
export function trendRows(inputs: readonly TrendInput[]): TrendPoint[] {
  const firstTarget = inputs.findIndex((q) => q.target !== undefined);
  return inputs.map((p, i) => {
    const next = inputs[i + 1];
    const beforeRunning = next !== undefined && next.series === p.series && next.toDate === true && !p.toDate;
    return {
      period: p.period,
      label: p.label ?? p.period,
      order: parsePeriod(p.period)?.index ?? i,
      series: p.series,
      value: p.value,
      solid: p.toDate ? null : p.value,
      dashed: p.toDate || beforeRunning ? p.value : null,
      running: p.toDate ? p.value : null,
      projected: p.toDate && p.projected !== undefined ? p.projected : null,
      target: p.target ?? null,
      targetStart: i === firstTarget ? p.target! : null,
    };
  });
}

export interface TrendOptions extends ChartOptions {
  /** Series names, in legend and colour order: the current one first. */
  series: string[];
  periodTitle: string;
  targetTitle: string;
  /** The tooltip's word for a running point's value ("to date"). */
  toDateTitle: string;
  /** The word beside a running point's projection ("projected"). */
  projectedTitle: string;
}

/** A word on the chart, and under it the same word as a halo (the theme's `halo` style): legible where a line crosses it. */
function haloed(layer: { mark: Record<string, unknown>; encoding: Record<string, unknown> }): VegaLiteSpec[] {
  return [{ ...layer, mark: { ...layer.mark, style: 'halo' } }, layer];
}

/**
 * A metric over periods: a line per series (this year, the same periods last year), the
 * running period's point hollow at the end of a dashed segment, and each period's target dashed.
 * Data comes only through the named dataset "table"; field names only as {"field": …}.
 */
export function trendSpec(options: TrendOptions): VegaLiteSpec {
  // Short names ("Apr 25") in time order; where they do not fit, every other one is left out
  // (parity: evenly, where greedy would leave uneven gaps),
  // never two run together (the theme's labelSeparation keeps a gap between those drawn).
  const x = { field: 'label', type: 'ordinal', sort: { field: 'order', op: 'min' }, title: options.periodTitle, axis: { labelAngle: 0, labelOverlap: 'parity' } };
  const y = (field: keyof TrendPoint) => ({ field, type: 'quantitative', title: options.valueTitle, axis: { format: options.valueFormat } });
  const color = { field: 'series', type: 'nominal', title: null, scale: { domain: options.series }, legend: { orient: 'bottom' } };
  const tooltip = (title: string) => [
    { field: 'series', type: 'nominal' },
    { field: 'period', type: 'ordinal', title: options.periodTitle },
    { field: 'value', type: 'quantitative', title, format: options.valueFormat },
  ];
  const layers: VegaLiteSpec[] = [
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: y('solid'), color, strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain: options.series } } } },
    { mark: { type: 'line', strokeWidth: 2, strokeDash: [2, 3] }, encoding: { x, y: y('dashed'), color } },
    { mark: { type: 'point', filled: true, size: 36 }, encoding: { x, y: y('solid'), color, tooltip: tooltip(options.valueTitle) } },
    { mark: { type: 'point', filled: false, size: 64, strokeWidth: 2 }, encoding: { x, y: y('running'), color, tooltip: tooltip(`${options.valueTitle} (${options.toDateTitle})`) } },
    // The running value's projection to the period's end: a ghost of the point (faint, dashed) with its word beside it,
    // so the drop of a partial period reads as "so far", not as a fall.
    { mark: { type: 'point', filled: false, size: 64, strokeWidth: 1.5, strokeDash: [2, 2], opacity: 0.6 }, encoding: { x, y: y('projected'), color, tooltip: tooltip(`${options.valueTitle} (${options.projectedTitle})`) } },
    ...haloed({ mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -6, dy: -6, fontSize: 10, fontStyle: 'italic' }, encoding: { x, y: y('projected'), text: { value: options.projectedTitle } } }),
  ];
  // Each period's target, over the periods that have one (not one period's across them all): dashed,
  // a dot per period so a lone target shows; its word at its left end, above it. A path per
  // series (`detail`): in one path, last year's rows, which have no target, fell between this
  // year's in the line's order and broke it into dots.
  layers.push(
    {
      mark: { type: 'line', strokeDash: [4, 3], strokeWidth: 1.5, point: { size: 12 } },
      encoding: { x, y: y('target'), detail: { field: 'series', type: 'nominal' }, tooltip: [{ field: 'period', type: 'ordinal', title: options.periodTitle }, { field: 'target', type: 'quantitative', title: options.targetTitle, format: options.valueFormat }] },
    },
    ...haloed({ mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 2, dy: -3, fontSize: 10, fontStyle: 'italic' }, encoding: { x, y: y('targetStart'), text: { value: options.targetTitle } } }),
  );
  return {
    ...baseSpec(options.width),
    height: 180,
    layer: layers,
  };
}
