// What a chart's width changes in its drawn spec, beyond the width itself: the room of its
// axes' labels and titles, and of its legend (a 320 px phone leaves a card some 270 px).

/** Below this width (px), a chart is narrow: its bottom axis's title ends where its plot does, its legend lists one entry a line. */
const NARROW = 480;

/** A d3 format that prints no decimals (a count's, money in whole units). */
const WHOLE = /\.0f$/;

/** The widest a legend's label may be (px). */
const LEGEND_LABEL_MAX = 280;

/**
 * The widest a label left of a chart may be at a width, in steps of 8 px (longer labels end in
 * "…"): at most 40% of the chart, so a phone's plot keeps more than half of it, and never more
 * than 200 px.
 */
export function rowLabelLimit(width: number): number {
  return Math.min(200, Math.max(64, Math.floor((width * 0.4) / 8) * 8));
}

/**
 * A vega spec fitted to the chart's width. Labels on the left (rows, or values) get a share of
 * it, so the plot keeps room ("Opportunity-to-customer rate" left a few pixels); a legend's
 * labels get the width less their symbol ("mesmo período do ano anterior" was cut at 160 px).
 * On a narrow chart, a title below the plot ends where the plot does, running left under the
 * labels (centred on a narrow plot, a long one ran past the chart's right edge), and a legend
 * lists one entry a line (side by side, the second ran past it). And an axis that prints
 * whole numbers ticks whole numbers only: a few MQLs ticked at halves read "0 1 1 2 2".
 */
export function fitToWidth<Spec extends { axes?: unknown; legends?: unknown }>(spec: Spec, width: number): Spec {
  const fit = fitOf(width);
  for (const axis of (spec.axes ?? []) as Array<Record<string, unknown>>) {
    if (typeof axis.format === 'string' && WHOLE.test(axis.format)) axis.tickMinStep = 1;
    if (axis.orient === 'left') axis.labelLimit = Math.min(fit.rowLabels, (axis.labelLimit as number | undefined) ?? Infinity);
    if (axis.orient === 'bottom' && fit.narrow) Object.assign(axis, { titleAnchor: 'end', titleLimit: width - 8 });
  }
  for (const legend of (spec.legends ?? []) as Array<Record<string, unknown>>) {
    legend.labelLimit = fit.legendLabels;
    if (fit.narrow) legend.columns = 1;
  }
  return spec;
}

/** What fitting a spec to a width decides, in steps: a chart resized within one step keeps its view. */
export function fitOf(width: number): { rowLabels: number; legendLabels: number; narrow: boolean } {
  return { rowLabels: rowLabelLimit(width), legendLabels: Math.min(LEGEND_LABEL_MAX, Math.floor((width - 64) / 8) * 8), narrow: width < NARROW };
}
