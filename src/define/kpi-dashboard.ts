import { KpiDashboard } from '../elements/kpi-dashboard/kpi-dashboard.js';
import { define } from './define.js';
// The dashboard is composed of the other elements: registering it registers them.
import './kpi-card.js';
import './kpi-funnel.js';
import './sla-gauge.js';
import './economics-card.js';
import './kpi-trend.js';
import './kpi-breakdown.js';
import './kpi-benchmark.js';
import './kpi-reasons.js';
import './kpi-bridge.js';
import './kpi-review.js';
import './kpi-scorecard.js';

define('kpi-dashboard', KpiDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-dashboard': KpiDashboard;
  }
}
