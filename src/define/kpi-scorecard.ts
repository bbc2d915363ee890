import { KpiScorecard } from '../elements/kpi-scorecard/kpi-scorecard.js';
import { define } from './define.js';

define('kpi-scorecard', KpiScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-scorecard': KpiScorecard;
  }
}
