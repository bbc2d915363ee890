import { svg, type TemplateResult } from 'lit';
import type { MetricPoint } from '../../core/kit.js';

/**
 * A small line of a series (nulls break the line), the last point marked. A running last
 * period is "to date": its point hollow and the segment to it dashed, so a half-month
 * never reads as a fall. Purely visual: describe it in words beside it.
 */
export function sparkline(points: readonly MetricPoint[], width = 120, height = 32): TemplateResult {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return svg``;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? width / 2 : (i / (points.length - 1)) * width);
  const y = (v: number) => (max === min ? height / 2 : height - 2 - ((v - min) / (max - min)) * (height - 4));
  const lastIndex = points.length - 1;
  const last = points[lastIndex]!;
  const running = last.progress !== undefined && last.value !== null && points[lastIndex - 1]?.value != null;
  const solid = running ? points.slice(0, lastIndex) : points;
  const segments: string[] = [];
  let current = '';
  solid.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const toDate = running ? `M${x(lastIndex - 1).toFixed(1)},${y(points[lastIndex - 1]!.value!).toFixed(1)} L${x(lastIndex).toFixed(1)},${y(last.value!).toFixed(1)}` : '';
  return svg`<svg part="sparkline" width=${width} height=${height} viewBox="-3 0 ${width + 6} ${height}" aria-hidden="true" focusable="false">
    ${segments.map((d) => svg`<path d=${d} fill="none" stroke="var(--_accent)" stroke-width="1.5" stroke-linejoin="round" />`)}
    ${toDate ? svg`<path class="to-date" d=${toDate} fill="none" stroke="var(--_accent)" stroke-width="1.5" stroke-dasharray="3 2" />` : ''}
    ${last.value === null
      ? ''
      : last.progress
        ? svg`<circle class="to-date" cx=${x(lastIndex)} cy=${y(last.value)} r="2.5" fill="var(--_surface)" stroke="var(--_accent)" stroke-width="1.5" />`
        : svg`<circle cx=${x(lastIndex)} cy=${y(last.value)} r="2.5" fill="var(--_accent)" />`}
  </svg>`;
}
