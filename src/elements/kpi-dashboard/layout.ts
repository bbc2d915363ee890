import * as z from 'zod/mini';
import type { MetricGroup, MetricKind } from '../../core/kit.js';
import { GROUPS, KINDS } from '../../core/metrics/types.js';
import { core } from '../lazy/core.js';
import { MalformedAttribute } from '../contract/data-attribute.js';

/** The kinds of SLA a dataset declares (an sla-gauge widget's `type`). */
export const SLA_TYPES = ['volume', 'response', 'metric', 'acceptance'] as const;
/** Which failures a kpi-reasons widget shows. */
export const FAILURE_CHOICES = ['all', 'rejected', 'disqualified', 'lost'] as const;
/** What a kpi-bridge widget's change is measured from. */
export const BRIDGE_REFERENCES = ['previous', 'target'] as const;
/** Blocks on a topic of the kit's own, headed in the page's language. */
export const TOPICS = ['handoff', 'time-in-stage'] as const;
export type Topic = (typeof TOPICS)[number];

/** One element placed on the dashboard. Only known tags and attributes: no markup from JSON. */
export type Widget =
  | { element: 'kpi-card' | 'kpi-trend' | 'kpi-breakdown'; metric: string }
  /** One gauge for `sla`; else one per SLA of `type`; else one per SLA of the dataset that no other gauge of the layout shows. */
  | { element: 'sla-gauge'; sla?: string; type?: (typeof SLA_TYPES)[number] }
  | { element: 'kpi-reasons'; kind?: (typeof FAILURE_CHOICES)[number] }
  /** Default: customers, against the previous period. */
  | { element: 'kpi-bridge'; metric?: string; against?: (typeof BRIDGE_REFERENCES)[number] }
  | { element: 'kpi-benchmark'; metrics?: string }
  | { element: 'kpi-funnel'; split?: boolean }
  | { element: 'economics-card' }
  | { element: 'kpi-scorecard'; metrics?: string }
  /** What changed since the last meeting; default: the last 7 days. */
  | { element: 'kpi-review'; since?: string };

export interface DashboardBlock {
  /** "performance" or "result", a topic ("handoff", "time-in-stage"), or a title of the page's own. */
  kind?: MetricKind;
  topic?: Topic;
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
  // An sla-gauge without `sla` or `type` stands for one gauge per SLA of the dataset not shown elsewhere (the acceptance SLA is the handoff's).
  // The funnel, then why its last number (new customers) moved: the two teams' drivers, each with its share of the change.
  shared: [{ element: 'kpi-funnel', split: true }, { element: 'kpi-bridge' }, { element: 'sla-gauge' }],
  economics: [{ element: 'economics-card' }, { element: 'kpi-breakdown', metric: 'cac' }, { element: 'kpi-benchmark' }],
};

const cards = (...metrics: string[]): Widget[] => metrics.map((metric) => ({ element: 'kpi-card', metric }));

/**
 * Blocks on a topic, after a section's charts: how the handoff between the teams goes (sales'
 * answers to MQLs, what is stuck, why leads and deals fail and whose work each reason points
 * at, the acceptance SLA) and how long sales' stages take. Their cards are not repeated in
 * the blocks by kind.
 */
const TOPIC_BLOCKS: Partial<Record<MetricGroup, DashboardBlock[]>> = {
  sales: [{ topic: 'time-in-stage', widgets: cards('days_mql_to_sql', 'days_sql_to_opportunity', 'days_opportunity_to_customer') }],
  shared: [{ topic: 'handoff', widgets: [...cards('sales_acceptance_rate', 'decision_time_hours', 'mqls_undecided', 'stalled_leads'), { element: 'kpi-reasons' }, { element: 'sla-gauge', type: 'acceptance' }] }],
};

/** The default: a section per catalogue group, its charts, its topics, a block per kind with a card per metric not placed yet; the scorecard before economics. */
export function defaultLayout(): DashboardLayout {
  const metrics = core().allMetrics();
  const placed = new Set(
    Object.values(TOPIC_BLOCKS)
      .flat()
      .flatMap((block) => block.widgets.flatMap((w) => (w.element === 'kpi-card' ? [w.metric] : []))),
  );
  const sections: DashboardSection[] = GROUPS.map((group) => ({
    group,
    blocks: [
      { widgets: FEATURES[group] },
      ...(TOPIC_BLOCKS[group] ?? []),
      ...KINDS.map((kind) => ({
        kind,
        widgets: metrics.filter((m) => m.group === group && m.kind === kind && !placed.has(m.id)).map((m): Widget => ({ element: 'kpi-card', metric: m.id })),
      })).filter((block) => block.widgets.length > 0),
    ],
  }));
  sections.splice(GROUPS.indexOf('economics'), 0, { view: 'by-channel', blocks: [{ widgets: [{ element: 'kpi-scorecard' }] }] });
  return { sections };
}

const text = z.string({ error: 'expected a string' }).check(z.maxLength(200, { error: 'expected at most 200 characters' }));
const day = z.string({ error: 'expected a day YYYY-MM-DD' }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a day YYYY-MM-DD' }));
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
          topic: z.optional(z.enum(TOPICS, { error: `expected one of ${TOPICS.join(', ')}` })),
          title: z.optional(text),
          widgets: z.array(
            z.discriminatedUnion(
              'element',
              [
                z.strictObject({ element: z.enum(['kpi-card', 'kpi-trend', 'kpi-breakdown']), metric }),
                z.strictObject({ element: z.literal('sla-gauge'), sla: z.optional(text), type: z.optional(z.enum(SLA_TYPES, { error: `expected one of ${SLA_TYPES.join(', ')}` })) }),
                z.strictObject({ element: z.literal('kpi-reasons'), kind: z.optional(z.enum(FAILURE_CHOICES, { error: `expected one of ${FAILURE_CHOICES.join(', ')}` })) }),
                z.strictObject({ element: z.literal('kpi-bridge'), metric: z.optional(metric), against: z.optional(z.enum(BRIDGE_REFERENCES, { error: `expected one of ${BRIDGE_REFERENCES.join(', ')}` })) }),
                z.strictObject({ element: z.literal('kpi-benchmark'), metrics: z.optional(text) }),
                z.strictObject({ element: z.literal('kpi-funnel'), split: z.optional(z.boolean({ error: 'expected true or false' })) }),
                z.strictObject({ element: z.literal('economics-card') }),
                z.strictObject({ element: z.literal('kpi-scorecard'), metrics: z.optional(text) }),
                z.strictObject({ element: z.literal('kpi-review'), since: z.optional(day) }),
              ],
              { error: 'expected element kpi-card, kpi-trend, kpi-breakdown, sla-gauge, kpi-benchmark, kpi-funnel, economics-card, kpi-scorecard, kpi-reasons, kpi-bridge or kpi-review' },
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
