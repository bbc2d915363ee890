import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parseExpression } from 'vega-expression';
import { compile } from 'vega-lite';
import { benchmarkChart, breakdownChart, reasonsChart, reasonsSpec, TEAM_KEYS, trendChart } from '../../src/core/specs/index.js';
import { benchmarkScore, benchmarkSpec, breakdownSpec, CATEGORY_COLORS, chartConfig, trendRows, trendSpec, type ChartTheme, type VegaLiteSpec } from '../../src/core/index.js';
import { COMPILED as SHARED } from '../../src/core/specs/compiled.generated.js';
import { COMPILED_BENCHMARK } from '../../src/core/specs/compiled-benchmark.generated.js';
import { COMPILED_BRIDGE } from '../../src/core/specs/compiled-bridge.generated.js';
import { COMPILED_REASONS } from '../../src/core/specs/compiled-reasons.generated.js';
import { instantiate, TEMPLATES, type TemplateId, type TokenValue } from '../../src/core/specs/templates.js';
import { fitOf, fitToWidth, rowLabelLimit } from '../../src/core/specs/fit.js';
import { compiledTemplates } from '../../scripts/compiled-templates.js';

/** Every compiled template: the vega runtime's, and the ones in chunks of their own. */
const COMPILED = { ...SHARED, bridge: COMPILED_BRIDGE, reasons: COMPILED_REASONS, benchmark: COMPILED_BENCHMARK } as Record<TemplateId, unknown>;

/** vega-lite's warnings about our own specs ("Dropping fit-y") are not the test's business. */
const quiet = { level: () => quiet, error: (...args: unknown[]) => console.error(...args), warn: () => quiet, info: () => quiet, debug: () => quiet } as never;

/** Every value of a spec, recursively, with the key it sits under. */
function* entries(node: unknown, key = ''): Generator<[string, unknown]> {
  if (Array.isArray(node)) for (const item of node) yield* entries(item, key);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* entries(v, k);
  else yield [key, node];
}

/** No expression, signal or URL anywhere: specs only name fields, as {"field": …}. */
function assertInert(spec: VegaLiteSpec): void {
  for (const [key, value] of entries(spec)) {
    assert.ok(!['expr', 'signal', 'url', 'calculate', 'filter'].includes(key), `a spec must not carry "${key}"`);
    if (key !== '$schema') assert.ok(typeof value !== 'string' || !/^(https?|javascript|data):/i.test(value), `no URL in a spec: ${String(value)}`);
  }
}

const base = { valueTitle: 'MQLs', valueFormat: ',.0f', width: 480 };
const benchmarkBase = { width: 480, valueTitle: 'Value', bandTitle: 'Benchmark', scaleTitle: 'against the benchmark', verdicts: ['better', 'within', 'worse'], colors: ['green', 'grey', 'red'], bandColor: 'lightblue' };
const trendBase = { ...base, periodTitle: 'Period', targetTitle: 'Target', toDateTitle: 'to date', projectedTitle: 'projected' };
const reasonsBase = { valueTitle: 'Failures', valueFormat: ',.0f', width: 480, reasonTitle: 'Reason', cumulativeTitle: 'Cumulative share', teams: ['orange', 'blue', 'grey'] };

describe('spec builders', () => {
  it('trend: a line per series in the given order, the running point hollow on a dashed segment, each period\'s target dashed, named at its first', () => {
    const spec = trendSpec({ ...trendBase, series: ['this period', 'last year'] });
    assertInert(spec);
    type Layer = { mark: { type: string; strokeDash?: number[]; filled?: boolean; style?: string }; encoding: Record<string, { field?: string; scale?: { domain: string[] }; datum?: number }>; data?: unknown };
    const [line, dashed, points, hollow, ghost, wordHalo, word, rule, namedHalo, named] = spec.layer as Layer[];
    assert.equal(line!.mark.type, 'line');
    assert.deepEqual(line!.encoding.color!.scale!.domain, ['this period', 'last year']);
    // The axis names periods short ("Apr 25") and keeps them in time order, not the names' alphabetical one.
    assert.equal(line!.encoding.x!.field, 'label');
    assert.deepEqual((line!.encoding.x as { sort?: unknown }).sort, { field: 'order', op: 'min' });
    assert.equal(line!.encoding.y!.field, 'solid');
    assert.deepEqual([dashed!.mark.type, dashed!.encoding.y!.field], ['line', 'dashed']);
    assert.ok(dashed!.mark.strokeDash);
    assert.deepEqual([points!.mark.filled, points!.encoding.y!.field], [true, 'solid']);
    assert.deepEqual([hollow!.mark.filled, hollow!.encoding.y!.field], [false, 'running']);
    // The running point's projection: a ghost point and its word, on their own field, beside the point.
    assert.deepEqual([ghost!.mark.type, ghost!.mark.filled, ghost!.encoding.y!.field], ['point', false, 'projected']);
    assert.deepEqual([word!.mark.type, word!.encoding.y!.field, (word!.encoding.text as { value?: string }).value], ['text', 'projected', 'projected']);
    // Each word stands on its halo: the same word under it, in the theme's halo style (legible where a line crosses it).
    for (const [halo, text] of [[wordHalo, word], [namedHalo, named]]) assert.deepEqual([halo!.mark.style, { ...halo!, mark: { ...halo!.mark, style: undefined } }], ['halo', { ...text!, mark: { ...text!.mark, style: undefined } }]);
    // Each period's target, from the rows: a dashed line over the periods that have one, not one value across them all.
    assert.deepEqual([rule!.mark.type, rule!.encoding.y!.field, rule!.data], ['line', 'target', undefined]);
    assert.ok(rule!.mark.strokeDash);
    // Its word at the first of them, from the rows too.
    assert.deepEqual([named!.mark.type, named!.encoding.y!.field, (named!.encoding.text as { value?: string }).value], ['text', 'targetStart', 'Target']);
    assert.deepEqual(spec.data, { name: 'table' });
  });

  it('trend rows: a running point is only on the dashed and hollow layers; the closed one before it joins the dash', () => {
    const rows = trendRows([
      { period: '2026-01', value: 10, series: 'now' },
      { period: '2026-02', value: 12, series: 'now' },
      { period: '2026-03', value: 7, series: 'now', toDate: true },
      { period: '2026-03', value: 11, series: 'last year' },
    ]);
    assert.deepEqual(rows.map((r) => r.projected), [null, null, null, null], 'no projection given, none drawn');
    assert.deepEqual(
      rows.map((r) => [r.solid, r.dashed, r.running]),
      [
        [10, null, null],
        [12, 12, null],
        [null, 7, 7],
        [11, null, null],
      ],
    );
  });

  it('trend rows: each period\'s own target, and its word at the first period that has one', () => {
    const rows = trendRows([
      { period: '2026-01', value: 10, series: 'now' },
      { period: '2026-02', value: 12, series: 'now', target: 14 },
      { period: '2026-03', value: 7, series: 'now', toDate: true, target: 15 },
      { period: '2026-03', value: 11, series: 'last year' },
    ]);
    assert.deepEqual(rows.map((r) => [r.target, r.targetStart]), [[null, null], [14, 14], [15, null], [null, null]]);
  });

  it('trend rows: a projection is drawn for a running point only', () => {
    const rows = trendRows([
      { period: '2026-02', value: 12, series: 'now', projected: 99 },
      { period: '2026-03', value: 7, series: 'now', toDate: true, projected: 13.5 },
    ]);
    assert.deepEqual(rows.map((r) => r.projected), [null, 13.5]);
  });

  it('trend rows: the axis name is the given label (the key without one), the order is the period\'s place in time across a year', () => {
    const rows = trendRows([
      { period: '2026-01', label: 'Jan 26', value: 1, series: 'now' },
      { period: '2025-12', value: 2, series: 'last year' },
      { period: '2025-11', label: 'Nov 25', value: 3, series: 'last year' },
    ]);
    assert.deepEqual(rows.map((r) => r.label), ['Jan 26', '2025-12', 'Nov 25']);
    assert.ok(rows[2]!.order < rows[1]!.order && rows[1]!.order < rows[0]!.order);
    assert.equal(rows[0]!.order - rows[1]!.order, 1);
  });

  it('breakdown: bars by channel in the order given (largest first, "other" last); a title is a plain string, never an expression', () => {
    const title = '<img src=x onerror=alert(1)> ${datum.x} " + alert(1) + "';
    const spec = breakdownSpec({ ...base, channelTitle: title });
    assertInert(spec);
    const encoding = spec.encoding as Record<string, { field: string; sort?: string | null }> & { tooltip: Array<{ field: string; title: string }> };
    assert.equal(encoding.y!.field, 'channel');
    assert.equal(encoding.y!.sort, null);
    // The title sits only where vega-lite takes text (a tooltip title), exactly as given: no other key holds it.
    const holders = [...entries(spec)].filter(([, value]) => value === title).map(([key]) => key);
    assert.deepEqual(holders, ['title']);
    assert.equal(encoding.tooltip.find((t) => t.field === 'channel')!.title, title);
  });

  it('benchmark: band in the band colour, bar coloured by verdict, reference tick, and the verdict in words beside each bar (its words field, left empty where the chart is narrow)', () => {
    const spec = benchmarkSpec(benchmarkBase);
    assertInert(spec);
    const layers = spec.layer as Array<{ mark: { type: string; color?: string }; encoding: Record<string, { field?: string; datum?: number; scale?: { domain: string[]; range: string[] } }> }>;
    assert.deepEqual(layers.map((l) => l.mark.type), ['bar', 'bar', 'tick', 'text']);
    assert.equal(layers[0]!.mark.color, 'lightblue');
    const verdictScale = { domain: ['better', 'within', 'worse'], range: ['green', 'grey', 'red'] };
    assert.equal(layers[1]!.encoding.color!.field, 'verdict');
    assert.deepEqual(layers[1]!.encoding.color!.scale, verdictScale);
    assert.equal(layers[2]!.encoding.x!.datum, 1);
    assert.equal(layers[3]!.encoding.text!.field, 'words');
    assert.equal(layers[3]!.encoding.x!.field, 'end');
    assert.deepEqual(layers[3]!.encoding.color!.scale, verdictScale);
  });

  it('reasons: bars in the rows\' order coloured by owner (the theme\'s team colours, no legend), the team and share written beside each, a dashed rule only where `cut` is set', () => {
    const title = '<img src=x onerror=alert(1)> ${datum.x} " + alert(1) + "';
    const spec = reasonsSpec({ ...reasonsBase, reasonTitle: title });
    assertInert(spec);
    type Encoding = Record<string, { field?: string; value?: unknown; sort?: null; bandPosition?: number; legend?: null; scale?: { domain: string[]; range: string[] } }>;
    const layers = spec.layer as Array<{ mark: { type: string; strokeDash?: number[] }; encoding: Encoding }>;
    assert.deepEqual(layers.map((l) => l.mark.type), ['bar', 'text', 'rule']);
    const y = (spec.encoding as Encoding).y!;
    assert.deepEqual([y.field, y.sort], ['label', null]);
    assert.equal(layers[0]!.encoding.x!.field, 'failures');
    assert.equal(layers[0]!.encoding.color!.field, 'owner');
    assert.deepEqual(layers[0]!.encoding.color!.scale, { domain: [...TEAM_KEYS], range: ['orange', 'blue', 'grey'] });
    assert.equal(layers[0]!.encoding.color!.legend, null);
    assert.deepEqual([layers[1]!.encoding.x!.field, layers[1]!.encoding.text!.field], ['failures', 'note']);
    // The rule reads `cut` (null on every bar but one: vega-lite draws no mark for a null), under its bar.
    assert.ok(layers[2]!.mark.strokeDash);
    assert.deepEqual([layers[2]!.encoding.x!.field, layers[2]!.encoding.x2!.value, layers[2]!.encoding.y!.bandPosition], ['cut', 'width', 1]);
    const holders = [...entries(spec)].filter(([, value]) => value === title).map(([key]) => key);
    assert.deepEqual(holders, ['title']);
  });

  it('benchmark scores: better is right for either polarity', () => {
    // CAC payback 18 months against ≤ 12: 12/18, short of the threshold's zone [1, 1.5].
    assert.deepEqual(benchmarkScore(18, { value: 12, comparator: '<=' }, 'down'), { value: 12 / 18, low: 1, high: 1.5 });
    // LTV:CAC 4.5 against ≥ 3 scores 1.5, inside the zone that meets it.
    const ltv = benchmarkScore(4.5, { value: 3, comparator: '>=' }, 'up');
    assert.equal(ltv.value, 1.5);
    assert.ok(ltv.high > ltv.value);
    // A band of a cost, 400–600: the better end (400) is the reference; 600 scores 2/3; a cost of 300 beats it.
    assert.deepEqual(benchmarkScore(300, { low: 400, high: 600 }, 'down'), { value: 400 / 300, low: 400 / 600, high: 1 });
    // A band of a rate, 20%–30%: 30% is the reference; 25% sits inside.
    const rate = benchmarkScore(0.25, { low: 0.2, high: 0.3 }, 'up');
    assert.ok(rate.low < rate.value && rate.value < rate.high);
    assert.equal(benchmarkScore(0, { value: 12, comparator: '<=' }, 'down').value, 3, 'a zero cost is capped, never infinite');
  });

  it("benchmark scores: a threshold's comparator decides the direction; without one, the metric's polarity", () => {
    // 18 against ≥ 12 for a lower-is-better metric: the benchmark says more is better, so 18/12.
    assert.deepEqual(benchmarkScore(18, { value: 12, comparator: '>=' }, 'down'), { value: 1.5, low: 1, high: 1.5 * 1.1 });
    assert.deepEqual(benchmarkScore(18, { value: 12, comparator: '<=' }, 'up'), { value: 12 / 18, low: 1, high: 1.5 });
    // No comparator: the metric's own direction.
    assert.deepEqual(benchmarkScore(18, { value: 12 }, 'down'), { value: 12 / 18, low: 1, high: 1.5 });
    assert.deepEqual(benchmarkScore(18, { value: 12 }, 'up'), { value: 1.5, low: 1, high: 1.5 * 1.1 });
    // A threshold of 0, more is better: any value at or above it meets it (1), below it scores 0.
    assert.deepEqual(benchmarkScore(0.5, { value: 0, comparator: '>=' }, 'up'), { value: 1, low: 1, high: 1.5 });
    assert.deepEqual(benchmarkScore(0, { value: 0, comparator: '>=' }, 'up'), { value: 1, low: 1, high: 1.5 });
    assert.deepEqual(benchmarkScore(-2, { value: 0, comparator: '>=' }, 'up'), { value: 0, low: 1, high: 1.5 });
  });

  it('turn off per-mark ARIA (the element has its own text alternative) and fit the given width', () => {
    const config = chartConfig({ text: '#111', surface: '#fff', muted: '#666', border: '#ccc', accent: '#2b59c3', font: 'serif', palette: ['#2b59c3', 'orange'], teams: ['orange', 'blue', 'grey'] });
    assert.equal(config.aria, false);
    assert.deepEqual(config.range, { category: ['#2b59c3', 'orange'] }, 'categories in the theme\'s series colours');
    assert.deepEqual(config.mark, { color: '#2b59c3', aria: false });
    assert.deepEqual(config.text, { color: '#111' }, 'words on a chart in the text colour');
    for (const spec of [trendSpec({ ...trendBase, series: ['a'] }), breakdownSpec({ ...base, channelTitle: 'c' }), benchmarkSpec({ ...benchmarkBase, width: 1 }), reasonsSpec({ ...reasonsBase, width: 1 })]) {
      assert.deepEqual(spec.autosize, { type: 'fit-x', contains: 'padding' });
    }
  });
});

describe('charts compiled ahead of time', () => {
  // Two differences from compiling at run time, both in tooltips, neither of which the
  // kit's titles meet: vega-lite leaves backslashes unescaped in a tooltip's keys (they then
  // vanish as escapes; the kit escapes them: checked apart, below), and merges two tooltip
  // fields whose titles are the same text (compiled with distinct tokens, both stay). So
  // each option set below gives its titles distinct texts.
  const HOSTILE = 'He said "hi", it\'s ⟦valueTitle⟧ <b>';
  const themes: ChartTheme[] = [
    { text: '#1b1f27', surface: '#ffffff', muted: '#566070', border: '#d5dae1', accent: '#2b59c3', font: 'system-ui, sans-serif', palette: [...CATEGORY_COLORS], teams: ['#a8490f', '#1f6fa8', '#566070'] },
    { text: '#eceef2', surface: '#16181d', muted: '#a9b0bc', border: '#343944', accent: '#7aa2ff', font: '"Fira Sans", serif', palette: ['#7aa2ff', 'rgb(1 2 3)', 'var(--x)'], teams: ['var(--m)', 'rgb(4 5 6)', '"q"'] },
  ];
  const OPTIONS: Record<TemplateId, Record<string, TokenValue>[]> = {
    trend: [
      { valueTitle: 'MQLs', valueFormat: ',.0f', periodTitle: 'Period', toDateTitle: 'to date', projectedTitle: 'projected', series: ['2026', 'last year'], targetTitle: 'Target' },
      { valueTitle: HOSTILE, valueFormat: '$,.2f', periodTitle: 'Período "x"', toDateTitle: 'até agora', projectedTitle: 'projetado "p"', series: ['só um'], targetTitle: 'Meta "m"' },
      { valueTitle: 'Lead → MQL', valueFormat: '.1%', periodTitle: HOSTILE, toDateTitle: 'hasta hoy', projectedTitle: HOSTILE, series: ['a', 'b'], targetTitle: `${HOSTILE} (target)` },
    ],
    breakdown: [
      { valueTitle: 'CAC', valueFormat: '$,.0f', channelTitle: 'Channel' },
      { valueTitle: HOSTILE, valueFormat: ',.1f', channelTitle: `${HOSTILE} (channel)` },
    ],
    benchmark: [
      { valueTitle: 'Value', bandTitle: 'Benchmark', scaleTitle: 'against the benchmark', verdicts: ['better', 'within', 'worse'], colors: ['#1a7a3a', '#566070', '#b02a20'], bandColor: '#9db5ea' },
      { valueTitle: HOSTILE, bandTitle: 'Referência', scaleTitle: `${HOSTILE} (scale)`, verdicts: ['melhor "que"', 'pior'], colors: ['green', 'red'], bandColor: 'rgb(1 2 3)' },
    ],
    // `teams` comes from the theme.
    reasons: [
      { valueTitle: 'Failures', valueFormat: ',.0f', reasonTitle: 'Reason', cumulativeTitle: 'Cumulative share' },
      { valueTitle: HOSTILE, valueFormat: ',.1f', reasonTitle: `${HOSTILE} (reason)`, cumulativeTitle: 'Acumulada "y"' },
    ],
    bridge: [
      { valueTitle: 'New customers', valueFormat: ',.0f', driverTitle: 'Driver', changeTitle: 'Change', colors: ['#1a7a3a', '#566070', '#b02a20'] },
      { valueTitle: HOSTILE, valueFormat: '.1%', driverTitle: `${HOSTILE} (driver)`, changeTitle: 'Variação "z"', colors: ['green', 'var(--x)', 'red'] },
    ],
  };
  const rows = [
    { period: '2026-01', series: '2026', value: 1, solid: 1, dashed: null, running: null, channel: 'email', label: 'x', low: 0.5, high: 1, verdict: 'better', words: 'better', valueText: '1', bandText: '1' },
    { code: 'price', label: 'Price', owner: 'sales', failures: 3, note: 'Sales · 60%', cumulativeText: '60%', cut: 0 },
    { key: 'leads', label: 'Leads', start: 10, end: 12, edge: 12, kind: 'good', note: '+2.00', detail: '+20' },
  ];

  it('src/core/specs/compiled*.generated.ts are vega-lite\'s compile of today\'s builders (run `npm run specs` after changing them)', () => {
    const files = compiledTemplates();
    for (const [name, source] of Object.entries(files)) assert.equal(readFileSync(new URL(`../../src/core/specs/${name}`, import.meta.url), 'utf8'), source, name);
    // An `own` template is in its own file, and only there.
    assert.deepEqual(Object.keys(files), ['compiled.generated.ts', 'compiled-benchmark.generated.ts', 'compiled-reasons.generated.ts', 'compiled-bridge.generated.ts']);
    for (const own of ['bridge', 'reasons', 'benchmark']) assert.ok(!(own in SHARED), own);
    assert.deepEqual(Object.keys(COMPILED).sort(), Object.keys(TEMPLATES).sort());
  });

  it('a compiled template with the options put back is what vega-lite compiles from the builder with those options', () => {
    for (const [id, optionSets] of Object.entries(OPTIONS) as [TemplateId, Record<string, TokenValue>[]][]) {
      for (const options of optionSets) {
        for (const theme of themes) {
          for (const width of [400, 613]) {
            const drawn = instantiate(COMPILED[id], { template: id, options }, theme, rows, width);
            const spec = { ...TEMPLATES[id].build({ ...options, ...(id === 'reasons' && { teams: theme.teams }) } as never), width, datasets: { table: rows } };
            const expected = compile(spec as never, { config: chartConfig(theme) as never, logger: quiet }).spec;
            assert.deepEqual(drawn, JSON.parse(JSON.stringify(expected)), `${id} ${JSON.stringify(options)} at ${width}px`);
          }
        }
      }
    }
  });

  it('an axis printing whole numbers ticks whole numbers only; a rate\'s axis ticks as it likes', () => {
    const axes = (valueFormat: string) => {
      const drawn = fitToWidth(instantiate(COMPILED.breakdown, { template: 'breakdown', options: { valueTitle: 'v', valueFormat, channelTitle: 'Channel' } }, themes[0]!, rows, 400), 400);
      return (drawn.axes as { format?: string; tickMinStep?: number }[]).filter((axis) => axis.format !== undefined);
    };
    assert.deepEqual(axes(',.0f').map((axis) => axis.tickMinStep), [1]);
    assert.deepEqual(axes('.0%').map((axis) => axis.tickMinStep), [undefined]);
  });

  it('a title with backslashes and quotes reaches the tooltip intact, as the expression parser reads it', () => {
    const title = 'C:\\temp\\ "q" \\u0041';
    const drawn = instantiate(COMPILED.breakdown, { template: 'breakdown', options: { valueTitle: title, valueFormat: ',.0f', channelTitle: 'Channel' } }, themes[0]!, rows, 400);
    const tooltip = JSON.stringify(drawn).match(/"tooltip":\{"signal":("(?:[^"\\]|\\.)*")/)![1]!;
    const keys = (parseExpression(JSON.parse(tooltip) as string) as unknown as { properties: { key: { value: string } }[] }).properties.map((p) => p.key.value);
    assert.deepEqual(keys, ['Channel', title]);
  });

  it('every option of a template is used by its compiled spec, and a missing one is an error, not a silent token', () => {
    for (const id of Object.keys(TEMPLATES) as TemplateId[]) {
      const text = JSON.stringify(COMPILED[id]);
      for (const name of TEMPLATES[id].options) assert.ok(text.includes(`⟦${name}⟧`), `${id} uses ${name}`);
      assert.throws(() => instantiate(COMPILED[id], { template: id, options: {} }, themes[0]!, [], 400), /no value for/);
      // Options the theme gives (the teams' colours) are not the element's to forget.
      assert.throws(() => instantiate(COMPILED[id], { template: id, options: {} }, { ...themes[0]!, teams: undefined } as never, [], 400), /no value for/);
    }
  });
});

describe('what an element asks to draw', () => {
  it('a trend is one template whatever its targets: they come with its rows', () => {
    const { width: _width, ...options } = trendBase;
    assert.deepEqual(trendChart({ ...options, series: ['a'] }), { template: 'trend', options: { ...options, series: ['a'] } });
  });

  it('a breakdown and benchmark bullets get their own templates, with their options as given', () => {
    const { width: _width, ...breakdown } = { ...base, channelTitle: 'Channel' };
    assert.deepEqual(breakdownChart(breakdown), { template: 'breakdown', options: breakdown });
    const { width: _w, ...benchmark } = benchmarkBase;
    assert.deepEqual(benchmarkChart(benchmark), { template: 'benchmark', options: benchmark });
    const { width: _wr, teams: _teams, ...reasons } = reasonsBase;
    assert.deepEqual(reasonsChart(reasons), { template: 'reasons', options: reasons });
  });
});

describe('axes fitted to a chart\'s width', () => {
  it('row labels get at most 40% of the chart, in steps of 8 px, between 64 and 200 px', () => {
    assert.deepEqual([100, 160, 200, 270, 319, 500, 1400].map(rowLabelLimit), [64, 64, 80, 104, 120, 200, 200]);
  });

  it('caps the left axis\'s labels (never above its own limit) and the legend\'s; on a narrow chart, ends the bottom title with the plot and lists the legend one entry a line', () => {
    const spec = () => ({
      axes: [{ orient: 'left', labelLimit: 90 }, { orient: 'left' }, { orient: 'bottom', title: 'x' }, { orient: 'right' }] as Array<Record<string, unknown>>,
      legends: [{ orient: 'bottom' }] as Array<Record<string, unknown>>,
    });
    const narrow = fitToWidth(spec(), 270);
    assert.deepEqual(narrow.axes, [{ orient: 'left', labelLimit: 90 }, { orient: 'left', labelLimit: 104 }, { orient: 'bottom', title: 'x', titleAnchor: 'end', titleLimit: 262 }, { orient: 'right' }]);
    assert.deepEqual(narrow.legends, [{ orient: 'bottom', labelLimit: 200, columns: 1 }]);
    const wide = fitToWidth(spec(), 480);
    assert.deepEqual(wide.axes, [{ orient: 'left', labelLimit: 90 }, { orient: 'left', labelLimit: 192 }, { orient: 'bottom', title: 'x' }, { orient: 'right' }]);
    assert.deepEqual(wide.legends, [{ orient: 'bottom', labelLimit: 280 }]);
    assert.deepEqual(fitToWidth({}, 300), {}, 'a spec without axes or legends is left as it is');
    // Widths within one step of every decision fit alike, so a view resized within it is kept.
    assert.deepEqual(fitOf(272), fitOf(279));
    assert.notDeepEqual(fitOf(479), fitOf(480));
  });
});
