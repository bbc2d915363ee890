// What a chart's width changes in its drawn spec, beyond the width itself: labels and titles
// of its axes on a narrow chart (a 320 px phone leaves a card some 270 px).

/** Below this width (px), a chart is narrow: its bottom axis's title ends where its plot does. */
const NARROW = 480;

/**
 * The widest a label left of a chart may be at a width, in steps of 8 px (longer labels end in
 * "…"): at most 40% of the chart, so a phone's plot keeps more than half of it, and never more
 * than 200 px.
 */
export function rowLabelLimit(width: number): number {
  return Math.min(200, Math.max(64, Math.floor((width * 0.4) / 8) * 8));
}

/**
 * A vega spec's axes fitted to the chart's width: labels on the left (rows, or values) get a
 * share of it, so the plot keeps room ("Opportunity-to-customer rate" left a few pixels); on
 * a narrow chart, a title below the plot ends where the plot does, running left under the
 * labels (centred on a narrow plot, a long one ran past the chart's right edge).
 */
export function fitAxes<Spec extends { axes?: unknown }>(spec: Spec, width: number): Spec {
  const limit = rowLabelLimit(width);
  for (const axis of (spec.axes ?? []) as Array<Record<string, unknown>>) {
    if (axis.orient === 'left') axis.labelLimit = Math.min(limit, (axis.labelLimit as number | undefined) ?? Infinity);
    if (axis.orient === 'bottom' && width < NARROW) Object.assign(axis, { titleAnchor: 'end', titleLimit: width - 8 });
  }
  return spec;
}
