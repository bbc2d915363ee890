import { KpiChart } from '../elements/kpi-chart/kpi-chart.js';
import { define } from './define.js';

define('kpi-chart', KpiChart);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-chart': KpiChart;
  }
}
