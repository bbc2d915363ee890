// Loads ?records=N through the card's src while timing the main thread: the longest task
// (Long Tasks API) and how late a 20 ms timer fires at worst (what a click would wait).
const longest = { task: 0, lag: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest.task = Math.max(longest.task, entry.duration);
}).observe({ type: 'longtask', buffered: true });
let expected = performance.now() + 20;
const probe = setInterval(() => {
  const now = performance.now();
  longest.lag = Math.max(longest.lag, now - expected);
  expected = now + 20;
}, 20);
const card = document.querySelector('kpi-card');
card.addEventListener('kpi-load', (event) => (window.loadDetail = event.detail));
card.addEventListener('kpi-error', (event) => (window.loadError = event.detail.message));
card.src = `/bench/.out/records-${new URLSearchParams(location.search).get('records')}.json`;
const started = performance.now();
await customElements.whenDefined('kpi-card');
await new Promise((resolve) => {
  const check = () => (card.shadowRoot?.querySelector('[part=summary]') || window.loadError ? resolve() : requestAnimationFrame(check));
  check();
});
window.firstNumbersAt = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, 300));
clearInterval(probe);
window.result = { ...longest, firstNumbers: window.firstNumbersAt, parsedIn: window.loadDetail?.parsedIn, error: window.loadError };
