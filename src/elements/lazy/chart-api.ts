// What <kpi-chart> alone uses: vega-embed (and with it the whole of vega and vega-lite, to
// compile and draw a spec that exists only at run time), the kit's chart theme as a
// vega-lite config, and the element's words in every language. A chunk of its own, loaded by
// that element, so pages without it download none of this.
export { default as embed, vega } from 'vega-embed';
export { chartConfig } from '../../core/kit.js';
export { CHART_WORDS } from '../i18n/chart-words.js';
