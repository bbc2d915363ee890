// Each refresh hands the dashboard a new payload: with `?source=data`, as a new `data`
// property (new objects, validated again); with `?source=src`, as a poll of `src` does (the
// dashboard fetches, parses and validates the response itself). Every widget and chart is
// recomputed (charts through changesets).
const dashboard = document.querySelector('kpi-dashboard');
const source = new URLSearchParams(location.search).get('source') ?? 'data';
const text = await (await fetch('/api/kpis.json')).text();

const settled = async () => {
  const widgets = [dashboard, ...dashboard.shadowRoot.querySelectorAll('*')].filter((el) => el.updateComplete);
  await Promise.all(widgets.map((el) => el.updateComplete));
  await Promise.all(widgets.filter((el) => el.chart).map((el) => el.chart.settled));
};
const loaded = () => new Promise((resolve) => dashboard.addEventListener('kpi-load', resolve, { once: true }));

/** One refresh, the way the page gets its data. */
const refreshOnce = async () => {
  if (source === 'src') {
    const load = loaded();
    dashboard.reload();
    await load;
  } else dashboard.data = JSON.parse(text);
  await dashboard.updateComplete;
  await settled();
};

window.widgetCount = () => dashboard.shadowRoot.querySelectorAll('kpi-card, kpi-funnel, sla-gauge, economics-card, kpi-trend, kpi-breakdown, kpi-benchmark').length;
window.refresh = async (count) => {
  for (let i = 0; i < count; i++) await refreshOnce();
};

const first = loaded();
if (source === 'src') dashboard.src = '/api/kpis.json';
else dashboard.data = JSON.parse(text);
await first;
await dashboard.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 500));
await settled();
window.benchReady = true;
