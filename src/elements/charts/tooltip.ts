// The kit's own tooltip for vega views, used by its charts and by <kpi-chart>: built from
// text nodes only, so labels from data (or a page's spec) stay text, under any CSP.

/** Our tooltip, inside the shadow root, built from text nodes only: labels from data stay text. */
export function showTooltip(tooltip: HTMLElement | null, container: HTMLElement, event: MouseEvent, value: unknown): void {
  if (!tooltip) return;
  if (value === undefined || value === null || value === '') {
    tooltip.hidden = true;
    return;
  }
  const lines = typeof value === 'object' ? Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`) : [String(value)];
  tooltip.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
  const box = container.getBoundingClientRect();
  tooltip.hidden = false;
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  tooltip.style.setProperty('left', `${event.clientX - box.left + 12}px`);
  tooltip.style.setProperty('top', `${event.clientY - box.top + 12}px`);
}
