import * as z from 'zod/mini';
import type { MetricGroup, MetricKind } from '../../core/kit.js';
import { GROUPS, KINDS } from '../../core/metrics/types.js';
import { core } from '../lazy/core.js';
import { MalformedAttribute } from '../contract/data-attribute.js';

/** One element placed on the dashboard. Only known tags and attributes: no markup from JSON. */
export type Widget =
  | { element: 'kpi-card' | 'kpi-trend' | 'kpi-breakdown'; metric: string }
  | { element: 'sla-gauge'; sla?: string }
  | { element: 'kpi-benchmark'; metrics?: string }
  | { element: 'kpi-funnel'; split?: boolean }
  | { element: 'economics-card' }
  | { element: 'kpi-scorecard'; metrics?: string };

export interface DashboardBlock {
  /** "performance" or "result", or a title of the page's own. */
  kind?: MetricKind;
  title?: string;
  widgets: Widget[];
}

export interface DashboardSection {
  group?: MetricGroup;
  /** `by-channel`: the metrics across channels (headed "By channel" in the page's language). */
  view?: 'by-channel';
  title?: string;
  blocks: DashboardBlock[];
}

export interface DashboardLayout {
  sections: DashboardSection[];
}

/** Charts and panels that head each section of the default layout. */
const FEATURES: Record<MetricGroup, Widget[]> = {
  marketing: [{ element: 'kpi-trend', metric: 'mqls' }, { element: 'kpi-breakdown', metric: 'leads' }],
  sales: [{ element: 'kpi-trend', metric: 'customers' }, { element: 'kpi-breakdown', metric: 'win_rate' }],
  // An sla-gauge without `sla` stands for one gauge per SLA of the dataset.
  shared: [{ element: 'kpi-funnel', split: true }, { element: 'sla-gauge' }],
  economics: [{ element: 'economics-card' }, { element: 'kpi-breakdown', metric: 'cac' }, { element: 'kpi-benchmark' }],
};

/** The default: a section per catalogue group, a block per kind, a card per metric, and a few charts; the scorecard before economics. */
export function defaultLayout(): DashboardLayout {
  const metrics = core().allMetrics();
  const sections: DashboardSection[] = GROUPS.map((group) => ({
    group,
    blocks: [
      { widgets: FEATURES[group] },
      ...KINDS.map((kind) => ({
        kind,
        widgets: metrics.filter((m) => m.group === group && m.kind === kind).map((m): Widget => ({ element: 'kpi-card', metric: m.id })),
      })).filter((block) => block.widgets.length > 0),
    ],
  }));
  sections.splice(GROUPS.indexOf('economics'), 0, { view: 'by-channel', blocks: [{ widgets: [{ element: 'kpi-scorecard' }] }] });
  return { sections };
}

const text = z.string({ error: 'expected a string' }).check(z.maxLength(200, { error: 'expected at most 200 characters' }));
const metric = z.string({ error: 'expected a metric id' }).check(z.refine((id: string) => core().isMetricId(id), { error: 'expected a metric id of the catalogue' }));

/** The layout's own schema: only known elements and attributes, each of the right type. */
const layoutSchema = z.strictObject({
  sections: z.array(
    z.strictObject({
      group: z.optional(z.enum(GROUPS, { error: `expected one of ${GROUPS.join(', ')}` })),
      view: z.optional(z.literal('by-channel', { error: 'expected "by-channel"' })),
      title: z.optional(text),
      blocks: z.array(
        z.strictObject({
          kind: z.optional(z.enum(KINDS, { error: `expected one of ${KINDS.join(', ')}` })),
          title: z.optional(text),
          widgets: z.array(
            z.discriminatedUnion(
              'element',
              [
                z.strictObject({ element: z.enum(['kpi-card', 'kpi-trend', 'kpi-breakdown']), metric }),
                z.strictObject({ element: z.literal('sla-gauge'), sla: z.optional(text) }),
                z.strictObject({ element: z.literal('kpi-benchmark'), metrics: z.optional(text) }),
                z.strictObject({ element: z.literal('kpi-funnel'), split: z.optional(z.boolean({ error: 'expected true or false' })) }),
                z.strictObject({ element: z.literal('economics-card') }),
                z.strictObject({ element: z.literal('kpi-scorecard'), metrics: z.optional(text) }),
              ],
              { error: 'expected element kpi-card, kpi-trend, kpi-breakdown, sla-gauge, kpi-benchmark, kpi-funnel, economics-card or kpi-scorecard' },
            ),
          ),
        }),
      ),
    }),
  ),
});

export type LayoutResult = { ok: true; layout: DashboardLayout } | { ok: false; problem: string };

/** Validates a layout (from the attribute's JSON or the property): the layout, or the first problem with its path. */
export function parseLayout(layout: unknown): LayoutResult {
  if (layout instanceof MalformedAttribute) return { ok: false, problem: `the layout attribute is not valid JSON: ${layout.message}` };
  const result = layoutSchema.safeParse(layout, { reportInput: true });
  if (result.success) return { ok: true, layout: result.data as DashboardLayout };
  const issue = result.error.issues[0]!;
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const message =
    issue.code === 'unrecognized_keys' ? 'unknown key' : issue.code === 'invalid_type' && issue.message === 'Invalid input' ? (issue.input === undefined ? 'required' : `expected ${issue.expected}`) : issue.message;
  return { ok: false, problem: `${core().formatPath(path)}: ${message}` };
}
