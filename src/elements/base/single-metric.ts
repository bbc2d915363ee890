import type { PropertyDeclarations } from 'lit';
import type { MetricDefinition } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import type { KpiElement } from './kpi-element.js';
import type { RenderContext } from '../views/render-context.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes any arguments
type ElementClass = abstract new (...args: any[]) => KpiElement;

/**
 * What the elements of one metric share (card, trend, breakdown): the `metric` attribute,
 * the unknown-metric error state naming the known ids, and the metric's label as title.
 */
/** What the mixin adds, as the type a declaration file can state (its class's own type names KpiElement's private members). */
export interface SingleMetricMembers {
  metric: string;
  readonly definition: MetricDefinition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function SingleMetric<Base extends ElementClass>(base: Base): Base & (abstract new (...args: any[]) => SingleMetricMembers) {
  abstract class SingleMetricElement extends base {
    static properties: PropertyDeclarations = {
      metric: {},
    };

    /** Catalogue metric id, e.g. `mqls`, `cac`, `lead_to_mql`. */
    metric = 'mqls';

    protected override problem(ctx: RenderContext): string | undefined {
      return this.unknownMetric(ctx, [this.metric]);
    }

    protected override heading(_ctx?: RenderContext): string {
      return this.metricLabel(this.metric);
    }

    /** Six cards on a page download six files, each named after its metric (`kpi-card-mqls-2026-03.csv`). */
    protected override get downloadName(): string {
      return `${this.localName}-${this.metric}`;
    }

    /** The metric's definition (its unit, label, polarity), once the core is in and the id is known. */
    get definition(): MetricDefinition {
      return core().getMetric(this.metric)!;
    }
  }
  return SingleMetricElement;
}
