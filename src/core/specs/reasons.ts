import { baseSpec } from './base.js';
import type { ChartOptions, VegaLiteSpec } from './types.js';

/** The colour keys of the reasons chart, in the order of the theme's `teams` colours: the two teams, then failures without one. */
export const TEAM_KEYS = ['marketing', 'sales', 'none'] as const;
export type TeamKey = (typeof TEAM_KEYS)[number];

/** One bar of the reasons chart: a reason, largest first, as the element hands it over. */
export interface ReasonBar {
  /** The reason's code ('' for failures without one): what a click on its bar selects; null for the bar of all the reasons past the first few. */
  code: string | null;
  /** Its label in the reader's language (data, drawn as text), unique among the bars. */
  label: string;
  /** Whose work it points at: the bar's colour. */
  owner: TeamKey;
  failures: number;
  /** Written beside the bar: the team in words and the share ("Sales · 28%"), so colour is never alone. */
  note: string;
  /** The running share, formatted for the tooltip. */
  cumulativeText: string;
  /** 0 on the last bar of those that make up most failures (the Pareto cut-off), null elsewhere: a dashed rule is drawn under that bar only. */
  cut: number | null;
}

export interface ReasonsOptions extends ChartOptions {
  reasonTitle: string;
  cumulativeTitle: string;
  /** The colours of TEAM_KEYS, in order: the theme's (`--kpi-team-marketing`, `--kpi-team-sales`, the muted text colour). */
  teams: readonly string[];
}

/**
 * Failures by reason as a Pareto: horizontal bars in the rows' order (the element sends the
 * largest first), each in its team's colour with the team and the share written beside it,
 * and a dashed rule under the bar where the running share first reaches the cut-off (the
 * few reasons above it make up most failures). Data only through "table"; fields by name.
 */
export function reasonsSpec(options: ReasonsOptions): VegaLiteSpec {
  const x = { field: 'failures', type: 'quantitative' };
  return {
    ...baseSpec(options.width),
    height: { step: 28 },
    encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 200 } } },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3 },
        encoding: {
          // One bar per reason, never stacked (the colour is its team, not a part of it).
          x: { ...x, stack: null, title: options.valueTitle, axis: { format: options.valueFormat, labelOverlap: 'greedy', tickCount: 5 } },
          color: { field: 'owner', type: 'nominal', scale: { domain: [...TEAM_KEYS], range: options.teams }, legend: null },
          // The team and the share are written beside the bar: the tooltip adds the count and the running share.
          tooltip: [
            { field: 'label', type: 'nominal', title: options.reasonTitle },
            { field: 'failures', type: 'quantitative', title: options.valueTitle, format: options.valueFormat },
            { field: 'cumulativeText', type: 'nominal', title: options.cumulativeTitle },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: 11 },
        encoding: { x, text: { field: 'note', type: 'nominal' } },
      },
      {
        // A null `cut` is no rule: only the cut-off bar draws one, from the axis across the plot, in the gap under the bar.
        mark: { type: 'rule', strokeDash: [5, 3], strokeWidth: 1.5, yOffset: 1.5 },
        encoding: { x: { field: 'cut', type: 'quantitative' }, x2: { value: 'width' }, y: { field: 'label', type: 'nominal', sort: null, bandPosition: 1 } },
      },
    ],
  };
}
