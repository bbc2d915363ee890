import { svg, type TemplateResult } from 'lit';
import type { SeriesPoint } from './series.js';

/** A small line of a series (nulls break the line), the last point marked. Purely visual: describe it in words beside it. */
export function sparkline(points: readonly SeriesPoint[], width = 120, height = 32): TemplateResult {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return svg``;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? width / 2 : (i / (points.length - 1)) * width);
  const y = (v: number) => (max === min ? height / 2 : height - 2 - ((v - min) / (max - min)) * (height - 4));
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const lastIndex = points.length - 1;
  const last = points[lastIndex]!.value;
  return svg`<svg part="sparkline" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
    ${segments.map((d) => svg`<path d=${d} fill="none" stroke="var(--_accent)" stroke-width="1.5" stroke-linejoin="round" />`)}
    ${last === null ? '' : svg`<circle cx=${x(lastIndex)} cy=${y(last)} r="2.5" fill="var(--_accent)" />`}
  </svg>`;
}
