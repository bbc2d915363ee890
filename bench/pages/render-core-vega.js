// The floor for charts whose rows are computed in the browser (render.bench.mjs): no elements
// and no waiting for cards. vega's runtime loads at once while the same JSON as the
// dashboard's is fetched, validated and computed into the three charts' rows; then vega draws
// the same compiled specs as the raw page's, with those rows.
import { parseDataset } from '../../dist/core/index.js';
import { loadVega } from './draw-vega.js';
import { chartRows, withValues } from './render-rows.js';

const vega = loadVega(new URLSearchParams(location.search).get('chunk'));
const specs = fetch('/bench/.out/render-specs.json').then((response) => response.json());
const parsed = parseDataset(await (await fetch('/api/kpis.json')).json());
if (!parsed.ok) throw new Error('the sample does not validate');
const rows = chartRows(parsed.dataset);
const compiled = await specs;
const draw = await vega;
await draw(Object.fromEntries(Object.entries(compiled).map(([id, spec]) => [id, withValues(spec, rows[id])])));
window.widgetsAt = window.chartsAt = performance.now();
