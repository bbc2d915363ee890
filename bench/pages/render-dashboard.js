// Marks when the non-chart widgets and the charts are on screen, for render.bench.mjs.
const CHARTS = 'kpi-trend, kpi-breakdown, kpi-benchmark';
const WIDGETS = 'kpi-card, kpi-funnel, sla-gauge, economics-card';
function check() {
  const root = document.querySelector('kpi-dashboard')?.shadowRoot;
  const drawn = (selector, probe) => root && [...root.querySelectorAll(selector)].length > 0 && [...root.querySelectorAll(selector)].every((el) => el.shadowRoot?.querySelector(probe));
  if (window.widgetsAt === undefined && drawn(WIDGETS, '[part=summary]')) window.widgetsAt = performance.now();
  if (window.chartsAt === undefined && drawn(CHARTS, '.chart svg .role-mark, .chart svg g.mark-rect, .chart svg g.mark-line')) window.chartsAt = performance.now();
  if (window.chartsAt === undefined) requestAnimationFrame(check);
}
requestAnimationFrame(check);
