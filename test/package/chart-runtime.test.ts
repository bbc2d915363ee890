import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';

// The chart runtime registers only the transforms the compiled specs use: in a process of
// its own (no full vega loaded beside it), every template must still parse, run and draw
// (as SVG text, the export's). Built, the runtime is one file holding only the part of vega
// the specs reach (scripts/vega-subset.mjs): the same, through it.
function drawEveryTemplate(runtimeFile: string): void {
  const script = `
    const runtime = await import(${JSON.stringify(new URL(runtimeFile, import.meta.url).href)});
    const { CATEGORY_COLORS } = await import(${JSON.stringify(new URL('../../src/core/specs/config.ts', import.meta.url).href)});
    const theme = { text: '#1b1f27', surface: '#ffffff', muted: '#566070', border: '#d5dae1', accent: '#2b59c3', font: 'sans-serif', palette: [...CATEGORY_COLORS], teams: ['#a8490f', '#1f6fa8', '#566070'] };
    const rows = [{ period: '2026-01', series: '2026', value: 1, solid: 1, dashed: null, running: null, target: 2, targetStart: 2, channel: 'email', label: 'x', low: 0.5, high: 1, verdict: 'better', words: 'better', valueText: '1', bandText: '1', code: 'price', owner: 'sales', failures: 3, note: 'n', cumulativeText: '60%', cut: 0, key: 'leads', start: 10, end: 12, edge: 12, kind: 'good', detail: '+2' }];
    const options = {
      trend: { valueTitle: 'MQLs', valueFormat: ',.0f', periodTitle: 'Period', toDateTitle: 'to date', projectedTitle: 'projected', series: ['2026', 'last year'], targetTitle: 'Target' },
      breakdown: { valueTitle: 'CAC', valueFormat: '$,.0f', channelTitle: 'Channel' },
      benchmark: { valueTitle: 'Value', bandTitle: 'Benchmark', scaleTitle: 'against', verdicts: ['better', 'within', 'worse'], colors: ['#1a7a3a', '#566070', '#b02a20'], bandColor: '#9db5ea' },
      reasons: { valueTitle: 'Failures', valueFormat: ',.0f', reasonTitle: 'Reason', cumulativeTitle: 'Cumulative share' },
      bridge: { valueTitle: 'New customers', valueFormat: ',.2f', driverTitle: 'Driver', changeTitle: 'Change', colors: ['#1a7a3a', '#566070', '#b02a20'] },
    };
    // The own templates travel in chunks of their own, not in the runtime; the runtime draws them all the same.
    const own = (id) => import(new URL(\`../../src/core/specs/compiled-\${id}.generated.ts\`, ${JSON.stringify(import.meta.url)}).href);
    const compiled = { ...runtime.COMPILED, bridge: (await own('bridge')).COMPILED_BRIDGE, reasons: (await own('reasons')).COMPILED_REASONS, benchmark: (await own('benchmark')).COMPILED_BENCHMARK };
    const drawn = [];
    for (const id of Object.keys(compiled)) {
      const spec = runtime.instantiate(compiled[id], { template: id, options: options[id] }, theme, rows, 400);
      const view = new runtime.View(runtime.parse(spec, undefined, { ast: true }), { renderer: 'none', expr: runtime.expressionInterpreter, logger: runtime.logger(runtime.Error) });
      await view.runAsync();
      const svg = await view.toSVG();
      if (!svg.includes('<path') || !svg.includes('<text')) throw new Error(id + ' drew no marks or text: ' + svg.slice(0, 200));
      drawn.push(id + ':' + view.scenegraph().root.items.length);
    }
    console.log(drawn.join(' '));
  `;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'trend:1 breakdown:1 bridge:1 reasons:1 benchmark:1');
}

it('draws every compiled chart template with the runtime\'s transforms alone', () => drawEveryTemplate('../../src/elements/charts/vega-runtime.ts'));

it('draws every compiled chart template through the built runtime, vega pruned to what the specs use (npm run build first)', () => drawEveryTemplate('../../dist/elements/charts/vega-runtime.js'));
