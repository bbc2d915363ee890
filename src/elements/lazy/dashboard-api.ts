// What <kpi-dashboard> alone uses: the report of every metric its table view and CSV show, and
// its words in every language. A chunk of its own, so the core's shared chunk, which every page
// with a number loads, and the other languages' chunks stay without them.
export { civilKey, POSITION_TEXT, reportRows, REPORT_COLUMNS } from '../../core/kit.js';
export { DASHBOARD_WORDS } from '../i18n/dashboard-words.js';
