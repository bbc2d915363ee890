import { KpiReasons } from '../elements/kpi-reasons/kpi-reasons.js';
import { define } from './define.js';

define('kpi-reasons', KpiReasons);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-reasons': KpiReasons;
  }
}
