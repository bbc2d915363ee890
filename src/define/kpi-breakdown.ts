import { KpiBreakdown } from '../elements/kpi-breakdown/kpi-breakdown.js';
import { define } from './define.js';

define('kpi-breakdown', KpiBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-breakdown': KpiBreakdown;
  }
}
