// Bundle sizes (DESIGN.md §10): each element's registration entry with everything it
// imports, minified and gzipped, and all four together; budgets fail the run.
//   npm run size
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ELEMENTS = ['kpi-card', 'kpi-funnel', 'sla-gauge', 'economics-card'];
const KB = 1024;
// DESIGN.md §10 asks for 15 KB each and 25 KB together: not met yet, and printed as such.
// With zod validation (~10 KB), Lit (~6.5 KB) and the 34-metric catalogue in three
// languages inside every element, the measured sizes are well above that (BENCHMARKS.md
// has the breakdown and the way down). Until then a ratchet guards against growth: the
// last measured sizes plus a few per cent. The running period (progress, comparisons to
// the same day, paced targets, the one verdict rule: +1.9 KB) and reliability round two
// (bounded attributes, the empty dataset, unknown ids listed, CSV dialects: +1.6 KB) moved
// it from 40 / 44 KB to 44 / 48.
const GOAL_EACH = 15 * KB;
const GOAL_ALL = 25 * KB;
const RATCHET_EACH = 44 * KB;
const RATCHET_ALL = 48 * KB;

async function bundle(name, entries) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, target: 'es2022', lib: { entry: entries, formats: ['es'], fileName: name }, rolldownOptions: { output: { codeSplitting: false } } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const code = chunks.map((c) => c.code).join('\n');
  return { gzip: gzipSync(code, { level: 9 }).length, raw: code.length, vega: /vega-(lite|embed)|\bvega\b.*\bView\b/.test(code) };
}

const rows = [];
let failed = false;
for (const tag of ELEMENTS) rows.push([`<${tag}>`, await bundle(tag, `src/define/${tag}.ts`), GOAL_EACH, RATCHET_EACH]);
// The four together, without the chart elements (whose vega is a separate, lazy chunk).
mkdirSync('node_modules/.cache', { recursive: true });
const together = 'node_modules/.cache/size-four-elements.js';
writeFileSync(together, ELEMENTS.map((tag) => `import '../../src/define/${tag}.ts';`).join('\n'));
rows.push(['all four', await bundle('all', together), GOAL_ALL, RATCHET_ALL]);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log('| entry | minified | gzip | goal (DESIGN.md §10) | ratchet | vega |\n|---|---:|---:|---:|---:|---|');
for (const [name, size, goal, ratchet] of rows) {
  const over = size.gzip > ratchet;
  failed ||= over || size.vega;
  console.log(`| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${(goal / KB).toFixed(0)} KB ${size.gzip > goal ? 'not met' : 'met'} | ${(ratchet / KB).toFixed(0)} KB${over ? ' OVER' : ''} | ${size.vega ? 'YES' : 'none'} |`);
}
if (failed) {
  console.error('size ratchet exceeded, or vega found in a non-chart element');
  process.exitCode = 1;
}
