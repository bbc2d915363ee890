// The kit's own tooltip for vega views, used by its charts and by <kpi-chart>: built from
// text nodes only, so labels from data (or a page's spec) stay text, under any CSP.
import { tooltipPosition } from './tooltip-position.js';

/** Our tooltip, inside the shadow root, built from text nodes only: labels from data stay text. */
export function showTooltip(tooltip: HTMLElement | null, container: HTMLElement, event: MouseEvent, value: unknown): void {
  if (!tooltip) return;
  if (value === undefined || value === null || value === '') {
    tooltip.hidden = true;
    return;
  }
  const lines = typeof value === 'object' ? Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`) : [String(value)];
  tooltip.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
  tooltip.hidden = false;
  // left and top are from the tooltip's containing block (the chart's frame).
  const box = (tooltip.offsetParent ?? container).getBoundingClientRect();
  const size = tooltip.getBoundingClientRect();
  const at = tooltipPosition({ x: event.clientX, y: event.clientY }, size, { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight });
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  tooltip.style.setProperty('left', `${at.x - box.left}px`);
  tooltip.style.setProperty('top', `${at.y - box.top}px`);
}
