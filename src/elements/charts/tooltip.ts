// The kit's own tooltip for vega views, used by its charts and by <kpi-chart>: built from
// text nodes only, so labels from data (or a page's spec) stay text, under any CSP.
import { tooltipPosition } from './tooltip-position.js';

/** The tooltip on screen, if any: Escape hides it without moving the pointer (one listener, only while one shows). */
let shown: HTMLElement | undefined;

function hide(tooltip: HTMLElement): void {
  tooltip.hidden = true;
  if (shown !== tooltip) return;
  shown = undefined;
  document.removeEventListener('keydown', onKey);
}

function onKey(event: KeyboardEvent): void {
  if (event.key === 'Escape' && shown) hide(shown);
}

/** Our tooltip, inside the shadow root, built from text nodes only: labels from data stay text. */
export function showTooltip(tooltip: HTMLElement | null, container: HTMLElement, event: MouseEvent, value: unknown): void {
  if (!tooltip) return;
  if (value === undefined || value === null || value === '') {
    hide(tooltip);
    return;
  }
  if (shown !== tooltip) {
    // One tooltip at a time: another chart's goes; the listener stays for this one.
    if (shown) shown.hidden = true;
    else document.addEventListener('keydown', onKey);
    shown = tooltip;
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
