import { html, type TemplateResult } from 'lit';
import type { Dataset, Mode } from '../../core/kit.js';

// The dashboard's widgets as templates with one property binding per setting (never an
// attribute: the dataset stays an object). Bindings, not a directive that assigns them: a
// server runs no element-part directive, and these put each widget's numbers in the server's
// HTML. Each tag gets exactly the settings it reads, so the others keep their defaults.

/** What every widget is given: the dashboard's dataset and choices. */
export interface Shown {
  data: Dataset;
  period: string;
  mode: Mode;
  theme: 'light' | 'dark' | undefined;
  density: 'comfortable' | 'compact' | undefined;
  level: number;
}

/** The view of widgets that filter: the members chosen of each dimension, and the channel. */
export interface Filtered extends Shown {
  where: Readonly<Record<string, string>> | undefined;
  channel: string | undefined;
}

export const card = (v: Filtered, compare: string, metric: string, why: boolean): TemplateResult =>
  html`<kpi-card .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .compare=${compare} .metric=${metric} .why=${why}></kpi-card>`;

export const trend = (v: Filtered, metric: string, className = ''): TemplateResult =>
  html`<kpi-trend class=${className} .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .metric=${metric}></kpi-trend>`;

/** A breakdown spans every member of `by`, within the chosen ones of the other dimensions. */
export const breakdown = (v: Shown, where: Filtered['where'], by: string, metric: string): TemplateResult =>
  html`<kpi-breakdown class="wide" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${where} .by=${by} .metric=${metric}></kpi-breakdown>`;

export const benchmark = (v: Filtered, metrics: string): TemplateResult =>
  html`<kpi-benchmark class="wide" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .metrics=${metrics}></kpi-benchmark>`;

export const funnel = (v: Filtered, compare: string, by: string, split: boolean): TemplateResult =>
  html`<kpi-funnel class="wide" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .compare=${compare} .by=${by} .split=${split}></kpi-funnel>`;

export const economics = (v: Filtered, compare: string): TemplateResult =>
  html`<economics-card class="wide" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .compare=${compare}></economics-card>`;

export const scorecard = (v: Shown, where: Filtered['where'], by: string, compare: string, metrics: string): TemplateResult =>
  html`<kpi-scorecard class="full" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${where} .by=${by} .compare=${compare} .metrics=${metrics}></kpi-scorecard>`;

export const reasons = (v: Filtered, kind: string): TemplateResult =>
  html`<kpi-reasons class="wide" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .kind=${kind}></kpi-reasons>`;

export const review = (v: Filtered, since: string | undefined): TemplateResult =>
  html`<kpi-review class="full" .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .since=${since}></kpi-review>`;

/** `place` names the bridge (the layout's, or a card's "Why?"), so the trend of a driver chosen in it opens under it. */
export const bridge = (v: Filtered, metric: string, against: string, place: string, className = ''): TemplateResult =>
  html`<kpi-bridge class=${className} data-place=${place} .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .where=${v.where} .channel=${v.channel} .metric=${metric} .against=${against}></kpi-bridge>`;

/** A gauge spans every channel: an SLA is the teams' whole agreement. */
export const gauge = (v: Shown, sla: string): TemplateResult =>
  html`<sla-gauge .data=${v.data} .period=${v.period} .mode=${v.mode} .theme=${v.theme} .density=${v.density} .headingLevel=${v.level} .sla=${sla}></sla-gauge>`;
