import { KpiTrend } from '../elements/kpi-trend/kpi-trend.js';
import { define } from './define.js';

define('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
