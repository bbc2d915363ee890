// The floor for any page that computes its numbers in the browser (render.bench.mjs): the
// kit's core alone, with no elements. It fetches the same JSON as the dashboard, validates
// it, computes the metric set once (SLAs included) and writes twelve numbers into the same
// boxes as the static page: what the dashboard cannot avoid doing before its widgets.
import { computeMetrics, formatValue, parseDataset } from '../../dist/core/index.js';

const names = ['mqls', 'sqls', 'customers', 'cac', 'ltv_to_cac', 'lead_to_mql', 'opportunities', 'revenue', 'cac_payback_months', 'ltv', 'avg_ticket', 'win_rate'];
const parsed = parseDataset(await (await fetch('/api/kpis.json')).json());
if (!parsed.ok) throw new Error('the sample does not validate');
const result = computeMetrics(parsed.dataset);
const fmt = { locale: 'en', currency: parsed.dataset.currency };
document.getElementById('grid').innerHTML = names
  .map((id) => {
    const m = result.metrics[id];
    return `<section class="card"><h3>${id}</h3><div class="value">${m ? formatValue(m.value, m.unit, fmt) : '—'}</div><p>${result.slas.length} SLAs</p></section>`;
  })
  .join('');
requestAnimationFrame(() => (window.widgetsAt = window.chartsAt = performance.now()));
