import { benchmarkSpec, type BenchmarkOptions } from './benchmark.js';
import { breakdownSpec, type BreakdownOptions } from './breakdown.js';
import { bridgeSpec, type BridgeOptions } from './bridge.js';
import { COMPILED_BRIDGE } from './compiled-bridge.generated.js';
import { chartConfig, type ChartTheme } from './config.js';
import { reasonsSpec, type ReasonsOptions } from './reasons.js';
import { trendSpec, type TrendOptions } from './trend.js';
import type { VegaLiteSpec } from './types.js';

// Charts ship as vega specs compiled by vega-lite ahead of time (scripts/compile-specs.ts),
// so the browser never loads vega-lite's compiler. A chart's options become tokens while it
// is compiled: a text option `⟦name⟧`, a list option `[⟦name⟧]` (numbers come with the
// rows, as a trend's targets do). Drawing a chart puts the real values back in the compiled spec
// (`instantiate`); a test holds the result equal to vega-lite compiling the builder's output
// with those values, for titles with quotes and backslashes too.

/** A token for an option while the charts are compiled. */
export const token = (name: string): string => `⟦${name}⟧`;
const ANY_TOKEN = /"⟦(\w+)⟧"|⟦(\w+)⟧/g;
const LIST_TOKEN = /^⟦(\w+)⟧$/;
/** Option values that are lists. */
const LIST_OPTIONS = new Set(['series', 'verdicts', 'colors', 'palette', 'teams']);
/** Keys whose string value vega reads as an expression: a value goes inside it as a string literal's content. (An object under `update` is an encoding set, not an expression.) */
const EXPRESSION_KEYS = new Set(['signal', 'expr', 'update', 'test']);

export type TokenValue = string | number | readonly string[];

/** The compiled charts: which template, and why it is its own (options that change its structure). */
export const TEMPLATES = {
  trend: { options: ['valueTitle', 'valueFormat', 'periodTitle', 'toDateTitle', 'projectedTitle', 'series', 'targetTitle'], build: (o: Omit<TrendOptions, 'width'>) => trendSpec({ ...o, width: 400 }) },
  breakdown: { options: ['valueTitle', 'valueFormat', 'channelTitle'], build: (o: Omit<BreakdownOptions, 'width'>) => breakdownSpec({ ...o, width: 400 }) },
  // `own`: only one element draws it, so it travels in a chunk of its own (charts/own-templates.ts), not in the vega runtime every chart page loads.
  benchmark: { own: true, options: ['valueTitle', 'bandTitle', 'scaleTitle', 'verdicts', 'colors', 'bandColor'], build: (o: Omit<BenchmarkOptions, 'width'>) => benchmarkSpec({ ...o, width: 400 }) },
  // `teams` is the theme's: the element does not pass it (see reasonsChart).
  reasons: { own: true, options: ['valueTitle', 'valueFormat', 'reasonTitle', 'cumulativeTitle', 'teams'], build: (o: Omit<ReasonsOptions, 'width'>) => reasonsSpec({ ...o, width: 400 }) },
  // `own`, and carried by the chart itself: <kpi-bridge>'s own chunk holds it.
  bridge: { own: true, options: ['valueTitle', 'valueFormat', 'driverTitle', 'changeTitle', 'colors'], build: (o: Omit<BridgeOptions, 'width'>) => bridgeSpec({ ...o, width: 400 }) },
} as const;
export type TemplateId = keyof typeof TEMPLATES;

/** A chart to draw: its template and the values of its options. */
export interface Chart {
  template: TemplateId;
  options: Readonly<Record<string, TokenValue>>;
  /** An `own` template's compiled spec, which the chart carries (the vega runtime has the rest). */
  compiled?: unknown;
}

const THEME_KEYS = ['text', 'surface', 'muted', 'border', 'accent', 'font', 'palette', 'teams'] as const;

/** What vega-lite compiles for a template: the builder's spec and the config, all options as tokens. */
export function templateSource(id: TemplateId): { spec: VegaLiteSpec; config: Record<string, unknown> } {
  const tokens = (names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, LIST_OPTIONS.has(name) ? [token(name)] : token(name)]));
  const theme = tokens(THEME_KEYS) as unknown as ChartTheme;
  const build = TEMPLATES[id].build as (options: Record<string, unknown>) => VegaLiteSpec;
  return { spec: build(tokens(TEMPLATES[id].options)), config: chartConfig(theme) };
}

/**
 * A compiled template with the chart's option values, the theme and the rows put in: a
 * vega spec to parse. Strings in expressions get the value as a JSON string literal's
 * content, so a title with a quote stays a title.
 */
export function instantiate(compiled: unknown, chart: Chart, theme: ChartTheme, rows: readonly object[], width: number): Record<string, unknown> {
  const values: Record<string, TokenValue> = { ...chart.options, ...theme };
  const valueOf = (name: string): TokenValue => {
    const value = values[name];
    if (value === undefined) throw new Error(`chart template ${chart.template}: no value for ${name}`);
    return value;
  };
  const put = (node: unknown, expression: boolean): unknown => {
    if (typeof node === 'string') {
      // One pass, so a value that looks like a token is never read as one. In an expression,
      // a list is an array literal of the token as one string: its items go in its place.
      return node.replace(ANY_TOKEN, (_, quoted: string | undefined, bare: string | undefined) => {
        const name = (quoted ?? bare)!;
        const value = valueOf(name);
        if (quoted !== undefined && expression && LIST_OPTIONS.has(name)) return JSON.stringify(value).slice(1, -1);
        const text = String(value);
        const inner = expression ? JSON.stringify(text).slice(1, -1) : text;
        return quoted !== undefined ? `"${inner}"` : inner;
      });
    }
    if (Array.isArray(node)) {
      const list = node.length === 1 && typeof node[0] === 'string' ? LIST_TOKEN.exec(node[0]) : null;
      if (list && LIST_OPTIONS.has(list[1]!)) return [...(valueOf(list[1]!) as readonly string[])];
      return node.map((item) => put(item, false));
    }
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, put(value, typeof value === 'string' && EXPRESSION_KEYS.has(key))]));
    }
    return node;
  };
  const spec = put(compiled, false) as Record<string, unknown>;
  spec.width = width;
  spec.data = (spec.data as { name: string }[]).map((data) => (data.name === 'table' ? { ...data, values: rows } : data));
  return spec;
}

/** A trend to draw (its rows carry each period's target). */
export function trendChart(options: Omit<TrendOptions, 'width'>): Chart {
  return { template: 'trend', options };
}

/** A breakdown by channel to draw. */
export function breakdownChart(options: Omit<BreakdownOptions, 'width'>): Chart {
  return { template: 'breakdown', options };
}

/** Bullet charts against benchmarks to draw. */
export function benchmarkChart(options: Omit<BenchmarkOptions, 'width'>): Chart {
  return { template: 'benchmark', options };
}

/** Failures by reason to draw; the bars' colours are the theme's teams. */
export function reasonsChart(options: Omit<ReasonsOptions, 'width' | 'teams'>): Chart {
  return { template: 'reasons', options };
}

/** A metric's bridge (waterfall) from its reference to its value to draw. */
export function bridgeChart(options: Omit<BridgeOptions, 'width'>): Chart {
  return { template: 'bridge', options, compiled: COMPILED_BRIDGE };
}
