// Loads ?file=NAME (bench/.out/NAME.json) through the card's src while timing the main
// thread: every long task (Long Tasks API, over 50 ms) and how late a 20 ms timer fires at
// worst (what a click would wait). ?metric= names the card's metric.
const params = new URLSearchParams(location.search);
const longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ at: Math.round(entry.startTime), ms: Math.round(entry.duration) });
}).observe({ type: 'longtask', buffered: true });
let lag = 0;
let expected = performance.now() + 20;
const probe = setInterval(() => {
  const now = performance.now();
  lag = Math.max(lag, now - expected);
  expected = now + 20;
}, 20);
const card = document.querySelector('kpi-card');
card.metric = params.get('metric') ?? 'mqls';
// When things happened (ms since navigation), to tell which task a long one was.
const marks = {};
card.addEventListener('kpi-load', (event) => {
  window.loadDetail = event.detail;
  marks.loaded = Math.round(performance.now());
});
card.addEventListener('kpi-error', (event) => (window.loadError = event.detail.message));
card.src = `/bench/.out/${params.get('file')}.json`;
const started = performance.now();
await customElements.whenDefined('kpi-card');
marks.defined = Math.round(performance.now());
await new Promise((resolve) => {
  const check = () => (card.shadowRoot?.querySelector('[part=summary]') || window.loadError ? resolve() : requestAnimationFrame(check));
  check();
});
const firstNumbers = performance.now() - started;
marks.numbers = Math.round(performance.now());
// Long enough for the tasks that follow the first numbers (the card's later updates) to be seen.
await new Promise((resolve) => setTimeout(resolve, 500));
clearInterval(probe);
const metrics = card.result?.metrics;
window.result = {
  task: Math.max(0, ...longTasks.map((t) => t.ms)),
  longTasks,
  marks,
  lag,
  firstNumbers,
  parsedIn: window.loadDetail?.parsedIn,
  error: window.loadError,
  // What the card computed, so both sides can be checked to agree.
  numbers: metrics && JSON.stringify([card.result.period, card.result.progress, metrics.mqls, metrics.customers, metrics.cac, card.result.slas]),
};
