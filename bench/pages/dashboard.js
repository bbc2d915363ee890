// Each refresh hands the dashboard a new payload, as a poll of `src` would: new objects,
// validated again, every widget and chart recomputed (charts through changesets).
const dashboard = document.querySelector('kpi-dashboard');
const text = await (await fetch('/api/kpis.json')).text();

const settled = async () => {
  const widgets = [dashboard, ...dashboard.shadowRoot.querySelectorAll('*')].filter((el) => el.updateComplete);
  await Promise.all(widgets.map((el) => el.updateComplete));
  await Promise.all(widgets.filter((el) => el.chart).map((el) => el.chart.settled));
};

window.widgetCount = () => dashboard.shadowRoot.querySelectorAll('kpi-card, kpi-funnel, sla-gauge, economics-card, kpi-trend, kpi-breakdown, kpi-benchmark').length;
window.refresh = async (count) => {
  for (let i = 0; i < count; i++) {
    dashboard.data = JSON.parse(text);
    await dashboard.updateComplete;
    await settled();
  }
};

dashboard.data = JSON.parse(text);
await dashboard.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 500));
await settled();
window.benchReady = true;
