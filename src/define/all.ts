// Every element of the kit, registered: the CDN build's entry.
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
import './kpi-chart.js';
import './kpi-scorecard.js';
import './kpi-dashboard.js';
