// What <kpi-dashboard> alone uses: the report of every metric its table view and CSV show. A
// chunk of its own, so the core's shared chunk, which every page with a number loads, stays without it.
export { reportRows, REPORT_COLUMNS } from '../../core/kit.js';
